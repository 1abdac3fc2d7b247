/**
 * `generateStaticParams` returns the params of each path to prerender: an array of objects whose
 * keys are the route's dynamic segments, strings for `[x]`, string arrays for `[...x]`. This rule
 * checks what can be seen in the file: literal returns, the objects of `list.map((x) => ({...}))`,
 * and the keys against the route the file's folders give (through @approute/typegen).
 */
import { posix } from 'node:path';
import { parseSegment, scanRouterDir } from '@approute/typegen';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getExportedFunction } from '../../utils/exported-function.js';
import { asFunction, getReturnSites, settledExpression, type FunctionNode } from '../../utils/function-returns.js';
import { unwrapExpression } from '../../utils/imports.js';
import { mentionsAny } from '../../utils/mentions.js';
import { getRouteContext, type Param, type RouteContext } from '../../utils/route-context.js';
import { quoteString, staticKey } from '../../utils/static-value.js';
import { SEGMENT_FILE_KINDS } from '../../utils/next-conventions.js';

export const RULE_NAME = 'valid-generate-static-params';

type MessageIds =
  | 'notAFunction'
  | 'notAnArray'
  | 'noReturn'
  | 'notAnObject'
  | 'unknownKey'
  | 'keyBelowLayout'
  | 'catchAllNeedsArray'
  | 'singleNeedsString'
  | 'useArray'
  | 'useString';
type Options = [];
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const GENERATE_STATIC_PARAMS = ['generateStaticParams'];

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Require `generateStaticParams` to return an array of objects whose keys are the route's dynamic segments, with values of the right type",
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      notAFunction: '`generateStaticParams` must be a function returning an array of params; Next ignores this {{what}}, so no path is prerendered from it.',
      notAnArray: '`generateStaticParams` must return an array of params objects such as `[{{example}}]`; {{what}} fails `next build`.',
      noReturn: '`generateStaticParams` returns nothing (undefined), which fails `next build`. Return an array of params objects such as `[{{example}}]`.',
      notAnObject: 'Each item `generateStaticParams` returns must be an object of params such as `{{example}}`, not {{what}}; `next build` fails on it.',
      unknownKey:
        '`{{key}}` is not a dynamic segment of `{{route}}` ({{segments}}), so Next ignores it: if it was meant to fill a segment, that segment gets no value. Use the name of a segment folder; other data does not travel through params.',
      keyBelowLayout:
        '`{{key}}` is a segment below this layout: a layout generates params only for its own segments and those above ({{segments}}); Next ignores the rest. Return `{{key}}` from the `generateStaticParams` of the page or layout below.',
      catchAllNeedsArray:
        '`{{key}}` is a catch-all segment, so its value must be an array of path segments (`[\'a\', \'b\']`); {{what}} fails `next build` ("was not provided as an array").',
      singleNeedsString: '`{{key}}` is a single dynamic segment, so its value must be a string; {{what}} fails `next build` ("was not provided as a string").',
      useArray: 'Use `{{replacement}}`.',
      useString: 'Use `{{replacement}}`.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    if (!mentionsAny(context, GENERATE_STATIC_PARAMS)) return {};
    const route = getRouteContext(context);
    if (!route || !SEGMENT_FILE_KINDS.has(route.kind) || route.route === undefined) return {};
    return {
      Program() {
        const found = getExportedFunction(context, 'generateStaticParams');
        if (!found) return;
        const { entry, fn } = found;
        if (!fn) {
          const what = entry.value && describeLiteral(unwrapExpression(entry.value));
          if (what) context.report({ node: entry.node, messageId: 'notAFunction', data: { what } });
          return;
        }
        if (fn.generator) return;
        new Checker(context, route).checkFunction(fn, entry.node);
      },
    };
  },
});

/** What a literal is, for messages; undefined when it is not a literal (its value is unknown). */
function describeLiteral(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return 'an object';
    case AST_NODE_TYPES.ArrayExpression:
      return 'an array';
    case AST_NODE_TYPES.TemplateLiteral:
      return 'a string';
    case AST_NODE_TYPES.Literal:
      if (node.value === null) return '`null`';
      if ('regex' in node && node.regex) return 'a regular expression';
      return `a ${typeof node.value}`;
    case AST_NODE_TYPES.Identifier:
      return node.name === 'undefined' ? '`undefined`' : undefined;
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
      return 'a function';
    case AST_NODE_TYPES.ClassExpression:
      return 'a class';
    default:
      return undefined;
  }
}

class Checker {
  private readonly params: ReadonlyMap<string, Param>;
  private belowLayout: ReadonlySet<string> | undefined;

  constructor(
    private readonly context: Context,
    private readonly route: RouteContext,
  ) {
    this.params = new Map(route.params.map((param) => [param.name, param]));
  }

  private get example(): string {
    const entries = this.route.params.map((param) => `${param.name}: ${param.kind === 'single' ? "'a'" : "['a', 'b']"}`);
    return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
  }

  checkFunction(fn: FunctionNode, reportAt: TSESTree.Node): void {
    const sites = getReturnSites(this.context, fn);
    if (fn.body.type === AST_NODE_TYPES.BlockStatement && !sites.some((site) => site.argument) && !throwsAtTopLevel(fn.body)) {
      this.context.report({ node: reportAt, messageId: 'noReturn', data: { example: this.example } });
      return;
    }
    for (const site of sites) {
      if (!site.argument) {
        this.context.report({ node: site.statement!, messageId: 'notAnArray', data: { example: this.example, what: 'returning undefined' } });
        continue;
      }
      this.checkReturned(settledExpression(site.argument));
    }
  }

