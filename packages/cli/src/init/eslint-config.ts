/**
 * Adds approute's preset to an existing flat config, or writes a new one. The edit is text
 * splicing at positions from a real parse (oxc-parser), so every comment and every line the user
 * wrote stays as it was; recast-style reprinting would reformat the file. Only shapes we can edit
 * with certainty are touched:
 *   export default [ ... ]                 module.exports = [ ... ]
 *   export default defineConfig([ ... ])   export default tseslint.config(a, b)   (any call)
 *   export default config  (with `const config = [ ... ]` at the top level)
 * anything else (a function, a spread of computed configs, a name already taken) is "manual":
 * init prints the lines to add and leaves the file alone.
 */
import { parseSync } from 'oxc-parser';

export const PLUGIN_PACKAGE = '@approute/eslint-plugin';
const BINDING = 'approute';

export type EslintConfigPlan =
  | { readonly kind: 'unchanged'; readonly reason: string }
  | { readonly kind: 'edit'; readonly content: string }
  | { readonly kind: 'manual'; readonly reason: string; readonly snippet: string };

export interface PresetShape {
  /** `configs.recommended` is an array of configs (spread it) rather than one config. */
  readonly presetIsArray: boolean;
}

// A structural view of the few ESTree nodes we read; oxc-parser's AST has start/end offsets.
interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly [key: string]: unknown;
}

const presetExpression = (shape: PresetShape): string => `${shape.presetIsArray ? '...' : ''}${BINDING}.configs.recommended`;

/** What to tell a user whose config init will not edit. */
export function manualSnippet(cjs: boolean, shape: PresetShape): string {
  const load = cjs ? `const ${BINDING} = require('${PLUGIN_PACKAGE}').default;` : `import ${BINDING} from '${PLUGIN_PACKAGE}';`;
  return `${load}\n// then add this entry to the exported config array:\n${presetExpression(shape)},`;
}

function unwrap(node: Node | undefined | null): Node | undefined {
  let current = node ?? undefined;
  while (current && (current.type === 'TSSatisfiesExpression' || current.type === 'TSAsExpression' || current.type === 'ParenthesizedExpression')) {
    current = current['expression'] as Node;
  }
  return current;
}

function isModuleExports(node: Node): boolean {
  const left = node['left'] as Node | undefined;
  return left?.type === 'MemberExpression' && (left['object'] as Node)['name'] === 'module' && (left['property'] as Node)['name'] === 'exports';
}

/** Top-level names bound by the program (imports, declarations). */
function topLevelNames(body: readonly Node[]): Set<string> {
  const names = new Set<string>();
  for (const statement of body) {
    if (statement.type === 'ImportDeclaration') for (const specifier of statement['specifiers'] as Node[]) names.add((specifier['local'] as Node)['name'] as string);
    const declaration = statement.type === 'ExportNamedDeclaration' ? (statement['declaration'] as Node | null) : statement;
    if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration['declarations'] as Node[]) {
        const id = declarator['id'] as Node;
        if (id.type === 'Identifier') names.add(id['name'] as string);
      }
    }
    if ((declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') && declaration['id']) names.add((declaration['id'] as Node)['name'] as string);
  }
  return names;
}

/** The list the preset goes into: an array's elements, or a call's arguments. */
interface Target {
  readonly items: readonly Node[];
  /** Offset of the closing `]` or `)`. */
  readonly close: number;
  readonly open: number;
}

function findTarget(expression: Node | undefined, body: readonly Node[], depth = 0): Target | string {
  const node = unwrap(expression);
  if (!node) return 'the exported value is missing';
  if (node.type === 'ArrayExpression') {
    const items = node['elements'] as (Node | null)[];
    if (items.some((item) => item === null)) return 'the exported array has holes';
    return { items: items as Node[], open: node.start, close: node.end - 1 };
  }
  if (node.type === 'CallExpression') {
    const args = node['arguments'] as Node[];
    const only = unwrap(args[0]);
    if (args.length === 1 && only?.type === 'ArrayExpression') return findTarget(only, body, depth);
    if (args.length === 0) return 'the exported call has no arguments to add to';
    return { items: args, open: (node['callee'] as Node).end, close: node.end - 1 };
  }
  if (node.type === 'Identifier' && depth === 0) {
    for (const statement of body) {
      if (statement.type !== 'VariableDeclaration') continue;
      for (const declarator of statement['declarations'] as Node[]) {
        if ((declarator['id'] as Node)['name'] === node['name']) return findTarget(declarator['init'] as Node, body, depth + 1);
      }
    }
    return `the exported name ${String(node['name'])} is not a top-level array`;
  }
  return `the exported value is a ${node.type}, not an array or a call`;
}

interface Edit {
  readonly at: number;
  readonly text: string;
}

