/**
 * Synchronous use of the request APIs that Next 15 made asynchronous and Next 16 stopped
 * backing with synchronous properties (next 16.4.6 returns a plain `Promise.resolve(...)` in
 * production): `cookies()`, `headers()`, `draftMode()` from `next/headers`, and the `params`,
 * `searchParams` and `id` props Next passes to route files.
 *
 * A value is used synchronously when the code reads a member of it (`params.slug`,
 * `cookies().get('a')`; `then`/`catch`/`finally` are fine), destructures it (`const { slug } =
 * params`, `{ params: { slug } }` in the signature), spreads it, iterates it, lists its keys, or
 * puts it in a template, an arithmetic or comparison expression or a computed key. Awaiting it,
 * unwrapping it with React's `use()`, returning it or passing it on is fine.
 *
 * Where props come from is decided by the route context: the default export of a page, layout,
 * default or metadata image / sitemap route, `generateMetadata` and `generateViewport` of a page or
 * layout, and the second argument of a route handler's HTTP methods. `generateStaticParams` and
 * `generateImageMetadata` receive plain objects and are left alone.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports, type ModuleExport } from '../../utils/exports.js';
import { indentOf } from '../../utils/fix-imports.js';
import { getNextReferences, importsFromNext, outerExpression, unwrapExpression } from '../../utils/imports.js';
import { HTTP_METHOD_SET, IMAGE_METADATA_KINDS, REQUEST_APIS } from '../../utils/next-conventions.js';
import { mentionsAny } from '../../utils/mentions.js';
import { fileNameMayBe, getRouteContext, type MetadataKind, type RouteContext } from '../../utils/route-context.js';
import { staticKey } from '../../utils/static-value.js';
import { findVariable, memberName } from '../../utils/ast.js';
import { isFunctionNode, type FunctionNode } from '../../utils/function-returns.js';

export const RULE_NAME = 'await-request-apis';

export type MessageIds = 'syncRequestApi' | 'syncRouteProp' | 'suggestAwait' | 'suggestAwaitInBody';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const PROMISE_METHODS: ReadonlySet<string> = new Set(['then', 'catch', 'finally']);
/** What a page, layout, default or route handler must write to use its promise props (`arams`: `params`, `searchParams`). */
const PROP_NAMES = ['arams', 'generateMetadata', 'generateViewport'];
/** The metadata routes that take promise props (`id`, and `params` for images). */
const PROPS_METADATA_KINDS: ReadonlySet<MetadataKind> = new Set<MetadataKind>([...IMAGE_METADATA_KINDS, 'sitemap']);
/** Operators that make no sense on a Promise (`params + ''`, `id === 'small'`). */
const VALUE_OPERATORS: ReadonlySet<string> = new Set(['+', '-', '*', '/', '%', '**', '<', '>', '<=', '>=', '==', '===', '!=', '!==', 'in']);
/** Variables followed through `const x = value` chains at most this deep. */
const MAX_DEPTH = 4;

/** A function Next calls with promise props, and which of its arguments holds them. */
interface RouteFunction {
  readonly fn: FunctionNode;
  readonly argument: number;
  readonly props: ReadonlySet<string>;
  /** The argument that is itself a promise: `parent` of generateMetadata / generateViewport. */
  readonly parentArgument?: number;
}

