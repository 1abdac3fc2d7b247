/**
 * The presets, computed from each rule's `meta.docs.recommended` (the single source of truth):
 * - `recommended`: rules that flag certain errors;
 * - `strict`: `recommended` plus the rules marked `strict`;
 * - `all`: every rule of the plugin.
 * Each is a flat config object that carries the plugin itself under the `@approute` namespace.
 */
import type { ESLint, Linter } from 'eslint';
import type { ApprouteRule } from '../rules/index.js';

/** The namespace rule ids live under: `@approute/no-redirect-in-try`. */
export const PLUGIN_NAMESPACE = '@approute';

export type PresetName = 'recommended' | 'strict' | 'all';
export const PRESET_NAMES: readonly PresetName[] = ['recommended', 'strict', 'all'];

/** A preset: an ESLint flat config object (typed with ESLint's own types, so `defineConfig` accepts it). */
export type PresetConfig = Linter.Config & {
  name: string;
  plugins: Record<string, ESLint.Plugin>;
  rules: Record<string, 'error'>;
};

/** Whether a rule belongs in a preset, from its `meta.docs.recommended`. */
export function isRuleInPreset(rule: ApprouteRule, preset: PresetName): boolean {
  const level = rule.meta.docs?.recommended;
  if (preset === 'all') return true;
  if (preset === 'strict') return level === 'recommended' || level === 'strict';
  return level === 'recommended';
}

/** The rule ids and severities of one preset, sorted by id. */
export function presetRules(rules: Readonly<Record<string, ApprouteRule>>, preset: PresetName): Record<string, 'error'> {
  const entries = Object.keys(rules)
    .sort()
    .filter((name) => isRuleInPreset(rules[name]!, preset))
    .map((name) => [`${PLUGIN_NAMESPACE}/${name}`, 'error'] as const);
  return Object.fromEntries(entries);
}

/** The three presets for `plugin` (which must be the plugin object users get, so the presets reference it). */
export function createConfigs(
  plugin: ESLint.Plugin,
  rules: Readonly<Record<string, ApprouteRule>>,
): Record<PresetName, PresetConfig> {
  const preset = (name: PresetName): PresetConfig => ({
    name: `${PLUGIN_NAMESPACE}/${name}`,
    plugins: { [PLUGIN_NAMESPACE]: plugin },
    rules: presetRules(rules, name),
  });
  return { recommended: preset('recommended'), strict: preset('strict'), all: preset('all') };
}
