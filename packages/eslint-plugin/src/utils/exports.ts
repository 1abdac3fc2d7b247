/**
 * A module's exports by name, in every form, collected once per lint from the top-level statements
 * (a WeakMap keyed by the AST, shared by all rules):
 *
 * | form                                  | kind         | `value`                         |
 * | ------------------------------------- | ------------ | ------------------------------- |
 * | `export const x = 1` (let, var)       | `variable`   | the initializer                 |
 * | `export const { x } = o`              | `variable`   | undefined (destructured)        |
 * | `export function x() {}` (async, *)   | `function`   | the function                    |
 * | `export class X {}`                   | `class`      | the class                       |
 * | `export { x }`, `export { x as y }`   | `local`      | x's top-level declaration value |
 * | `import { x } from 'm'; export { x }` | `local`      | undefined, `source: 'm'`        |
 * | `export { x } from 'm'`               | `re-export`  | undefined, `source: 'm'`        |
 * | `export * as ns from 'm'`             | `re-export`  | undefined, `source: 'm'`        |
 * | `export default ...`                  | `default`    | the declaration or expression   |
 *
 * `export * from 'm'` adds no names (they are unknown without reading `m`): it is listed in
 * `starExports`. Type-only exports (`export type`, `export interface`, `export { type x }`,
 * `export declare const`) exist only for the type checker and are left out.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { PerFileCache } from './per-file.js';

export type ExportKind = 'variable' | 'function' | 'class' | 'enum' | 'local' | 're-export' | 'default';

export interface ModuleExport {
  /** The exported name (`default` for the default export). */
  readonly name: string;
  readonly kind: ExportKind;
  /**
   * The node to report: the declared identifier (`export const x`), the exported name of a
   * specifier (`y` in `export { x as y }`), or the `export default` statement.
   */
  readonly node: TSESTree.Node;
  /** The export statement itself. */
  readonly statement: TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration | TSESTree.ExportAllDeclaration;
  /** For `variable` exports: the declarator, and its `const`/`let`/`var`. */
  readonly declarator?: TSESTree.VariableDeclarator;
  readonly declarationKind?: TSESTree.VariableDeclaration['kind'];
  /** For specifiers: the local name (`x` in `export { x as y }`). */
  readonly local?: string;
  /** For re-exports and for specifiers of an imported binding: the module it comes from. */
  readonly source?: string;
  /**
   * The exported value when it is in this file: the initializer of a variable, the function or
   * class, the default export's declaration or expression, or the top-level declaration a local
   * specifier names (a function, a class, or a `const`/`let`/`var` initializer).
   */
  readonly value?: TSESTree.Node;
}

export interface ModuleExports {
  /** By exported name; the first export wins when a name is exported twice (a syntax error anyway). */
  readonly byName: ReadonlyMap<string, ModuleExport>;
  /** Every export in source order. */
  readonly all: readonly ModuleExport[];
  /** `export * from 'm'` statements: their names are unknown. */
  readonly starExports: readonly TSESTree.ExportAllDeclaration[];
}

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const fileExports = new PerFileCache(collectExports);

/** The exports of the file being linted (cached per AST). */
export function getModuleExports(context: AnyContext): ModuleExports {
  return fileExports.get(context.sourceCode.ast, context.sourceCode.ast);
}

/** Collects a program's exports. Pure; prefer getModuleExports inside a rule (cached). */
export function collectExports(program: TSESTree.Program): ModuleExports {
  const all: ModuleExport[] = [];
  const starExports: TSESTree.ExportAllDeclaration[] = [];
  let locals: Map<string, LocalBinding> | undefined;
  const localsOf = () => (locals ??= collectLocals(program));

  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      if (statement.exportKind === 'type') continue;
      const { declaration } = statement;
      if (declaration) {
        collectDeclaration(statement, declaration, all);
        continue;
      }
      const source = statement.source?.value;
      for (const specifier of statement.specifiers) {
        if (specifier.exportKind === 'type') continue;
        const name = moduleExportName(specifier.exported);
        const local = moduleExportName(specifier.local);
        if (source !== undefined) {
          all.push({ name, kind: 're-export', node: specifier.exported, statement, local, source });
          continue;
        }
        const binding = localsOf().get(local);
        if (binding?.typeOnly) continue;
        all.push({ name, kind: 'local', node: specifier.exported, statement, local, source: binding?.source, value: binding?.value });
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      if (statement.declaration.type === AST_NODE_TYPES.TSInterfaceDeclaration) continue;
      all.push({ name: 'default', kind: 'default', node: statement, statement, value: statement.declaration });
    } else if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      if (statement.exportKind === 'type') continue;
      if (statement.exported) {
        all.push({ name: moduleExportName(statement.exported), kind: 're-export', node: statement.exported, statement, source: statement.source.value });
      } else {
        starExports.push(statement);
      }
    }
  }

  const byName = new Map<string, ModuleExport>();
  for (const entry of all) if (!byName.has(entry.name)) byName.set(entry.name, entry);
  return { byName, all, starExports };
}