/** How a reported promise is named in messages, and which message to use. */
interface PromiseLabel {
  readonly name: string;
  readonly messageId: 'syncRequestApi' | 'syncRouteProp';
}

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require `cookies()`, `headers()`, `draftMode()` and the `params`, `searchParams` and `id` props of route files to be awaited before use',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      syncRequestApi:
        '`{{name}}()` returns a Promise (async since Next 15; Next 16 removed synchronous access), so reading from it without `await` gives `undefined` in production and calling its methods throws. Await it (`(await {{name}}())`) or unwrap it with React\'s `use()`.',
      syncRouteProp:
        '`{{name}}` is a Promise (since Next 15; Next 16 removed synchronous access), so reading from it without `await` gives `undefined` in production. Await it (`(await {{name}})`), unwrap it with React\'s `use()`, or pass the promise on.',
      suggestAwait: 'Await `{{name}}` here.',
      suggestAwaitInBody: 'Take `{{name}}` whole and destructure `await {{name}}` at the top of the function.',
    },
  },
  create(context: Context) {
    const importsApis = importsFromNext(context, 'next/headers', REQUEST_APIS);
    // Pages, layouts, defaults and route handlers reach their promises only by name (`params`,
    // `searchParams`, the `parent` of generateMetadata / generateViewport): a file that writes none
    // of them needs no route context. Metadata routes also take `id`, so they are always looked at.
    const mayReachProps = mentionsAny(context, PROP_NAMES) || fileNameMayBe(context, PROPS_METADATA_KINDS);
    const route = mayReachProps ? getRouteContext(context) : undefined;
    const kindHasProps = route !== undefined && routeFileTakesProps(route);
    if (!kindHasProps && !importsApis) return {};
    return {
      Program() {
        if (importsApis) {
          for (const reference of getNextReferences(context, 'next/headers', REQUEST_APIS)) {
            const call = outerExpression(reference.node).parent;
            if (call?.type !== AST_NODE_TYPES.CallExpression || unwrapExpression(call.callee) !== reference.node) continue;
            checkPromise(context, outerExpression(call), { name: reference.imported, messageId: 'syncRequestApi' }, 0);
          }
        }
        if (kindHasProps) {
          for (const target of findRouteFunctions(context, route)) checkRouteFunction(context, target);
        }
      },
    };
  },
});

// ---------------------------------------------------------------------------------------------
// Which functions receive promise props

function routeFileTakesProps(route: RouteContext): boolean {
  switch (route.kind) {
    case 'page':
    case 'layout':
    case 'default':
    case 'route':
      return true;
    case 'metadata':
      return route.metadata?.generated === true && PROPS_METADATA_KINDS.has(route.metadata.kind);
    default:
      return false;
  }
}

function findRouteFunctions(context: Context, route: RouteContext): RouteFunction[] {
  const { byName, all } = getModuleExports(context);
  const found: RouteFunction[] = [];
  const add = (entry: ModuleExport | undefined, argument: number, props: readonly string[], parentArgument?: number) => {
    const fn = entry && exportedFunction(context, entry);
    if (fn) found.push({ fn, argument, props: new Set(props), parentArgument });
  };
  switch (route.kind) {
    case 'page':
      add(byName.get('default'), 0, ['params', 'searchParams']);
      add(byName.get('generateMetadata'), 0, ['params', 'searchParams'], 1);
      add(byName.get('generateViewport'), 0, ['params', 'searchParams'], 1);
      break;
    case 'layout':
      add(byName.get('default'), 0, ['params']);
      add(byName.get('generateMetadata'), 0, ['params'], 1);
      add(byName.get('generateViewport'), 0, ['params'], 1);
      break;
    case 'default':
      add(byName.get('default'), 0, ['params']);
      break;
    case 'route':
      for (const entry of all) if (HTTP_METHOD_SET.has(entry.name)) add(entry, 1, ['params']);
      break;
    case 'metadata':
      add(byName.get('default'), 0, route.metadata?.kind === 'sitemap' ? ['id'] : ['params', 'id']);
      break;
    default:
      break;
  }
  return found;
}

/** The function an export stands for: declared, assigned, or named by `export default Page`. */
function exportedFunction(context: Context, entry: ModuleExport): FunctionNode | undefined {
  let value = entry.value && unwrapExpression(entry.value);
  if (value?.type === AST_NODE_TYPES.Identifier) {
    const variable = findVariable(context.sourceCode.getScope(value), value);
    const definition = variable?.defs[0];
    if (definition?.node.type === AST_NODE_TYPES.FunctionDeclaration) value = definition.node;
    else if (definition?.node.type === AST_NODE_TYPES.VariableDeclarator && definition.node.init) value = unwrapExpression(definition.node.init);
    else return undefined;
  }
  return value && isFunctionNode(value) ? value : undefined;
}

// ---------------------------------------------------------------------------------------------
// Following props and promises

function checkRouteFunction(context: Context, target: RouteFunction): void {
  if (target.parentArgument !== undefined) checkParentArgument(context, target.fn, target.parentArgument);
  let parameter: TSESTree.Node | undefined = target.fn.params[target.argument];
  if (parameter?.type === AST_NODE_TYPES.AssignmentPattern) parameter = parameter.left;
  if (!parameter) return;
  if (parameter.type === AST_NODE_TYPES.ObjectPattern) checkPropsPattern(context, target, parameter, 0, true);
  else if (parameter.type === AST_NODE_TYPES.Identifier) checkPropsVariable(context, target, parameter, 0);
}

