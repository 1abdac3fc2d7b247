import { relative, resolve } from 'node:path';
import { ExitCode, UsageError, colorsFor, type Io } from '../io.js';
import { lintProject, type LintRun } from '../lint/lint-project.js';
import { createProgress } from '../progress.js';
import { openProject } from '../project.js';
import { plural } from '../report/diagnostics.js';
import { countResults } from '../report/results.js';
import { formatMachine, formatStylish, writeOutputFile, type Format } from '../report/write-report.js';

export interface LintCommandOptions {
  readonly root: string;
  readonly fix?: boolean;
  readonly staged?: boolean;
  readonly format: Format;
  readonly outputFile?: string;
}

/** `approute lint [paths...]`: ESLint over the project; exit 0 clean or warnings only, 1 errors. */
export async function lintCommand(paths: readonly string[], options: LintCommandOptions, io: Io): Promise<ExitCode> {
  if (options.staged && options.fix) throw new UsageError('--fix cannot be combined with --staged: it would fix the working tree, not what is staged. Run `approute lint --fix`, then stage the fixes.');
  if (options.staged && paths.length > 0) throw new UsageError(`--staged lints the staged files; do not also pass paths (got ${paths.join(' ')}).`);
  const context = openProject(io, options);
  const progress = createProgress(io);
  progress.update(options.staged ? 'approute lint: linting staged files...' : 'approute lint: linting...');
  let run: LintRun;
  try {
    run = await lintProject({
      root: context.root,
      distDir: context.config.distDir,
      paths: paths.map((path) => resolve(io.cwd, path)),
      fix: options.fix,
      staged: options.staged,
    });
  } finally {
    progress.clear();
  }
  const { errors } = countResults(run.results);
  await printLintReport(run, options, io);
  return errors > 0 ? ExitCode.Findings : ExitCode.Ok;
}

/** One line: what was linted, with which config, and the totals. */
export function lintSummary(run: LintRun, root: string, io: Io, staged = false): string {
  const colors = colorsFor(io);
  const { errors, warnings, fixable } = countResults(run.results);
  const config = run.configFile ? relative(root, run.configFile) || run.configFile : 'approute recommended preset (no eslint.config found)';
  const files = staged ? plural(run.fileCount, 'staged file') : plural(run.fileCount, 'file');
  const totals = `${errors > 0 ? colors.red(plural(errors, 'error')) : plural(errors, 'error')}, ${warnings > 0 ? colors.yellow(plural(warnings, 'warning')) : plural(warnings, 'warning')}`;
  const fixHint = fixable > 0 ? ` (${fixable} fixable with --fix)` : '';
  const missingPreset = run.approuteEnabled === false ? colors.yellow(` (approute's rules are not enabled in it: run \`approute init\` to add them)`) : '';
  return `${colors.bold('approute lint')}: ${files}, ${totals}${fixHint}; config: ${config}${missingPreset}`;
}

async function printLintReport(run: LintRun, options: LintCommandOptions, io: Io): Promise<void> {
  let report: string;
  if (options.format === 'json') report = `${JSON.stringify(run.results, null, 2)}\n`;
  else if (options.format === 'stylish') report = await formatStylish(run.results, io, io.cwd);
  else report = formatMachine(options.format, run.results, run.rulesMeta, io.cwd);
  const summary = `${lintSummary(run, resolve(io.cwd, options.root), io, options.staged)}\n`;
  if (options.outputFile) {
    const target = writeOutputFile(io, options.outputFile, report);
    io.stdout.write(`${summary}  report (${options.format}) written to ${relative(io.cwd, target) || target}\n`);
  } else if (options.format === 'stylish') {
    io.stdout.write(summary + report.replace(/^\n+/, '\n').trimEnd() + (report.trim() ? '\n' : ''));
  } else if (options.format === 'github') {
    io.stdout.write(report + summary);
  } else {
    io.stdout.write(report);
  }
}
