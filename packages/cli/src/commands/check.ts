/**
 * `approute check`: the pre-commit and CI gate. Three parts, each reported in every format:
 * 1. `typegen --check`: the generated route types exist and match the app directory (nothing is
 *    written), and the route tree has no errors (TG codes); approute's stub at `next dev`'s path
 *    that is stale or missing is a warning only (report/dev-stub.ts);
 * 2. the lint (`--staged`: only the files staged in git, with their staged content);
 * 3. with `--typecheck`, the project's `tsc --noEmit` (started alongside the lint).
 * One summary line at the end; exit 1 when any part fails, 2 for a usage or config problem.
 */
import { relative } from 'node:path';
import { runTypegen, type TypegenResult } from '@approute/typegen';
import { ExitCode, colorsFor, type Colors, type Io } from '../io.js';
import { lintProject, type LintRun } from '../lint/lint-project.js';
import { createProgress, isCi } from '../progress.js';
import { openProject } from '../project.js';
import { plural } from '../report/diagnostics.js';
import { splitDrift } from '../report/dev-stub.js';
import { describeStale, diffOfStale } from '../report/drift.js';
import { countResults, driftFindings, toLintResults, typegenFindings, type LintResult } from '../report/results.js';
import { formatMachine, formatStylish, writeOutputFile, type Format } from '../report/write-report.js';
import { runTypecheck, type TypecheckRun } from '../typecheck/run-tsc.js';

export interface CheckCommandOptions {
  readonly root: string;
  readonly out?: string;
  readonly staged?: boolean;
  readonly typecheck?: boolean;
  readonly lint?: boolean;
  readonly format: Format;
  readonly outputFile?: string;
}

/** Lines of a stale file's diff shown in the human report. */

interface PartStatus {
  readonly ok: boolean;
  readonly errors: number;
  readonly warnings: number;
}

/** `approute check`: runs the parts, prints one report in the chosen format, exits 1 if any part failed. */
export async function checkCommand(options: CheckCommandOptions, io: Io): Promise<ExitCode> {
  const context = openProject(io, options);
  const root = context.root;
  const progress = createProgress(io);
  let typegen: TypegenResult;
  let lint: LintRun | undefined;
  let typecheck: TypecheckRun | undefined;
  try {
    progress.update('approute check: route types...');
    typegen = runTypegen({ root, out: options.out, check: true });
    // tsc runs in its own process, so it overlaps the lint instead of following it.
    const stopTypecheck = new AbortController();
    const typecheckRun = options.typecheck ? runTypecheck(root, stopTypecheck.signal) : undefined;
    typecheckRun?.catch(() => undefined);
    const work = [options.lint === false ? undefined : options.staged ? 'linting staged files' : 'linting', options.typecheck ? 'type-checking' : undefined].filter(Boolean);
    if (work.length > 0) progress.update(`approute check: ${work.join(' and ')}...`);
    if (options.lint !== false) {
      // A lint that cannot run ends the check (exit 2): do not keep the user waiting for tsc.
      lint = await lintProject({ root, distDir: context.config.distDir, paths: [], staged: options.staged }).catch((error: unknown) => {
        stopTypecheck.abort();
        throw error;
      });
    }
    typecheck = await typecheckRun;
  } finally {
    progress.clear();
  }

  const typegenResults = toLintResults(root, [...typegenFindings(typegen.diagnostics), ...driftFindings(typegen.outcomes, typegen.context.devOut)]);
  const typecheckResults = typecheck ? toLintResults(root, typecheck.findings) : [];
  const results = mergeResults([...typegenResults, ...(lint?.results ?? []), ...typecheckResults]);
  // Only the route types themselves fail; the dev stub's drift is a warning among the results.
  const drift = splitDrift(typegen.outcomes, typegen.context.devOut).failing;
  const parts = {
    typegen: { ...status(typegenResults), ok: countResults(typegenResults).errors === 0 && drift.length === 0 },
    lint: lint ? status(lint.results) : undefined,
    typecheck: typecheck ? { ...status(typecheckResults), ok: typecheck.exitCode === 0 } : undefined,
  };
  const ok = parts.typegen.ok && (parts.lint?.ok ?? true) && (parts.typecheck?.ok ?? true);

  let report: string;
  if (options.format === 'json') {
    const diffs = new Map(await Promise.all(drift.filter(({ status }) => status === 'stale').map(async (outcome) => [outcome.path, await diffOfStale(outcome)] as const)));
    report = `${JSON.stringify(toJson(root, ok, parts, typegen, diffs, lint, typecheck, results, options), null, 2)}\n`;
  } else if (options.format === 'stylish') {
    const colors = colorsFor(io);
    const details = (await formatStylish(results, io, io.cwd)).trim();
    // In CI a missing file is almost always a fresh checkout: .next/ is git-ignored.
    const ciHint = isCi(io) && drift.some(({ status }) => status === 'missing') ? `\n${colors.yellow('hint')}: a fresh checkout has no generated route types (.next/ is git-ignored): run \`approute typegen\` before \`approute check\` in CI.\n` : '';
    const stale = await Promise.all(drift.filter(({ status }) => status === 'stale').map((outcome) => describeStale(outcome, colors)));
    report = `${stale.join('')}${details ? `\n${details}\n` : ''}${ciHint}`;
  } else {
    report = formatMachine(options.format, results, lint?.rulesMeta ?? {}, io.cwd);
  }
  const summary = `${summaryLine(ok, parts, lint, typecheck, options, root, colorsFor(io))}\n`;
  if (options.outputFile) {
    const target = writeOutputFile(io, options.outputFile, report);
    io.stdout.write(`${summary}  report (${options.format}) written to ${relative(io.cwd, target) || target}\n`);
  } else if (options.format === 'stylish') {
    io.stdout.write(report.trim() ? `${report.replace(/^\n+/, '').trimEnd()}\n\n${summary}` : summary);
  } else if (options.format === 'github') {
    io.stdout.write(report + summary);
  } else {
    io.stdout.write(report);
  }
  return ok ? ExitCode.Ok : ExitCode.Findings;
}

