import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { commentText, stringLiteral } from './escape.js';

const HOSTILE = [
  "it's",
  'say "hi"',
  'back`tick',
  '${x}',
  '`${process.exit(1)}`',
  '*/ evil /*',
  'new\nline',
  'carriage\rreturn',
  'tab\there',
  'back\\slash',
  'ends with \\',
  'line\u2028separator',
  'paragraph\u2029separator',
  'nul\u0000byte',
  '100%',
  'café 日本語 🚀',
  '__proto__',
  '</script>',
];

/** Parses `const x = <literal>;` with TypeScript and returns the value and parse errors. */
function parseLiteral(literal: string): { value: string | undefined; errors: number } {
  const source = ts.createSourceFile('x.ts', `const x = ${literal};\n`, ts.ScriptTarget.Latest, true);
  const statement = source.statements[0];
  const init = statement && ts.isVariableStatement(statement) ? statement.declarationList.declarations[0]?.initializer : undefined;
  const errors = (source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
  return { value: init && ts.isStringLiteral(init) ? init.text : undefined, errors };
}

describe('stringLiteral', () => {
  it.each(HOSTILE)('writes %j as one TypeScript string literal of the same value', (value) => {
    const literal = stringLiteral(value);
    expect(literal).not.toMatch(/[\n\r\u2028\u2029]/);
    expect(parseLiteral(literal)).toEqual({ value, errors: 0 });
    expect(JSON.parse(literal)).toBe(value);
  });
});

describe('commentText', () => {
  it.each(HOSTILE)('keeps %j inside one block comment', (value) => {
    const text = commentText(value);
    expect(text).not.toContain('*/');
    expect(text).not.toMatch(/[\n\r\u2028\u2029]/);
    const source = ts.createSourceFile('x.ts', `/* ${text} */ const after = 1;\n`, ts.ScriptTarget.Latest, true);
    expect(source.statements).toHaveLength(1);
    expect((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics).toEqual([]);
  });
});
