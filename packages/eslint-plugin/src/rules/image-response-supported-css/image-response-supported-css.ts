/**
 * Style values and fonts that satori, the renderer behind `ImageResponse`, rejects at render time:
 * a keyword outside what it supports (`display: 'grid'`, `position: 'fixed'`...) and font data
 * loaded from a `.woff2` file. Both only surface when the image is rendered (a 500, or a failed
 * prerender), so they are worth catching in the editor.
 *
 * Where it looks:
 * - the element passed to `new ImageResponse(element, options)` (`next/og`, or the old
 *   `next/server`): inline JSX, or a `const` holding it;
 * - in a generated metadata image file (`icon`, `apple-icon`, `opengraph-image`, `twitter-image`),
 *   all JSX of the default export, which is what becomes the image;
 * - components of the same file used in that JSX (`<Card />` declared below), followed once each;
 * - `options.fonts[].data`: any string in the expression that loads it (followed through `const`s
 *   and calls of functions declared in the file) naming a `.woff2` file.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports } from '../../utils/exports.js';
import { getNextReferences, importsFromNext, outerExpression, unwrapExpression } from '../../utils/imports.js';
import { IMAGE_METADATA_KINDS, IMAGE_RESPONSE } from '../../utils/next-conventions.js';
import { fileNameMayBe, getRouteContext } from '../../utils/route-context.js';
import { allowedKeywords, isAcceptedKeyword, isWoff2Path } from './satori-css.js';
import { findVariable, propertyKeyName } from '../../utils/ast.js';
import type { FunctionNode } from '../../utils/function-returns.js';

export const RULE_NAME = 'image-response-supported-css';

export type MessageIds = 'unsupportedValue' | 'woff2Font';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const SOURCES = ['next/og', 'next/server'] as const;
/** How far identifiers and local calls are followed when looking for a font path. */
const MAX_DEPTH = 4;

const rule = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow style values and font formats that `ImageResponse` cannot render',
      recommended: 'recommended',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      unsupportedValue:
        '`{{property}}: {{value}}` is not supported by ImageResponse: satori, which renders it, throws "Invalid value for CSS property "{{property}}"" and the image fails (a 500, or a failed build when it is prerendered). Use one of: {{allowed}}.',
      woff2Font:
        'This font is a WOFF2 file, which ImageResponse cannot read: satori throws "Unsupported OpenType signature wOF2" and the image fails to render. Load the font as .ttf, .otf or .woff instead.',
    },
  },
  create(context) {
    const hasImport = importsFromNext(context, SOURCES, IMAGE_RESPONSE);
    // Ask the route model only about files that can be image metadata files (`icon2.tsx`...).
    const routeContext = fileNameMayBe(context, IMAGE_METADATA_KINDS) ? getRouteContext(context) : undefined;
    const isImageFile = routeContext?.kind === 'metadata' && !!routeContext.metadata?.generated && IMAGE_METADATA_KINDS.has(routeContext.metadata.kind);
    if (!hasImport && !isImageFile) return {};

    return {
      Program() {
        const checker = new ImageChecker(context);
        for (const reference of getNextReferences(context, SOURCES, IMAGE_RESPONSE)) {
          const callee = outerExpression(reference.node);
          const construct = callee.parent;
          if (construct?.type !== AST_NODE_TYPES.NewExpression || construct.callee !== callee) continue;
          const [element, options] = construct.arguments;
          if (element) checker.checkElement(element);
          if (options) checker.checkOptions(options);
        }
        if (isImageFile) {
          const value = getModuleExports(context).byName.get('default')?.value;
          const fn = value && localFunction(context, unwrapExpression(value));
          if (fn) checker.checkElement(fn.body);
        }
      },
    };
  },
});

export default rule;


class ImageChecker {
  private readonly visited = new Set<TSESTree.Node>();
  private readonly reported = new Set<TSESTree.Node>();

  constructor(private readonly context: Context) {}

