/**
 * Fixes and suggestions that need one of Next's functions in scope (`unstable_rethrow`,
 * `notFound`): reuse the file's binding when there is one, else add the name to an existing
 * `import { ... } from '<module>'`, else add an import after the last import.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { getNextBindings, nextModuleOf, type NextModule } from './imports.js';
import { preferredQuote, quoteString } from './static-value.js';
import { findVariable } from './ast.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface ImportPlan {
  /** How to call it at `at`: `unstable_rethrow`, `nav.unstable_rethrow`. */
  readonly reference: string;
  /** The edits that bring it into scope (empty when already imported). */
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

/**
 * How to reach `name` of `source` from `at`; undefined when the name is taken by another binding
 * visible there (a suggestion must not shadow or break user code).
 */
export function planNamedImport(context: AnyContext, source: NextModule, name: string, at: TSESTree.Node): ImportPlan | undefined {
  const bindings = getNextBindings(context).filter((binding) => binding.source === source);
  const visible = findVariable(context.sourceCode.getScope(at), name);
  const named = bindings.find((binding) => binding.imported === name);
  if (named) {
    const resolved = findVariable(context.sourceCode.getScope(at), named.local);
    if (resolved?.defs.some((def) => def.node === named.declaration)) return { reference: named.local, fix: () => [] };
  }
  const namespace = bindings.find((binding) => binding.imported === '*');
  if (namespace) {
    const resolved = findVariable(context.sourceCode.getScope(at), namespace.local);
    if (resolved?.defs.some((def) => def.node === namespace.declaration)) return { reference: `${namespace.local}.${name}`, fix: () => [] };
  }
  if (visible) return undefined;
  const program = context.sourceCode.ast;
  const imports = program.body.filter((statement): statement is TSESTree.ImportDeclaration => statement.type === AST_NODE_TYPES.ImportDeclaration);
  const target = imports.find(
    (declaration) =>
      nextModuleOf(declaration.source.value) === source &&
      declaration.importKind !== 'type' &&
      declaration.specifiers.some((specifier) => specifier.type === AST_NODE_TYPES.ImportSpecifier),
  );
  if (target) {
    const last = target.specifiers.at(-1)!;
    return { reference: name, fix: (fixer) => [fixer.insertTextAfter(last, `, ${name}`)] };
  }
  // A CommonJS file: extend `const { redirect } = require('next/navigation')` rather than mix in an import.
  const required = bindings.find(
    (binding) => binding.declaration.type === AST_NODE_TYPES.VariableDeclarator && binding.declaration.id.type === AST_NODE_TYPES.ObjectPattern,
  );
  if (required && imports.length === 0) {
    const pattern = (required.declaration as TSESTree.VariableDeclarator).id as TSESTree.ObjectPattern;
    const last = pattern.properties.at(-1);
    if (last && last.type === AST_NODE_TYPES.Property) return { reference: name, fix: (fixer) => [fixer.insertTextAfter(last, `, ${name}`)] };
  }
  const quote = preferredQuote(context);
  const statement = `import { ${name} } from ${quoteString(source, quote)};`;
  const lastImport = imports.at(-1);
  if (lastImport) return { reference: name, fix: (fixer) => [fixer.insertTextAfter(lastImport, `\n${statement}`)] };
  // No imports: after the directive prologue ('use server' must stay first), else at the top.
  const prologue = program.body.filter((node, index) => node.type === AST_NODE_TYPES.ExpressionStatement && node.directive && program.body.slice(0, index).every((p) => p.type === AST_NODE_TYPES.ExpressionStatement && p.directive));
  const lastDirective = prologue.at(-1);
  if (lastDirective) return { reference: name, fix: (fixer) => [fixer.insertTextAfter(lastDirective, `\n${statement}`)] };
  const first = program.body[0];
  return {
    reference: name,
    fix: (fixer) => [first ? fixer.insertTextBefore(first, `${statement}\n`) : fixer.insertTextAfterRange([0, 0], `${statement}\n`)],
  };
}

/** The indentation (leading whitespace) of the line `node` starts on. */
export function indentOf(context: AnyContext, node: TSESTree.Node | TSESTree.Token): string {
  const line = context.sourceCode.lines[node.loc.start.line - 1] ?? '';
  return /^\s*/.exec(line)![0];
}

/**
 * The range that removes a statement cleanly: its whole line when nothing else is on it, else the
 * statement and the spaces after it (a trailing comment stays where it was).
 */
export function statementRemovalRange(context: AnyContext, node: TSESTree.Node): [number, number] {
  const text = context.sourceCode.text;
  let start = node.range[0];
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  let end = node.range[1];
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  const atLineStart = start === 0 || text[start - 1] === '\n';
  const atLineEnd = end === text.length || text[end] === '\n' || text[end] === '\r';
  if (atLineStart && atLineEnd) {
    if (text[end] === '\r') end++;
    if (text[end] === '\n') end++;
    return [start, end];
  }
  return [node.range[0], end];
}
