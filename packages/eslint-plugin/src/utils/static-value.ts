/**
 * Static values of expressions, two ways:
 * - `readNextLiteral` reads a value exactly as Next's build does for segment config
 *   (`extractExportedConstValue` in next/dist/build/analysis): literals, `undefined`, arrays and
 *   objects of those, template literals without expressions, through `as` / `satisfies` / `<T>`.
 *   Anything else (`60 * 10`, an identifier, `-1`) Next cannot read and rejects.
 * - `computeConstant` folds what a human reads as a constant (`60 * 10`, `-1`, `'a' + 'b'`, a
 *   top-level `const` of such), so a rule can offer the literal Next needs.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { findVariable } from './ast.js';

export type StaticValue = null | undefined | boolean | number | string | RegExp | readonly StaticValue[] | { readonly [key: string]: StaticValue };

export type LiteralResult = { readonly ok: true; readonly value: StaticValue } | { readonly ok: false; readonly node: TSESTree.Node; readonly reason: string };

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function isTsWrapper(
  node: TSESTree.Node,
): node is TSESTree.TSAsExpression | TSESTree.TSSatisfiesExpression | TSESTree.TSTypeAssertion | TSESTree.TSNonNullExpression {
  return (
    node.type === AST_NODE_TYPES.TSAsExpression ||
    node.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    node.type === AST_NODE_TYPES.TSTypeAssertion ||
    node.type === AST_NODE_TYPES.TSNonNullExpression
  );
}

/** Reads `node` the way Next's build reads an exported segment config value. */
export function readNextLiteral(node: TSESTree.Node): LiteralResult {
  if (isTsWrapper(node) && node.type !== AST_NODE_TYPES.TSNonNullExpression) return readNextLiteral(node.expression);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      if ('bigint' in node && node.bigint !== undefined) return { ok: false, node, reason: 'a BigInt' };
      if ('regex' in node && node.regex) return { ok: true, value: new RegExp(node.regex.pattern, node.regex.flags) };
      return { ok: true, value: node.value as StaticValue };
    case AST_NODE_TYPES.Identifier:
      return node.name === 'undefined' ? { ok: true, value: undefined } : { ok: false, node, reason: `the identifier \`${node.name}\`` };
    case AST_NODE_TYPES.TemplateLiteral:
      if (node.expressions.length > 0) return { ok: false, node, reason: 'a template literal with expressions' };
      return { ok: true, value: node.quasis[0]!.value.cooked ?? node.quasis[0]!.value.raw };
    case AST_NODE_TYPES.ArrayExpression: {
      const values: StaticValue[] = [];
      for (const element of node.elements) {
        if (!element) {
          values.push(undefined);
          continue;
        }
        if (element.type === AST_NODE_TYPES.SpreadElement) return { ok: false, node: element, reason: 'a spread' };
        const result = readNextLiteral(element);
        if (!result.ok) return result;
        values.push(result.value);
      }
      return { ok: true, value: values };
    }
    case AST_NODE_TYPES.ObjectExpression: {
      const value: Record<string, StaticValue> = {};
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method || property.shorthand) {
          return { ok: false, node: property, reason: 'a property that is not `key: value`' };
        }
        const key = staticKey(property);
        if (key === undefined || (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value !== 'string')) {
          return { ok: false, node: property.key, reason: 'a computed or numeric key' };
        }
        const result = readNextLiteral(property.value);
        if (!result.ok) return result;
        value[key] = result.value;
      }
      return { ok: true, value };
    }
    default:
      return { ok: false, node, reason: describeNode(node) };
  }
}

