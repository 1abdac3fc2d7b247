import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSync } from 'oxc-parser';
import type { Diagnostic } from '../model.js';
import { DEFAULT_PAGE_EXTENSIONS } from '../scan/classify-file.js';
import {
  UNKNOWN,
  evaluate,
  isStaticFunction,
  isStaticObject,
  functionScope,
  isFunctionNode,
  lookup,
  returnArguments,
  unwrap,
  type Node,
  type Scope,
  type StaticValue,
} from './static-value.js';

/**
 * The config file names, in the order Next 16 looks for them (CONFIG_FILES in next/constants:
 * js, mjs, ts, and mts where Node strips types natively). Next refuses `next.config.cjs`; it is
 * last here so that approute still reads it, with a TG011 warning that says so.
 */
export const NEXT_CONFIG_FILES = ['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.mts', 'next.config.cjs'] as const;

/** What approute needs from next.config, read without executing it. */
export interface NextConfigFacts {
  /** The config file relative to the project root, when there is one. */
  readonly file: string | undefined;
  readonly pageExtensions: readonly string[];
  readonly distDir: string;
  readonly cacheComponents: boolean;
  readonly authInterrupts: boolean;
  readonly typedRoutes: boolean;
  /** Literal `source`s of `redirects()` / `rewrites()`. */
  readonly redirects: readonly string[];
  readonly rewrites: readonly string[];
  /** TG011 when a value we need is not a literal, TG012 when the file cannot be read. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Dotted paths of the values above that were present but unreadable, so their field holds Next's
   * default, not the app's value (`experimental.authInterrupts`); `*` when the whole config was.
   * Lets a consumer stay silent rather than act on a guess.
   */
  readonly unread: readonly string[];
}

export const DEFAULT_NEXT_CONFIG: NextConfigFacts = {
  file: undefined,
  pageExtensions: DEFAULT_PAGE_EXTENSIONS,
  distDir: '.next',
  cacheComponents: false,
  authInterrupts: false,
  typedRoutes: false,
  redirects: [],
  rewrites: [],
  diagnostics: [],
  unread: [],
};

/** Keys that mark an object as a Next config (to pick it out of `withPlugin(options)(config)`). */
const NEXT_CONFIG_KEYS = new Set([
  'pageExtensions', 'experimental', 'reactStrictMode', 'images', 'output', 'basePath', 'redirects', 'rewrites',
  'headers', 'env', 'webpack', 'turbopack', 'cacheComponents', 'typedRoutes', 'transpilePackages', 'typescript',
  'eslint', 'i18n', 'trailingSlash', 'poweredByHeader', 'compiler', 'serverExternalPackages', 'distDir', 'assetPrefix',
]);

/** Finds the config file of a project, or undefined. */
export function findNextConfig(root: string, exists: (path: string) => boolean): string | undefined {
  return NEXT_CONFIG_FILES.find((name) => exists(join(root, name)));
}

/** Reads and interprets a project's next.config statically. Never throws, never executes it. */
export function readNextConfig(root: string, file: string | undefined): NextConfigFacts {
  if (!file) return DEFAULT_NEXT_CONFIG;
  let source: string;
  try {
    source = readFileSync(join(root, file), 'utf8');
  } catch (error) {
    return {
      ...DEFAULT_NEXT_CONFIG,
      file,
      diagnostics: [{ code: 'TG012', severity: 'warning', file, message: `Could not read ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)}); using Next's defaults. Check the file's permissions.` }],
      unread: ['*'],
    };
  }
  return interpretNextConfig(file, source);
}

