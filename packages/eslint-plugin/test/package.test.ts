/**
 * The published package: `dist/index.js` is one ES module (rolldown bundles the rules and the parts
 * of @approute/typegen they use), so every package it still imports must be one this package
 * declares itself. Under a strict installer (pnpm), a package reachable only through
 * @approute/typegen's own dependencies would not resolve. Needs the build (`npm test` runs it first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { parseSync } from 'oxc-parser';
import { describe, expect, it } from 'vitest';

const PACKAGE_DIR = join(import.meta.dirname, '..');
const BUNDLE = join(PACKAGE_DIR, 'dist/index.js');

/** The package name of a bare import specifier (`@scope/name/sub` -> `@scope/name`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe('the built package', () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: build first (npx turbo run build), as npm test does.`);
  const source = readFileSync(BUNDLE, 'utf8');
  const program = parseSync(BUNDLE, source, { sourceType: 'module' }).program;
  const specifiers = program.body.flatMap((statement) =>
    (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || (statement.type === 'ExportNamedDeclaration' && statement.source)) && statement.source
      ? [statement.source.value as string]
      : [],
  );

  it('imports only Node built-ins and packages it declares', () => {
    const manifest = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    const declared = new Set([...Object.keys(manifest['dependencies'] ?? {}), ...Object.keys(manifest['peerDependencies'] ?? {})]);
    const builtins = new Set(builtinModules);
    const packages = [...new Set(specifiers.filter((specifier) => !specifier.startsWith('node:') && !builtins.has(specifier)).map(packageOf))];
    expect(packages.length).toBeGreaterThan(0);
    expect(packages.filter((name) => !declared.has(name))).toEqual([]);
  });

  it('does not import the CommonJS hubs of @typescript-eslint/utils that cost every ESLint start', () => {
    // Imported from an ES module, `@typescript-eslint/utils` and its `ast-utils` (~20 CommonJS files
    // re-exported) cost Node's loader ~150M instructions, more than the rest of the plugin's import.
    expect(specifiers.filter((specifier) => specifier === '@typescript-eslint/utils' || specifier === '@typescript-eslint/utils/ast-utils')).toEqual([]);
  });

  it('is one module: no relative import, and nothing of @approute/typegen left to load', () => {
    expect(specifiers.filter((specifier) => specifier.startsWith('.'))).toEqual([]);
    expect(specifiers.filter((specifier) => specifier.startsWith('@approute/'))).toEqual([]);
    expect(source).not.toMatch(/\bimport\(/);
  });
});
