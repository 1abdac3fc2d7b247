/**
 * A watcher on a real project in a temp folder, with the events it reported, and the one
 * question every watch test asks: once everything on disk has been seen, is the output
 * byte-identical to a cold run of the generator on the final tree?
 *
 * "Once everything has been seen" is decided by events, not sleeps: `sync()` creates a marker
 * (an empty folder, which the watcher reports as a batch and never turns into output) and waits
 * until a batch holding it has run and the queue is idle. File system events reach the watcher
 * in order, so the edits made before it have then been seen; and if one was still on its way,
 * `expectConverged` syncs again until the output matches or its deadline passes.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import {
  createTypegenWatcher,
  runTypegen,
  type Diagnostic,
  type RegenerationEvent,
  type RouteTree,
  type TypegenWatchEvent,
  type TypegenWatcher,
  type TypegenWatcherOptions,
} from '../../src/index.js';

export const OUT = '.next/types/routes.d.ts';

/** A project in a fresh temp folder; `files` maps project-relative paths to contents. */
export function makeProject(files: Record<string, string>): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'approute-watch-'));
  for (const [path, content] of Object.entries(files)) writeFile(root, path, content);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function writeFile(root: string, path: string, content = 'export default function Page() { return null; }\n'): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}

export interface WatchHarness {
  readonly root: string;
  readonly watcher: TypegenWatcher;
  /** Every event so far, in order. */
  readonly events: TypegenWatchEvent[];
  readonly regenerations: () => RegenerationEvent[];
  /** Resolves once the watcher has processed everything done to the disk before the call. */
  sync(): Promise<void>;
  /** Waits for the watcher to settle on the final tree, then asserts the output equals a cold run. */
  expectConverged(): Promise<void>;
  output(): string | undefined;
  close(): Promise<void>;
}

let syncCounter = 0;

export async function startWatcher(root: string, options: Partial<TypegenWatcherOptions> = {}): Promise<WatchHarness> {
  const events: TypegenWatchEvent[] = [];
  const listeners = new Set<(event: TypegenWatchEvent) => void>();
  const watcher = createTypegenWatcher({
    root,
    ...options,
    onEvent: (event) => {
      events.push(event);
      options.onEvent?.(event);
      for (const listener of listeners) listener(event);
    },
  });
  await watcher.ready;
  const nextEvent = (predicate: (event: TypegenWatchEvent) => boolean, what: string, timeoutMs = 20_000) =>
    new Promise<TypegenWatchEvent>((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; events: ${JSON.stringify(events.slice(-5).map(summarize))}`));
      }, timeoutMs);
      const listener = (event: TypegenWatchEvent) => {
        if (!predicate(event)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(event);
      };
      listeners.add(listener);
    });

  let lastSentinel: string | undefined;
  const sync = async () => {
    const marker = ++syncCounter;
    // A new empty folder in the router directory (a path never seen before: chokidar drops quick
    // repeated events of one path, never the first event of a new one); the watcher scans it,
    // finds no route file and reports the batch. Without a router directory, tsconfig.json.
    const routerDir = watcher.snapshot().context.routerDirs.app ?? watcher.snapshot().context.routerDirs.pages;
    const sentinel = routerDir && existsSync(join(root, routerDir)) ? `${routerDir}/.sync-${marker}` : 'tsconfig.json';
    const seen = nextEvent((event) => event.type !== 'warning' && event.paths.includes(sentinel), `the sync marker ${sentinel}`);
    if (lastSentinel && lastSentinel !== 'tsconfig.json') rmSync(join(root, lastSentinel), { recursive: true, force: true });
    if (sentinel === 'tsconfig.json') {
      if (existsSync(join(root, sentinel))) rmSync(join(root, sentinel));
      else writeFileSync(join(root, sentinel), '{ "compilerOptions": {} }\n');
    } else {
      mkdirSync(join(root, sentinel));
    }
    lastSentinel = sentinel;
    await seen;
    await watcher.idle();
  };

  const output = () => {
    try {
      return readFileSync(join(root, OUT), 'utf8');
    } catch {
      return undefined;
    }
  };

  const expectConverged = async () => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      await sync();
      const cold = runTypegen({ root, check: true });
      const outcome = cold.outcomes[0];
      const same = cold.outcomes.every(({ status }) => status === 'unchanged') && sameDiagnostics(watcher.snapshot().diagnostics, cold.diagnostics);
      if (!same && Date.now() > deadline) {
        const files = (tree: RouteTree) => [...tree.pages, ...tree.handlers, ...tree.layouts, ...tree.metadata].map(({ file }) => file);
        const mine = new Set(files(watcher.snapshot().tree));
        const theirs = new Set(files(cold.tree));
        const extra = [...mine].filter((file) => !theirs.has(file));
        const missing = [...theirs].filter((file) => !mine.has(file));
        throw new Error(`the watcher did not converge: files it has that a cold run does not: ${JSON.stringify(extra)}; files it lacks: ${JSON.stringify(missing)}`);
      }
      if (same) {
        // On failure these show the difference: the output against the cold run's bytes.
        if (outcome) expect(outcome.actual ?? output()).toBe(outcome.expected ?? output());
        expect(diagnosticSummary(watcher.snapshot().diagnostics)).toEqual(diagnosticSummary(cold.diagnostics));
        return;
      }
    }
  };

  return {
    root,
    watcher,
    events,
    regenerations: () => events.filter((event): event is RegenerationEvent => event.type === 'regenerate'),
    sync,
    expectConverged,
    output,
    close: () => watcher.close(),
  };
}

/**
 * Diagnostics compared with a cold run: code, severity and file. Messages, and the file of the
 * codes that report one file of a pair, depend on the order files are visited, which differs
 * between a cold scan (directory order) and the watcher (path order).
 */
export function diagnosticSummary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map(({ code, severity, file }) => (ORDER_DEPENDENT_FILE.has(code) ? `${code} ${severity}` : `${code} ${severity} ${file}`)).sort();
}

/** Codes whose `file` is the second (or first) of several files, by the order they were visited. */
const ORDER_DEPENDENT_FILE = new Set(['TG002', 'TG007', 'TG014']);

function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return JSON.stringify(diagnosticSummary(a)) === JSON.stringify(diagnosticSummary(b));
}

function summarize(event: TypegenWatchEvent) {
  if (event.type === 'warning') return { type: event.type, message: event.message };
  if (event.type === 'skip') return { type: event.type, paths: event.paths.slice(0, 5) };
  return { type: event.type, cause: event.cause, added: event.added.slice(0, 5), removed: event.removed.slice(0, 5) };
}

/** A small app with a page, a dynamic route, a group, a slot and a handler. */
export const BASE_APP: Record<string, string> = {
  'next.config.mjs': 'export default {};\n',
  'app/layout.tsx': 'export default function Layout({ children }) { return children; }\n',
  'app/page.tsx': 'export default function Page() { return null; }\n',
  'app/blog/[slug]/page.tsx': 'export default function Page() { return null; }\n',
  'app/(shop)/layout.tsx': 'export default function Layout({ children }) { return children; }\n',
  'app/(shop)/cart/page.tsx': 'export default function Page() { return null; }\n',
  'app/(shop)/@drawer/default.tsx': 'export default function Default() { return null; }\n',
  'app/api/users/[id]/route.ts': 'export async function GET() { return Response.json({}); }\n',
  'app/_components/button.tsx': 'export function Button() { return null; }\n',
};
