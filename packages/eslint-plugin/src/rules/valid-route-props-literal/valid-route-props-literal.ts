/**
 * The route literal of `PageProps<'...'>`, `LayoutProps<'...'>` and `RouteContext<'...'>` must be
 * the file's own. Next accepts any route the app has, so a page typed with a sibling's literal
 * compiles and its `params` are typed wrong (`slug` where the folder says `id`).
 *
 * The right literal comes from the route context (`describeFile` in @approute/typegen), never from
 * reading folder names here: a page or route handler has its route (`/blog/[slug]`); a layout has
 * its layout key, which is its route unless its folder path holds a route group, slot or
 * interception, in which case it is that folder path (`/(shop)`). The URL key of such a layout
 * (`/`) is accepted while no other layout resolves to that URL; once one does (the root layout,
 * another group), the URL key carries the slots of all of them and is reported.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { stringLiteral } from '@approute/typegen';
import { createRule } from '../../utils/create-rule.js';
import { mentionsAny } from '../../utils/mentions.js';
import { getRouteContext, type AppFileKind } from '../../utils/route-context.js';
import { findLayoutsAtUrl } from './layouts-at-url.js';
import { findVariable } from '../../utils/ast.js';

export const RULE_NAME = 'valid-route-props-literal';

export type MessageIds = 'wrongRoute' | 'sharedLayoutKey';
export type Options = [
  {
    /** `own`: a layout's own key (`'/(shop)'`); `url`: its URL (`'/'`), for route types from `next typegen`. */
    layoutKey?: 'own' | 'url';
  },
];

/** The global helper type each kind of file is typed with. */
const HELPER_BY_KIND: Partial<Record<AppFileKind, string>> = {
  page: 'PageProps',
  layout: 'LayoutProps',
  route: 'RouteContext',
};
/** Every helper name, for the text prefilter. */
const HELPERS = Object.values(HELPER_BY_KIND);

const rule = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Enforce that the route literal of `PageProps`, `LayoutProps` and `RouteContext` is the file's own route",
      recommended: 'recommended',
    },
    fixable: 'code',
    schema: [
      {
        type: 'object',
        properties: {
          layoutKey: {
            type: 'string',
            enum: ['own', 'url'],
            description:
              "Which key a layout inside a route group, slot or interception must use: `own`, its folder path (`'/(shop)'`, the exact key `approute typegen` writes), or `url`, its URL (`'/'`), for projects whose route types come from `next typegen`, which has no folder keys.",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ layoutKey: 'own' }],
    messages: {
      wrongRoute:
        "`{{helper}}<{{literal}}>` names another route than this file's ({{expected}}). Next accepts any route of the app here, so `params` get that route's shape, not this folder's. Use `{{helper}}<{{expected}}>`.",
      sharedLayoutKey:
        "`LayoutProps<{{literal}}>` is the URL key this layout shares with {{others}}: it carries the slots of all of them, so this layout is typed with props it never receives. Its own key is {{expected}}; use `LayoutProps<{{expected}}>`.",
    },
  },
  create(context, [options]) {
    // Most files name none of the helpers: skip them before asking for the route context.
    if (!mentionsAny(context, HELPERS)) return {};
    const routeContext = getRouteContext(context);
    const helper = routeContext && HELPER_BY_KIND[routeContext.kind];
    if (!routeContext || !helper) return {};
    const expected = routeContext.kind === 'layout' && options.layoutKey !== 'url' ? routeContext.layoutKey : routeContext.route;
    if (expected === undefined || !mentionsAny(context, [helper])) return {};

    return {
      TSTypeReference(node) {
        if (node.typeName.type !== AST_NODE_TYPES.Identifier || node.typeName.name !== helper) return;
        const argument = node.typeArguments?.params.length === 1 ? node.typeArguments.params[0]! : undefined;
        const literal = argument && routeLiteral(argument);
        if (!literal || literal.value === expected) return;
        // A type of the same name declared or imported in the file is not Next's global.
        const variable = findVariable(context.sourceCode.getScope(node), helper);
        if (variable && variable.defs.length > 0) return;
        // A grouped layout's URL key: fine while it is the only layout at that URL.
        const shared = routeContext.kind === 'layout' && literal.value === routeContext.route;
        // The linted file itself may not be on disk yet (an unsaved buffer): compare by path.
        const others = shared
          ? findLayoutsAtUrl(routeContext.root, routeContext.appDir, literal.value, routeContext.config.pageExtensions).filter((path) => path !== routeContext.path)
          : [];
        if (shared && others.length === 0) return;
        context.report({
          node: literal.node,
          messageId: shared ? 'sharedLayoutKey' : 'wrongRoute',
          data: { helper, literal: stringLiteral(literal.value), expected: stringLiteral(expected), others: others.map((path) => `\`${path}\``).join(', ') },
          fix: (fixer) => fixer.replaceText(literal.node, quoteLike(literal.quote, expected)),
        });
      },
    };
  },
});

export default rule;

interface RouteLiteral {
  readonly node: TSESTree.Node;
  readonly value: string;
  readonly quote: "'" | '"' | '`';
}

/** `'/x'`, `"/x"` or `` `/x` `` (no substitutions) as a type argument. */
function routeLiteral(node: TSESTree.TypeNode): RouteLiteral | undefined {
  if (node.type === AST_NODE_TYPES.TSLiteralType) {
    const { literal } = node;
    if (literal.type === AST_NODE_TYPES.Literal && typeof literal.value === 'string') {
      return { node: literal, value: literal.value, quote: literal.raw.startsWith('"') ? '"' : "'" };
    }
    if (literal.type === AST_NODE_TYPES.TemplateLiteral && literal.expressions.length === 0) {
      const cooked = literal.quasis[0]?.value.cooked;
      if (typeof cooked === 'string') return { node: literal, value: cooked, quote: '`' };
    }
  }
  if (node.type === AST_NODE_TYPES.TSTemplateLiteralType && node.types.length === 0) {
    const cooked = node.quasis[0]?.value.cooked;
    if (typeof cooked === 'string') return { node, value: cooked, quote: '`' };
  }
  return undefined;
}

/** `value` as a literal in the user's quote style; any folder name is escaped for it. */
function quoteLike(quote: RouteLiteral['quote'], value: string): string {
  const doubleQuoted = stringLiteral(value);
  if (quote === '"') return doubleQuoted;
  const body = doubleQuoted.slice(1, -1).replace(/\\"/g, '"');
  if (quote === "'") return `'${body.replace(/'/g, "\\'")}'`;
  return `\`${body.replace(/`/g, '\\`').replace(/\$\{/g, '\\${')}\``;
}
