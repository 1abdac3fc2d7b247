/**
 * Route segment config (`dynamic`, `revalidate`, `runtime`...) is read by `next build` without
 * running the module: only `export const name = <literal>` in the page, layout or route file
 * counts, and the literal must be one Next accepts. This rule mirrors that reader
 * (`extractExportedConstValue` and `AppSegmentConfigSchema` of next 16) and the rules that depend
 * on next.config's `cacheComponents`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports, type ModuleExport } from '../../utils/exports.js';
import { closestEnumValue, SEGMENT_CONFIG, SEGMENT_CONFIG_NAMES, SEGMENT_FILE_KINDS, type SegmentConfigSpec } from '../../utils/next-conventions.js';
import { statementRemovalRange } from '../../utils/fix-imports.js';
import { mentionsAny } from '../../utils/mentions.js';
import { getRouteContext, type RouteContext } from '../../utils/route-context.js';
import { computeConstant, preferredQuote, readNextLiteral, toSourceLiteral, type StaticValue } from '../../utils/static-value.js';

export const RULE_NAME = 'valid-segment-config';

type MessageIds =
  | 'reExported'
  | 'notStatic'
  | 'invalidValue'
  | 'cacheComponentsRejects'
  | 'requiresCacheComponents'
  | 'pagesOnly'
  | 'edgeWithStaticParams'
  | 'useValue'
  | 'removeExport';
type Options = [];
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require route segment config exports to be literal `export const` values that Next accepts',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      reExported:
        'Next reads `{{name}}` only from `export const {{name}} = <literal>` in this file and cannot follow {{form}}: `next build` fails ("It mustn\'t be reexported"; with webpack it warns and uses the default). Declare it here as a literal.',
      notStatic:
        'Next reads segment config without running your code, so `{{name}}` must be a literal; {{reason}} fails `next build`{{computed}}.',
      invalidValue: '`{{name}}` must be {{expected}}; {{value}} fails `next build` (invalid segment configuration).',
      cacheComponentsRejects:
        '`{{name}}` cannot be used with `cacheComponents: true` in next.config: `next build` fails. Remove it; with Cache Components, caching is declared with `\'use cache\'` and `cacheLife()`.',
      requiresCacheComponents: '`{{name}}` works only with `cacheComponents: true` in next.config; without it `next build` fails. Enable Cache Components or remove the export.',
      pagesOnly: '`{{name}}` is allowed only in pages; `next build` fails on it in a layout. Move it to the pages below.',
      edgeWithStaticParams: "`runtime = 'edge'` cannot be combined with `generateStaticParams` in one file: `next build` fails. Use the Node.js runtime, or drop generateStaticParams.",
      useValue: 'Use `{{replacement}}`.',
      removeExport: 'Remove this export.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    if (!mentionsAny(context, SEGMENT_CONFIG_NAMES)) return {};
    const route = getRouteContext(context);
    // Metadata routes written as code (opengraph-image.tsx, sitemap.ts...) are route handlers to Next
    // and take segment config too.
    if (!route || !(SEGMENT_FILE_KINDS.has(route.kind) || (route.kind === 'metadata' && route.metadata?.generated))) return {};
    return {
      Program() {
        const exports = getModuleExports(context);
        for (const entry of exports.all) {
          const spec = SEGMENT_CONFIG[entry.name];
          if (!spec || !Object.hasOwn(SEGMENT_CONFIG, entry.name)) continue;
          checkExport(context, route, entry, spec, exports.byName.has('generateStaticParams'));
        }
      },
    };
  },
});

function checkExport(context: Context, route: RouteContext, entry: ModuleExport, spec: SegmentConfigSpec, hasStaticParams: boolean): void {
  const name = entry.name;
  if (spec.rejectedByCacheComponents && route.config.cacheComponents) {
    context.report({ node: entry.node, messageId: 'cacheComponentsRejects', data: { name }, suggest: removeSuggestion(context, entry) });
    return;
  }
  if (spec.requiresCacheComponents && !route.config.cacheComponents) {
    context.report({ node: entry.node, messageId: 'requiresCacheComponents', data: { name } });
  }
  if (spec.pagesOnly && route.kind === 'layout') {
    context.report({ node: entry.node, messageId: 'pagesOnly', data: { name } });
  }
  if (entry.kind === 'local' || entry.kind === 're-export') {
    const form = entry.kind === 're-export' ? `a re-export from '${entry.source}'` : entry.source ? `a binding imported from '${entry.source}'` : '`export { ... }` of a local binding';
    context.report({ node: entry.node, messageId: 'reExported', data: { name, form } });
    return;
  }
  if (entry.kind !== 'variable') {
    context.report({ node: entry.node, messageId: 'invalidValue', data: { name, expected: spec.expected, value: `a ${entry.kind}` } });
    return;
  }
  // `export let` and `export var` are read like `const` (measured with next 16.4.6 and Turbopack:
  // `export let runtime = 'edge'` builds the page for the edge), so only their values are checked.
  const value = entry.value;
  if (!value) {
    const reason = entry.declarator?.id.type === AST_NODE_TYPES.Identifier ? 'no initial value' : 'a destructured binding';
    context.report({ node: entry.node, messageId: 'notStatic', data: { name, reason, computed: '' } });
    return;
  }
  const literal = readNextLiteral(value);
  if (!literal.ok) {
    reportNotStatic(context, entry, spec, value, literal.node, literal.reason);
    return;
  }
  if (!spec.accepts(literal.value)) {
    context.report({
      node: value,
      messageId: 'invalidValue',
      data: { name, expected: spec.expected, value: describeValue(literal.value) },
      suggest: valueSuggestions(context, value, spec, literal.value),
    });
    return;
  }
  if (name === 'runtime' && literal.value === 'edge' && hasStaticParams) {
    context.report({ node: value, messageId: 'edgeWithStaticParams' });
  }
}

/** Reports the part Next cannot read (`at`), with a fix of the whole value when it folds to an accepted literal. */
function reportNotStatic(context: Context, entry: ModuleExport, spec: SegmentConfigSpec, value: TSESTree.Node, at: TSESTree.Node, reason: string): void {
  const computed = computeConstant(context, value);
  const name = entry.name;
  if (computed.ok && !spec.accepts(computed.value)) {
    context.report({ node: value, messageId: 'invalidValue', data: { name, expected: spec.expected, value: `${context.sourceCode.getText(value)} (${describeValue(computed.value)})` } });
    return;
  }
  if (value.type === AST_NODE_TYPES.Identifier && value.name === 'Infinity' && name === 'revalidate') {
    // The docs' "revalidate forever" is `false`; Next cannot read the identifier `Infinity`.
    context.report({
      node: value,
      messageId: 'notStatic',
      data: { name, reason: 'the identifier `Infinity`', computed: ' (to never revalidate, write `false`)' },
      suggest: [{ messageId: 'useValue', data: { replacement: 'false' }, fix: (fixer) => fixer.replaceText(value, 'false') }],
    });
    return;
  }
  const replacement = computed.ok ? toSourceLiteral(computed.value, preferredQuote(context)) : undefined;
  const why = reason.startsWith('the identifier') && !computed.ok ? `${reason} (an imported or computed value)` : reason;
  // Folding drops whatever is written inside the expression; never drop a comment.
  const fixable = replacement !== undefined && context.sourceCode.getCommentsInside(value).length === 0;
  context.report({
    node: at,
    messageId: 'notStatic',
    data: { name, reason: why, computed: replacement !== undefined ? ` (its value is \`${replacement}\`: write that)` : '' },
    fix: fixable ? (fixer) => fixer.replaceText(value, replacement) : null,
  });
}