  /** Walks an element (or a function body) for `style` attributes and same-file components. */
  checkElement(root: TSESTree.Node): void {
    const stack: TSESTree.Node[] = [this.resolve(root)];
    const keys = this.context.sourceCode.visitorKeys;
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (this.visited.has(node)) continue;
      this.visited.add(node);
      if (node.type === AST_NODE_TYPES.JSXOpeningElement) {
        for (const attribute of node.attributes) {
          if (attribute.type === AST_NODE_TYPES.JSXAttribute && attribute.name.type === AST_NODE_TYPES.JSXIdentifier && attribute.name.name === 'style') {
            this.checkStyle(attribute);
          }
        }
        // <Card /> declared in this file renders into the same image.
        if (node.name.type === AST_NODE_TYPES.JSXIdentifier && /^[A-Z]/.test(node.name.name)) {
          const component = this.componentOf(node.name);
          if (component) stack.push(component.body);
        }
      }
      for (const key of keys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) {
          if (item && typeof (item as TSESTree.Node).type === 'string' && !(item as TSESTree.Node).type.startsWith('TS')) stack.push(item as TSESTree.Node);
        }
      }
    }
  }

  /** `fonts: [{ data }]` of the options: report `.woff2` paths the data is loaded from. */
  checkOptions(options: TSESTree.Node): void {
    const object = this.resolve(options);
    if (object.type !== AST_NODE_TYPES.ObjectExpression) return;
    const fonts = findProperty(object, 'fonts');
    const list = fonts && this.resolve(fonts.value);
    if (list?.type !== AST_NODE_TYPES.ArrayExpression) return;
    for (const element of list.elements) {
      const font = element && this.resolve(element);
      if (font?.type !== AST_NODE_TYPES.ObjectExpression) continue;
      const data = findProperty(font, 'data');
      if (data) this.findWoff2(data.value, 0, new Set());
    }
  }

  private checkStyle(attribute: TSESTree.JSXAttribute): void {
    if (attribute.value?.type !== AST_NODE_TYPES.JSXExpressionContainer || attribute.value.expression.type === AST_NODE_TYPES.JSXEmptyExpression) return;
    const style = this.resolve(attribute.value.expression);
    if (style.type !== AST_NODE_TYPES.ObjectExpression) return;
    for (const property of style.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const name = propertyKeyName(property);
      const allowed = name === undefined ? undefined : allowedKeywords(name);
      if (!allowed) continue;
      for (const literal of stringLiterals(property.value)) {
        if (isAcceptedKeyword(allowed, literal.value)) continue;
        this.report(literal.node, 'unsupportedValue', { property: name!, value: JSON.stringify(literal.value).replace(/^"|"$/g, "'"), allowed: allowed.join(', ') });
      }
    }
  }

  private findWoff2(node: TSESTree.Node, depth: number, seen: Set<TSESTree.Node>): void {
    if (depth > MAX_DEPTH || seen.has(node)) return;
    seen.add(node);
    const keys = this.context.sourceCode.visitorKeys;
    const stack: TSESTree.Node[] = [node];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (current.type === AST_NODE_TYPES.Literal && typeof current.value === 'string') {
        if (isWoff2Path(current.value)) this.report(current, 'woff2Font');
        continue;
      }
      if (current.type === AST_NODE_TYPES.TemplateLiteral) {
        if (current.quasis.some((quasi) => isWoff2Path(quasi.value.cooked ?? ''))) this.report(current, 'woff2Font');
      }
      if (current.type === AST_NODE_TYPES.Identifier) {
        const init = constInitializer(this.context, current);
        if (init) this.findWoff2(init, depth + 1, seen);
        continue;
      }
      if (current.type === AST_NODE_TYPES.CallExpression && current.callee.type === AST_NODE_TYPES.Identifier) {
        const fn = localFunction(this.context, current.callee);
        if (fn) this.findWoff2(fn.body, depth + 1, seen);
      }
      for (const key of keys[current.type] ?? []) {
        const child = (current as unknown as Record<string, unknown>)[key];
        for (const item of Array.isArray(child) ? child : [child]) {
          if (item && typeof (item as TSESTree.Node).type === 'string' && !(item as TSESTree.Node).type.startsWith('TS')) stack.push(item as TSESTree.Node);
        }
      }
    }
  }

  /** Looks through TS wrappers, parentheses and `const` bindings. */
  private resolve(node: TSESTree.Node): TSESTree.Node {
    let current = unwrapExpression(node);
    for (let depth = 0; depth < MAX_DEPTH && current.type === AST_NODE_TYPES.Identifier; depth++) {
      const init = constInitializer(this.context, current);
      if (!init) break;
      current = unwrapExpression(init);
    }
    return current;
  }

  private componentOf(name: TSESTree.JSXIdentifier): FunctionNode | undefined {
    const variable = findVariable(this.context.sourceCode.getScope(name), name.name);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (def?.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
    if (def?.type === 'Variable' && def.node.init) {
      const init = unwrapExpression(def.node.init);
      if (init.type === AST_NODE_TYPES.ArrowFunctionExpression || init.type === AST_NODE_TYPES.FunctionExpression) return init;
    }
    return undefined;
  }

  private report(node: TSESTree.Node, messageId: MessageIds, data?: Record<string, string>): void {
    if (this.reported.has(node)) return;
    this.reported.add(node);
    this.context.report({ node, messageId, data });
  }
}

/** String values a style property can take: a literal, a template without substitutions, both branches of `a ? b : c`, the operands of `a || b`. */
function stringLiterals(node: TSESTree.Node): { node: TSESTree.Node; value: string }[] {
  const expression = unwrapExpression(node);
  if (expression.type === AST_NODE_TYPES.Literal && typeof expression.value === 'string') return [{ node: expression, value: expression.value }];
  if (expression.type === AST_NODE_TYPES.TemplateLiteral && expression.expressions.length === 0) {
    const cooked = expression.quasis[0]?.value.cooked;
    return typeof cooked === 'string' ? [{ node: expression, value: cooked }] : [];
  }
  if (expression.type === AST_NODE_TYPES.ConditionalExpression) return [...stringLiterals(expression.consequent), ...stringLiterals(expression.alternate)];
  if (expression.type === AST_NODE_TYPES.LogicalExpression) return [...stringLiterals(expression.left), ...stringLiterals(expression.right)];
  return [];
}

function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === key) return property;
  }
  return undefined;
}

function constInitializer(context: Context, identifier: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = findVariable(context.sourceCode.getScope(identifier), identifier);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  return def.node.init;
}

/** A function declared in the file that an identifier (or the node itself) denotes. */
function localFunction(context: Context, node: TSESTree.Node): FunctionNode | undefined {
  if (node.type === AST_NODE_TYPES.FunctionDeclaration || node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.ArrowFunctionExpression) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = findVariable(context.sourceCode.getScope(node), node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.node.type === AST_NODE_TYPES.FunctionDeclaration) return def.node;
  const init = constInitializer(context, node);
  const inner = init && unwrapExpression(init);
  return inner && (inner.type === AST_NODE_TYPES.ArrowFunctionExpression || inner.type === AST_NODE_TYPES.FunctionExpression) ? inner : undefined;
}
