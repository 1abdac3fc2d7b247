import { runTypegen, type FileOutcome, type TypegenResult } from '@approute/typegen';
import { ExitCode, colorsFor, type Colors, type Io } from '../io.js';
import { countSeverities, formatDiagnostics, plural } from '../report/diagnostics.js';
import { describeDevStubDrift, splitDrift } from '../report/dev-stub.js';
import { describeStale } from '../report/drift.js';
import { driftFindings } from '../report/results.js';

export interface TypegenCommandOptions {
  readonly root: string;
  readonly out?: string;
  readonly check?: boolean;
  readonly verbose?: boolean;
  readonly format: 'stylish' | 'json';
}

/** `approute typegen [--check]`: one run of the pipeline, a summary line first, then details. */
export async function typegenCommand(options: TypegenCommandOptions, io: Io): Promise<ExitCode> {
  const result = runTypegen({ root: options.root, out: options.out, check: options.check });
  // A drifted stub at `next dev`'s path only warns (report/dev-stub.ts); the route types fail.
  const drift = splitDrift(result.outcomes, result.context.devOut);
  const { errors } = countSeverities(result.diagnostics);
  const noRouter = result.context.routerDirs.app === undefined && result.context.routerDirs.pages === undefined;

  if (options.format === 'json') {
    io.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
  } else {
    const colors = colorsFor(io);
    io.stdout.write(`${summaryLine(result, options.check === true, colors)}\n`);
    if (options.verbose) io.stdout.write(`${timingLine(result)}\n`);
    for (const outcome of drift.failing) io.stdout.write(await describeDrift(outcome, colors));
    for (const outcome of drift.devStub) io.stdout.write(`\n${colors.yellow('warning')}: ${describeDevStubDrift(outcome)}\n`);
    if (result.diagnostics.length > 0) io.stdout.write(formatDiagnostics(result.diagnostics, colors));
  }
  if (noRouter) return ExitCode.Usage;
  return errors > 0 || drift.failing.length > 0 ? ExitCode.Findings : ExitCode.Ok;
}

function summaryLine(result: TypegenResult, check: boolean, colors: Colors): string {
  const { tree } = result;
  const counts = [
    plural(tree.pages.length, 'page'),
    plural(tree.layouts.length, 'layout'),
    plural(tree.handlers.length, 'route handler'),
  ];
  if (tree.pagesRouter.length) counts.push(plural(tree.pagesRouter.length, 'pages-router page'));
  const devStub = splitDrift(result.outcomes, result.context.devOut).devStub;
  const files = result.outcomes.map(({ path, status }) => `${path} ${status === 'written' ? colors.green(status) : status === 'unchanged' ? status : devStub.some((stub) => stub.path === path) ? colors.yellow(status) : colors.red(status)}`);
  const total = Object.values(result.timings).reduce((sum, ms) => sum + ms, 0);
  const { errors, warnings: diagnosticWarnings } = countSeverities(result.diagnostics);
  const warnings = diagnosticWarnings + devStub.length;
  const problems = errors + warnings > 0 ? `; ${colors.red(plural(errors, 'error'))}, ${colors.yellow(plural(warnings, 'warning'))}` : '';
  const head = check ? 'approute typegen --check' : 'approute typegen';
  return `${colors.bold(head)}: ${files.join(', ') || 'nothing written'} (${counts.join(', ')}) in ${total.toFixed(0)} ms${problems}`;
}

function timingLine(result: TypegenResult): string {
  return `  timings: ${Object.entries(result.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`).join(', ')}`;
}

async function describeDrift(outcome: FileOutcome, colors: Colors): Promise<string> {
  if (outcome.status === 'missing') return `\n${colors.red(`${outcome.path} is missing.`)} Run \`approute typegen\` to write it.\n`;
  return `\n${await describeStale(outcome, colors)}`;
}

/** `files[]` is `{ path, status }`, plus `severity` and `message` for a missing or stale file. */
function toJson(result: TypegenResult) {
  const findings = new Map(driftFindings(result.outcomes, result.context.devOut).map(({ file, severity, message }) => [file, { severity, message }]));
  return {
    root: result.context.root,
    files: result.outcomes.map(({ path, status }) => ({ path, status, ...findings.get(path) })),
    routes: {
      pages: result.tree.pages.map(({ route, file }) => ({ route, file })),
      layouts: result.tree.layouts.map(({ route, key, slots, file }) => ({ route, key, slots, file })),
      handlers: result.tree.handlers.map(({ route, file }) => ({ route, file })),
      pagesRouter: result.tree.pagesRouter.map(({ route, file }) => ({ route, file })),
    },
    diagnostics: result.diagnostics,
    timings: result.timings,
  };
}
