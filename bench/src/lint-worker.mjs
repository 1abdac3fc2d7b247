/**
 * One lint run in a fresh process (so no run profits from another's JIT warm-up or module cache):
 * a new ESLint instance, no cache, the given plugin config over the corpus. Prints one JSON line.
 *
 *   node lint-worker.mjs <baseline|next|approute|next-noop|approute-noop> <corpus dir> [--stats]
 *
 * Every config uses the same parser and the same files; `baseline` has no plugin rules, so it
 * measures file discovery and parsing, and what a plugin adds is its own config's time minus it.
 * `<plugin>-noop` is the plugin's preset with every rule's `create` returning no listeners (same
 * rules, same options, same import): what ESLint spends on running that many rules at all, so
 * `<plugin>` minus it is what the rules' own work costs in their process.
 */
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';

const [variant, cwd, flag] = process.argv.slice(2);
const FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

/**
 * The plugin's part of the config, as its users would write it.
 * @param {string} name
 * @returns {Promise<{ configs: object[], rules: string[] }>}
 */
async function pluginConfig(name) {
  if (name.endsWith('-noop')) {
    const real = await pluginConfig(name.slice(0, -'-noop'.length));
    return { configs: real.configs.map(withNoOpRules), rules: real.rules };
  }
  if (name === 'baseline') return { configs: [], rules: [] };
  if (name === 'next') {
    // @next/eslint-plugin-next exports its flat config as `configs.recommended` (an object).
    const { default: next } = await import('@next/eslint-plugin-next');
    const preset = next.configs.recommended;
    return { configs: [preset], rules: Object.keys(preset.rules ?? {}) };
  }
  if (name === 'approute') {
    const { default: approute } = await import('@approute/eslint-plugin');
    const preset = approute.configs?.recommended;
    if (!preset) throw new Error('@approute/eslint-plugin has no configs.recommended');
    const presets = Array.isArray(preset) ? preset : [preset];
    return { configs: presets, rules: presets.flatMap((config) => Object.keys(config.rules ?? {})) };
  }
  throw new Error(`unknown variant ${name}: expected baseline, next or approute (or next-noop, approute-noop)`);
}

/**
 * A preset whose plugins' rules keep their meta (so ESLint validates the same options) but do nothing.
 * @param {{ plugins?: Record<string, { rules?: Record<string, { meta?: object }> }> }} config
 */
function withNoOpRules(config) {
  const plugins = Object.fromEntries(
    Object.entries(config.plugins ?? {}).map(([namespace, plugin]) => [
      namespace,
      { ...plugin, rules: Object.fromEntries(Object.entries(plugin.rules ?? {}).map(([id, rule]) => [id, { meta: rule.meta, create: () => ({}) }])) },
    ]),
  );
  return { ...config, plugins };
}

const start = performance.now();
const plugin = await pluginConfig(variant);
const importMs = performance.now() - start;
const eslint = new ESLint({
  cwd,
  cache: false,
  overrideConfigFile: true,
  stats: flag === '--stats',
  overrideConfig: [
    { ignores: ['**/.next/**', '**/node_modules/**'] },
    {
      files: FILES,
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } }, ecmaVersion: 'latest', sourceType: 'module' },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    ...plugin.configs,
  ],
});
const results = await eslint.lintFiles(FILES);
const wallMs = performance.now() - start;

/** @type {Record<string, number>} */
const ruleMs = {};
let parseMs = 0;
let fatal = 0;
let problems = 0;
for (const result of results) {
  problems += result.errorCount + result.warningCount;
  fatal += result.fatalErrorCount;
  for (const pass of result.stats?.times.passes ?? []) {
    parseMs += pass.parse?.total ?? 0;
    for (const [rule, { total }] of Object.entries(pass.rules ?? {})) ruleMs[rule] = (ruleMs[rule] ?? 0) + total;
  }
}
/** @type {Record<string, number>} */
const reports = {};
for (const result of results) for (const message of result.messages) if (message.ruleId) reports[message.ruleId] = (reports[message.ruleId] ?? 0) + 1;
process.stdout.write(`${JSON.stringify({ variant, wallMs, importMs, files: results.length, problems, fatal, parseMs, ruleMs, reports, rules: plugin.rules })}\n`);
