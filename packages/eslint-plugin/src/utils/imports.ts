/**
 * Import tracking shared by every rule: which identifiers of a file are Next's functions.
 *
 * A file's bindings from Next's modules are indexed once per lint (a WeakMap keyed by the AST, shared
 * by all rules) from its top-level statements: `import { redirect }`, `import { redirect as r }`,
 * `import * as nav`, `import { "redirect" as r }`, `const { redirect } = require('next/navigation')`,
 * `const nav = require('next/navigation')` and `const r = require('next/navigation').redirect`
 * (each also with the `next/navigation.js` specifier that strict ESM projects write).
 * A name that is not in the index is answered without touching scope analysis; a name that is, is
 * resolved through ESLint's scope manager, so a local function or parameter of the same name that
 * shadows the import is not Next's. Type-only imports bind nothing at run time and are ignored.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { findVariable, memberName } from './ast.js';
import { PerFileCache } from './per-file.js';

/** The Next modules whose exports the rules recognise. */
export const NEXT_MODULES = ['next/navigation', 'next/headers', 'next/server', 'next/og', 'next/cache'] as const;
export type NextModule = (typeof NEXT_MODULES)[number];

const NEXT_MODULE_SET: ReadonlySet<string> = new Set(NEXT_MODULES);

/** `next/navigation` or `next/navigation.js` (the form strict ESM projects write) -> `next/navigation`. */
export function nextModuleOf(source: string): NextModule | undefined {
  const bare = source.endsWith('.js') ? source.slice(0, -3) : source;
  return NEXT_MODULE_SET.has(bare) ? (bare as NextModule) : undefined;
}

/** What a reference is, as Next sees it: the module and the exported name (`default` for a default import). */
export interface NextImport {
  readonly source: NextModule;
  readonly imported: string;
}

/** A top-level binding to a Next module, as declared in the file. */
export interface NextBinding {
  readonly source: NextModule;
  /** The exported name, `default`, or `*` for a namespace (`import * as nav`, `const nav = require(...)`). */
  readonly imported: string;
  /** The local name. */
  readonly local: string;
  /** The declaring node: the import specifier, or the `VariableDeclarator` of a `require`. */
  readonly declaration: TSESTree.Node;
  /** `import type { X }` or `import { type X }`: usable in types only. */
  readonly typeOnly: boolean;
}

