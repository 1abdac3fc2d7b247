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
 * It needs V8's `gc()` function, which exists only with the process-wide `--expose-gc` flag; so
 * the library never turns this on by itself: the CLI, which owns its process, does
 * (`approute typegen --watch`), and so does the benchmark that measures it.
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

/** The V8 settings `leanStartup` changes, and the values it puts back (V8's defaults). */
const LEAN_FLAGS = ['--optimize-for-size', '--semi-space-growth-factor=1'];
const DEFAULT_FLAGS = ['--no-optimize-for-size', '--semi-space-growth-factor=2'];

/**
 * The flags `leanStartup` would set, or none when the user's own Node options already set one of
 * them (theirs win: the defaults are not put back over them).
 */
export function leanStartupFlags(nodeOptions: readonly string[]): readonly string[] {
  const ours = /^--(no-)?(optimize[-_]for[-_]size|semi[-_]space[-_]growth[-_]factor)\b/;
  return nodeOptions.some((option) => ours.test(option)) ? [] : LEAN_FLAGS;
}

/**
 * Favours memory over speed while the watcher starts, and puts V8's defaults back when the
 * returned function is called (once it is ready). Starting is one burst of short-lived garbage:
 * the initial run, then chokidar walking every folder (at 5,000 routes, 8,465 folders and ~35 MB
 * of live heap). With V8's default heap growth that garbage piled up to a 150-160 MB peak RSS;
 * with smaller growth steps (`--optimize-for-size`) and the young generation held at its initial
 * size, the peak was ~105 MB for ~0.4 s more to start. Kept on after the start, the same settings
 * made each regeneration ~40% slower, so they are not.
 *
 * V8 reads these settings as it goes, so they can change at run time; where they cannot (a
 * future Node that freezes its flags), this does nothing.
 */
export function leanStartup(nodeOptions: readonly string[] = [...process.execArgv, ...(process.env['NODE_OPTIONS'] ?? '').split(/\s+/)]): () => void {
  const flags = leanStartupFlags(nodeOptions);
  if (flags.length === 0 || !trySetFlags(flags)) return () => {};
  let ended = false;
  return () => {
    if (ended) return;
    ended = true;
    trySetFlags(DEFAULT_FLAGS);
  };
}

function trySetFlags(flags: readonly string[]): boolean {
  try {
    for (const flag of flags) setFlagsFromString(flag);
    return true;
  } catch {
    return false;
  }
}