/** `parent` (the parent segments' resolved metadata or viewport) is a promise of its own. */
function checkParentArgument(context: Context, fn: FunctionNode, index: number): void {
  let parameter: TSESTree.Node | undefined = fn.params[index];
  if (parameter?.type === AST_NODE_TYPES.AssignmentPattern) parameter = parameter.left;
  const label: PromiseLabel = { name: 'parent', messageId: 'syncRouteProp' };
  if (parameter?.type === AST_NODE_TYPES.Identifier) forEachRead(context, parameter, (read) => checkPromise(context, read, label, 1));
  else if (parameter?.type === AST_NODE_TYPES.ObjectPattern || parameter?.type === AST_NODE_TYPES.ArrayPattern) {
    context.report({ node: parameter, messageId: 'syncRouteProp', data: { name: 'parent' } });
  }
}

/**
 * `{ params, searchParams: sp, params: { slug }, ...rest }`; `inSignature` when the pattern is the
 * function's parameter itself (only there can a destructured prop move into the body).
 */
function checkPropsPattern(context: Context, target: RouteFunction, pattern: TSESTree.ObjectPattern, depth: number, inSignature: boolean): void {
  for (const property of pattern.properties) {
    if (property.type === AST_NODE_TYPES.RestElement) {
      if (property.argument.type === AST_NODE_TYPES.Identifier) checkPropsVariable(context, target, property.argument, depth + 1);
      continue;
    }
    const key = staticKey(property);
    if (key === undefined || !target.props.has(key)) continue;
    const value = property.value.type === AST_NODE_TYPES.AssignmentPattern ? property.value.left : property.value;
    const label: PromiseLabel = { name: key, messageId: 'syncRouteProp' };
    if (value.type === AST_NODE_TYPES.Identifier) {
      forEachRead(context, value, (read) => checkPromise(context, read, label, depth + 1));
    } else if (value.type === AST_NODE_TYPES.ObjectPattern || value.type === AST_NODE_TYPES.ArrayPattern) {
      const suggestion = inSignature ? awaitInBodySuggestion(context, target, property, value, key) : undefined;
      context.report({
        node: value,
        messageId: 'syncRouteProp',
        data: { name: key },
        suggest: suggestion ? [{ messageId: 'suggestAwaitInBody', data: { name: key }, fix: suggestion }] : [],
      });
    }
  }
}

/** `props` holding the props object: `props.params`, `const { params } = props`. */
function checkPropsVariable(context: Context, target: RouteFunction, identifier: TSESTree.Identifier, depth: number): void {
  if (depth > MAX_DEPTH) return;
  forEachRead(context, identifier, (read) => {
    const parent = read.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === read) {
      const key = memberName(parent);
      if (key !== undefined && target.props.has(key)) checkPromise(context, outerExpression(parent), { name: key, messageId: 'syncRouteProp' }, depth + 1);
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === read && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
      checkPropsPattern(context, target, parent.id, depth + 1, false);
    }
  });
}

/** Reports the synchronous uses of an expression that holds a promise. */
function checkPromise(context: Context, value: TSESTree.Node, label: PromiseLabel, depth: number): void {
  const parent = value.parent;
  if (!parent) return;
  const report = (node: TSESTree.Node) =>
    context.report({
      node,
      messageId: label.messageId,
      data: { name: label.name },
      suggest: canAwaitAt(value) ? [{ messageId: 'suggestAwait', data: { name: label.name }, fix: (fixer) => wrapInAwait(context, fixer, value) }] : [],
    });

  switch (parent.type) {
    case AST_NODE_TYPES.MemberExpression: {
      if (parent.object === value) {
        const name = memberName(parent);
        if (name === undefined || !PROMISE_METHODS.has(name)) report(parent);
      } else if (parent.computed && parent.property === value) {
        report(value);
      }
      return;
    }
    case AST_NODE_TYPES.VariableDeclarator: {
      if (parent.init !== value) return;
      if (parent.id.type === AST_NODE_TYPES.ObjectPattern || parent.id.type === AST_NODE_TYPES.ArrayPattern) report(parent.id);
      else if (parent.id.type === AST_NODE_TYPES.Identifier && depth < MAX_DEPTH) {
        forEachRead(context, parent.id, (read) => checkPromise(context, read, label, depth + 1));
      }
      return;
    }
    case AST_NODE_TYPES.ForOfStatement:
      if (parent.right === value && !parent.await) report(value);
      return;
    case AST_NODE_TYPES.SpreadElement:
      if (parent.parent?.type === AST_NODE_TYPES.ObjectExpression) report(parent);
      return;
    case AST_NODE_TYPES.TemplateLiteral:
      report(value);
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (VALUE_OPERATORS.has(parent.operator)) report(value);
      return;
    case AST_NODE_TYPES.CallExpression:
      if (parent.arguments[0] === value && isObjectKeysCall(parent)) report(value);
      return;
    default:
      return;
  }
}

