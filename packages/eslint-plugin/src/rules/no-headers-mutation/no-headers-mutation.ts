/**
 * `headers()` from `next/headers` resolves to a read-only Headers object: its `set`, `append` and
 * `delete` are replaced by a function that throws `Headers cannot be modified` (next 16.4.6,
 * `ReadonlyHeadersError`). The rule follows the resolved value (`await headers()`,
 * `use(headers())`) directly and through a `const` (or a never-reassigned `let`) it is stored in.
 * The un-awaited `headers().set(...)` is left to `await-request-apis`, which reports it already.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleImportName, getNextReferences, importsFromNext, outerExpression, unwrapExpression } from '../../utils/imports.js';
import { findVariable, memberName } from '../../utils/ast.js';

export const RULE_NAME = 'no-headers-mutation';

export type MessageIds = 'readOnlyHeaders';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const HEADERS: ReadonlySet<string> = new Set(['headers']);
const MUTATORS: ReadonlySet<string> = new Set(['set', 'append', 'delete']);

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `set`, `append` and `delete` on the read-only headers that `headers()` returns',
      recommended: 'recommended',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      readOnlyHeaders:
        "`headers()` returns the incoming request's headers read-only, so `{{method}}()` throws `Headers cannot be modified` at runtime. To send a header to the client, return a `new Response(body, { headers })` (or a NextResponse) from a route handler or proxy; to forward changed headers in a `fetch`, copy them first: `new Headers(await headers())`.",
    },
  },
  create(context: Context) {
    if (!importsFromNext(context, 'next/headers', HEADERS)) return {};
    return {
      Program() {
        for (const reference of getNextReferences(context, 'next/headers', HEADERS)) {
          const call = outerExpression(reference.node).parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== reference.node) continue;
          const resolved = resolvedValue(context, call);
          if (resolved) checkValue(context, resolved);
        }
      },
    };
  },
});

/** `await headers()` or `use(headers())` (React's `use`): the expression that holds the Headers. */
function resolvedValue(context: Context, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const outer = outerExpression(call);
  const parent = outer.parent;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) return parent;
  if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === outer && getModuleImportName(context, parent.callee, 'react') === 'use') {
    return parent;
  }
  return undefined;
}

/** Reports mutations of `value` itself, or of the variable it initialises. */
function checkValue(context: Context, value: TSESTree.Node): void {
  const outer = outerExpression(value);
  if (checkMutation(context, outer)) return;
  const declarator = outer.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== outer || declarator.id.type !== AST_NODE_TYPES.Identifier) return;
  const variable = findVariable(context.sourceCode.getScope(declarator), declarator.id);
  if (!variable) return;
  // A variable assigned again may hold something else by the time it is mutated.
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return;
  for (const reference of variable.references) {
    if (reference.isRead()) checkMutation(context, outerExpression(reference.identifier));
  }
}

/** `value.set(...)`, `value['append'](...)`, `value?.delete(...)`: reports and returns true. */
function checkMutation(context: Context, value: TSESTree.Node): boolean {
  const member = value.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== value) return false;
  const method = memberName(member);
  if (method === undefined || !MUTATORS.has(method)) return false;
  const call = outerExpression(member).parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== outerExpression(member)) return false;
  context.report({ node: call, messageId: 'readOnlyHeaders', data: { method } });
  return true;
}

