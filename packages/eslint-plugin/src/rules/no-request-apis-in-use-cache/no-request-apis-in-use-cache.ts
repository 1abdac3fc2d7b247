/**
 * Request APIs inside a cache scope. What next 16.4.6 does (`dist/server/request/*.js`):
 * - `cookies()` / `headers()` inside `'use cache'` (and `'use cache: remote'` or any other variant
 *   except `'use cache: private'`) throw (`next-request-in-use-cache`); inside an
 *   `unstable_cache` callback they throw too. `'use cache: private'` may read them.
 * - `draftMode()` may be read in every cache scope (`isEnabled`), but `enable()` / `disable()`
 *   throw inside any of them, `'use cache: private'` included.
 * The scope is the nearest function marked with a `'use cache'` directive, the callback passed to
 * `unstable_cache`, or the whole file when it starts with `'use cache'`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { mentionsAny } from '../../utils/mentions.js';
import { getCacheDirectiveVariant, getFunctionDirectives, hasFileDirective } from '../../utils/directives.js';
import { getModuleImportName, getNextReferences, importsFromNext, isNextImport, outerExpression, unwrapExpression } from '../../utils/imports.js';
import { isFunctionNode } from '../../utils/function-returns.js';
import { REQUEST_APIS } from '../../utils/next-conventions.js';
import { findVariable } from '../../utils/ast.js';

export const RULE_NAME = 'no-request-apis-in-use-cache';

export type MessageIds = 'requestApiInCache' | 'requestApiInUnstableCache' | 'draftModeChangeInCache';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

/** The cache scope around a node: a `'use cache'` variant, or an `unstable_cache` callback. */
type CacheScope = { readonly kind: 'directive'; readonly directive: string } | { readonly kind: 'unstable_cache' };

/** A cache scope needs one of these written in the file (`'use cache'` directives, `unstable_cache`). */
const CACHE_WORDS = ['use cache', 'unstable_cache'];
const DRAFT_MODE_CHANGES: ReadonlySet<string> = new Set(['enable', 'disable']);

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow `cookies()` and `headers()` (and changing `draftMode()`) inside `'use cache'` functions and `unstable_cache` callbacks",
      recommended: 'recommended',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      requestApiInCache:
        "`{{name}}()` is called inside a `'{{directive}}'` scope, where Next throws (`next-request-in-use-cache`) because the cached result would be shared by every request. Call `{{name}}()` outside the cached function and pass the value you need in as an argument (it becomes part of the cache key), or mark the function `'use cache: private'`.",
      requestApiInUnstableCache:
        '`{{name}}()` is called inside an `unstable_cache` callback, where Next throws because the cached result would be shared by every request. Call `{{name}}()` outside the callback and pass the value you need in as an argument.',
      draftModeChangeInCache:
        '`draftMode().{{method}}()` is called inside a cache scope, where Next throws: a cached function cannot change draft mode (reading `isEnabled` is fine). Enable or disable draft mode in a route handler or server action, outside the cache.',
    },
  },
  create(context: Context) {
    if (!importsFromNext(context, 'next/headers', REQUEST_APIS)) return {};
    // Cheap text check first: no cache scope can exist without one of these words.
    if (!mentionsAny(context, CACHE_WORDS)) return {};
    return {
      Program() {
        for (const reference of getNextReferences(context, 'next/headers', REQUEST_APIS)) {
          const call = outerExpression(reference.node).parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== reference.node) continue;
          const scope = findCacheScope(context, call);
          if (!scope) continue;
          if (reference.imported === 'draftMode') {
            for (const change of draftModeChanges(context, call)) {
              context.report({ node: change.node, messageId: 'draftModeChangeInCache', data: { method: change.method } });
            }
          } else if (scope.kind === 'unstable_cache') {
            context.report({ node: call, messageId: 'requestApiInUnstableCache', data: { name: reference.imported } });
          } else if (scope.directive !== 'use cache: private') {
            context.report({ node: call, messageId: 'requestApiInCache', data: { name: reference.imported, directive: scope.directive } });
          }
        }
      },
    };
  },
});

/** The nearest cache scope around `node`, or undefined when the code is not cached. */
function findCacheScope(context: Context, node: TSESTree.Node): CacheScope | undefined {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    if (getFunctionDirectives(current).has('use cache')) return { kind: 'directive', directive: getCacheDirectiveVariant(current) ?? 'use cache' };
    const outer = outerExpression(current);
    const call = outer.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.arguments[0] === outer && isNextImport(context, call.callee, 'next/cache', 'unstable_cache')) {
      return { kind: 'unstable_cache' };
    }
  }
  if (!hasFileDirective(context, 'use cache')) return undefined;
  return { kind: 'directive', directive: getCacheDirectiveVariant(context.sourceCode.ast) ?? 'use cache' };
}

/**
 * The `enable()` / `disable()` calls made on what `draftMode()` resolves to: directly
 * (`(await draftMode()).enable()`, `use(draftMode()).disable()`) or through a variable that is
 * never reassigned.
 */
function draftModeChanges(context: Context, call: TSESTree.CallExpression): { node: TSESTree.CallExpression; method: string }[] {
  const outer = outerExpression(call);
  const parent = outer.parent;
  let value: TSESTree.Node = outer;
  if (parent?.type === AST_NODE_TYPES.AwaitExpression) value = outerExpression(parent);
  else if (parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === outer && getModuleImportName(context, parent.callee, 'react') === 'use') {
    value = outerExpression(parent);
  }
  const direct = changeOn(value);
  if (direct) return [direct];
  const declarator = value.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.init !== value || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = findVariable(context.sourceCode.getScope(declarator), declarator.id);
  if (!variable || variable.references.some((reference) => reference.isWrite() && !reference.init)) return [];
  return variable.references.flatMap((reference) => {
    if (!reference.isRead()) return [];
    const change = changeOn(outerExpression(reference.identifier));
    return change ? [change] : [];
  });
}

function changeOn(value: TSESTree.Node): { node: TSESTree.CallExpression; method: string } | undefined {
  const member = value.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== value || member.computed || member.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (!DRAFT_MODE_CHANGES.has(member.property.name)) return undefined;
  const call = member.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return undefined;
  return { node: call, method: member.property.name };
}

