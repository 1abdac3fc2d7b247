/**
 * What each plugin's rules add to the lint of a file, measured in one process: every file of the
 * corpus is linted with the three configs one after the other (the order rotating from file to
 * file), each run timed, and a plugin's cost is its time minus the baseline's (the same parser, no
 * plugin rules). Load on the machine that drifts over seconds hits the three runs of a file alike,
 * which separate processes cannot offer; the result still varies from run to run (JIT decisions
 * and garbage collections land differently), so the bench takes several. It does not show what a
 * plugin does to the rest of its process (warmed or disturbed JIT code, caches): the
 * separate-process wall time shows that, and stays the target. Prints one JSON line.
 *
 *   node lint-marginal-worker.mjs <corpus dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import nextPlugin from '@next/eslint-plugin-next';
import approute from '@approute/eslint-plugin';

const corpus = resolve(process.argv[2] ?? '.');
const SOURCE = /\.[cm]?[jt]sx?$/;
const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
  .filter((path) => SOURCE.test(path) && !/(^|[\\/])(node_modules|\.next)[\\/]/.test(path))
  .sort()
  .map((path) => join(corpus, path));

const base = {
  files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
  languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } }, ecmaVersion: 'latest', sourceType: 'module' },
  linterOptions: { reportUnusedDisableDirectives: 'off' },
};
/** @type {[string, object[]][]} */
const configs = [
  ['baseline', [base]],
  ['next', [base, nextPlugin.configs.recommended]],
  ['approute', [base, approute.configs.recommended]],
];

const linter = new Linter({ cwd: corpus });
/** @type {Record<string, number>} */
const totals = { baseline: 0, next: 0, approute: 0 };
/** @type {Record<string, number>} */
const problems = { baseline: 0, next: 0, approute: 0 };
for (let i = 0; i < files.length; i++) {
  const text = readFileSync(files[i], 'utf8');
  for (let k = 0; k < configs.length; k++) {
    const [name, config] = configs[(i + k) % configs.length];
    const start = performance.now();
    const messages = linter.verify(text, config, { filename: files[i] });
    totals[name] += performance.now() - start;
    problems[name] += messages.length;
  }
}
process.stdout.write(`${JSON.stringify({ files: files.length, totals, problems })}\n`);
