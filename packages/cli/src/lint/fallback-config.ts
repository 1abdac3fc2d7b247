/**
 * The ESLint config `approute lint` uses when the project has no `eslint.config.*` of its own:
 * approute's `recommended` preset, with @typescript-eslint/parser for TypeScript (a dependency of
 * the CLI, so a project without any ESLint setup still gets its .ts/.tsx files linted) and Next's
 * build output ignored.
 */
import type { Linter } from 'eslint';

/** Files the fallback lints: everything a Next app's code can be written in. */
export const SOURCE_FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

interface PluginShape {
  readonly meta?: { readonly name?: string };
  readonly rules?: Record<string, unknown>;
  readonly configs?: Record<string, Linter.Config | Linter.Config[] | undefined>;
}

/** Loads the plugin and returns its preset as a list of flat configs (a preset may be one or many). */
export async function loadPreset(name: 'recommended' | 'strict' | 'all' = 'recommended'): Promise<Linter.Config[]> {
  const plugin = ((await import('@approute/eslint-plugin')) as { default: PluginShape }).default;
  const preset = plugin.configs?.[name];
  if (preset === undefined) return [{ name: `approute/${name}`, plugins: { '@approute': plugin as never } }];
  return Array.isArray(preset) ? preset : [preset];
}

/** The whole fallback config for a project whose build output is in `distDir`. */
export async function createFallbackConfig(distDir: string): Promise<Linter.Config[]> {
  const ignores: Linter.Config = { name: 'approute/fallback/ignores', ignores: [`${distDir}/**`, 'out/**', 'next-env.d.ts'] };
  let parser: Linter.Parser | undefined;
  try {
    parser = ((await import('@typescript-eslint/parser')) as { default: Linter.Parser }).default;
  } catch {
    // Without it (the optional `typescript` peer is missing) JavaScript is still linted with espree.
    parser = undefined;
  }
  const language: Linter.Config = parser
    ? { name: 'approute/fallback/parser', files: SOURCE_FILES, languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } } }
    : { name: 'approute/fallback/parser', files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } };
  return [ignores, language, ...(await loadPreset('recommended'))];
}
