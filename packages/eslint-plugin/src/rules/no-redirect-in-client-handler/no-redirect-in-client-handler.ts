/**
 * `redirect()` / `permanentRedirect()` in a Client Component's event handler or effect. Next
 * documents them for rendering only ("can be called in Client Components during the rendering
 * process but not in event handlers"). What next 16.4.6 does instead: the call throws a
 * NEXT_REDIRECT error out of the handler; the app router's global `error` / `unhandledrejection`
 * listener (or, in an effect, the RedirectErrorBoundary, which remounts the subtree) turns it into a
 * navigation. A `try/catch` around it swallows it, and error trackers may record an exception.
 *
 * Event contexts: the function given to an `on*` JSX prop (inline, a local function, or a
 * `useCallback` of one), the callback of `useEffect` / `useLayoutEffect` / `useInsertionEffect`,
 * everything nested in those, and, transitively, the local functions they call. Calls during render
 * are left alone.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { hasFileDirective } from '../../utils/directives.js';
import { indentOf, planNamedImport } from '../../utils/fix-imports.js';
import { getModuleImportName, getNextReferences, importsFromNext, isNextImport, outerExpression, unwrapExpression } from '../../utils/imports.js';
import { isFunctionNode, type FunctionNode } from '../../utils/function-returns.js';
import { findVariable } from '../../utils/ast.js';

export const RULE_NAME = 'no-redirect-in-client-handler';

export type MessageIds = 'redirectInHandler' | 'suggestPush' | 'suggestReplace';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const REDIRECTS = ['redirect', 'permanentRedirect'] as const;
const EFFECT_HOOKS: ReadonlySet<string> = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);
const EVENT_PROP = /^on[A-Z]/;
/** How far calls between local functions are followed. */
const MAX_CALL_DEPTH = 6;

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: "Disallow `redirect()` and `permanentRedirect()` in a `'use client'` file's event handlers and effects",
      recommended: 'strict',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      redirectInHandler:
        "`{{name}}()` is called in {{where}}, not during render. Next supports it in Client Components only while rendering: here it throws a NEXT_REDIRECT error out of the handler, which a surrounding `try/catch` swallows, error trackers may record, and only Next's global error listener turns into a navigation. Navigate with `router.push()` or `router.replace()` from `useRouter()` (next/navigation) instead.",
      suggestPush: 'Use `{{router}}.push(...)` from `useRouter()`.',
      suggestReplace: 'Use `{{router}}.replace(...)` from `useRouter()`.',
    },
  },
  create(context: Context) {
    if (!hasFileDirective(context, 'use client') || !importsFromNext(context, 'next/navigation', REDIRECTS)) return {};
    /** Function -> what runs it (`an \`onClick\` handler`). */
    const eventFunctions = new Map<TSESTree.Node, string>();

    return {
      JSXAttribute(node) {
        if (node.name.type !== AST_NODE_TYPES.JSXIdentifier || !EVENT_PROP.test(node.name.name)) return;
        if (node.value?.type !== AST_NODE_TYPES.JSXExpressionContainer || node.value.expression.type === AST_NODE_TYPES.JSXEmptyExpression) return;
        const fn = resolveFunction(context, node.value.expression);
        if (fn && !eventFunctions.has(fn)) eventFunctions.set(fn, `an \`${node.name.name}\` handler`);
      },
      CallExpression(node) {
        const [first] = node.arguments;
        if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
        const hook = getModuleImportName(context, node.callee, 'react');
        if (hook === undefined || !EFFECT_HOOKS.has(hook)) return;
        const fn = resolveFunction(context, first);
        if (fn && !eventFunctions.has(fn)) eventFunctions.set(fn, `a \`${hook}\` callback`);
      },
      'Program:exit'() {
        if (eventFunctions.size === 0) return;
        for (const reference of getNextReferences(context, 'next/navigation', REDIRECTS)) {
          const call = outerExpression(reference.node).parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== reference.node) continue;
          const where = findEventContext(context, call, eventFunctions, new Set(), 0);
          if (!where) continue;
          context.report({
            node: call,
            messageId: 'redirectInHandler',
            data: { name: reference.imported, where },
            suggest: routerSuggestions(context, call),
          });
        }
      },
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Event contexts

/** The function an `on*` prop or effect receives: inline, a local function, or a `useCallback` of one. */
function resolveFunction(context: Context, expression: TSESTree.Node): FunctionNode | undefined {
  const node = unwrapExpression(expression);
  if (isFunctionNode(node)) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(context.sourceCode.getScope(node), node);
  const definition = variable?.defs[0];
  if (!definition || variable!.defs.length !== 1) return undefined;
  if (definition.node.type === AST_NODE_TYPES.FunctionDeclaration) return definition.node;
  if (definition.node.type !== AST_NODE_TYPES.VariableDeclarator || !definition.node.init) return undefined;
  const init = unwrapExpression(definition.node.init);
  if (isFunctionNode(init)) return init;
  if (init.type === AST_NODE_TYPES.CallExpression && getModuleImportName(context, init.callee, 'react') === 'useCallback') {
    const callback = init.arguments[0] && unwrapExpression(init.arguments[0]);
    if (callback && isFunctionNode(callback)) return callback;
  }
  return undefined;
}

/**
 * What runs `node` outside render: an event function around it, or an event function that calls
 * (directly or through other local functions) a named function around it. Undefined during render.
 */
function findEventContext(
  context: Context,
  node: TSESTree.Node,
  eventFunctions: ReadonlyMap<TSESTree.Node, string>,
  visiting: Set<TSESTree.Node>,
  depth: number,
): string | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const direct = eventFunctions.get(current);
    if (direct) return direct;
    if (depth >= MAX_CALL_DEPTH || visiting.has(current)) continue;
    const binding = functionBinding(current);
    if (!binding) continue;
    const variable = findVariable(context.sourceCode.getScope(binding), binding);
    if (!variable) continue;
    visiting.add(current);
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      const use = outerExpression(reference.identifier);
      const call = use.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== use) continue;
      const where = findEventContext(context, call, eventFunctions, visiting, depth + 1);
      if (where) return where;
    }
  }
  return undefined;
}