/** A place in the file where one of Next's exports is referenced. */
export interface NextReference extends NextImport {
  /** The identifier (`redirect`, `r`) or, through a namespace, the member expression (`nav.redirect`). */
  readonly node: TSESTree.Identifier | TSESTree.MemberExpression;
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

interface ImportIndex {
  /** Value bindings: what calls and references resolve through. */
  readonly bindings: readonly NextBinding[];
  readonly byLocal: ReadonlyMap<string, NextBinding>;
  /** Every import of a Next module, type-only ones included (`import type { NextRequest }`). */
  readonly withTypes: readonly NextBinding[];
}

const EMPTY_INDEX: ImportIndex = { bindings: [], byLocal: new Map(), withTypes: [] };
const fileIndexes = new PerFileCache(buildIndex);

/** All of the file's top-level value bindings to Next's modules (cached per AST). */
export function getNextBindings(context: AnyContext): readonly NextBinding[] {
  return indexOf(context).bindings;
}

/**
 * The file's imports of Next's modules, type-only ones included, for rules that follow a type
 * (`req: NextRequest`) rather than a value.
 */
export function getNextTypeBindings(context: AnyContext): readonly NextBinding[] {
  return indexOf(context).withTypes;
}

/**
 * True when the file imports `names` (any name when omitted) from `source` (one module or several).
 * Cheap: rules call it in `create` to return `{}` for files that cannot concern them.
 */
export function importsFromNext(
  context: AnyContext,
  source: NextModule | readonly NextModule[],
  names?: ReadonlySet<string> | readonly string[],
): boolean {
  const { bindings } = indexOf(context);
  // Most files import nothing from Next: answer them before building the sets below.
  if (bindings.length === 0) return false;
  const sources: readonly string[] = typeof source === 'string' ? [source] : source;
  const wanted = names && nameSet(names);
  return bindings.some(
    (binding) => sources.includes(binding.source) && (!wanted || binding.imported === '*' || wanted.has(binding.imported)),
  );
}

/**
 * Which of Next's exports `node` denotes: an identifier bound to a named import (`redirect`, a
 * renamed `r`), or a member of a namespace import (`nav.redirect`, `nav['redirect']`). Accepts a
 * call's callee directly (TS wrappers such as `redirect!` are looked through). Undefined for anything
 * else, including a local binding that shadows the import.
 */
export function getNextImportName(context: AnyContext, node: TSESTree.Node): NextImport | undefined {
  const index = indexOf(context);
  if (index.bindings.length === 0) return undefined;
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const binding = index.byLocal.get(target.name);
    if (!binding || binding.imported === '*' || !resolvesTo(context, target, binding)) return undefined;
    return { source: binding.source, imported: binding.imported };
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrapExpression(target.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const binding = index.byLocal.get(object.name);
    if (!binding || binding.imported !== '*') return undefined;
    const property = memberName(target);
    if (property === undefined || !resolvesTo(context, object, binding)) return undefined;
    return { source: binding.source, imported: property };
  }
  return undefined;
}

/** True when `node` denotes one of `names` exported by `source`. */
export function isNextImport(
  context: AnyContext,
  node: TSESTree.Node,
  source: NextModule | readonly NextModule[],
  names: ReadonlySet<string> | string,
): boolean {
  const found = getNextImportName(context, node);
  if (!found) return false;
  if (typeof source === 'string' ? found.source !== source : !source.includes(found.source)) return false;
  return typeof names === 'string' ? found.imported === names : names.has(found.imported);
}

/** For a call, which of Next's exports it calls (`redirect('/')`, `nav.redirect('/')`, `r?.('/')`). */
export function getNextCallee(context: AnyContext, call: TSESTree.CallExpression | TSESTree.NewExpression): NextImport | undefined {
  return getNextImportName(context, call.callee);
}

/**
 * Every reference in the file to `names` exported by `source`, found through the scope manager from
 * the import bindings (no walk of the AST): the fastest way for a rule to visit only the calls it
 * cares about. For a namespace import, each `nav.name` member expression is returned. Declarations
 * and writes are skipped; shadowed names are not references of the import, so they never appear.
 */
export function getNextReferences(
  context: AnyContext,
  source: NextModule | readonly NextModule[],
  names: ReadonlySet<string> | readonly string[],
): NextReference[] {
  const { bindings } = indexOf(context);
  if (bindings.length === 0) return [];
  const wanted = nameSet(names);
  const sources: readonly string[] = typeof source === 'string' ? [source] : source;
  const found: NextReference[] = [];
  for (const binding of bindings) {
    if (!sources.includes(binding.source)) continue;
    if (binding.imported !== '*' && !wanted.has(binding.imported)) continue;
    const variable = context.sourceCode.getDeclaredVariables(binding.declaration).find((v) => v.name === binding.local);
    if (!variable) continue;
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      const identifier = reference.identifier;
      if (identifier.type !== AST_NODE_TYPES.Identifier) continue;
      if (binding.imported !== '*') {
        found.push({ node: identifier, source: binding.source, imported: binding.imported });
        continue;
      }
      const parent = outerExpression(identifier).parent;
      if (parent?.type !== AST_NODE_TYPES.MemberExpression || unwrapExpression(parent.object) !== identifier) continue;
      const property = memberName(parent);
      if (property !== undefined && wanted.has(property)) found.push({ node: parent, source: binding.source, imported: property });
    }
  }
  return found;
}

/** Strips TS-only wrappers and non-null assertions: `redirect!`, `(nav as any)`, `x satisfies T`. */
export function unwrapExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === AST_NODE_TYPES.TSNonNullExpression ||
    current.type === AST_NODE_TYPES.TSAsExpression ||
    current.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    current.type === AST_NODE_TYPES.TSTypeAssertion ||
    current.type === AST_NODE_TYPES.TSInstantiationExpression
  ) {
    current = current.expression;
  }
  return current;
}

/** The outermost TS wrapper around `node` (the node itself when there is none): the inverse of unwrapExpression. */
export function outerExpression(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    (current.parent.type === AST_NODE_TYPES.TSNonNullExpression ||
      current.parent.type === AST_NODE_TYPES.TSAsExpression ||
      current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression ||
      current.parent.type === AST_NODE_TYPES.TSTypeAssertion)
  ) {
    current = current.parent;
  }
  return current;
}

function resolvesTo(context: AnyContext, identifier: TSESTree.Identifier, binding: NextBinding): boolean {
  const variable = findVariable(context.sourceCode.getScope(identifier), identifier);
  return variable !== null && variable.defs.some((def) => def.node === binding.declaration);
}

/** Rules pass their names as a module-level array or set: each array becomes a set once. */
const nameSets = new WeakMap<readonly string[], ReadonlySet<string>>();

function nameSet(names: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
  if (names instanceof Set) return names;
  const list = names as readonly string[];
  let set = nameSets.get(list);
  if (!set) {
    set = new Set(list);
    nameSets.set(list, set);
  }
  return set;
}

