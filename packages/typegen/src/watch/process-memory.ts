/**
 * The memory of a process that runs the watcher for hours (`approute typegen --watch`): V8 tuned
 * for a long-lived process that starts with a burst and then works in small bursts. The library
 * never changes its host process by itself: the CLI, which owns its process, turns these on, and
 * so does the benchmark that measures it.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Garbage collection when the watcher goes quiet. Every regeneration builds a new route tree and
 * a new output string (about 0.5 MB at 5,000 routes) and reads the old one back to compare, and V8
 * lets that garbage pile up until its next major collection: measured at 5,000 routes, peak RSS
 * climbed from 165 MB at ready to 190-270 MB during a series of edits, for a live heap of 37 MB.
 * One full collection 50 ms after the last regeneration (about 20 ms of work, while nothing else
 * is waiting) keeps the peak within a few MB of the ready RSS.
 *
 * It needs V8's `gc()` function, which exists only with the process-wide `--expose-gc` flag (set
 * here at run time).
 */
export interface IdleCollector {
  /** Something happened: collect once the process has been quiet for the idle time. */
  notify(): void;
  /** Cancels a pending collection. */
  close(): void;
}

/** An idle collector, or undefined where V8's `gc()` cannot be had. */
export function createIdleCollector(idleMs = 50): IdleCollector | undefined {
  let gc: () => void;
  try {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
    if (typeof gc !== 'function') return undefined;
  } catch {
    return undefined;
  }
  let timer: NodeJS.Timeout | undefined;
  return {
    notify() {
      clearTimeout(timer);
      timer = setTimeout(gc, idleMs);
      timer.unref();
    },
    close() {
      clearTimeout(timer);
    },
  };
}

/**
 * The flags `preferMemory` sets, leaving out each one the user's own Node options already set
 * (theirs win).
 */
export function memoryFlags(nodeOptions: readonly string[]): readonly string[] {
  const userSets = (name: RegExp) => nodeOptions.some((option) => name.test(option));
  return [
    ...(userSets(/^--(no-)?optimize[-_]for[-_]size\b/) ? [] : ['--optimize-for-size']),
    ...(userSets(/^--semi[-_]space[-_]growth[-_]factor\b/) ? [] : ['--semi-space-growth-factor=1']),
  ];
}

/**
 * Tunes V8 for a watcher that runs for hours: memory over speed.
 *
 * - Smaller heap growth steps (`--optimize-for-size`): V8 collects before garbage piles up.
 *   Starting is one burst of it (the initial run, then chokidar walking every folder: 8,465
 *   folders and ~35 MB of live heap at 5,000 routes).
 * - The young generation held at its initial size (1 MB) instead of growing to 16 MB: a
 *   regeneration is a short burst (~12 ms of render and write at 5,000 routes, the tree being
 *   incremental), and a grown young generation is ~30 MB of RSS kept for it.
 *
 * Measured at 5,000 routes: peak RSS from 150-165 MB (V8's defaults) to ~120 MB, for ~0.5 s more
 * to start and ~4 ms more per regeneration (p95 ~22 -> ~27 ms). V8 reads these settings as it
 * goes, so they can change at run time; where they cannot (a future Node that freezes its flags),
 * this does nothing.
 */
export function preferMemory(nodeOptions: readonly string[] = [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)]): void {
  trySetFlags(memoryFlags(nodeOptions));
}

function trySetFlags(flags: readonly string[]): void {
  try {
    for (const flag of flags) setFlagsFromString(flag);
  } catch {
    // A Node that refuses run-time flags: V8's defaults, which work, with more memory.
  }
}