/** A non-computed property's key name (identifier or string/number literal). */
export function staticKey(property: TSESTree.Property | TSESTree.PropertyDefinition | TSESTree.MethodDefinition): string | undefined {
  if (property.computed) {
    return property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string' ? property.key.value : undefined;
  }
  if (property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  if (property.key.type === AST_NODE_TYPES.Literal) return String(property.key.value);
  return undefined;
}

function describeNode(node: TSESTree.Node): string {
  switch (node.type) {
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return `an expression (\`${node.operator}\`)`;
    case AST_NODE_TYPES.UnaryExpression:
      return `an expression (\`${node.operator}\`)`;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return 'a call';
    case AST_NODE_TYPES.MemberExpression:
      return 'a member access';
    case AST_NODE_TYPES.ConditionalExpression:
      return 'a conditional';
    default:
      return 'an expression';
  }
}

export type ComputeResult = { readonly ok: true; readonly value: StaticValue } | { readonly ok: false };

const NOT_COMPUTABLE: ComputeResult = { ok: false };

/**
 * Folds a constant expression: literals, unary `-` `+` `!`, arithmetic, string concatenation,
 * template literals, arrays and plain objects of those, and identifiers bound to a top-level
 * `const` whose initializer folds (through the scope manager; imports are not followed).
 */
export function computeConstant(context: AnyContext, node: TSESTree.Node, depth = 0): ComputeResult {
  if (depth > 10) return NOT_COMPUTABLE;
  if (isTsWrapper(node)) return computeConstant(context, node.expression, depth);
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.ObjectExpression: {
      if (node.type === AST_NODE_TYPES.Literal) return readNextLiteral(node).ok ? { ok: true, value: node.value as StaticValue } : NOT_COMPUTABLE;
      if (node.type === AST_NODE_TYPES.ArrayExpression) {
        const values: StaticValue[] = [];
        for (const element of node.elements) {
          if (!element || element.type === AST_NODE_TYPES.SpreadElement) return NOT_COMPUTABLE;
          const result = computeConstant(context, element, depth + 1);
          if (!result.ok) return result;
          values.push(result.value);
        }
        return { ok: true, value: values };
      }
      const value: Record<string, StaticValue> = {};
      for (const property of node.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.kind !== 'init' || property.method) return NOT_COMPUTABLE;
        const key = staticKey(property);
        if (key === undefined) return NOT_COMPUTABLE;
        const result = computeConstant(context, property.value, depth + 1);
        if (!result.ok) return result;
        value[key] = result.value;
      }
      return { ok: true, value };
    }
    case AST_NODE_TYPES.TemplateLiteral: {
      let text = node.quasis[0]!.value.cooked ?? '';
      for (let index = 0; index < node.expressions.length; index++) {
        const result = computeConstant(context, node.expressions[index]!, depth + 1);
        if (!result.ok || (typeof result.value === 'object' && result.value !== null)) return NOT_COMPUTABLE;
        text += String(result.value) + (node.quasis[index + 1]!.value.cooked ?? '');
      }
      return { ok: true, value: text };
    }
    case AST_NODE_TYPES.UnaryExpression: {
      const argument = computeConstant(context, node.argument, depth + 1);
      if (!argument.ok) return argument;
      if (node.operator === '-' && typeof argument.value === 'number') return { ok: true, value: -argument.value };
      if (node.operator === '+' && typeof argument.value === 'number') return { ok: true, value: argument.value };
      if (node.operator === '!' && (typeof argument.value === 'boolean' || typeof argument.value === 'number')) return { ok: true, value: !argument.value };
      return NOT_COMPUTABLE;
    }
    case AST_NODE_TYPES.BinaryExpression: {
      if (node.left.type === AST_NODE_TYPES.PrivateIdentifier) return NOT_COMPUTABLE;
      const left = computeConstant(context, node.left, depth + 1);
      const right = computeConstant(context, node.right, depth + 1);
      if (!left.ok || !right.ok) return NOT_COMPUTABLE;
      const a = left.value;
      const b = right.value;
      if (typeof a === 'number' && typeof b === 'number') {
        const value = arithmetic(node.operator, a, b);
        return value === undefined || !Number.isFinite(value) ? NOT_COMPUTABLE : { ok: true, value };
      }
      if (node.operator === '+' && (typeof a === 'string' || typeof b === 'string') && isPrimitive(a) && isPrimitive(b)) {
        return { ok: true, value: String(a) + String(b) };
      }
      return NOT_COMPUTABLE;
    }
    case AST_NODE_TYPES.Identifier: {
      if (node.name === 'undefined') return { ok: true, value: undefined };
      const init = constInitializer(context, node);
      return init ? computeConstant(context, init, depth + 1) : NOT_COMPUTABLE;
    }
    default:
      return NOT_COMPUTABLE;
  }
}

function isPrimitive(value: StaticValue): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function arithmetic(operator: string, a: number, b: number): number | undefined {
  switch (operator) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '**':
      return a ** b;
    default:
      return undefined;
  }
}

/** The initializer of the top-level `const` an identifier refers to, or undefined. */
function constInitializer(context: AnyContext, identifier: TSESTree.Identifier): TSESTree.Expression | undefined {
  const variable = findVariable(context.sourceCode.getScope(identifier), identifier);
  if (!variable || variable.defs.length !== 1) return undefined;
  const definition = variable.defs[0]!;
  if (definition.type !== 'Variable' || definition.parent.kind !== 'const') return undefined;
  const declarator = definition.node as TSESTree.VariableDeclarator;
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || !declarator.init) return undefined;
  return declarator.init;
}

/**
 * Source text for a static value, in the file's quote style: `600`, `'force-static'`, `['a', 'b']`,
 * `{ a: 1 }`. Undefined for values with no literal form (RegExp objects, non-finite numbers).
 */
export function toSourceLiteral(value: StaticValue, quote: "'" | '"' = "'"): string | undefined {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? String(value) : undefined;
  if (typeof value === 'string') return quoteString(value, quote);
  if (value instanceof RegExp) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => toSourceLiteral(item, quote));
    return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
  }
  const entries = Object.entries(value as Record<string, StaticValue>).map(([key, item]) => {
    const text = toSourceLiteral(item, quote);
    return text === undefined ? undefined : `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quoteString(key, quote)}: ${text}`;
  });
  if (entries.some((entry) => entry === undefined)) return undefined;
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** A string literal in the given quote style, escaped. */
export function quoteString(value: string, quote: "'" | '"'): string {
  const json = JSON.stringify(value);
  if (quote === '"') return json;
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** The quote style of a file: that of its first string literal token, else single quotes. */
export function preferredQuote(context: AnyContext): "'" | '"' {
  for (const token of context.sourceCode.ast.tokens ?? []) {
    if (token.type === 'String') return token.value.startsWith('"') ? '"' : "'";
  }
  return "'";
}
