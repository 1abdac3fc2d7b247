/**
 * `approute typegen --watch`: a thin shell over `createTypegenWatcher`. One line per
 * regeneration, diagnostics when they change, and a clean stop on SIGINT / SIGTERM (exit 0).
 * With `--format json`, one JSON object per line (NDJSON) per event instead, with timestamps, for
 * tools and benchmarks.
 */
import { createIdleCollector, createTypegenWatcher, preferMemory, type Diagnostic, type RegenerationEvent, type TypegenWatchEvent } from '@approute/typegen';
import { ExitCode, colorsFor, type Colors, type Io } from '../io.js';
import { countSeverities, formatDiagnostics, plural } from '../report/diagnostics.js';

export interface TypegenWatchCommandOptions {
  readonly root: string;
  readonly out?: string;
  readonly verbose?: boolean;
  readonly format: 'stylish' | 'json';
}

/**
 * Watches until SIGINT or SIGTERM (or `stop` aborts), then closes the watcher and resolves with
 * exit code 0. Bad options (a missing root, --out outside it) reject with TypegenUsageError,
 * which run.ts maps to exit code 2.
 */
export async function typegenWatchCommand(options: TypegenWatchCommandOptions, io: Io, stop?: AbortSignal): Promise<ExitCode> {
  const colors = colorsFor(io);
  const json = options.format === 'json';
  const print = (event: TypegenWatchEvent) => {
    if (json) io.stdout.write(`${JSON.stringify(toJson(event))}\n`);
    else {
      const text = describeEvent(event, options.verbose === true, colors);
      if (text) io.stdout.write(text);
    }
  };
  // This process is ours: V8 favours memory, and the garbage of each regeneration is collected
  // while the watcher is idle (see process-memory.ts in @approute/typegen).
  preferMemory();
  const collector = createIdleCollector();
  const watcher = createTypegenWatcher({
    root: options.root,
    out: options.out,
    onEvent: (event) => {
      print(event);
      if (event.type === 'regenerate') collector?.notify();
    },
  });

  let onSignal: (() => void) | undefined;
  const stopped = new Promise<void>((resolve) => {
    onSignal = resolve;
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
    stop?.addEventListener('abort', () => resolve(), { once: true });
  });
  try {
    const started = performance.now();
    await watcher.ready;
    collector?.notify();
    if (json) io.stdout.write(`${JSON.stringify({ type: 'ready', root: watcher.root, time: performance.timeOrigin + performance.now() })}\n`);
    else io.stdout.write(`${colors.dim(`watching ${watcher.root} (ready in ${(performance.now() - started).toFixed(0)} ms); Ctrl+C to stop`)}\n`);
    await stopped;
  } finally {
    process.off('SIGINT', onSignal!);
    process.off('SIGTERM', onSignal!);
    collector?.close();
    await watcher.close();
  }
  if (!json) io.stdout.write(`${colors.dim('approute typegen --watch: stopped')}\n`);
  return ExitCode.Ok;
}

/** The line (and diagnostics) printed for one event; empty for what is not worth a line. */
export function describeEvent(event: TypegenWatchEvent, verbose: boolean, colors: Colors): string {
  if (event.type === 'warning') return `${colors.yellow('warning')} ${event.message}\n`;
  if (event.type === 'skip') {
    if (!verbose) return '';
    const why = event.reason === 'tsconfig' ? 'tsconfig.json does not affect the route types' : 'no route file added or removed';
    return colors.dim(`  ${summarizePaths(event.paths)}: ${why}, nothing written\n`);
  }
  const outcome = event.outcomes.map(({ path, status }) => `${path} ${status === 'written' ? colors.green('updated') : 'unchanged'}`).join(', ');
  const what = describeChange(event);
  const { errors, warnings } = countSeverities(event.diagnostics);
  const problems = errors + warnings > 0 ? `; ${colors.red(plural(errors, 'error'))}, ${colors.yellow(plural(warnings, 'warning'))}` : '';
  let text = `${what} ${colors.dim('→')} ${outcome || 'no router directory, nothing written'} in ${event.timings.run.toFixed(0)} ms${problems}\n`;
  if (verbose) text += colors.dim(`  timings: ${Object.entries(event.timings).map(([stage, ms]) => `${stage} ${ms.toFixed(1)} ms`).join(', ')}\n`);
  if (event.diagnosticsChanged) text += event.diagnostics.length > 0 ? formatDiagnostics(event.diagnostics, colors) : `${colors.green('✓')} no problems left\n`;
  return text;
}

/** `+ app/blog/[slug]/page.tsx`, `app/docs ⇒ app/guides`, `+12 -3 route files`, `next.config.mjs changed`... */
function describeChange(event: RegenerationEvent): string {
  const { added, removed } = event;
  const count = `${plural(event.tree.pages.length, 'page')}, ${plural(event.tree.layouts.length, 'layout')}, ${plural(event.tree.handlers.length, 'route handler')}`;
  switch (event.cause) {
    case 'initial':
      return `approute typegen --watch: ${count}`;
    case 'restore':
      return 'output deleted or overwritten, written again';
    case 'rebuild':
      return `${event.reason ?? 'configuration changed'}: rebuilt (${count})`;
    default:
      break;
  }
  const prefix = event.cause === 'audit' ? 'rescan found ' : event.cause === 'catch-up' ? 'changed while starting: ' : '';
  const rename = renameOf(removed, added);
  if (rename) return `${prefix}${rename}`;
  if (added.length === 1 && removed.length === 0) return `${prefix}+ ${added[0]}`;
  if (removed.length === 1 && added.length === 0) return `${prefix}- ${removed[0]}`;
  if (added.length + removed.length === 0) return `${prefix}${summarizePaths(event.paths)}`;
  return `${prefix}+${added.length} -${removed.length} route files (${[...added, ...removed][0]}...)`;
}

/** `a ⇒ b` when the batch removed one set of files and added the same files under another folder. */
function renameOf(removed: readonly string[], added: readonly string[]): string | undefined {
  if (removed.length === 0 || removed.length !== added.length) return undefined;
  if (removed.length === 1) return `${removed[0]} ⇒ ${added[0]}`;
  const from = commonFolder(removed);
  const to = commonFolder(added);
  if (!from || !to) return undefined;
  const rest = (paths: readonly string[], folder: string) => paths.map((path) => path.slice(folder.length)).sort().join('\n');
  return rest(removed, from) === rest(added, to) ? `${from} ⇒ ${to}` : undefined;
}

function commonFolder(paths: readonly string[]): string | undefined {
  let prefix = paths[0]!.slice(0, paths[0]!.lastIndexOf('/'));
  for (const path of paths) while (prefix && !path.startsWith(`${prefix}/`)) prefix = prefix.slice(0, Math.max(0, prefix.lastIndexOf('/')));
  return prefix || undefined;
}

function summarizePaths(paths: readonly string[]): string {
  if (paths.length === 0) return 'a change';
  return paths.length === 1 ? paths[0]! : `${paths[0]} and ${paths.length - 1} more`;
}

function toJson(event: TypegenWatchEvent) {
  if (event.type !== 'regenerate') return event;
  const { tree, diagnostics, ...rest } = event;
  return {
    ...rest,
    routes: { pages: tree.pages.length, layouts: tree.layouts.length, handlers: tree.handlers.length },
    diagnostics: diagnostics.map(({ code, severity, file, message }: Diagnostic) => ({ code, severity, file, message })),
  };
}
