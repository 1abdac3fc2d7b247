/**
 * `redirect()`, `notFound()` and friends end a render by throwing a control-flow error that Next
 * catches above the component. Called inside a `try` with a `catch`, the catch gets it instead,
 * and the redirect silently never happens.
 *
 * Only the references of the imports are visited (getNextReferences), then each call walks up to
 * the nearest function boundary: no traversal of the file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { indentOf, planNamedImport } from '../../utils/fix-imports.js';
import { getNextReferences, importsFromNext, isNextImport, unwrapExpression } from '../../utils/imports.js';
import { NAVIGATION_THROWERS } from '../../utils/next-conventions.js';
import { isFunctionNode } from '../../utils/function-returns.js';

export const RULE_NAME = 'no-redirect-in-try';

type MessageIds = 'noRedirectInTry' | 'moveAfterTry' | 'addUnstableRethrow';
type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `redirect()`, `notFound()`, `forbidden()` and `unauthorized()` inside a `try` whose `catch` swallows them',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      noRedirectInTry:
        '`{{name}}()` works by throwing an error that Next must receive, but it is called inside a `try` whose `catch` receives it first, so the {{effect}} silently never happens. Call it after the try/catch, or make `unstable_rethrow(error)` the first statement of the catch.',
      moveAfterTry: 'Move `{{name}}()` after the try/catch.',
      addUnstableRethrow: 'Add `unstable_rethrow({{param}})` as the first statement of the catch.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    if (!importsFromNext(context, 'next/navigation', NAVIGATION_THROWERS)) return {};
    return {
      Program() {
        for (const reference of getNextReferences(context, 'next/navigation', NAVIGATION_THROWERS)) {
          const call = callOf(reference.node);
          if (!call) continue;
          const tryStatement = findSwallowingTry(context, call);
          if (!tryStatement) continue;
          context.report({
            node: call,
            messageId: 'noRedirectInTry',
            data: { name: reference.imported, effect: EFFECTS[reference.imported] ?? 'navigation' },
            suggest: suggestionsFor(context, call, reference.imported, tryStatement),
          });
        }
      },
    };
  },
});

const EFFECTS: Readonly<Record<string, string>> = {
  redirect: 'redirect',
  permanentRedirect: 'redirect',
  notFound: '404 page',
  forbidden: '403 page',
  unauthorized: '401 page',
};

/** The call whose callee is `node` (also through `redirect!` or `(redirect as F)`), if any. */
function callOf(node: TSESTree.Node): TSESTree.CallExpression | undefined {
  let current = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.CallExpression && unwrapExpression(current.parent) === node) current = current.parent;
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === current ? parent : undefined;
}

/**
 * A function runs where it is defined only when it is called on the spot: a synchronous IIFE, or
 * an async one that is awaited (its rejection then throws at the `await`).
 */
function runsInPlace(fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration): boolean {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration || fn.generator) return false;
  let wrapper: TSESTree.Node = fn;
  while (wrapper.parent && unwrapExpression(wrapper.parent) === fn) wrapper = wrapper.parent;
  const call = wrapper.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== wrapper) return false;
  if (!fn.async) return true;
  return call.parent?.type === AST_NODE_TYPES.AwaitExpression;
}

/**
 * The innermost `try` whose block holds `call` in the same synchronous run and whose catch does
 * not hand the error back; undefined when the error reaches Next.
 */
function findSwallowingTry(context: Context, call: TSESTree.CallExpression): TSESTree.TryStatement | undefined {
  let child: TSESTree.Node = call;
  for (let node: TSESTree.Node | undefined = call.parent; node; child = node, node = node.parent) {
    if (isFunctionNode(node)) {
      if (!runsInPlace(node)) return undefined;
      continue;
    }
    if (node.type !== AST_NODE_TYPES.TryStatement || node.block !== child || !node.handler) continue;
    if (rethrows(context, node.handler)) continue;
    return node;
  }
  return undefined;
}

