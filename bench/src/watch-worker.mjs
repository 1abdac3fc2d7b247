/**
 * One watch measurement in its own process (so its peak RSS is the watcher's): starts
 * `createTypegenWatcher` on a generated app, then performs file operations one at a time and
 * measures each from just before the operation to the watcher's report that the output is fresh.
 *
 *   node watch-worker.mjs <app root> <operations per kind> <sections json file>
 *
 * - add page: a new folder with a page.tsx under an existing section; fresh when the output holds
 *   the new route literal;
 * - remove page: unlink one of those pages; fresh when the literal is gone;
 * - rename folder: rename a section's folder (its pages move to a new URL); fresh when the output
 *   holds the new URL and not the old one;
 * - content-only edit: append a line to an existing page; done when the watcher reports it skipped
 *   the batch, and proven write-free by the output's inode, mtime and bytes, and by the absence of
 *   any `written` outcome until the watcher is idle.
 * Every freshness claim is checked by reading the output file, not taken from the event alone.
 * Prints one JSON line.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createIdleCollector, createTypegenWatcher, preferMemory } from '@approute/typegen';

const [root, perKindArg, sectionsFile] = process.argv.slice(2);
const perKind = Number(perKindArg);
/** @type {{ dir: string, url: string }[]} */
const sections = JSON.parse(readFileSync(sectionsFile, 'utf8'));
const output = join(root, '.next/types/routes.d.ts');
const OP_TIMEOUT_MS = 15_000;
/**
 * Pause before each operation, so each one is its own batch and measures a steady state (the
 * watcher's own write comes back from chokidar as an event a few ms after each regeneration). A
 * content edit with no `skip` event is counted as such and still checked to write nothing.
 */
const GAP_MS = 100;
/** How long a content-only edit waits for its `skip` event. */
const EDIT_TIMEOUT_MS = 3000;

/** @type {any[]} */
const events = [];
/** @type {((value?: unknown) => void)[]} */
let listeners = [];
const startedAt = performance.now();
// The same configuration as `approute typegen --watch`: V8 favours memory, and garbage is
// collected while the watcher is idle.
preferMemory();
const collector = createIdleCollector();
const watcher = createTypegenWatcher({
  root,
  onEvent: (event) => {
    if (event.type === 'regenerate') collector?.notify();
    // Keep only what the bench reads: a regeneration event holds the whole route tree, and keeping
    // hundreds of them would be the driver's memory, not the watcher's.
    events.push({
      type: event.type,
      finishedAt: 'finishedAt' in event ? event.finishedAt : undefined,
      outcomes: event.type === 'regenerate' ? event.outcomes.map(({ status }) => ({ status })) : [],
      timings: event.type === 'regenerate' ? event.timings : undefined,
    });
    const waiting = listeners;
    listeners = [];
    for (const wake of waiting) wake();
  },
});
const { initialRunMs, initialPages } = await watcher.ready.then((initial) => ({ initialRunMs: initial.timings.run, initialPages: initial.tree.pages.length }));
const readyMs = performance.now() - startedAt;
collector?.notify();
await watcher.idle();
await new Promise((resolve) => setTimeout(resolve, 100));
const rssAfterReadyMb = process.memoryUsage().rss / 1024 / 1024;


const nextEvent = () => new Promise((resolve) => listeners.push(resolve));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `done(event)` holds for an event that arrived after index `from`; returns it.
 * @param {number} from
 * @param {(event: any) => boolean} done
 */
async function waitForEvent(from, done, timeoutMs = OP_TIMEOUT_MS) {
  const deadline = performance.now() + timeoutMs;
  for (let i = from; ; ) {
    for (; i < events.length; i++) if (done(events[i])) return events[i];
    const remaining = deadline - performance.now();
    if (remaining <= 0) return undefined;
    await Promise.race([nextEvent(), sleep(Math.min(remaining, 200))]);
  }
}

const literal = (url) => `"${url}"`;
const read = () => readFileSync(output, 'utf8');

/**
 * Runs one operation and waits until the output satisfies `fresh`, as seen right after a
 * regeneration. Returns the latency, the number of regenerations it took, and their timings.
 */
async function measureRouteChange(operation, fresh) {
  const from = events.length;
  const start = performance.now();
  operation();
  let regenerations = 0;
  const event = await waitForEvent(from, (e) => {
    if (e.type !== 'regenerate') return false;
    regenerations++;
    return fresh(read());
  });
  await watcher.idle();
  if (!event) return { latency: Number.POSITIVE_INFINITY, regenerations, timings: undefined, missed: true };
  return { latency: event.finishedAt - start, regenerations, timings: event.timings, missed: false };
}

