import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { probe } from '../../test/probe.js';
import { findEnclosingDirective, getCacheDirectiveVariant, getFileDirectives, getFunctionDirectives, normalizeDirective } from './directives.js';

describe('directives', () => {
  it('reads the file prologue, with the use cache variants', () => {
    let found: string[] = [];
    probe("'use strict';\n\"use cache: remote\";\n'use client';\nfoo();\n'use server';", (context) => ({
      Program() { found = [...getFileDirectives(context)]; },
    }));
    expect(found).toEqual(['use cache', 'use client']);
  });

  it('ignores a directive-like string after the prologue, and in parentheses', () => {
    let found: string[] = ['x'];
    probe("import x from 'y';\n'use client';", (context) => ({ Program() { found = [...getFileDirectives(context)]; } }));
    expect(found).toEqual([]);
    probe("('use client');", (context) => ({ Program() { found = [...getFileDirectives(context)]; } }), { parser: 'default' });
    expect(found).toEqual([]);
  });

  it('finds the function marked use cache around a call, or none', () => {
    const seen: string[] = [];
    const code = [
      'export async function cached() {',
      "  'use cache';",
      '  const inner = () => cookies();',
      '}',
      'export async function plain() { cookies(); }',
      'const arrow = async () => { "use cache: private"; cookies(); };',
    ].join('\n');
    probe(code, (context) => ({
      CallExpression(node) {
        const found = findEnclosingDirective(context, node, 'use cache');
        seen.push(`${node.loc.start.line}:${found ? found.type : 'none'}`);
      },
    }));
    expect(seen).toEqual(['3:FunctionDeclaration', '5:none', '6:ArrowFunctionExpression']);
  });

  it('reports the file as the marker when the file says use cache', () => {
    let type = '';
    probe("'use cache';\nfunction f() { g(); }", (context) => ({
      CallExpression(node) { type = findEnclosingDirective(context, node, 'use cache')?.type ?? 'none'; },
    }));
    expect(type).toBe('Program');
  });

  it('gives an expression-bodied arrow no directives', () => {
    let size = -1;
    probe("const f = () => 'use cache';", () => ({
      ArrowFunctionExpression(node: TSESTree.ArrowFunctionExpression) { size = getFunctionDirectives(node).size; },
    }));
    expect(size).toBe(0);
    expect(normalizeDirective('use strict')).toBeUndefined();
  });

  it('tells the use cache variant of a marked function or file', () => {
    const seen: (string | undefined)[] = [];
    const code = [
      "'use strict';",
      "'use cache: remote';",
      'async function a() { "use server"; "use cache: private"; cookies(); }',
      "async function b() { 'use cache'; cookies(); }",
      'async function c() { cookies(); }',
    ].join('\n');
    probe(code, () => ({
      Program(node) { seen.push(getCacheDirectiveVariant(node)); },
      CallExpression(node) {
        const fn = node.parent?.parent?.parent;
        seen.push(fn && fn.type === 'FunctionDeclaration' ? getCacheDirectiveVariant(fn) : 'not a function');
      },
    }));
    expect(seen).toEqual(['use cache: remote', 'use cache: private', 'use cache', undefined]);
  });
});