function describeValue(value: StaticValue): string {
  if (value === undefined) return '`undefined`';
  if (value instanceof RegExp) return 'a regular expression';
  const text = toSourceLiteral(value, "'");
  return text === undefined ? 'this value' : `\`${text}\``;
}

function valueSuggestions(context: Context, node: TSESTree.Node, spec: SegmentConfigSpec, value: StaticValue): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  let corrected: StaticValue | undefined;
  if (typeof value === 'string' && spec.enumValues) corrected = closestEnumValue(value, spec.enumValues);
  else if (typeof value === 'string' && /^\d+$/.test(value.trim()) && spec.accepts(Number(value))) corrected = Number(value);
  else if (typeof value === 'string' && (value === 'true' || value === 'false') && spec.accepts(value === 'true')) corrected = value === 'true';
  if (corrected === undefined || context.sourceCode.getCommentsInside(node).length > 0) return [];
  const replacement = toSourceLiteral(corrected, preferredQuote(context));
  if (replacement === undefined) return [];
  return [{ messageId: 'useValue', data: { replacement }, fix: (fixer) => fixer.replaceText(node, replacement) }];
}

/** Removing the whole `export const x = ...;` statement, when it declares only this and holds no comment. */
function removeSuggestion(context: Context, entry: ModuleExport): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const statement = entry.statement;
  if (context.sourceCode.getCommentsInside(statement).length > 0) return [];
  const single =
    (statement.type === AST_NODE_TYPES.ExportNamedDeclaration &&
      statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration &&
      statement.declaration.declarations.length === 1) ||
    (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && !statement.declaration && statement.specifiers.length === 1);
  if (!single) return [];
  const range = statementRemovalRange(context, statement);
  return [{ messageId: 'removeExport', fix: (fixer) => fixer.removeRange(range) }];
}