function moduleExportName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

function collectDeclaration(
  statement: TSESTree.ExportNamedDeclaration,
  declaration: NonNullable<TSESTree.ExportNamedDeclaration['declaration']>,
  all: ModuleExport[],
): void {
  if ('declare' in declaration && declaration.declare) return;
  switch (declaration.type) {
    case AST_NODE_TYPES.VariableDeclaration:
      for (const declarator of declaration.declarations) {
        const declarationKind = declaration.kind;
        if (declarator.id.type === AST_NODE_TYPES.Identifier) {
          all.push({ name: declarator.id.name, kind: 'variable', node: declarator.id, statement, declarator, declarationKind, value: declarator.init ?? undefined });
        } else {
          for (const id of patternIdentifiers(declarator.id)) {
            all.push({ name: id.name, kind: 'variable', node: id, statement, declarator, declarationKind });
          }
        }
      }
      return;
    case AST_NODE_TYPES.FunctionDeclaration:
    case AST_NODE_TYPES.TSDeclareFunction:
      if (declaration.id && declaration.type === AST_NODE_TYPES.FunctionDeclaration) {
        all.push({ name: declaration.id.name, kind: 'function', node: declaration.id, statement, value: declaration });
      }
      return;
    case AST_NODE_TYPES.ClassDeclaration:
      if (declaration.id) all.push({ name: declaration.id.name, kind: 'class', node: declaration.id, statement, value: declaration });
      return;
    case AST_NODE_TYPES.TSEnumDeclaration:
      if (!declaration.const) all.push({ name: declaration.id.name, kind: 'enum', node: declaration.id, statement, value: declaration });
      return;
    case AST_NODE_TYPES.TSModuleDeclaration:
      // `export namespace X {}` with values is a runtime object; a type-only one is not.
      if (declaration.id.type === AST_NODE_TYPES.Identifier && declaration.kind === 'namespace') {
        all.push({ name: declaration.id.name, kind: 'variable', node: declaration.id, statement, value: declaration });
      }
      return;
    default:
      // Interfaces, type aliases, import-equals: types only.
      return;
  }
}

/** The identifiers a destructuring pattern binds, in source order. */
export function patternIdentifiers(pattern: TSESTree.Node): TSESTree.Identifier[] {
  switch (pattern.type) {
    case AST_NODE_TYPES.Identifier:
      return [pattern];
    case AST_NODE_TYPES.ObjectPattern:
      return pattern.properties.flatMap((property) =>
        patternIdentifiers(property.type === AST_NODE_TYPES.Property ? property.value : property.argument),
      );
    case AST_NODE_TYPES.ArrayPattern:
      return pattern.elements.flatMap((element) => (element ? patternIdentifiers(element) : []));
    case AST_NODE_TYPES.AssignmentPattern:
      return patternIdentifiers(pattern.left);
    case AST_NODE_TYPES.RestElement:
      return patternIdentifiers(pattern.argument);
    default:
      return [];
  }
}

interface LocalBinding {
  readonly value?: TSESTree.Node;
  readonly source?: string;
  readonly typeOnly?: boolean;
}

/** Top-level declarations by name, to resolve `export { x }`. Built only when a file has such a specifier. */
function collectLocals(program: TSESTree.Program): Map<string, LocalBinding> {
  const locals = new Map<string, LocalBinding>();
  for (const raw of program.body) {
    const statement = raw.type === AST_NODE_TYPES.ExportNamedDeclaration && raw.declaration ? raw.declaration : raw;
    switch (statement.type) {
      case AST_NODE_TYPES.ImportDeclaration:
        for (const specifier of statement.specifiers) {
          const typeOnly = statement.importKind === 'type' || (specifier.type === AST_NODE_TYPES.ImportSpecifier && specifier.importKind === 'type');
          locals.set(specifier.local.name, { source: statement.source.value, typeOnly });
        }
        break;
      case AST_NODE_TYPES.VariableDeclaration:
        for (const declarator of statement.declarations) {
          if (declarator.id.type === AST_NODE_TYPES.Identifier) locals.set(declarator.id.name, { value: declarator.init ?? undefined });
          else for (const id of patternIdentifiers(declarator.id)) locals.set(id.name, {});
        }
        break;
      case AST_NODE_TYPES.FunctionDeclaration:
      case AST_NODE_TYPES.ClassDeclaration:
        if (statement.id) locals.set(statement.id.name, { value: statement });
        break;
      case AST_NODE_TYPES.TSInterfaceDeclaration:
      case AST_NODE_TYPES.TSTypeAliasDeclaration:
        if (!locals.has(statement.id.name)) locals.set(statement.id.name, { typeOnly: true });
        break;
      default:
        break;
    }
  }
  return locals;
}