/** Edits that add `item` at the end of a list, keeping comments and the list's layout. */
function appendToList(text: string, target: Target, item: string): Edit[] {
  const last = target.items.at(-1);
  if (!last) return [{ at: target.close, text: item }];
  const between = text.slice(last.end, target.close).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const trailingComma = between.includes(',');
  const lineStart = text.lastIndexOf('\n', target.close - 1) + 1;
  const closeOnOwnLine = text.slice(lineStart, target.close).trim() === '' && text.slice(target.open, target.close).includes('\n');
  if (closeOnOwnLine) {
    const lastLineStart = text.lastIndexOf('\n', last.start - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lastLineStart))?.[0] ?? '  ';
    const edits: Edit[] = [{ at: lineStart, text: `${indent}${item},\n` }];
    if (!trailingComma) edits.unshift({ at: last.end, text: ',' });
    return edits;
  }
  return trailingComma ? [{ at: target.close, text: ` ${item}` }] : [{ at: last.end, text: `, ${item}` }];
}

/** Plans the edit of an existing flat config file (`filename` tells the parser the dialect). */
export function planEslintConfigEdit(filename: string, text: string, shape: PresetShape): EslintConfigPlan {
  const cjsByName = /\.c[jt]s$/.test(filename);
  if (text.includes(PLUGIN_PACKAGE)) return { kind: 'unchanged', reason: `it already uses ${PLUGIN_PACKAGE}` };
  const parsed = parseSync(filename, text);
  if (parsed.errors.length > 0) return { kind: 'manual', reason: `it does not parse (${parsed.errors[0]?.message ?? 'syntax error'})`, snippet: manualSnippet(cjsByName, shape) };
  const body = parsed.program.body as unknown as Node[];
  const exportDefault = body.find((statement) => statement.type === 'ExportDefaultDeclaration');
  const assignment = body
    .filter((statement) => statement.type === 'ExpressionStatement')
    .map((statement) => statement['expression'] as Node)
    .find((expression) => expression.type === 'AssignmentExpression' && isModuleExports(expression));
  const cjs = !exportDefault && assignment !== undefined;
  const snippet = manualSnippet(cjs || cjsByName, shape);
  if (!exportDefault && !assignment) return { kind: 'manual', reason: 'it has no `export default` or `module.exports =`', snippet };
  if (topLevelNames(body).has(BINDING)) return { kind: 'manual', reason: `the name \`${BINDING}\` is already taken in it`, snippet };

  const target = findTarget((exportDefault ? exportDefault['declaration'] : assignment?.['right']) as Node, body);
  if (typeof target === 'string') return { kind: 'manual', reason: target, snippet };

  const edits = appendToList(text, target, presetExpression(shape));
  edits.push(loaderEdit(text, body, cjs));
  let content = text;
  for (const edit of edits.sort((a, b) => b.at - a.at)) content = content.slice(0, edit.at) + edit.text + content.slice(edit.at);
  return { kind: 'edit', content };
}

/** The import (or require) of the plugin, after the file's last import, in the file's quote style. */
function loaderEdit(text: string, body: readonly Node[], cjs: boolean): Edit {
  const imports = body.filter((statement) => statement.type === 'ImportDeclaration');
  const requires = body.filter((statement) => statement.type === 'VariableDeclaration' && /\brequire\s*\(/.test(text.slice(statement.start, statement.end)));
  const anchors = cjs ? requires : imports;
  const sample = anchors[0] ? text.slice(anchors[0].start, anchors[0].end) : '';
  const quote = sample.includes('"') && !sample.includes("'") ? '"' : "'";
  const semicolon = sample === '' || sample.trimEnd().endsWith(';') ? ';' : '';
  const line = cjs
    ? `const ${BINDING} = require(${quote}${PLUGIN_PACKAGE}${quote}).default${semicolon}`
    : `import ${BINDING} from ${quote}${PLUGIN_PACKAGE}${quote}${semicolon}`;
  const last = anchors.at(-1);
  if (last) return { at: last.end, text: `\n${line}` };
  const first = body[0];
  return { at: first ? first.start : 0, text: `${line}\n\n` };
}

export interface NewConfigOptions extends PresetShape {
  readonly cjs: boolean;
  readonly distDir: string;
  /** Add @typescript-eslint/parser for TypeScript files (a TS project whose preset sets no parser). */
  readonly typescriptParser: boolean;
  /** Parse JSX in .js/.jsx files (Next allows it) when the preset does not set a parser. */
  readonly jsx: boolean;
}

/** A new eslint.config for a project that has none. */
export function renderEslintConfig(options: NewConfigOptions): string {
  const load = (name: string, pkg: string, member = '') => (options.cjs ? `const ${name} = require('${pkg}')${member};` : `import ${name} from '${pkg}';`);
  const lines = ['// ESLint flat config, created by `approute init`. Add your own configs to the array.', load(BINDING, PLUGIN_PACKAGE, '.default')];
  if (options.typescriptParser) lines.push(load('tsParser', '@typescript-eslint/parser'));
  lines.push('', options.cjs ? 'module.exports = [' : 'export default [');
  lines.push(`  { ignores: ['${options.distDir}/**', 'out/**', 'next-env.d.ts'] },`);
  if (options.typescriptParser) {
    lines.push('  {', "    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],", '    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },', '  },');
  } else if (options.jsx) {
    lines.push('  {', "    files: ['**/*.{js,jsx,mjs,cjs}'],", '    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },', '  },');
  }
  lines.push(`  ${presetExpression(options)},`, '];', '');
  return lines.join('\n');
}
