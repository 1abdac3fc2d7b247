/**
 * Strict companion of no-next-response-next-headers: `NextResponse.next({ request: { headers } })`
 * (or `rewrite(url, { request: { headers } })`) where `headers` is every incoming request header,
 * unfiltered: `request.headers`, `new Headers(request.headers)`, `await headers()`, or a variable
 * holding one of these that the file only adds to (`set`, `append`) or reads. Any `delete`, any
 * other use of the variable (passed to a function, iterated, reassigned) counts as filtering: the
 * rule reports only what it can prove from the file.
 *
 * A separate rule rather than an option because the presets are computed from
 * `meta.docs.recommended` alone: this is a policy from Next's docs (allow-list what you forward),
 * not a certain error, so it belongs in `strict` while the `{ headers }` misuse is `recommended`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { importsFromNext, isNextImport, unwrapExpression } from '../../utils/imports.js';
import { findProperty, NEXT_RESPONSE, nextResponseCalls, resolveObject } from '../no-next-response-next-headers/next-response-calls.js';
import { findVariable } from '../../utils/ast.js';

export const RULE_NAME = 'no-unfiltered-header-forwarding';

export type MessageIds = 'unfilteredForwarding';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const METHODS: ReadonlySet<string> = new Set(['next', 'rewrite']);
/** Uses of a Headers variable that neither filter it nor let it escape. */
const NON_FILTERING_METHODS = new Set(['set', 'append', 'get', 'has']);

const rule = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow forwarding a copy of all incoming request headers upstream from `NextResponse.next()` or `NextResponse.rewrite()`',
      recommended: 'strict',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unfilteredForwarding:
        'This forwards every incoming request header upstream, unfiltered: cookies, `authorization` and internal `x-*` headers reach the pages, routes and server actions behind it, and any external service a rewrite proxies to. Next\'s docs advise against copying all incoming headers: build a new `Headers()` from an allow-list of the headers upstream needs.',
    },
  },
  create(context) {
    if (!importsFromNext(context, 'next/server', NEXT_RESPONSE)) return {};
    return {
      Program() {
        for (const { call, method } of nextResponseCalls(context, METHODS)) {
          // next(init), rewrite(destination, init)
          const init = call.arguments[method === 'rewrite' ? 1 : 0];
          const resolved = init && resolveObject(context, init);
          const request = resolved && findProperty(resolved.object, 'request');
          const requestInit = request && resolveObject(context, request.value);
          const headers = requestInit && findProperty(requestInit.object, 'headers');
          if (headers && forwardsAllIncoming(context, headers.value, headers)) {
            context.report({ node: headers, messageId: 'unfilteredForwarding' });
          }
        }
      },
    };
  },
});

export default rule;

/** `value` is the incoming headers, a copy of them, or a variable holding either that nothing filters. */
function forwardsAllIncoming(context: Context, value: TSESTree.Node, site: TSESTree.Node): boolean {
  const expression = unwrap(value);
  if (isIncomingOrCopy(context, expression)) return true;
  if (expression.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(context.sourceCode.getScope(expression), expression);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return false;
  if (!isIncomingOrCopy(context, unwrap(def.node.init))) return false;
  for (const reference of variable.references) {
    if (reference.init) continue;
    if (reference.isWrite()) return false;
    const identifier = reference.identifier as TSESTree.Node;
    if (isWithin(identifier, site)) continue;
    const member = identifier.parent;
    const call = member?.parent;
    const method = member?.type === AST_NODE_TYPES.MemberExpression && member.object === identifier && !member.computed && member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
    if (method === undefined || !NON_FILTERING_METHODS.has(method) || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return false;
  }
  return true;
}

function isIncomingOrCopy(context: Context, node: TSESTree.Node): boolean {
  if (isIncoming(context, node)) return true;
  // new Headers(request.headers): a copy of all of them (the global Headers, not a local class).
  if (node.type !== AST_NODE_TYPES.NewExpression || node.callee.type !== AST_NODE_TYPES.Identifier || node.callee.name !== 'Headers') return false;
  const headersClass = findVariable(context.sourceCode.getScope(node), node.callee);
  if (headersClass && headersClass.defs.length > 0) return false;
  const source = node.arguments[0];
  return node.arguments.length === 1 && source !== undefined && isIncoming(context, unwrap(source));
}

/** `request.headers` of a function's parameter, or `headers()` from next/headers. */
function isIncoming(context: Context, node: TSESTree.Node): boolean {
  if (node.type === AST_NODE_TYPES.CallExpression) return node.arguments.length === 0 && isNextImport(context, node.callee, 'next/headers', 'headers');
  if (node.type !== AST_NODE_TYPES.MemberExpression || node.computed || node.property.type !== AST_NODE_TYPES.Identifier || node.property.name !== 'headers') return false;
  const object = unwrapExpression(node.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return false;
  const variable = findVariable(context.sourceCode.getScope(object), object);
  return !!variable && variable.defs.length === 1 && variable.defs[0]!.type === 'Parameter';
}

/** Looks through TS wrappers and `await`. */
function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  while (current.type === AST_NODE_TYPES.AwaitExpression) current = unwrapExpression(current.argument);
  return current;
}

function isWithin(node: TSESTree.Node, ancestor: TSESTree.Node): boolean {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) if (current === ancestor) return true;
  return false;
}