/** @type {Record<string, number[]>} */
const latencies = { 'add page': [], 'remove page': [], 'rename folder': [], 'content-only edit': [] };
/** @type {Record<string, number[]>} */
const regenerations = { 'add page': [], 'remove page': [], 'rename folder': [], 'content-only edit': [] };
/** @type {Record<string, Record<string, number[]>>} */
const stages = {};
const misses = { 'add page': 0, 'remove page': 0, 'rename folder': 0, 'content-only edit': 0 };
/** Edited files' original bytes and renamed folders, to undo the run's edits at the end. */
const originals = new Map();
/** @type {[string, string][]} */
const renamed = [];
let editWrites = 0;
let editsWithoutEvent = 0;
let editSkipsReported = 0;
const record = (kind, result) => {
  latencies[kind].push(result.latency);
  regenerations[kind].push(result.regenerations);
  if (result.missed) misses[kind]++;
  if (result.timings) for (const [stage, ms] of Object.entries(result.timings)) ((stages[kind] ??= {})[stage] ??= []).push(ms);
};

const usable = sections.slice(0, perKind * 2);
if (usable.length < perKind * 2) throw new Error(`need ${perKind * 2} sections, the app has ${sections.length}`);
for (let i = 0; i < perKind; i++) {
  // Add a page in a new folder of a section.
  const host = usable[i];
  const addedDir = join(root, host.dir, `bench-added-${i}`);
  const addedUrl = `${host.url}/bench-added-${i}`;
  await sleep(GAP_MS);
  record('add page', await measureRouteChange(() => {
    mkdirSync(addedDir);
    writeFileSync(join(addedDir, 'page.tsx'), `export default function Added${i}() {\n  return <p>added ${i}</p>;\n}\n`);
  }, (text) => text.includes(literal(addedUrl))));

  // A content-only edit of an existing page.
  await sleep(GAP_MS);
  const before = statSync(output);
  const beforeText = read();
  const from = events.length;
  const start = performance.now();
  const edited = join(root, host.dir, 'page.tsx');
  if (!originals.has(edited)) originals.set(edited, readFileSync(edited));
  appendFileSync(edited, `// edited by the bench (${i})\n`);
  const skip = await waitForEvent(from, (e) => e.type === 'skip' || e.type === 'regenerate', EDIT_TIMEOUT_MS);
  await watcher.idle();
  await sleep(30); // Anything still in chokidar's pipe would arrive now.
  await watcher.idle();
  const after = statSync(output);
  const wrote = events.slice(from).some((e) => e.type === 'regenerate' && e.outcomes.some((o) => o.status === 'written'));
  if (wrote || after.ino !== before.ino || after.mtimeMs !== before.mtimeMs || read() !== beforeText) editWrites++;
  if (skip?.type === 'skip') editSkipsReported++;
  const regenerated = events.slice(from).filter((e) => e.type === 'regenerate').length;
  if (skip) record('content-only edit', { latency: skip.finishedAt - start, regenerations: regenerated, timings: undefined, missed: false });
  else editsWithoutEvent++;

  // Rename a section's folder: its pages move to a new URL.
  const moved = usable[perKind + i];
  const renamedDir = `${moved.dir}-renamed`;
  const renamedUrl = `${moved.url}-renamed`;
  await sleep(GAP_MS);
  renamed.push([join(root, moved.dir), join(root, renamedDir)]);
  record('rename folder', await measureRouteChange(() => renameSync(join(root, moved.dir), join(root, renamedDir)), (text) => text.includes(literal(renamedUrl)) && !text.includes(literal(moved.url))));

  // Remove the page added above.
  await sleep(GAP_MS);
  record('remove page', await measureRouteChange(() => unlinkSync(join(addedDir, 'page.tsx')), (text) => !text.includes(literal(addedUrl))));
  rmdirSync(addedDir);
  await watcher.idle();
}
// The live heap the watcher keeps, after a full collection (the bench passes --expose-gc); taken
// after the last operation, so it does not change the peak RSS reached before.
globalThis.gc?.();
const liveHeapMb = process.memoryUsage().heapUsed / 1024 / 1024;
const rssEndMb = process.memoryUsage().rss / 1024 / 1024;
await watcher.close();
const usage = process.resourceUsage();
// Leave the app as it was generated, so the next bench run can reuse it.
for (const [path, bytes] of originals) writeFileSync(path, bytes);
for (const [from, to] of renamed.reverse()) renameSync(to, from);
process.stdout.write(
  `${JSON.stringify({
    readyMs,
    initialRunMs,
    rssAfterReadyMb,
    liveHeapMb,
    rssEndMb,
    maxRssMb: usage.maxRSS / 1024,
    latencies,
    regenerations,
    stages,
    misses,
    editWrites,
    editSkipsReported,
    editsWithoutEvent,
    edits: perKind,
    pages: initialPages,
  })}\n`,
);
