/**
 * Watch: latency from a file operation to fresh output with `createTypegenWatcher` (the library
 * the CLI's `--watch` is a shell over), at 1,000 and 5,000 routes, and the watcher's peak RSS.
 * Each size runs in its own process (bench/src/watch-worker.mjs) on a freshly generated app; the
 * process's peak RSS (GNU time) is the watcher's, plus the few MB of the driver that performs the
 * operations. `next dev` is not rerun: its figures are the reference measurements of
 * /work/shared/NEXT_FACTS.md (same machine class).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateApp, markAppClean, markAppDirty } from '../lib/generate-app.mjs';
import { formatMb, formatMs, median, percentile, timeProcess } from '../lib/measure.mjs';

/** @typedef {import('../run.mjs').SectionContext} SectionContext */
/** @typedef {import('../run.mjs').SectionResult} SectionResult */

const WORKER = join(dirname(fileURLToPath(import.meta.url)), '../watch-worker.mjs');
const SIZES = [1000, 5000];
const KINDS = ['add page', 'remove page', 'rename folder', 'content-only edit'];
/** `next dev`, add page -> routes.d.ts (NEXT_FACTS.md section 3). */
const NEXT_DEV_ADD_PAGE_MS = { 1000: 960, 5000: 18_500 };
const TARGET_P95_MS = 50;
const TARGET_RSS_MB = 150;

/**
 * @param {SectionContext} context
 * @returns {Promise<SectionResult>}
 */
