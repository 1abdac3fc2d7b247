/**
 * @approute/eslint-plugin: ESLint rules that flag Next.js App Router misuse before `next build`
 * (or production) does. Flat config only (ESLint 9 and 10):
 *
 * ```js
 * import approute from '@approute/eslint-plugin';
 * export default [approute.configs.recommended];
 * ```
 *
 * @packageDocumentation
 */
import type { ESLint, Rule } from 'eslint';
import { createConfigs, type PresetConfig, type PresetName } from './configs/index.js';
import { rules } from './rules/index.js';

/**
 * The plugin, typed with ESLint's own types so that `defineConfig([...])`, `Linter.Config[]` and
 * `plugins: { '@approute': approute }` type-check in an `eslint.config.ts`. (The rules are written
 * with @typescript-eslint/utils, whose rule type ESLint's does not accept as is.) For the rules
 * with their typed `meta.docs`, import `rules`.
 */
export interface ApproutePlugin extends ESLint.Plugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Record<string, Rule.RuleModule>;
  readonly configs: Record<PresetName, PresetConfig>;
}

const configs = {} as Record<PresetName, PresetConfig>;

const plugin: ApproutePlugin = {
  meta: { name: '@approute/eslint-plugin', version: '0.1.0' },
  rules: rules as unknown as Record<string, Rule.RuleModule>,
  configs,
};

// The presets hold the plugin object itself, so `plugins: { '@approute': ... }` in a user's config
// and in a preset are the same object and ESLint does not report a plugin conflict.
Object.assign(configs, createConfigs(plugin, rules));

export default plugin;
export { rules };
export { PLUGIN_NAMESPACE, PRESET_NAMES, type PresetConfig, type PresetName } from './configs/index.js';
export type { ApprouteRule } from './rules/index.js';
export type { ApprouteRuleDocs } from './utils/create-rule.js';
