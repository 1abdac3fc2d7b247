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
import type { TSESLint } from '@typescript-eslint/utils';
import { createConfigs, type PresetConfig, type PresetName } from './configs/index.js';
import { rules, type ApprouteRule } from './rules/index.js';

export interface ApproutePlugin {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Readonly<Record<string, ApprouteRule>>;
  readonly configs: Readonly<Record<PresetName, PresetConfig>>;
}

const configs = {} as Record<PresetName, PresetConfig>;

const plugin: ApproutePlugin = {
  meta: { name: '@approute/eslint-plugin', version: '0.1.0' },
  rules,
  configs,
};

// The presets hold the plugin object itself, so `plugins: { '@approute': ... }` in a user's config
// and in a preset are the same object and ESLint does not report a plugin conflict.
Object.assign(configs, createConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, rules));

export default plugin;
export { rules };
export { PLUGIN_NAMESPACE, PRESET_NAMES, type PresetConfig, type PresetName } from './configs/index.js';
export type { ApprouteRule } from './rules/index.js';
export type { ApprouteRuleDocs } from './utils/create-rule.js';
