import { describe, expect, it } from 'vitest';
import { includePatternToRegex, planTsconfig, tsconfigReaches } from './tsconfig-include.js';

describe('include patterns, with TypeScript semantics', () => {
  it.each([
    ['.next/types/**/*.ts', '.next/types/routes.d.ts', true],
    ['./.next/types/**/*.ts', '.next/types/routes.d.ts', true],
    ['**/*.ts', '.next/types/routes.d.ts', false], // ** does not enter dot folders
    ['**/*', '.next/types/routes.d.ts', false],
    ['**/*.ts', 'types/routes.d.ts', true],
    ['types', 'types/routes.d.ts', true], // a folder: TypeScript adds /**/*
    ['.next', '.next/types/routes.d.ts', false], // a dot: a file name, not a folder glob (isImplicitGlob)
    ['*.ts', 'types/routes.d.ts', false], // * does not cross /
    ['src/**/*.tsx', 'src/a/b.tsx', true],
    ['**/*.ts', 'node_modules/x/y.ts', false],
  ])('%s matches %s: %s', (pattern, file, expected) => {
    expect(includePatternToRegex(pattern).test(file)).toBe(expected);
  });

  it('takes files, exclude and the default include into account', () => {
    expect(tsconfigReaches({ files: ['./.next/types/routes.d.ts'] }, '.next/types/routes.d.ts')).toBe('reached');
    expect(tsconfigReaches({}, '.next/types/routes.d.ts')).toBe('missing');
    expect(tsconfigReaches({}, 'types/routes.d.ts')).toBe('reached');
    expect(tsconfigReaches({ files: ['a.ts'] }, 'types/routes.d.ts')).toBe('missing');
    expect(tsconfigReaches({ include: ['.next/types/**/*.ts'], exclude: ['.next'] }, '.next/types/routes.d.ts')).toBe('excluded');
  });
});

describe('planTsconfig', () => {
  it('appends to include and keeps comments and layout', () => {
    const text = '{\n  // Next.js app\n  "compilerOptions": { "strict": true },\n  "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx"], // ours\n}\n';
    const plan = planTsconfig(text, '.next/types/routes.d.ts', '.next');
    expect(plan.kind).toBe('edit');
    if (plan.kind !== 'edit') return;
    expect(plan.pattern).toBe('.next/types/**/*.ts');
    expect(plan.content).toContain('// Next.js app');
    expect(plan.content).toContain('// ours');
    expect(plan.content).toContain('"**/*.tsx", ".next/types/**/*.ts"]');
    expect(planTsconfig(plan.content, '.next/types/routes.d.ts', '.next')).toEqual({ kind: 'unchanged' });
  });

  it('keeps the default **/* when it adds an include', () => {
    const plan = planTsconfig('{ "compilerOptions": {} }', '.next/types/routes.d.ts', '.next');
    expect(plan.kind === 'edit' && JSON.parse(plan.content).include).toEqual(['**/*', '.next/types/**/*.ts']);
  });

  it('includes a custom output file itself, under a custom distDir too', () => {
    const plan = planTsconfig('{ "include": ["src"] }', 'build/types/routes.d.ts', 'build');
    expect(plan.kind === 'edit' && JSON.parse(plan.content).include).toEqual(['src', 'build/types/**/*.ts']);
    const file = planTsconfig('{ "include": ["src"] }', 'generated/routes.d.ts', '.next');
    expect(file.kind === 'edit' && JSON.parse(file.content).include).toEqual(['src', 'generated/routes.d.ts']);
  });

  it('does not guess with extends and no include of its own', () => {
    const plan = planTsconfig('{ "extends": "../../tsconfig.base.json" }', '.next/types/routes.d.ts', '.next');
    expect(plan.kind).toBe('manual');
  });
});

describe('appending to a one-per-line include', () => {
  it('adds a line with the same indentation, with or without a trailing comma', () => {
    const text = '{\n    "include": [\n        "next-env.d.ts",\n        "**/*.ts"\n    ]\n}\n';
    const plan = planTsconfig(text, '.next/types/routes.d.ts', '.next');
    expect(plan.kind === 'edit' && plan.content).toBe('{\n    "include": [\n        "next-env.d.ts",\n        "**/*.ts",\n        ".next/types/**/*.ts"\n    ]\n}\n');
    const trailing = planTsconfig('{\n  "include": [\n    "src",\n  ],\n}\n', '.next/types/routes.d.ts', '.next');
    expect(trailing.kind === 'edit' && trailing.content).toBe('{\n  "include": [\n    "src",\n    ".next/types/**/*.ts",\n  ],\n}\n');
  });
});