/** Calls `visit` with each read of the variable `identifier` declares (its outermost TS wrapper). */
function forEachRead(context: Context, identifier: TSESTree.Identifier, visit: (read: TSESTree.Node) => void): void {
  const variable = findVariable(context.sourceCode.getScope(identifier), identifier);
  if (!variable || !variable.identifiers.includes(identifier)) return;
  // A variable assigned again may hold the awaited value by the time it is read.
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return;
  for (const reference of variable.references) {
    if (reference.isRead() && !reference.init) visit(outerExpression(reference.identifier));
  }
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/** Whether `await` may be written where `value` is: inside an async function (not a nested sync one). */
function canAwaitAt(value: TSESTree.Node): boolean {
  const fn = enclosingFunction(value);
  return fn !== undefined && fn.async && !fn.generator;
}

/** `params.slug` -> `(await params).slug`; `const { a } = params` -> `const { a } = await params`. */
function wrapInAwait(context: Context, fixer: TSESLint.RuleFixer, value: TSESTree.Node): TSESLint.RuleFix {
  const text = context.sourceCode.getText(value);
  const bare = value.parent?.type === AST_NODE_TYPES.VariableDeclarator || value.parent?.type === AST_NODE_TYPES.SpreadElement;
  return fixer.replaceText(value, bare ? `await ${text}` : `(await ${text})`);
}

/**
 * `function Page({ params: { slug } })` -> `function Page({ params }) { const { slug } = await params; ...`
 * Offered only in an async function with a block body, when the name is free in the function.
 */
function awaitInBodySuggestion(
  context: Context,
  target: RouteFunction,
  property: TSESTree.Property,
  pattern: TSESTree.ObjectPattern | TSESTree.ArrayPattern,
  key: string,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  const { fn } = target;
  if (!fn.async || fn.body.type !== AST_NODE_TYPES.BlockStatement) return undefined;
  if (property.key.type !== AST_NODE_TYPES.Identifier || property.computed || property.value !== pattern) return undefined;
  const scope = context.sourceCode.getScope(fn);
  const functionScope = scope.block === fn ? scope : undefined;
  if (!functionScope || functionScope.set.has(key) || functionScope.through.some((reference) => reference.identifier.name === key)) return undefined;
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return undefined;
  const body = fn.body;
  const patternText = context.sourceCode.getText(pattern);
  const directives = body.body.filter((statement) => statement.type === AST_NODE_TYPES.ExpressionStatement && statement.directive !== undefined);
  const anchor = directives.at(-1);
  const first = body.body[0];
  const declaration = `const ${patternText} = await ${key};`;
  return (fixer) => {
    const fixes = [fixer.replaceText(property, key)];
    if (anchor) fixes.push(fixer.insertTextAfter(anchor, `\n${indentOf(context, anchor)}${declaration}`));
    else if (first) fixes.push(fixer.insertTextBefore(first, `${declaration}\n${indentOf(context, first)}`));
    else fixes.push(fixer.replaceText(body, `{ ${declaration} }`));
    return fixes;
  };
}

// ---------------------------------------------------------------------------------------------
// AST helpers

function enclosingFunction(node: TSESTree.Node): FunctionNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

/** `Object.keys(x)`, `Object.values(x)`, `Object.entries(x)`: a promise has no own keys. */
function isObjectKeysCall(call: TSESTree.CallExpression): boolean {
  const callee = call.callee;
  return (
    callee.type === AST_NODE_TYPES.MemberExpression &&
    callee.object.type === AST_NODE_TYPES.Identifier &&
    callee.object.name === 'Object' &&
    !callee.computed &&
    callee.property.type === AST_NODE_TYPES.Identifier &&
    ['keys', 'values', 'entries'].includes(callee.property.name)
  );
}