/** The pure half of readNextConfig: source text in, facts out. */
export function interpretNextConfig(file: string, source: string): NextConfigFacts {
  const diagnostics: Diagnostic[] = [];
  const warn = (message: string) => diagnostics.push({ code: 'TG011', severity: 'warning', file, message });
  if (file.endsWith('next.config.cjs')) {
    warn(`Next 16 does not load ${file}: \`next dev\` and \`next build\` stop with "Configuring Next.js via 'next.config.cjs' is not supported". approute read it anyway; rename it to next.config.js (CommonJS is fine there unless package.json says "type": "module").`);
  }
  const parsed = parseSync(file, source, { sourceType: 'unambiguous', preserveParens: false });
  const program = parsed.program as unknown as Node;
  if (parsed.errors.length > 0 && (program['body'] as Node[]).length === 0) {
    warn(`${file} could not be parsed (${parsed.errors[0]!.message}); approute reads it without running it, so it used Next's defaults. Fix the syntax error.`);
    return { ...DEFAULT_NEXT_CONFIG, file, diagnostics, unread: ['*'] };
  }
  const scope = topLevelScope(program);
  const exported = exportedConfig(program);
  const config = exported ? resolveConfig(exported, scope) : UNKNOWN;
  if (!isStaticObject(config)) {
    if (exported) warn(`approute could not find the config object in ${file} without running it, so it used Next's defaults (pageExtensions ${DEFAULT_PAGE_EXTENSIONS.join(', ')}). Export an object literal, or a const bound to one, possibly wrapped in plugins: \`export default withPlugin(nextConfig)\`.`);
    return { ...DEFAULT_NEXT_CONFIG, file, diagnostics, unread: exported ? ['*'] : [] };
  }

  const unread: string[] = [];
  const read = <T extends StaticValue>(path: string[], accept: (value: StaticValue) => value is T, fallback: NoInfer<T>, expected: string): T => {
    const value = lookup(config, path);
    if (value === undefined) return fallback;
    if (accept(value)) return value;
    unread.push(path.join('.'));
    warn(`\`${path.join('.')}\` in ${file} is not ${expected} approute can read without running the config, so it used ${JSON.stringify(fallback)}. Write it as a literal.`);
    return fallback;
  };
  const isBoolean = (value: StaticValue): value is boolean => typeof value === 'boolean';
  const isString = (value: StaticValue): value is string => typeof value === 'string';
  const isStringArray = (value: StaticValue): value is string[] =>
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string');

  const typedRoutes = read(['typedRoutes'], isBoolean, false, 'a boolean') || read(['experimental', 'typedRoutes'], isBoolean, false, 'a boolean');
  return {
    file,
    pageExtensions: read(['pageExtensions'], isStringArray, DEFAULT_PAGE_EXTENSIONS as string[], 'a non-empty array of strings').map((ext) => ext.replace(/^\./, '')),
    distDir: read(['distDir'], isString, '.next', 'a string'),
    cacheComponents: read(['cacheComponents'], isBoolean, false, 'a boolean'),
    authInterrupts: read(['experimental', 'authInterrupts'], isBoolean, false, 'a boolean'),
    typedRoutes,
    redirects: customRouteSources(lookup(config, ['redirects'])),
    rewrites: customRouteSources(lookup(config, ['rewrites'])),
    diagnostics,
    unread,
  };
}

/** Top-level `const x = ...` and `function x() {}` declarations, for resolving identifiers. */
function topLevelScope(program: Node): Map<string, Node> {
  const scope = new Map<string, Node>();
  for (let statement of program['body'] as Node[]) {
    if (statement.type === 'ExportNamedDeclaration' && statement['declaration']) statement = statement['declaration'] as Node;
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement['declarations'] as Node[]) {
        const id = declarator['id'] as Node;
        if (id.type === 'Identifier' && declarator['init']) scope.set(id['name'] as string, declarator['init'] as Node);
      }
    } else if (statement.type === 'FunctionDeclaration' && statement['id']) {
      scope.set((statement['id'] as Node)['name'] as string, statement);
    }
  }
  return scope;
}

