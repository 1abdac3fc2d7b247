/**
 * Runs ESLint through its Node API over a project: the user's own flat config when ESLint finds
 * one for the root (ESLint's own lookup, so a monorepo's root config counts), else approute's
 * fallback (see fallback-config.ts). Every error ESLint throws (a broken config, a path that
 * matches nothing, a rule that crashes) becomes a UsageError, exit 2, as with the `eslint` CLI.
 */
import { relative } from 'node:path';
import type { ESLint as ESLintInstance } from 'eslint';
import { UsageError } from '../io.js';
import type { LintResult } from '../report/results.js';
import { createFallbackConfig } from './fallback-config.js';
import { listStagedFiles, readStagedContent } from './staged-files.js';

export interface LintProjectOptions {
  readonly root: string;
  /** Next's build folder relative to the root (`.next`), ignored by the fallback config. */
  readonly distDir: string;
  /** Absolute files, folders or globs; the root when empty. */
  readonly paths: readonly string[];
  readonly fix?: boolean;
  /** Lint only the staged files, with their staged content. */
  readonly staged?: boolean;
}

export interface LintRun {
  readonly results: LintResult[];
  readonly rulesMeta: ESLintInstance.LintResultData['rulesMeta'];
  /** The user's config file, or undefined when approute's fallback was used. */
  readonly configFile: string | undefined;
  /** Files linted. */
  readonly fileCount: number;
  /** Whether the config lints with @approute/eslint-plugin (known when a file was linted). */
  readonly approuteEnabled: boolean | undefined;
  readonly eslint: ESLintInstance;
}

type ESLintModule = typeof import('eslint');

async function importESLint(): Promise<ESLintModule> {
  try {
    return await import('eslint');
  } catch {
    throw new UsageError('ESLint is not installed. approute lint runs your ESLint: install it with `npm install --save-dev eslint`.');
  }
}

function describeConfig(root: string, configFile: string | undefined): string {
  return configFile ? relative(root, configFile) || configFile : 'approute recommended preset';
}

/** An ESLint error's message, without its stack. */
function explain(error: unknown): string {
  return error instanceof Error ? error.message.trim() : String(error);
}

/** Lints the project (or its staged files) and returns the results; never writes unless `fix`. */
export async function lintProject(options: LintProjectOptions): Promise<LintRun> {
  const { ESLint } = await importESLint();
  const explicitPaths = options.paths.length > 0;
  const probe = new ESLint({ cwd: options.root });
  const configFile = await probe.findConfigFile();
  // Listed before the config loads, so a commit that stages no code costs no ESLint setup.
  const staged = options.staged ? await listStagedFiles(options.root) : undefined;
  if (staged?.files.length === 0) return { results: [], rulesMeta: {}, configFile, fileCount: 0, approuteEnabled: undefined, eslint: probe };
  const common = { cwd: options.root, fix: options.fix === true, errorOnUnmatchedPattern: explicitPaths };
  let eslint: ESLintInstance;
  try {
    eslint = configFile
      ? new ESLint(common)
      : new ESLint({ ...common, overrideConfigFile: true, overrideConfig: await createFallbackConfig(options.distDir) });
  } catch (error) {
    throw new UsageError(`ESLint could not start with ${describeConfig(options.root, configFile)}: ${explain(error)}`);
  }

  let results: LintResult[];
  try {
    results = staged ? await lintStaged(eslint, options.root, staged) : await eslint.lintFiles(explicitPaths ? [...options.paths] : ['.']);
    if (options.fix) await ESLint.outputFixes(results);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = explain(error);
    if (/^No files matching/.test(message)) throw new UsageError(`${message} Check the paths you passed.`);
    const where = configFile ? `with ${describeConfig(options.root, configFile)}` : "with approute's recommended preset";
    throw new UsageError(`ESLint could not run ${where}: ${message.replace(/\.?$/, '.')}${configFile ? ` Fix ${describeConfig(options.root, configFile)} and run again.` : ''}`);
  }
  const rulesMeta = eslint.getRulesMetaForResults(results);
  const approuteEnabled = configFile ? await usesApproute(eslint, results[0]?.filePath) : true;
  return { results, rulesMeta, configFile, fileCount: results.length, approuteEnabled, eslint };
}

/** Whether the user's config applies approute's plugin (under any namespace) to a linted file. */
async function usesApproute(eslint: ESLintInstance, file: string | undefined): Promise<boolean | undefined> {
  if (!file) return undefined;
  try {
    const config = (await eslint.calculateConfigForFile(file)) as { plugins?: Record<string, { meta?: { name?: string } } | undefined> } | undefined;
    return Object.values(config?.plugins ?? {}).some((plugin) => plugin?.meta?.name === '@approute/eslint-plugin');
  } catch {
    return undefined;
  }
}

/** Lints the staged content of each staged file that the config lints (others are skipped). */
async function lintStaged(eslint: ESLintInstance, root: string, { top, files }: { top: string; files: readonly string[] }): Promise<LintResult[]> {
  const results: LintResult[] = [];
  for (const file of files) {
    if (await eslint.isPathIgnored(file)) continue;
    const text = await readStagedContent(top, file, root);
    results.push(...(await eslint.lintText(text, { filePath: file, warnIgnored: false })));
  }
  return results;
}