  private checkReturned(node: TSESTree.Node): void {
    if (node.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of node.elements) {
        if (element && element.type !== AST_NODE_TYPES.SpreadElement) this.checkItem(unwrapExpression(element));
      }
      return;
    }
    if (node.type === AST_NODE_TYPES.ConditionalExpression) {
      this.checkReturned(settledExpression(node.consequent));
      this.checkReturned(settledExpression(node.alternate));
      return;
    }
    const mapper = mapCallback(node);
    if (mapper) {
      for (const site of getReturnSites(this.context, mapper)) {
        if (site.argument) this.checkItem(unwrapExpression(site.argument));
      }
      return;
    }
    const what = describeLiteral(node);
    if (what) this.context.report({ node, messageId: 'notAnArray', data: { example: this.example, what: `returning ${what}` } });
  }

  private checkItem(node: TSESTree.Node): void {
    if (node.type !== AST_NODE_TYPES.ObjectExpression) {
      const what = describeLiteral(node);
      if (what) this.context.report({ node, messageId: 'notAnObject', data: { example: this.example, what } });
      return;
    }
    for (const property of node.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = staticKey(property);
      if (key === undefined) continue;
      const param = this.params.get(key);
      if (!param) {
        this.reportUnknownKey(property, key);
        continue;
      }
      this.checkValue(property, param);
    }
  }

  private reportUnknownKey(property: TSESTree.Property, key: string): void {
    const names = this.route.params.map((param) => `\`${param.name}\``);
    const segments = names.length === 0 ? 'it has no dynamic segments' : `its dynamic segments: ${names.join(', ')}`;
    if (this.route.kind === 'layout' && this.segmentsBelowLayout().has(key)) {
      this.context.report({ node: property.key, messageId: 'keyBelowLayout', data: { key, segments } });
      return;
    }
    this.context.report({ node: property.key, messageId: 'unknownKey', data: { key, route: this.route.route!, segments } });
  }

  private checkValue(property: TSESTree.Property, param: Param): void {
    if (property.shorthand) return;
    const value = unwrapExpression(property.value);
    const what = describeLiteral(value);
    if (!what) return;
    const quote = value.type === AST_NODE_TYPES.Literal && value.raw.startsWith('"') ? '"' : "'";
    if (param.kind === 'single') {
      if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') return;
      if (value.type === AST_NODE_TYPES.TemplateLiteral) return;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
      if (value.type === AST_NODE_TYPES.Literal && typeof value.value === 'number') {
        const replacement = quoteString(String(value.value), quote);
        suggest.push({ messageId: 'useString', data: { replacement }, fix: (fixer) => fixer.replaceText(value, replacement) });
      }
      this.context.report({ node: value, messageId: 'singleNeedsString', data: { key: param.name, what }, suggest });
      return;
    }
    if (value.type === AST_NODE_TYPES.ArrayExpression) return;
    // An optional catch-all accepts null, undefined and false for its empty path.
    if (param.kind === 'optional-catch-all' && (what === '`null`' || what === '`undefined`' || (value.type === AST_NODE_TYPES.Literal && value.value === false))) return;
    const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
    if (value.type === AST_NODE_TYPES.Literal && (typeof value.value === 'string' || typeof value.value === 'number')) {
      const parts = String(value.value).split('/').filter((part) => part !== '');
      const replacement = `[${parts.map((part) => quoteString(part, quote)).join(', ')}]`;
      suggest.push({ messageId: 'useArray', data: { replacement }, fix: (fixer) => fixer.replaceText(value, replacement) });
    } else if (value.type === AST_NODE_TYPES.TemplateLiteral) {
      const replacement = `[${this.context.sourceCode.getText(value)}]`;
      suggest.push({ messageId: 'useArray', data: { replacement }, fix: (fixer) => fixer.replaceText(value, replacement) });
    }
    this.context.report({ node: value, messageId: 'catchAllNeedsArray', data: { key: param.name, what }, suggest });
  }

  /** The dynamic segment names in the folders below this layout (read once, only when needed). */
  private segmentsBelowLayout(): ReadonlySet<string> {
    this.belowLayout ??= collectSegmentsBelow(this.route);
    return this.belowLayout;
  }
}

/** `list.map(fn)` -> fn, when fn is a function literal. */
function mapCallback(node: TSESTree.Node): FunctionNode | undefined {
  if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
  const callee = node.callee;
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return undefined;
  if (callee.property.name !== 'map') return undefined;
  const callback = node.arguments[0];
  return callback && callback.type !== AST_NODE_TYPES.SpreadElement ? asFunction(callback) : undefined;
}

function throwsAtTopLevel(body: TSESTree.BlockStatement): boolean {
  return body.body.some((statement) => statement.type === AST_NODE_TYPES.ThrowStatement);
}

/**
 * Dynamic segment names of the routes below a layout: its folder is scanned by the route model's
 * own scanner (private folders skipped, symlink loops ended), and each route file's folders are
 * classified by it, so a `[slug]` folder with nothing routable in it names no param.
 */
function collectSegmentsBelow(route: RouteContext): Set<string> {
  const names = new Set<string>();
  const folder = posix.dirname(route.path);
  const { files } = scanRouterDir(route.root, folder, 'app', { pageExtensions: route.config.pageExtensions });
  for (const file of files) {
    for (const dir of file.dirs) {
      const segment = parseSegment(dir);
      if (segment.kind === 'dynamic') names.add(segment.param.name);
      if (segment.kind === 'intercept' && segment.inner.kind === 'dynamic') names.add(segment.inner.param.name);
    }
  }
  return names;
}
