import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';
import { UNKNOWN, evaluate, isStaticFunction, isStaticObject, lookup, unwrap, type Node, type StaticValue } from './static-value.js';

/** Evaluates the initialiser of the last `const` of `source`, with the earlier ones in scope. */
function evaluateLast(source: string): StaticValue {
  const program = parseSync('x.ts', source).program as unknown as Node;
  const scope = new Map<string, Node>();
  let last: Node | undefined;
  for (const statement of program['body'] as Node[]) {
    for (const declarator of (statement['declarations'] as Node[] | undefined) ?? []) {
      const id = declarator['id'] as Node;
      scope.set(id['name'] as string, declarator['init'] as Node);
      last = declarator['init'] as Node;
    }
  }
  return evaluate(last, scope);
}

const plain = (value: StaticValue): unknown => {
  if (Array.isArray(value)) return value.map(plain);
  if (isStaticObject(value)) return Object.fromEntries([...value.entries].map(([key, item]) => [key, plain(item)]));
  if (isStaticFunction(value)) return { returns: value.returns.map(plain) };
  return value;
};

describe('evaluate', () => {
  it.each([
    [`const x = 'a';`, 'a'],
    [`const x = \`tpl\`;`, 'tpl'],
    [`const x = 42;`, 42],
    [`const x = -1;`, -1],
    [`const x = true;`, true],
    [`const x = !false;`, true],
    [`const x = null;`, null],
    [`const x = undefined;`, undefined],
    [`const x = ('a' as const);`, 'a'],
    [`const x = 'a' satisfies string;`, 'a'],
    [`const x = <string>'a';`, 'a'],
    [`const a = ['x'];\nconst x = [...a, 'y', , 'z'];`, ['x', 'y', undefined, 'z']],
    [`const k = 'key';\nconst x = { [k]: 1, 'quoted': 2, 3: 'n', plain: { deep: [true] } };`, { key: 1, quoted: 2, 3: 'n', plain: { deep: [true] } }],
    [`const x = () => ({ a: 1 });`, { returns: [{ a: 1 }] }],
    [`const x = function () { if (c) return 1; else { return 2; } const inner = () => { return 3; }; };`, { returns: [1, 2] }],
  ])('%s', (source, expected) => {
    expect(plain(evaluateLast(source))).toEqual(expected);
  });

  it.each([
    `const x = \`a\${b}\`;`,
    `const x = process.env.X;`,
    `const x = a ? 1 : 2;`,
    `const x = 1 + 2;`,
    `const x = call();`,
    `const x = /re/;`,
    `const x = 10n;`,
    `const x = [...notAnArray];`,
    `const x = missing;`,
  ])('%s is UNKNOWN', (source) => {
    expect(evaluateLast(source)).toBe(UNKNOWN);
  });

  it('marks objects with spreads or computed keys it cannot follow as partial', () => {
    const value = evaluateLast(`const x = { ...other, [dynamic]: 1, known: 2 };`);
    expect(isStaticObject(value) && value.partial).toBe(true);
    expect(lookup(value, ['known'])).toBe(2);
    expect(lookup(value, ['absent'])).toBe(UNKNOWN);
    const complete = evaluateLast(`const x = { known: 2 };`);
    expect(lookup(complete, ['absent'])).toBeUndefined();
    expect(lookup(complete, ['known', 'deeper'])).toBe(UNKNOWN);
  });

  it('stops on reference cycles', () => {
    expect(evaluateLast(`const a = b;\nconst b = a;\nconst x = a;`)).toBe(UNKNOWN);
  });

  it('unwraps nested wrappers', () => {
    const program = parseSync('x.ts', `(((1 as number)!) satisfies number);`).program as unknown as Node;
    const statement = (program['body'] as Node[])[0]!;
    expect(unwrap(statement['expression'] as Node).type).toBe('Literal');
  });
});
