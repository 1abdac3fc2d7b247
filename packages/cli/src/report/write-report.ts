import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ESLint } from 'eslint';
import { colorsFor, UsageError, type Io } from '../io.js';
import { formatGithub } from './format-github.js';
import { formatSarif } from './format-sarif.js';
import type { LintResult } from './results.js';

export { FORMATS, type Format } from './formats.js';

/**
 * ESLint's own `stylish` formatter over any results (typegen and tsc findings included), with
 * colour decided by approute's rules (TTY, NO_COLOR, FORCE_COLOR) rather than ESLint's.
 */
export async function formatStylish(results: readonly LintResult[], io: Io, cwd: string): Promise<string> {
  let ESLint: typeof import('eslint').ESLint;
  try {
    ({ ESLint } = await import('eslint'));
  } catch {
    throw new UsageError('ESLint is not installed, and approute prints its reports with ESLint\'s formatter: install it with `npm install --save-dev eslint`.');
  }
  const formatter = await new ESLint({ cwd }).loadFormatter('stylish');
  const color = colorsFor(io).isColorSupported;
  return formatter.format([...results], { color } as unknown as ESLint.ResultsMeta);
}

/** The machine-readable formats, which are the same for `lint` and for `check`'s findings. */
export function formatMachine(format: 'github' | 'sarif', results: readonly LintResult[], rulesMeta: ESLint.LintResultData['rulesMeta'], cwd: string): string {
  return format === 'github' ? formatGithub(results, cwd) : formatSarif(results, rulesMeta, cwd);
}

/** Writes a report to `--output-file` (resolved against the working directory), creating its folder. */
export function writeOutputFile(io: Io, outputFile: string, text: string): string {
  const target = resolve(io.cwd, outputFile);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`Could not write --output-file ${target}: ${(error as Error).message}`);
  }
  return target;
}