/** The name a function is bound to: `function go()`, `const go = () => ...`. */
function functionBinding(fn: FunctionNode): TSESTree.Identifier | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id ?? undefined;
  const parent = outerExpression(fn).parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) return parent.id;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Suggestions

type Suggestion = { messageId: 'suggestPush' | 'suggestReplace'; data: { router: string }; fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] };

/**
 * `redirect(url)` -> `router.push(url)` / `router.replace(url)`, with the router from a visible
 * `useRouter()` result, or a new `const router = useRouter();` at the top of the component that
 * defines the handler (with the import). The redirect type picks the method when it is given.
 */
function routerSuggestions(context: Context, call: TSESTree.CallExpression): Suggestion[] {
  const [url, type] = call.arguments;
  if (!url || url.type === AST_NODE_TYPES.SpreadElement || call.arguments.length > 2) return [];
  const methods = type === undefined ? (['push', 'replace'] as const) : redirectMethod(type);
  if (methods.length === 0) return [];
  const urlText = context.sourceCode.getText(url);

  const existing = findVisibleRouter(context, call);
  let router: string;
  let setup: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] = () => [];
  if (existing) {
    router = existing;
  } else {
    const component = enclosingComponent(call);
    if (!component || component.body.type !== AST_NODE_TYPES.BlockStatement) return [];
    if (findVariable(context.sourceCode.getScope(call), 'router')) return [];
    const componentScope = context.sourceCode.getScope(component.body);
    if (componentScope.through.some((reference) => reference.identifier.name === 'router')) return [];
    const plan = planNamedImport(context, 'next/navigation', 'useRouter', component.body);
    if (!plan) return [];
    const body = component.body;
    const statements = body.body;
    const directives = statements.filter((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined);
    const anchor = directives.at(-1);
    const first = statements[directives.length];
    const declaration = `const router = ${plan.reference}();`;
    router = 'router';
    setup = (fixer) => {
      const fixes = plan.fix(fixer);
      if (anchor) fixes.push(fixer.insertTextAfter(anchor, `\n${indentOf(context, anchor)}${declaration}`));
      else if (first) fixes.push(fixer.insertTextBefore(first, `${declaration}\n${indentOf(context, first)}`));
      else fixes.push(fixer.insertTextAfter(context.sourceCode.getFirstToken(body)!, ` ${declaration} `));
      return fixes;
    };
  }
  return methods.map((method) => ({
    messageId: method === 'push' ? 'suggestPush' : 'suggestReplace',
    data: { router },
    fix: (fixer) => [...setup(fixer), fixer.replaceText(call, `${router}.${method}(${urlText})`)],
  }));
}

/** `RedirectType.push` / `'push'` -> push; `.replace` / `'replace'` -> replace; anything else: none. */
function redirectMethod(type: TSESTree.CallExpressionArgument): readonly ('push' | 'replace')[] {
  const node = unwrapExpression(type);
  let value: unknown;
  if (node.type === AST_NODE_TYPES.Literal) value = node.value;
  else if (node.type === AST_NODE_TYPES.MemberExpression && !node.computed && node.property.type === AST_NODE_TYPES.Identifier) value = node.property.name;
  return value === 'push' || value === 'replace' ? [value] : [];
}

/** The name of a `useRouter()` result (Next's) visible at `node`, if any. */
function findVisibleRouter(context: Context, node: TSESTree.Node): string | undefined {
  for (let scope: TSESLint.Scope.Scope | null = context.sourceCode.getScope(node); scope; scope = scope.upper) {
    for (const variable of scope.variables) {
      const definition = variable.defs[0];
      if (definition?.node.type !== AST_NODE_TYPES.VariableDeclarator || definition.node.id.type !== AST_NODE_TYPES.Identifier || !definition.node.init) continue;
      const init = unwrapExpression(definition.node.init);
      if (init.type === AST_NODE_TYPES.CallExpression && isNextImport(context, init.callee, 'next/navigation', 'useRouter')) return variable.name;
    }
  }
  return undefined;
}

/**
 * The component (or hook) whose body the handler is defined in: the nearest function around
 * `node` named like a component (`Page`) or hook (`useThing`), or a default-exported function. The
 * call must be inside a nested function of it (the handler), never in its own render body.
 */
function enclosingComponent(node: TSESTree.Node): FunctionNode | undefined {
  let nested = false;
  for (let current = node.parent; current; current = current.parent) {
    if (!isFunctionNode(current)) continue;
    const name = functionBinding(current)?.name;
    const isDefault = outerExpression(current).parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration;
    if (nested && ((name !== undefined && /^(?:[A-Z]|use[A-Z])/.test(name)) || isDefault)) return current;
    nested = true;
  }
  return undefined;
}

