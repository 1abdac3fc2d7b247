/**
 * Helpers shared by no-next-response-next-headers and no-unfiltered-header-forwarding: the calls of
 * a `NextResponse` method, found through the references of the `next/server` import.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getNextReferences, unwrapExpression } from '../../utils/imports.js';
import { findVariable, memberName, propertyKeyName } from '../../utils/ast.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The one export the NextResponse rules follow. */
export const NEXT_RESPONSE: ReadonlySet<string> = new Set(['NextResponse']);

const WRAPPERS = new Set<string>([
  AST_NODE_TYPES.TSNonNullExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSSatisfiesExpression,
  AST_NODE_TYPES.TSTypeAssertion,
]);

/** Calls `NextResponse.<method>(...)`, through a named, renamed or namespace import of `next/server`. */
export function nextResponseCalls(context: AnyContext, methods: ReadonlySet<string>): { call: TSESTree.CallExpression; method: string }[] {
  const calls: { call: TSESTree.CallExpression; method: string }[] = [];
  for (const reference of getNextReferences(context, 'next/server', NEXT_RESPONSE)) {
    let object: TSESTree.Node = reference.node;
    while (object.parent && WRAPPERS.has(object.parent.type)) object = object.parent;
    const member = object.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== object) continue;
    const name = memberName(member);
    if (name === undefined || !methods.has(name)) continue;
    const call = member.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === member) calls.push({ call, method: name });
  }
  return calls;
}

/** The init object of a call argument: an inline object literal, or a `const` bound to one in the file. */
export function resolveObject(context: AnyContext, node: TSESTree.Node): { object: TSESTree.ObjectExpression; inline: boolean } | undefined {
  const inline = unwrapExpression(node);
  if (inline.type === AST_NODE_TYPES.ObjectExpression) return { object: inline, inline: true };
  const init = constInitializer(context, inline);
  return init?.type === AST_NODE_TYPES.ObjectExpression ? { object: init, inline: false } : undefined;
}

/** The initializer of the `const` an identifier refers to (undefined for anything else). */
export function constInitializer(context: AnyContext, node: TSESTree.Node): TSESTree.Node | undefined {
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(context.sourceCode.getScope(node), node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  return unwrapExpression(def.node.init);
}

/** A non-computed `key: value` (or shorthand) property of an object literal. */
export function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init') continue;
    if (propertyKeyName(property) === key) return property;
  }
  return undefined;
}

