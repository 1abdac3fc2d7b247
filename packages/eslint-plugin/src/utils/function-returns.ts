/**
 * What a function returns, without a second walk of the file: only the function's own body is
 * visited, nested functions and classes are skipped (their returns are theirs).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { unwrapExpression } from './imports.js';

export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

export interface ReturnSite {
  /** The `return` statement; undefined for an arrow's expression body. */
  readonly statement: TSESTree.ReturnStatement | undefined;
  /** The returned expression; null for a bare `return;`. */
  readonly argument: TSESTree.Expression | null;
}

export function isFunctionNode(node: TSESTree.Node | null | undefined): node is FunctionNode {
  return (
    node?.type === AST_NODE_TYPES.FunctionDeclaration ||
    node?.type === AST_NODE_TYPES.FunctionExpression ||
    node?.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The function an exported value denotes (`function f`, `const f = () => ...`, `f = async function`), through TS wrappers. */
export function asFunction(node: TSESTree.Node | undefined): FunctionNode | undefined {
  if (!node) return undefined;
  const inner = unwrapExpression(node);
  return isFunctionNode(inner) ? inner : undefined;
}

/** Every place `fn` returns from, in source order. */
export function getReturnSites(context: AnyContext, fn: FunctionNode): ReturnSite[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [{ statement: undefined, argument: fn.body }];
  const sites: ReturnSite[] = [];
  walkOwnBody(context, fn.body, (node) => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) sites.push({ statement: node, argument: node.argument });
  });
  return sites;
}

/**
 * Calls `visit` on every node of `root` that belongs to the same function: nested functions,
 * classes and type annotations are not entered.
 */
export function walkOwnBody(context: AnyContext, root: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  const keys = context.sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    const childKeys = keys[node.type] ?? [];
    for (let k = childKeys.length - 1; k >= 0; k--) {
      const key = childKeys[k]!;
      if (key === 'typeAnnotation' || key === 'returnType' || key === 'typeArguments' || key === 'typeParameters') continue;
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (let i = child.length - 1; i >= 0; i--) pushChild(stack, child[i]);
      } else {
        pushChild(stack, child);
      }
    }
  }
}

function pushChild(stack: TSESTree.Node[], child: unknown): void {
  if (!child || typeof (child as TSESTree.Node).type !== 'string') return;
  const node = child as TSESTree.Node;
  if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) return;
  stack.push(node);
}

/**
 * The value an expression settles to for `return` purposes: through TS wrappers, `await x` and
 * `Promise.resolve(x)` (an async function's result is awaited by Next either way).
 */
export function settledExpression(node: TSESTree.Node): TSESTree.Node {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === AST_NODE_TYPES.AwaitExpression) {
      current = unwrapExpression(current.argument);
      continue;
    }
    if (
      current.type === AST_NODE_TYPES.CallExpression &&
      current.arguments.length === 1 &&
      current.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement &&
      current.callee.type === AST_NODE_TYPES.MemberExpression &&
      !current.callee.computed &&
      current.callee.object.type === AST_NODE_TYPES.Identifier &&
      current.callee.object.name === 'Promise' &&
      current.callee.property.type === AST_NODE_TYPES.Identifier &&
      current.callee.property.name === 'resolve'
    ) {
      current = unwrapExpression(current.arguments[0]!);
      continue;
    }
    return current;
  }
}