function indexOf(context: AnyContext): ImportIndex {
  return fileIndexes.get(context.sourceCode.ast, context.sourceCode);
}

function buildIndex({ ast: program, text }: { readonly ast: TSESTree.Program; readonly text: string }): ImportIndex {
  // Every specifier the index knows starts with `next/`: a file that never writes it has none.
  if (!text.includes('next/')) return EMPTY_INDEX;
  const withTypes: NextBinding[] = [];
  const requires: NextBinding[] = [];
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
      const source = nextModuleOf(statement.source.value);
      if (!source) continue;
      for (const specifier of statement.specifiers) {
        let imported: string;
        let typeOnly = statement.importKind === 'type';
        if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
          imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
          typeOnly ||= specifier.importKind === 'type';
        } else {
          imported = specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier ? 'default' : '*';
        }
        withTypes.push({ source, imported, local: specifier.local.name, declaration: specifier, typeOnly });
      }
    } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of statement.declarations) collectRequire(declarator, requires);
    }
  }
  if (withTypes.length === 0 && requires.length === 0) return EMPTY_INDEX;
  const bindings = [...withTypes.filter(({ typeOnly }) => !typeOnly), ...requires];
  return { bindings, byLocal: new Map(bindings.map((binding) => [binding.local, binding])), withTypes };
}

/** `require('next/x')` -> `next/x` when it is one of Next's modules. */
function requiredModule(node: TSESTree.Node | null): NextModule | undefined {
  if (!node) return undefined;
  const call = unwrapExpression(node);
  if (call.type !== AST_NODE_TYPES.CallExpression || call.callee.type !== AST_NODE_TYPES.Identifier || call.callee.name !== 'require') return undefined;
  const argument = call.arguments[0];
  if (call.arguments.length !== 1 || argument?.type !== AST_NODE_TYPES.Literal || typeof argument.value !== 'string') return undefined;
  return nextModuleOf(argument.value);
}

function collectRequire(declarator: TSESTree.VariableDeclarator, bindings: NextBinding[]): void {
  const { id, init } = declarator;
  if (!init) return;
  const whole = requiredModule(init);
  if (whole) {
    if (id.type === AST_NODE_TYPES.Identifier) {
      bindings.push({ source: whole, imported: '*', local: id.name, declaration: declarator, typeOnly: false });
    } else if (id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of id.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.computed) continue;
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
        const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
        if (key !== undefined && value.type === AST_NODE_TYPES.Identifier) {
          bindings.push({ source: whole, imported: key, local: value.name, declaration: declarator, typeOnly: false });
        }
      }
    }
    return;
  }
  // const redirect = require('next/navigation').redirect
  const member = unwrapExpression(init);
  if (member.type === AST_NODE_TYPES.MemberExpression && id.type === AST_NODE_TYPES.Identifier) {
    const source = requiredModule(member.object);
    const name = source && memberName(member);
    if (source && name !== undefined) bindings.push({ source, imported: name, local: id.name, declaration: declarator, typeOnly: false });
  }
}

/**
 * Which export of any module (`react`, say) `node` denotes: an identifier bound to a named import
 * (`useEffect`, a renamed `ue`), or a member of a namespace or default import (`React.useEffect`).
 * Resolved through the scope manager, so a shadowing local is not the import. For modules other
 * than Next's, which the cached index above does not cover; call it only on candidate nodes.
 */
export function getModuleImportName(context: AnyContext, node: TSESTree.Node, moduleName: string): string | undefined {
  const target = unwrapExpression(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const specifier = importSpecifierOf(context, target, moduleName);
    if (specifier?.type !== AST_NODE_TYPES.ImportSpecifier || specifier.importKind === 'type') return undefined;
    return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value);
  }
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const object = unwrapExpression(target.object);
    if (object.type !== AST_NODE_TYPES.Identifier) return undefined;
    const specifier = importSpecifierOf(context, object, moduleName);
    if (specifier?.type !== AST_NODE_TYPES.ImportNamespaceSpecifier && specifier?.type !== AST_NODE_TYPES.ImportDefaultSpecifier) return undefined;
    return memberName(target);
  }
  return undefined;
}

function importSpecifierOf(context: AnyContext, identifier: TSESTree.Identifier, moduleName: string): TSESTree.ImportClause | undefined {
  const variable = findVariable(context.sourceCode.getScope(identifier), identifier);
  const definition = variable?.defs[0];
  if (definition?.type !== 'ImportBinding' || definition.parent.type !== AST_NODE_TYPES.ImportDeclaration) return undefined;
  if (definition.parent.source.value !== moduleName || definition.parent.importKind === 'type') return undefined;
  return definition.node as TSESTree.ImportClause;
}
