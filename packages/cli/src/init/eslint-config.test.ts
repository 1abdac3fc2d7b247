import { describe, expect, it } from 'vitest';
import { planEslintConfigEdit, renderEslintConfig } from './eslint-config.js';

const shape = { presetIsArray: false };

function edited(filename: string, text: string): string {
  const plan = planEslintConfigEdit(filename, text, shape);
  if (plan.kind !== 'edit') throw new Error(`expected an edit, got ${plan.kind}: ${'reason' in plan ? plan.reason : ''}`);
  return plan.content;
}

describe('planEslintConfigEdit', () => {
  it('appends to an exported array after its last entry, keeping comments', () => {
    const text = "import next from 'eslint-config-next';\n\n// my config\nexport default [\n  ...next, // next's rules\n  { rules: { 'no-console': 'warn' } }\n];\n";
    expect(edited('eslint.config.mjs', text)).toBe(
      "import next from 'eslint-config-next';\nimport approute from '@approute/eslint-plugin';\n\n// my config\nexport default [\n  ...next, // next's rules\n  { rules: { 'no-console': 'warn' } },\n  approute.configs.recommended,\n];\n",
    );
  });

  it('goes into defineConfig([...]) and follows double quotes and no semicolons', () => {
    const text = 'import { defineConfig } from "eslint/config"\n\nexport default defineConfig([{ rules: {} }])\n';
    expect(edited('eslint.config.js', text)).toBe(
      'import { defineConfig } from "eslint/config"\nimport approute from "@approute/eslint-plugin"\n\nexport default defineConfig([{ rules: {} }, approute.configs.recommended])\n',
    );
  });

  it('adds an argument to a variadic call such as tseslint.config(a, b)', () => {
    const text = "import tseslint from 'typescript-eslint';\nexport default tseslint.config(a, b,);\n";
    expect(edited('eslint.config.mjs', text)).toBe("import tseslint from 'typescript-eslint';\nimport approute from '@approute/eslint-plugin';\nexport default tseslint.config(a, b, approute.configs.recommended);\n");
  });

  it('follows an exported name to its array, in TypeScript too', () => {
    const text = "import type { Linter } from 'eslint';\nconst config: Linter.Config[] = [];\nexport default config satisfies Linter.Config[];\n";
    expect(edited('eslint.config.ts', text)).toBe(
      "import type { Linter } from 'eslint';\nimport approute from '@approute/eslint-plugin';\nconst config: Linter.Config[] = [approute.configs.recommended];\nexport default config satisfies Linter.Config[];\n",
    );
  });

  it('edits module.exports with require', () => {
    const text = "const js = require('@eslint/js');\nmodule.exports = [\n  js.configs.recommended,\n];\n";
    expect(edited('eslint.config.cjs', text)).toBe(
      "const js = require('@eslint/js');\nconst approute = require('@approute/eslint-plugin').default;\nmodule.exports = [\n  js.configs.recommended,\n  approute.configs.recommended,\n];\n",
    );
  });

  it('spreads a preset that is an array', () => {
    const plan = planEslintConfigEdit('eslint.config.mjs', 'export default [];\n', { presetIsArray: true });
    expect(plan.kind === 'edit' && plan.content).toBe("import approute from '@approute/eslint-plugin';\n\nexport default [...approute.configs.recommended];\n");
  });

  it('leaves a config alone when it already uses the plugin', () => {
    expect(planEslintConfigEdit('eslint.config.mjs', "import approute from '@approute/eslint-plugin';\nexport default [approute.configs.recommended];\n", shape).kind).toBe('unchanged');
  });

  it.each([
    ['a function', 'export default async () => [];\n'],
    ['computed configs', 'const configs = load();\nexport default configs;\n'],
    ['a taken name', "import approute from './mine.js';\nexport default [approute];\n"],
    ['a syntax error', 'export default [\n'],
  ])('prints a snippet instead of editing %s', (_name, text) => {
    const plan = planEslintConfigEdit('eslint.config.mjs', text, shape);
    expect(plan.kind).toBe('manual');
    expect(plan.kind === 'manual' && plan.snippet).toContain("import approute from '@approute/eslint-plugin';");
  });
});

describe('renderEslintConfig', () => {
  it('writes a config whose array holds the preset, with the TypeScript parser when asked', () => {
    const text = renderEslintConfig({ cjs: false, presetIsArray: false, distDir: '.next', typescriptParser: true, jsx: true });
    expect(text).toContain("import tsParser from '@typescript-eslint/parser';");
    expect(text).toContain("{ ignores: ['.next/**', 'out/**', 'next-env.d.ts'] },");
    expect(text).toContain('  approute.configs.recommended,\n];');
  });
});