function status(results: readonly LintResult[]): PartStatus {
  const { errors, warnings } = countResults(results);
  return { ok: errors === 0, errors, warnings };
}

/** One result per file, so a file with typegen, lint and tsc findings is listed once. */
function mergeResults(results: readonly LintResult[]): LintResult[] {
  const byFile = new Map<string, LintResult>();
  for (const result of results) {
    const previous = byFile.get(result.filePath);
    if (!previous) {
      byFile.set(result.filePath, result);
      continue;
    }
    byFile.set(result.filePath, {
      ...previous,
      messages: [...previous.messages, ...result.messages],
      errorCount: previous.errorCount + result.errorCount,
      warningCount: previous.warningCount + result.warningCount,
      fatalErrorCount: previous.fatalErrorCount + result.fatalErrorCount,
      fixableErrorCount: previous.fixableErrorCount + result.fixableErrorCount,
      fixableWarningCount: previous.fixableWarningCount + result.fixableWarningCount,
    });
  }
  return [...byFile.values()];
}

type Parts = { typegen: PartStatus; lint: PartStatus | undefined; typecheck: PartStatus | undefined };

function summaryLine(ok: boolean, parts: Parts, lint: LintRun | undefined, typecheck: TypecheckRun | undefined, options: CheckCommandOptions, root: string, colors: Colors): string {
  const describe = (part: PartStatus | undefined, name: string, extra = ''): string => {
    if (!part) return `${name} ${colors.dim('skipped')}`;
    const counts = part.errors + part.warnings > 0 ? ` (${plural(part.errors, 'error')}, ${plural(part.warnings, 'warning')}${extra})` : extra ? ` (${extra.replace(/^, /, '')})` : '';
    return `${name} ${part.ok ? colors.green('passed') : colors.red('failed')}${counts}`;
  };
  const withoutPlugin = lint?.approuteEnabled === false ? colors.yellow(" without approute's rules: run `approute init`") : '';
  const lintExtra = lint ? `, ${plural(lint.fileCount, options.staged ? 'staged file' : 'file')}${lint.configFile ? `, ${relative(root, lint.configFile)}${withoutPlugin}` : ''}` : '';
  const head = ok ? colors.green(colors.bold('approute check: passed')) : colors.red(colors.bold('approute check: failed'));
  return `${head}: ${[describe(parts.typegen, 'route types'), describe(parts.lint, options.staged ? 'lint (staged)' : 'lint', lintExtra), describe(parts.typecheck, 'typecheck', typecheck ? `, TypeScript ${typecheck.version}` : '')].join('; ')}`;
}

/** `parts.typegen.files[]` is `{ path, status }`, plus `severity` and `message` for a missing or stale file, and `diff` for a stale one that fails. */
function toJson(root: string, ok: boolean, parts: Parts, typegen: TypegenResult, diffs: ReadonlyMap<string, string>, lint: LintRun | undefined, typecheck: TypecheckRun | undefined, results: readonly LintResult[], options: CheckCommandOptions) {
  const findings = new Map(driftFindings(typegen.outcomes, typegen.context.devOut).map(({ file, severity, message }) => [file, { severity, message }]));
  return {
    ok,
    root,
    parts: {
      typegen: {
        ...parts.typegen,
        files: typegen.outcomes.map((outcome) => ({ path: outcome.path, status: outcome.status, ...findings.get(outcome.path), ...(diffs.has(outcome.path) ? { diff: diffs.get(outcome.path) } : {}) })),
      },
      lint: lint && parts.lint ? { ...parts.lint, staged: options.staged === true, files: lint.fileCount, configFile: lint.configFile ?? null } : null,
      typecheck: typecheck && parts.typecheck ? { ...parts.typecheck, typescript: typecheck.version } : null,
    },
    // Only files with findings: the JSON of a clean project of thousands of files stays small.
    results: results.filter((result) => result.messages.length > 0),
  };
}