/** The catch begins with `unstable_rethrow(param)` or throws `param` unconditionally. */
function rethrows(context: Context, handler: TSESTree.CatchClause): boolean {
  const param = handler.param;
  if (param?.type !== AST_NODE_TYPES.Identifier) return false;
  const body = handler.body.body;
  const first = body[0];
  if (first?.type === AST_NODE_TYPES.ExpressionStatement) {
    const expression = unwrapExpression(first.expression);
    if (
      expression.type === AST_NODE_TYPES.CallExpression &&
      isIdentifierNamed(expression.arguments[0], param.name) &&
      isNextImport(context, expression.callee, 'next/navigation', 'unstable_rethrow')
    ) {
      return true;
    }
  }
  // A top-level `throw param` runs on every path that does not leave earlier; an earlier `return`
  // or `break` at top level would make it conditional, so stop at the first of those.
  for (const statement of body) {
    if (statement.type === AST_NODE_TYPES.ThrowStatement) return isIdentifierNamed(statement.argument, param.name);
    if (
      statement.type === AST_NODE_TYPES.ReturnStatement ||
      statement.type === AST_NODE_TYPES.BreakStatement ||
      statement.type === AST_NODE_TYPES.ContinueStatement
    ) {
      return false;
    }
  }
  return false;
}

function isIdentifierNamed(node: TSESTree.Node | undefined | null, name: string): boolean {
  return !!node && unwrapExpression(node).type === AST_NODE_TYPES.Identifier && (unwrapExpression(node) as TSESTree.Identifier).name === name;
}

function suggestionsFor(
  context: Context,
  call: TSESTree.CallExpression,
  name: string,
  tryStatement: TSESTree.TryStatement,
): TSESLint.SuggestionReportDescriptor<MessageIds>[] {
  const suggestions: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
  const move = moveAfterTry(context, call, tryStatement);
  if (move) suggestions.push({ messageId: 'moveAfterTry', data: { name }, fix: move });
  const rethrow = addRethrow(context, tryStatement.handler!);
  if (rethrow) suggestions.push({ messageId: 'addUnstableRethrow', data: { param: rethrow.param }, fix: rethrow.fix });
  return suggestions;
}

/**
 * Moving is offered when the call is the whole last statement of the try block (so no statement
 * that ran before now runs differently) and its arguments use nothing declared in the block.
 */
function moveAfterTry(context: Context, call: TSESTree.CallExpression, tryStatement: TSESTree.TryStatement): TSESLint.ReportFixFunction | undefined {
  const statement = call.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement && statement?.type !== AST_NODE_TYPES.ReturnStatement) return undefined;
  if (statement.parent !== tryStatement.block || tryStatement.block.body.at(-1) !== statement) return undefined;
  if (statement.type === AST_NODE_TYPES.ReturnStatement && statement.argument !== call) return undefined;
  const blockScope = context.sourceCode.getScope(tryStatement.block);
  if (blockScope.block === tryStatement.block) {
    for (const variable of blockScope.variables) {
      if (variable.references.some((reference) => reference.identifier.range[0] >= statement.range[0] && reference.identifier.range[1] <= statement.range[1])) {
        return undefined;
      }
    }
  }
  const sourceCode = context.sourceCode;
  const before = sourceCode.getTokenBefore(statement, { includeComments: true })!;
  const text = sourceCode.getText(statement);
  const indent = indentOf(context, tryStatement);
  return (fixer) => [fixer.removeRange([before.range[1], statement.range[1]]), fixer.insertTextAfter(tryStatement, `\n${indent}${text}`)];
}

function addRethrow(context: Context, handler: TSESTree.CatchClause): { param: string; fix: TSESLint.ReportFixFunction } | undefined {
  if (handler.param && handler.param.type !== AST_NODE_TYPES.Identifier) return undefined;
  const sourceCode = context.sourceCode;
  let param = handler.param?.name;
  if (!param) {
    const used = new Set(sourceCode.getTokens(handler.body).map((token) => token.value));
    param = ['error', 'err', 'caughtError'].find((candidate) => !used.has(candidate));
    if (!param) return undefined;
  }
  const plan = planNamedImport(context, 'next/navigation', 'unstable_rethrow', handler.body);
  if (!plan) return undefined;
  const newParam = handler.param ? undefined : param;
  const call = `${plan.reference}(${param});`;
  const first = handler.body.body[0];
  const openBrace = sourceCode.getFirstToken(handler.body)!;
  return {
    param,
    fix: (fixer) => {
      const fixes = plan.fix(fixer);
      if (newParam) fixes.push(fixer.insertTextAfter(sourceCode.getFirstToken(handler)!, ` (${newParam})`));
      if (first) {
        fixes.push(fixer.insertTextBefore(first, `${call}\n${indentOf(context, first)}`));
      } else {
        const indent = indentOf(context, handler);
        fixes.push(fixer.insertTextAfter(openBrace, `\n${indent}  ${call}\n${indent}`));
      }
      return fixes;
    },
  };
}
