import { describe, expect, it } from 'vitest';
import { probe } from '../../test/probe.js';
import { getModuleExports, type ModuleExports } from './exports.js';

function exportsOf(code: string, parser: 'ts' | 'default' = 'ts'): ModuleExports {
  let result: ModuleExports | undefined;
  probe(code, (context) => ({ Program() { result = getModuleExports(context); } }), { parser });
  return result!;
}

function summary(code: string, parser: 'ts' | 'default' = 'ts'): string[] {
  return exportsOf(code, parser).all.map(
    (entry) => `${entry.name}:${entry.kind}${entry.local ? ` local=${entry.local}` : ''}${entry.source ? ` from=${entry.source}` : ''}${entry.value ? ` value=${entry.value.type}` : ''}`,
  );
}

describe('getModuleExports', () => {
  it('collects every export form with its value', () => {
    const code = [
      "import { imported } from './m';",
      'const revalidate = 60;',
      'function helper() {}',
      'export const a = 1, b = () => 2;',
      'export let { c, d: [e] } = obj;',
      'export async function f() {}',
      'export class G {}',
      'export { revalidate, helper as h, imported };',
      "export { x as y } from './other';",
      "export * as ns from './ns';",
      "export * from './star';",
      'export default function Page() {}',
    ].join('\n');
    expect(summary(code)).toEqual([
      'a:variable value=Literal',
      'b:variable value=ArrowFunctionExpression',
      'c:variable',
      'e:variable',
      'f:function value=FunctionDeclaration',
      'G:class value=ClassDeclaration',
      'revalidate:local local=revalidate value=Literal',
      'h:local local=helper value=FunctionDeclaration',
      'imported:local local=imported from=./m',
      'y:re-export local=x from=./other',
      'ns:re-export from=./ns',
      'default:default value=FunctionDeclaration',
    ]);
    const result = exportsOf(code);
    expect(result.starExports.map((s) => s.source.value)).toEqual(['./star']);
    expect(result.byName.get('a')?.declarationKind).toBe('const');
    expect(result.byName.get('h')?.node.type).toBe('Identifier');
  });

  it('leaves out type-only exports', () => {
    const code = [
      'type T = 1;',
      'interface I {}',
      "import type { U } from './u';",
      'export type V = 2;',
      'export interface W {}',
      'export declare const z: number;',
      'export { type T as TT, I, U };',
      "export type { Q } from './q';",
      "export type * from './types';",
      'export const real = 1;',
    ].join('\n');
    expect(summary(code)).toEqual(['real:variable value=Literal']);
    expect(exportsOf(code).starExports).toEqual([]);
  });

  it('reads string export names and an anonymous default with the default parser', () => {
    expect(summary("const a = 1;\nexport { a as 'b-c' };\nexport default () => null;", 'default')).toEqual([
      'b-c:local local=a value=Literal',
      'default:default value=ArrowFunctionExpression',
    ]);
  });

  it('is computed once per file', () => {
    let first: ModuleExports | undefined;
    let second: ModuleExports | undefined;
    probe('export const a = 1;', (context) => ({
      Program() { first = getModuleExports(context); },
      'Program:exit'() { second = getModuleExports(context); },
    }));
    expect(second).toBe(first);
  });
});
