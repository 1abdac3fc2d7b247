/**
 * A tiny static evaluator over an ESTree AST (as oxc-parser produces it): literals, arrays,
 * objects, template strings without expressions, `const` references, `as`/`satisfies` wrappers.
 * Anything else is UNKNOWN. It never runs user code: next.config is data to us.
 */

export const UNKNOWN: unique symbol = Symbol('unknown');
export type StaticValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | typeof UNKNOWN
  | StaticValue[]
  | StaticObject
  | StaticFunction;

/** An object literal; `partial` when a spread or computed key we could not follow may add keys. */
export interface StaticObject {
  readonly kind: 'object';
  readonly entries: Map<string, StaticValue>;
  readonly partial: boolean;
}

/** A function literal: what its `return`s (or expression body) evaluate to. */
export interface StaticFunction {
  readonly kind: 'function';
  readonly returns: readonly StaticValue[];
}

/** Minimal ESTree node shape: we read `type` and a handful of known fields. */
export interface Node {
  readonly type: string;
  readonly [key: string]: unknown;
}

export type Scope = ReadonlyMap<string, Node>;

const WRAPPERS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'ParenthesizedExpression', 'TSTypeAssertion']);

export function isStaticObject(value: StaticValue): value is StaticObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'object';
}

export function isStaticFunction(value: StaticValue): value is StaticFunction {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && value.kind === 'function';
}

/** Strips `x as T`, `x satisfies T`, `x!`, `(x)`. */
export function unwrap(node: Node): Node {
  let current = node;
  while (WRAPPERS.has(current.type)) current = current['expression'] as Node;
  return current;
}

/** Evaluates an expression; `depth` guards against `const a = b; const b = a`. */
export function evaluate(node: Node | null | undefined, scope: Scope, depth = 0): StaticValue {
  if (!node || depth > 50) return UNKNOWN;
  const expression = unwrap(node);
  switch (expression.type) {
    case 'Literal': {
      const value = expression['value'];
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
      return UNKNOWN;
    }
    case 'TemplateLiteral': {
      const quasis = expression['quasis'] as Node[];
      const expressions = expression['expressions'] as Node[];
      if (expressions.length > 0) return UNKNOWN;
      return (quasis[0]?.['value'] as { cooked?: string } | undefined)?.cooked ?? UNKNOWN;
    }
    case 'Identifier': {
      const name = expression['name'] as string;
      if (name === 'undefined') return undefined;
      const declaration = scope.get(name);
      return declaration ? evaluate(declaration, scope, depth + 1) : UNKNOWN;
    }
    case 'UnaryExpression': {
      const argument = evaluate(expression['argument'] as Node, scope, depth + 1);
      if (expression['operator'] === '!' && typeof argument === 'boolean') return !argument;
      if (expression['operator'] === '-' && typeof argument === 'number') return -argument;
      return UNKNOWN;
    }
    case 'ArrayExpression': {
      const values: StaticValue[] = [];
      for (const element of expression['elements'] as (Node | null)[]) {
        if (!element) values.push(undefined);
        else if (element.type === 'SpreadElement') {
          const spread = evaluate(element['argument'] as Node, scope, depth + 1);
          if (!Array.isArray(spread)) return UNKNOWN;
          values.push(...spread);
        } else values.push(evaluate(element, scope, depth + 1));
      }
      return values;
    }
    case 'ObjectExpression':
      return evaluateObject(expression, scope, depth);
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
    case 'FunctionDeclaration':
      return evaluateFunction(expression, scope, depth);
    default:
      return UNKNOWN;
  }
}

function propertyKey(property: Node, scope: Scope, depth: number): string | undefined {
  const key = property['key'] as Node;
  if (!property['computed']) {
    if (key.type === 'Identifier') return key['name'] as string;
    if (key.type === 'Literal') return String(key['value']);
    return undefined;
  }
  const value = evaluate(key, scope, depth + 1);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function evaluateObject(node: Node, scope: Scope, depth: number): StaticObject {
  const entries = new Map<string, StaticValue>();
  let partial = false;
  for (const property of node['properties'] as Node[]) {
    if (property.type === 'SpreadElement') {
      const spread = evaluate(property['argument'] as Node, scope, depth + 1);
      if (isStaticObject(spread)) {
        for (const [key, value] of spread.entries) entries.set(key, value);
        partial ||= spread.partial;
      } else partial = true;
      continue;
    }
    const key = propertyKey(property, scope, depth);
    if (key === undefined) {
      partial = true;
      continue;
    }
    entries.set(key, evaluate(property['value'] as Node, scope, depth + 1));
  }
  return { kind: 'object', entries, partial };
}

function evaluateFunction(node: Node, scope: Scope, depth: number): StaticFunction {
  const local = functionScope(node, scope);
  return { kind: 'function', returns: returnArguments(node).map((argument) => evaluate(argument, local, depth + 1)) };
}

const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration']);

/** Whether a node is a function literal or declaration. */
export function isFunctionNode(node: Node): boolean {
  return FUNCTION_TYPES.has(node.type);
}

/**
 * The scope inside a function: the outer one plus the `const`/`let`/`var` and function
 * declarations at the top of its body, so `(phase) => { const config = {...}; return config; }`
 * resolves. Parameters stay unknown.
 */
export function functionScope(node: Node, scope: Scope): Scope {
  const body = node['body'] as Node | null;
  if (!body || body.type !== 'BlockStatement') return scope;
  const local = new Map(scope);
  for (const statement of body['body'] as Node[]) {
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement['declarations'] as Node[]) {
        const id = declarator['id'] as Node;
        if (id.type === 'Identifier' && declarator['init']) local.set(id['name'] as string, declarator['init'] as Node);
      }
    } else if (statement.type === 'FunctionDeclaration' && statement['id']) {
      local.set((statement['id'] as Node)['name'] as string, statement);
    }
  }
  return local;
}

/** The expressions a function returns: its expression body, or the arguments of its `return`s. */
export function returnArguments(node: Node): Node[] {
  const body = node['body'] as Node | null;
  if (!body) return [];
  if (body.type !== 'BlockStatement') return [body];
  const out: Node[] = [];
  collectReturns(body, (argument) => {
    if (argument) out.push(argument);
  });
  return out;
}

/** Visits the `return` arguments of a function body, not of functions nested in it. */
function collectReturns(node: Node, visit: (argument: Node | null) => void): void {
  if (node.type === 'ReturnStatement') {
    visit(node['argument'] as Node | null);
    return;
  }
  if (node.type.includes('Function')) return;
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item === 'object' && 'type' in item) collectReturns(item as Node, visit);
    } else if (child && typeof child === 'object' && 'type' in child) collectReturns(child as Node, visit);
  }
}

/** Reads `path` (`['experimental', 'authInterrupts']`) from an evaluated object. */
export function lookup(value: StaticValue, path: readonly string[]): StaticValue {
  let current = value;
  for (const key of path) {
    if (!isStaticObject(current)) return UNKNOWN;
    if (!current.entries.has(key)) return current.partial ? UNKNOWN : undefined;
    current = current.entries.get(key)!;
  }
  return current;
}