export async function runWatchSection({ workDir, quick, log }) {
  const perKind = quick ? 15 : 60;
  /** @type {{ size: number, files: number, result: any, rssMb: number | undefined }[]} */
  const rows = [];
  for (const size of SIZES) {
    const app = generateApp({ root: join(workDir, `watch-${size}`), routes: size, reuse: true });
    const sectionsFile = join(workDir, `watch-${size}.sections.json`);
    writeFileSync(sectionsFile, JSON.stringify(app.sections));
    log(`watch: ${size} routes (${app.files} files), ${perKind} operations of each kind`);
    // The worker undoes its edits when it ends; until then the app is not reusable as generated.
    markAppDirty(app.root);
    const sample = timeProcess(process.execPath, ['--expose-gc', WORKER, app.root, String(perKind), sectionsFile]);
    if (sample.status !== 0) throw new Error(`watch worker failed at ${size} routes (exit ${sample.status}): ${sample.stderr}`);
    markAppClean(app, 42);
    const result = JSON.parse(sample.stdout.trim().split('\n').pop() ?? '');
    // JSON has no Infinity: a timed-out operation comes back as null.
    for (const kind of KINDS) result.latencies[kind] = result.latencies[kind].map((ms) => (ms === null ? Number.POSITIVE_INFINITY : ms));
    rows.push({ size, files: app.files, result, rssMb: sample.rssMb ?? result.maxRssMb });
    log(`watch: ${size} routes: ${KINDS.map((kind) => `${kind} p50 ${formatMs(percentile(result.latencies[kind], 50))} p95 ${formatMs(percentile(result.latencies[kind], 95))}`).join('; ')}; peak RSS ${formatMb(sample.rssMb)}`);
  }

  const table = [
    '| routes (files) | operation | n | p50 | p95 | max | regenerations per operation | timed out (15 s) | `next dev` (reference, not rerun) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { size, files, result } of rows) {
    for (const kind of KINDS) {
      const values = result.latencies[kind];
      const regenerations = result.regenerations[kind];
      const mean = regenerations.reduce((sum, n) => sum + n, 0) / regenerations.length;
      const reference = kind === 'add page' ? formatMs(NEXT_DEV_ADD_PAGE_MS[size]) : kind === 'content-only edit' ? 're-walks and rewrites all 5 files' : '';
      table.push(`| ${size.toLocaleString('en-US')} (${files.toLocaleString('en-US')}) | ${kind}${kind === 'content-only edit' ? ' (to the watcher\'s "skip")' : ''} | ${values.length} | ${formatMs(percentile(values, 50))} | ${formatMs(percentile(values, 95))} | ${formatMs(Math.max(...values))} | ${mean.toFixed(2)} | ${kind === 'content-only edit' ? `${result.editsWithoutEvent} without a \`skip\` event` : result.misses[kind]} | ${reference} |`);
    }
  }
  const stageTable = [
    '| routes | operation | wait (debounce) | update | tree | render | write | run |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { size, result } of rows) {
    for (const kind of KINDS.filter((k) => result.stages[k])) {
      const s = result.stages[kind];
      stageTable.push(`| ${size.toLocaleString('en-US')} | ${kind} | ${['wait', 'update', 'tree', 'render', 'write', 'run'].map((stage) => formatMs(median(s[stage] ?? []))).join(' | ')} |`);
    }
  }
  const memory = [
    '| routes | ready (initial run + chokidar ready) | initial run | RSS when ready | live V8 heap at the end (after a full GC) | RSS at the end (after that GC) | peak RSS (process) | content-only edits that wrote | edits reported by a `skip` event |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(({ size, result, rssMb }) => `| ${size.toLocaleString('en-US')} | ${formatMs(result.readyMs)} | ${formatMs(result.initialRunMs)} | ${formatMb(result.rssAfterReadyMb)} | ${formatMb(result.liveHeapMb)} | ${formatMb(result.rssEndMb)} | ${formatMb(rssMb)} | ${result.editWrites} of ${result.edits} | ${result.editSkipsReported} of ${result.edits} |`),
  ];

  const big = rows.find((row) => row.size === 5000);
  const routeKinds = KINDS.filter((kind) => kind !== 'content-only edit');
  const worstP95 = big ? Math.max(...routeKinds.map((kind) => percentile(big.result.latencies[kind], 95))) : Number.NaN;
  const markdown = [
    `The same seeded apps as the cold run (copies of their own). One process per size runs \`createTypegenWatcher\` with its default options and performs the operations one at a time, ${perKind} of each kind, interleaved (add, edit, rename, remove), 100 ms apart:`,
    '',
    '- **add page**: a new folder with a `page.tsx` under an existing section; fresh when the output file holds the new route literal;',
    '- **remove page**: unlink one of those pages; fresh when the literal is gone;',
    '- **rename folder**: rename a section folder (its pages, layouts and subfolders move to a new URL); fresh when the output holds the new URL and not the old;',
    '- **content-only edit**: append a line to an existing `page.tsx`; measured to the watcher\'s `skip` event, and checked to write nothing: the output\'s inode, mtime and bytes are unchanged and no regeneration wrote, up to 30 ms after the watcher is idle. An edit the watcher reports no `skip` event for (none is expected; an earlier watcher folded an edit that landed a few ms after a regeneration into the batch of its own output\'s event and reported nothing) is counted below ("edits reported by a `skip` event") and left out of the latency, but still checked to write nothing.',
    '',
    'Latency runs from just before the file operation to the end of the regeneration after which the output file (read back from disk) is fresh; it includes chokidar\'s notification and the watcher\'s debounce (the "wait" column below).',
    '',
    ...table,
    '',
    'Where the time goes (medians of the watcher\'s own timings, ms):',
    '',
    ...stageTable,
    '',
    ...memory,
    '',
    'The live heap is what the watcher keeps (its route index, tree and rendered file) after a full garbage collection at the end; the peak RSS is reached between collections, when the garbage of past regenerations (each builds a new tree and output string) has not been collected yet, on top of Node itself (about 40 MB, see the cold run\'s floor) and chokidar\'s watch handles.',
    '',
    '`next dev` reference (NEXT_FACTS.md, measured with next 16.4.6 on the same machine class; not rerun here): adding a page to fresh `routes.d.ts` takes 0.075 s at 100 routes, 0.96 s at 1,000 and 18.5 s at 5,000, because it re-walks all files and rewrites all five type files on every file event, content edits included. React Router\'s `typegen --watch` takes 3.3 s per route change at 5,000 routes, TanStack Router\'s generator 0.65 s.',
  ].join('\n');
  return {
    title: 'Watch: `createTypegenWatcher` (`approute typegen --watch`)',
    markdown,
    targets: [
      { name: 'watch at 5,000 routes: p95 from add page / remove page / rename folder to fresh output <= 50 ms', pass: worstP95 <= TARGET_P95_MS, detail: big ? routeKinds.map((kind) => `${kind} ${formatMs(percentile(big.result.latencies[kind], 95))}`).join(', ') : 'n/a' },
      { name: 'watch at 5,000 routes: no write for content-only edits', pass: big ? big.result.editWrites === 0 : undefined, detail: big ? `${big.result.editWrites} writes in ${big.result.edits} edits` : 'n/a' },
      { name: 'watch at 5,000 routes: peak RSS <= 150 MB', pass: big?.rssMb !== undefined ? big.rssMb <= TARGET_RSS_MB : undefined, detail: formatMb(big?.rssMb) },
    ],
  };
}