/** `export default X` or `module.exports = X`. */
function exportedConfig(program: Node): Node | undefined {
  let found: Node | undefined;
  for (const statement of program['body'] as Node[]) {
    if (statement.type === 'ExportDefaultDeclaration') found = statement['declaration'] as Node;
    if (statement.type === 'ExportNamedDeclaration') {
      // `export { config as default }`; re-exported from another module, it cannot be followed.
      for (const specifier of (statement['specifiers'] as Node[] | undefined) ?? []) {
        if (exportName(specifier['exported'] as Node) !== 'default') continue;
        found = statement['source'] ? { type: 'ReExport' } : (specifier['local'] as Node);
      }
    }
    if (statement.type === 'ExpressionStatement') {
      const expression = statement['expression'] as Node;
      if (expression.type !== 'AssignmentExpression') continue;
      const left = expression['left'] as Node;
      if (left.type !== 'MemberExpression') continue;
      const object = left['object'] as Node;
      const property = left['property'] as Node;
      // `module.exports = X`, `module.exports.default = X`, `exports.default = X` (Next takes `.default` when there is one).
      const isModuleExports = (node: Node) => node.type === 'MemberExpression' && isIdentifier(node['object'], 'module') && isIdentifier(node['property'], 'exports');
      if (isModuleExports(left) || (isIdentifier(property, 'default') && (isIdentifier(object, 'exports') || isModuleExports(object)))) {
        found = expression['right'] as Node;
      }
    }
  }
  return found;
}

function exportName(node: Node): string | undefined {
  return node.type === 'Identifier' ? (node['name'] as string) : node.type === 'Literal' ? String(node['value']) : undefined;
}

function isIdentifier(node: unknown, name: string): boolean {
  return (node as Node | undefined)?.type === 'Identifier' && (node as Node)['name'] === name;
}

/**
 * Follows the exported expression to the config object: through identifiers, plugin wrappers
 * (`withMDX(config)`, `withAnalyzer({...})(config)`, `withSentryConfig(config, options)`) and
 * config functions (`(phase) => ({...})`).
 */
function resolveConfig(node: Node, scope: Scope, depth = 0): StaticValue {
  if (depth > 20) return UNKNOWN;
  const expression = unwrap(node);
  if (expression.type === 'Identifier') {
    const declaration = scope.get(expression['name'] as string);
    return declaration ? resolveConfig(declaration, scope, depth + 1) : UNKNOWN;
  }
  if (expression.type === 'CallExpression') {
    const candidates = [...(expression['arguments'] as Node[])];
    const callee = unwrap(expression['callee'] as Node);
    if (callee.type === 'CallExpression') candidates.push(...(callee['arguments'] as Node[]));
    const values = candidates.map((candidate) => resolveConfig(candidate, scope, depth + 1));
    return (
      values.find((value) => isStaticObject(value) && [...value.entries.keys()].some((key) => NEXT_CONFIG_KEYS.has(key))) ??
      values.find(isStaticObject) ??
      UNKNOWN
    );
  }
  if (isFunctionNode(expression)) {
    // A config function: what it returns may itself be a plugin call, so resolve each return.
    const local = functionScope(expression, scope);
    const values = returnArguments(expression).map((argument) => resolveConfig(argument, local, depth + 1));
    return values.find(isStaticObject) ?? UNKNOWN;
  }
  return evaluate(expression, scope);
}

/** `source`s of the arrays a `redirects()` / `rewrites()` function returns, when literal. */
function customRouteSources(value: StaticValue): string[] {
  if (!isStaticFunction(value)) return [];
  const sources: string[] = [];
  const collect = (list: StaticValue) => {
    if (!Array.isArray(list)) return;
    for (const item of list) {
      const source = lookup(item, ['source']);
      if (typeof source === 'string') sources.push(source);
    }
  };
  for (const returned of value.returns) {
    if (Array.isArray(returned)) collect(returned);
    else for (const phase of ['beforeFiles', 'afterFiles', 'fallback']) collect(lookup(returned, [phase]));
  }
  return sources;
}
