/**
 * Directives (`'use client'`, `'use server'`, `'use cache'`) at file and function level. A
 * directive is a string-literal expression statement in the prologue (before any other statement);
 * both parsers mark those with `directive`. `'use cache: remote'` and `'use cache: private'` count
 * as `'use cache'`.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { isFunctionNode, type FunctionNode } from './function-returns.js';
import { PerFileCache } from './per-file.js';

export type Directive = 'use client' | 'use server' | 'use cache';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const fileDirectives = new PerFileCache((program: TSESTree.Program) => getPrologueDirectives(program.body));

/** The directive a prologue string stands for, or undefined for other strings (`'use strict'`). */
export function normalizeDirective(value: string): Directive | undefined {
  if (value === 'use client' || value === 'use server' || value === 'use cache') return value;
  if (value.startsWith('use cache:')) return 'use cache';
  return undefined;
}

/** The directives of a statement list's prologue. */
export function getPrologueDirectives(body: readonly TSESTree.ProgramStatement[] | readonly TSESTree.Statement[]): Set<Directive> {
  const found = new Set<Directive>();
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) break;
    // Both parsers set `directive` (the raw text without quotes) on prologue strings only: a
    // parenthesised string is not a directive and ends the prologue, as does any other statement.
    if (statement.directive === undefined || statement.directive === null) break;
    const directive = normalizeDirective(statement.directive);
    if (directive) found.add(directive);
  }
  return found;
}

/** The file-level directives (cached per AST). */
export function getFileDirectives(context: AnyContext): ReadonlySet<Directive> {
  return fileDirectives.get(context.sourceCode.ast, context.sourceCode.ast);
}

/** True when the file starts with `directive`. */
export function hasFileDirective(context: AnyContext, directive: Directive): boolean {
  return getFileDirectives(context).has(directive);
}

/** The directives at the top of a function's body (none for an expression-bodied arrow). */
export function getFunctionDirectives(node: FunctionNode): Set<Directive> {
  if (node.body?.type !== AST_NODE_TYPES.BlockStatement) return new Set();
  return getPrologueDirectives(node.body.body);
}

/**
 * The nearest enclosing function (from `node` upwards, `node` included) whose body starts with
 * `directive`, or the Program when the file does; undefined otherwise. `'use cache'` reaches every
 * function nested in the marked one, which is why the search goes all the way up.
 */
export function findEnclosingDirective(
  context: AnyContext,
  node: TSESTree.Node,
  directive: Directive,
): FunctionNode | TSESTree.Program | undefined {
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    if (isFunctionNode(current) && getFunctionDirectives(current).has(directive)) return current;
  }
  return hasFileDirective(context, directive) ? context.sourceCode.ast : undefined;
}

/**
 * The exact `'use cache'` variant that starts a function body or the file (`'use cache'`,
 * `'use cache: private'`, `'use cache: remote'`), or undefined. For rules that treat the variants
 * differently (`'use cache: private'` may read `cookies()` and `headers()`); find the scope with
 * findEnclosingDirective first.
 */
export function getCacheDirectiveVariant(node: FunctionNode | TSESTree.Program): string | undefined {
  const body = node.type === AST_NODE_TYPES.Program ? node.body : node.body?.type === AST_NODE_TYPES.BlockStatement ? node.body.body : [];
  for (const statement of body) {
    if (statement.type !== AST_NODE_TYPES.ExpressionStatement) break;
    const { expression } = statement;
    if (expression.type !== AST_NODE_TYPES.Literal || typeof expression.value !== 'string') break;
    const raw = statement.directive ?? expression.raw.slice(1, -1);
    if (normalizeDirective(raw) === 'use cache') return raw;
  }
  return undefined;
}
