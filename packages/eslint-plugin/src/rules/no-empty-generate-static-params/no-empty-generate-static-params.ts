/**
 * With `cacheComponents: true`, `next build` fails when `generateStaticParams` returns an empty
 * array (`empty-generate-static-params`): Cache Components needs at least one param to validate
 * the route. The documented fix is a placeholder param the page answers with `notFound()`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getExportedFunction } from '../../utils/exported-function.js';
import { planNamedImport, indentOf } from '../../utils/fix-imports.js';
import { getReturnSites, settledExpression, type FunctionNode } from '../../utils/function-returns.js';
import { mentionsAny } from '../../utils/mentions.js';
import { getRouteContext, type Param, type RouteContext } from '../../utils/route-context.js';
import { preferredQuote, quoteString } from '../../utils/static-value.js';
import { SEGMENT_FILE_KINDS } from '../../utils/next-conventions.js';

export const RULE_NAME = 'no-empty-generate-static-params';

type MessageIds = 'emptyStaticParams' | 'usePlaceholderWithNotFound' | 'usePlaceholder';
type Options = [];
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export const PLACEHOLDER = '__placeholder__';

const GENERATE_STATIC_PARAMS = ['generateStaticParams'];

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a `generateStaticParams` that returns an empty array when `cacheComponents` is enabled',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      emptyStaticParams:
        'With `cacheComponents: true`, `next build` fails when `generateStaticParams` returns an empty array (empty-generate-static-params): Cache Components needs at least one param to validate the route. Return at least one param; if none is known at build time, return a placeholder and call `notFound()` for it.',
      usePlaceholderWithNotFound: "Return the placeholder `{{placeholder}}` and call `notFound()` for it in the {{kind}}.",
      usePlaceholder: 'Return the placeholder `{{placeholder}}` (then call `notFound()` for it where the params are read).',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    if (!mentionsAny(context, GENERATE_STATIC_PARAMS)) return {};
    const route = getRouteContext(context);
    if (!route || !route.config.cacheComponents || !SEGMENT_FILE_KINDS.has(route.kind) || route.params.length === 0) return {};
    return {
      Program() {
        const fn = getExportedFunction(context, 'generateStaticParams')?.fn;
        if (!fn) return;
        for (const site of getReturnSites(context, fn)) {
          if (!site.argument) continue;
          const returned = settledExpression(site.argument);
          if (returned.type !== AST_NODE_TYPES.ArrayExpression || returned.elements.length > 0) continue;
          context.report({ node: returned, messageId: 'emptyStaticParams', suggest: suggestionsFor(context, returned, route) });
        }
      },
    };
  },
});

function placeholderParams(params: readonly Param[], quote: "'" | '"'): string {
  const value = quoteString(PLACEHOLDER, quote);
  const entries = params.map((param) => {
    const key = /^[A-Za-z_$][\w$]*$/.test(param.name) ? param.name : quoteString(param.name, quote);
    return `${key}: ${param.kind === 'single' ? value : `[${value}]`}`;
  });
  return `[{ ${entries.join(', ')} }]`;
}

function suggestionsFor(context: Context, empty: TSESTree.ArrayExpression, route: RouteContext): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  // Replacing `[]` would drop a comment written inside it.
  if (context.sourceCode.getCommentsInside(empty).length > 0) return [];
  const quote = preferredQuote(context);
  const placeholder = placeholderParams(route.params, quote);
  const replace = (fixer: TSESLint.RuleFixer) => fixer.replaceText(empty, placeholder);
  const guard = route.kind === 'route' ? undefined : notFoundGuard(context, route.params[0]!, quote);
  if (guard) {
    return [
      {
        messageId: 'usePlaceholderWithNotFound',
        data: { placeholder, kind: route.kind },
        fix: (fixer) => [replace(fixer), ...guard(fixer)],
      },
    ];
  }
  return [{ messageId: 'usePlaceholder', data: { placeholder }, fix: replace }];
}

/**
 * `if ((await params).slug === '__placeholder__') notFound();` at the top of the default export,
 * when it is an async function whose props expose `params` plainly (`{ params }` or `props`).
 */
function notFoundGuard(context: Context, param: Param, quote: "'" | '"'): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  const component = getExportedFunction(context, 'default')?.fn;
  if (!component?.async || component.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  const paramsExpression = paramsOf(component);
  if (!paramsExpression) return undefined;
  const body = component.body;
  const notFound = planNamedImport(context, 'next/navigation', 'notFound', body);
  if (!notFound) return undefined;
  const access = /^[A-Za-z_$][\w$]*$/.test(param.name) ? `.${param.name}` : `[${quoteString(param.name, quote)}]`;
  const value = `(await ${paramsExpression})${access}`;
  const test = param.kind === 'single' ? `${value} === ${quoteString(PLACEHOLDER, quote)}` : `${value}?.[0] === ${quoteString(PLACEHOLDER, quote)}`;
  const statement = `if (${test}) ${notFound.reference}();`;
  const first = body.body[0];
  return (fixer) => {
    const fixes = notFound.fix(fixer);
    if (first) fixes.push(fixer.insertTextBefore(first, `${statement}\n${indentOf(context, first)}`));
    else fixes.push(fixer.insertTextAfter(context.sourceCode.getFirstToken(body)!, `\n${indentOf(context, component)}  ${statement}\n${indentOf(context, component)}`));
    return fixes;
  };
}

/** How the component reaches its params promise: `params` (destructured) or `props.params`. */
function paramsOf(component: FunctionNode): string | undefined {
  const first = component.params[0];
  if (!first) return undefined;
  if (first.type === AST_NODE_TYPES.Identifier) return `${first.name}.params`;
  if (first.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  for (const property of first.properties) {
    if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
    if (property.key.type !== AST_NODE_TYPES.Identifier || property.key.name !== 'params') continue;
    if (property.value.type === AST_NODE_TYPES.Identifier) return property.value.name;
    if (property.value.type === AST_NODE_TYPES.AssignmentPattern && property.value.left.type === AST_NODE_TYPES.Identifier) return property.value.left.name;
  }
  return undefined;
}
