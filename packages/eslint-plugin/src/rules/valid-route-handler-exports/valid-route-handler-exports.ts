/**
 * A route handler (`route.ts`) answers only through named exports for HTTP methods. A default
 * export, a lowercase `get`, or no method at all passes `next build` and turns into 405 responses
 * (`next dev` logs a line, production says nothing); any other export is ignored.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports, type ModuleExport } from '../../utils/exports.js';
import { HTTP_METHOD_SET, HTTP_METHODS, SEGMENT_CONFIG_KEYS } from '../../utils/next-conventions.js';
import { fileNameMayBe, getRouteContext, type AppFileKind } from '../../utils/route-context.js';
import { findVariable } from '../../utils/ast.js';

export const RULE_NAME = 'valid-route-handler-exports';

type MessageIds = 'defaultExport' | 'lowercaseMethod' | 'noMethod' | 'unknownExport';
type Options = [{ allow?: string[] }];
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const METHOD_LIST = HTTP_METHODS.join(', ');
const ROUTE_HANDLER: ReadonlySet<AppFileKind> = new Set<AppFileKind>(['route']);

/**
 * Exports Next reads from a route handler besides methods and segment config: `generateStaticParams`,
 * and the legacy `config` object (next 16 still parses it statically, for every app file).
 */
const OTHER_READ_EXPORTS: ReadonlySet<string> = new Set(['generateStaticParams', 'config']);

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require route handlers to export their HTTP methods as upper-case named exports, and nothing Next does not read',
      recommended: 'recommended',
    },
    fixable: 'code',
    messages: {
      defaultExport: `Next ignores the default export of a route handler, so every request gets 405 Method Not Allowed. Export a named function for each HTTP method instead (${METHOD_LIST}).`,
      lowercaseMethod: 'Next only calls upper-case method exports: `{{name}}` is ignored and {{upper}} requests get 405 Method Not Allowed. Export it as `{{upper}}`.',
      noMethod: `This route handler exports no HTTP method, so every request gets 405 Method Not Allowed. Export a function named after a method (${METHOD_LIST}).`,
      unknownExport:
        "Next ignores `{{name}}`: a route handler is only read for its HTTP methods ({{methods}}), segment config and `generateStaticParams`. If it is a misspelt method or option it does nothing; move helpers to another module, or list the name in this rule's `allow` option.",
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Other export names to accept in route handlers (for instance helpers your tests import).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ allow: [] }],
  },
  create(context, [options]) {
    // Other names need no route context.
    if (!fileNameMayBe(context, ROUTE_HANDLER)) return {};
    if (getRouteContext(context)?.kind !== 'route') return {};
    const allowed = new Set(options.allow ?? []);
    return {
      Program() {
        const { all, byName, starExports } = getModuleExports(context);
        let hasMethod = false;
        let hasNearMethod = false;
        for (const entry of all) {
          const { name } = entry;
          if (HTTP_METHOD_SET.has(name)) {
            hasMethod = true;
          } else if (name === 'default') {
            hasNearMethod = true;
            if (entry.kind === 'default') {
              // `export default`: the two keywords, not the whole handler.
              const first = context.sourceCode.getFirstToken(entry.statement)!;
              const second = context.sourceCode.getTokenAfter(first)!;
              context.report({ loc: { start: first.loc.start, end: second.loc.end }, messageId: 'defaultExport' });
            } else {
              context.report({ node: entry.node, messageId: 'defaultExport' });
            }
          } else if (HTTP_METHOD_SET.has(name.toUpperCase())) {
            hasNearMethod = true;
            const upper = name.toUpperCase();
            context.report({
              node: entry.node,
              messageId: 'lowercaseMethod',
              data: { name, upper },
              fix: byName.has(upper) ? null : renameFix(context, entry, upper),
            });
          } else if (!SEGMENT_CONFIG_KEYS.has(name) && !OTHER_READ_EXPORTS.has(name) && !allowed.has(name)) {
            context.report({ node: entry.node, messageId: 'unknownExport', data: { name, methods: METHOD_LIST } });
          }
        }
        if (hasMethod || hasNearMethod || starExports.length > 0) return;
        const first = all[0];
        if (first) context.report({ node: first.node, messageId: 'noMethod' });
        else context.report({ loc: { start: { line: 1, column: 0 }, end: { line: 1, column: context.sourceCode.lines[0]?.length ?? 0 } }, messageId: 'noMethod' });
      },
    };
  },
});

/**
 * Renames the export to `upper`: a specifier gets `as GET`; a declaration is renamed with every
 * reference to it, unless `GET` is already bound where one of them is, or a reference is one the
 * rename would change the meaning of (an export specifier).
 */
function renameFix(context: Context, entry: ModuleExport, upper: string): TSESLint.ReportFixFunction | null {
  const sourceCode = context.sourceCode;
  if (entry.kind === 'local' || entry.kind === 're-export') {
    const specifier = entry.node.parent;
    if (specifier?.type !== AST_NODE_TYPES.ExportSpecifier) return null;
    if (specifier.local === specifier.exported || specifier.local.range[0] === specifier.exported.range[0]) {
      return (fixer) => fixer.insertTextAfter(specifier.local, ` as ${upper}`);
    }
    return (fixer) => fixer.replaceText(specifier.exported, upper);
  }
  if ((entry.kind !== 'function' && entry.kind !== 'variable' && entry.kind !== 'class') || entry.node.type !== AST_NODE_TYPES.Identifier) return null;
  const declarationNode = entry.kind === 'variable' ? entry.declarator : entry.value;
  if (!declarationNode) return null;
  const variable = sourceCode.getDeclaredVariables(declarationNode).find((candidate) => candidate.name === entry.name);
  if (!variable) return null;
  if (findVariable(sourceCode.getScope(entry.node), upper)) return null;
  // Replace only the name: a declared identifier's range includes its type annotation (`get: Handler`).
  const nameRange = (node: TSESTree.Node): [number, number] => [node.range[0], node.range[0] + entry.name.length];
  const edits: { range: [number, number]; text: string }[] = [{ range: nameRange(entry.node), text: upper }];
  for (const reference of variable.references) {
    const identifier = reference.identifier;
    if (identifier === entry.node) continue;
    if (findVariable(reference.from, upper)) return null;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.ExportSpecifier) return null;
    if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === identifier) {
      edits.push({ range: nameRange(identifier), text: `${entry.name}: ${upper}` });
    } else {
      edits.push({ range: nameRange(identifier), text: upper });
    }
  }
  return (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text));
}
