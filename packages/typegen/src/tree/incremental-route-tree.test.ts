/**
 * The incremental tree against the full build: seeded random sequences of added and removed route
 * files of every kind, and after every step the incremental tree must deep-equal `buildRouteTree`
 * over the same file set (same lists in the same order, same diagnostics in the same order).
 */
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode, RouteFile, RouteTree } from '../model.js';
import { classifyFile } from '../scan/classify-file.js';
import { buildRouteTree, type BuildRouteTreeOptions } from './build-route-tree.js';
import { IncrementalRouteTree } from './incremental-route-tree.js';
import { byString, sortedWith, sortedWithout } from './sorted-array.js';
import { seededRandom as random } from '../../test/helpers/random.js';

/**
 * Few names, so files collide: same URLs through groups (TG007), sibling dynamic names (TG002),
 * repeated and near-repeated params (TG004), catch-alls in the middle (TG003), optional catch-alls
 * beside a page (TG005), pages beside handlers (TG006), slots without layouts (TG010), invalid
 * names (TG009), interceptions above the root (TG008), no root layout (TG014).
 */
const FOLDERS = [
  'a', 'b', 'a', 'b', '[id]', '[id]', '[slug]', '[i-d]', '[...rest]', '[[...opt]]', '[...all]', '[[...o2]]',
  '(g)', '(h)', '@modal', '@side', '@children', '(.)a', '(..)b', '(...)a', '(..)(..)c', '_private', '[]', '[[x]]',
];
const APP_FILES = ['page.tsx', 'page.js', 'route.ts', 'layout.tsx', 'layout.js', 'default.tsx', 'loading.tsx', 'icon.png', 'opengraph-image.tsx', 'sitemap.ts'];
const PAGES_NAMES = ['a', 'b', 'index', '[id]', '[slug]', 'api'];
const OPTIONS = { pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'mdx'] };

function randomFile(next: () => number, deep = false): RouteFile | undefined {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  if (next() < 0.12) {
    const dirs = next() < 0.5 ? [] : [pick(PAGES_NAMES)];
    return classifyFile('pages', 'pages', dirs, `${pick(PAGES_NAMES)}.tsx`, OPTIONS);
  }
  // Root layouts come and go often enough for TG014 to appear and disappear.
  if (next() < 0.06) return classifyFile('app', 'app', [], pick(['layout.tsx', 'layout.js']), OPTIONS);
  // Mostly shallow, so that files collide; `deep` spreads them over more paths, for large sets.
  const depth = deep ? 1 + Math.floor(next() * 4) : Math.floor(next() * next() * 5);
  const dirs = Array.from({ length: depth }, () => pick(FOLDERS));
  // Large sets: most files below one dynamic folder or in one slot, so some lists grow long.
  if (deep && next() < 0.6) dirs.unshift(next() < 0.7 ? '[locale]' : '@modal');
  return classifyFile('app', 'app', dirs, pick(APP_FILES), OPTIONS);
}

/** Fresh RouteFile objects, as the watcher's index makes them for every event. */
const copyOf = (file: RouteFile): RouteFile => ({ ...file, dirs: [...file.dirs] });

interface RunStats {
  operations: number;
  codes: Map<DiagnosticCode, number>;
  /** TG007 about a pages-router file: an app/pages conflict. */
  appPagesConflicts: number;
  maxFiles: number;
}

/**
 * One seeded run: `steps` batches of one to a few adds and removes, each checked against the full
 * build. Returns what the trees held, so the caller can tell that the run tested something.
 */
function runSequence(seed: number, steps: number, options: BuildRouteTreeOptions, stats: RunStats, maxTarget = 75): void {
  const next = random(seed);
  const files = new Map<string, RouteFile>();
  const tree = new IncrementalRouteTree(options);
  expect(tree.reset([])).toStrictEqual(buildRouteTree([], options));
  // Drifts between a small and a larger target size so that sets fill up and drain.
  let target = 10;
  for (let step = 0; step < steps; step++) {
    if (step % 100 === 0) target = 5 + Math.floor(next() * (maxTarget - 5));
    const added = new Map<string, RouteFile>();
    const removed = new Set<string>();
    const size = next() < 0.8 ? 1 : 2 + Math.floor(next() * 6);
    for (let op = 0; op < size; op++) {
      const grow = files.size < target ? next() < 0.7 : next() < 0.35;
      if (grow || files.size === 0) {
        const file = randomFile(next, maxTarget > 100);
        if (!file || files.has(file.path) || removed.has(file.path)) continue;
        files.set(file.path, file);
        added.set(file.path, copyOf(file));
      } else {
        const paths = [...files.keys()];
        const path = paths[Math.floor(next() * paths.length)]!;
        files.delete(path);
        if (!added.delete(path)) removed.add(path);
      }
    }
    const actual = tree.update(added.values(), removed);
    const expected = buildRouteTree([...files.values()].map(copyOf), options);
    expect(actual, `seed ${seed}, step ${step}: +${[...added.keys()].join(' +')} -${[...removed].join(' -')}`).toStrictEqual(expected);
    stats.operations += added.size + removed.size;
    stats.maxFiles = Math.max(stats.maxFiles, files.size);
    for (const { code, file } of expected.diagnostics) {
      stats.codes.set(code, (stats.codes.get(code) ?? 0) + 1);
      if (code === 'TG007' && file.startsWith('pages/')) stats.appPagesConflicts++;
    }
  }
  // A reset from the same files gives the same tree as the updates did.
  expect(tree.reset([...files.values()])).toStrictEqual(buildRouteTree([...files.values()], options));
}

describe('IncrementalRouteTree', () => {
  it('equals buildRouteTree after every step of seeded random add/remove sequences, with every tree diagnostic produced', () => {
    const stats: RunStats = { operations: 0, codes: new Map(), appPagesConflicts: 0, maxFiles: 0 };
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) runSequence(seed * 7919, 600, {}, stats);
    expect(stats.operations).toBeGreaterThan(5000);
    expect(stats.maxFiles).toBeGreaterThan(40);
    const codes: DiagnosticCode[] = ['TG002', 'TG003', 'TG004', 'TG005', 'TG006', 'TG007', 'TG008', 'TG009', 'TG010', 'TG014'];
    for (const code of codes) expect(stats.codes.get(code) ?? 0, code).toBeGreaterThan(0);
    expect(stats.appPagesConflicts).toBeGreaterThan(0);
  });

  it('stays equal with sets of hundreds of files, whose long lists change in place', () => {
    const stats: RunStats = { operations: 0, codes: new Map(), appPagesConflicts: 0, maxFiles: 0 };
    runSequence(99991, 1200, {}, stats, 400);
    expect(stats.maxFiles).toBeGreaterThan(150);
  });

  it('keeps sorted lists sorted, short ones as copies and long ones in place', () => {
    const next = random(5);
    let list: readonly string[] = [];
    const model: string[] = [];
    for (let step = 0; step < 2000; step++) {
      const value = `v${Math.floor(next() * 40)}`;
      if (next() < 0.55) {
        if (model.includes(value)) continue;
        list = sortedWith(list, value, byString);
        model.push(value);
      } else {
        const after = sortedWithout(list, value, byString);
        expect(after === undefined).toBe(!model.includes(value));
        if (after) list = after;
        if (model.includes(value)) model.splice(model.indexOf(value), 1);
      }
      expect(list).toEqual([...model].sort());
    }
  });

  it('keeps the redirects and rewrites of its options', () => {
    const options = { redirects: ['/old/:id', '/x'], rewrites: ['/r/:path*'], configFile: 'next.config.mjs' };
    const stats: RunStats = { operations: 0, codes: new Map(), appPagesConflicts: 0, maxFiles: 0 };
    runSequence(424242, 60, options, stats);
    expect(buildRouteTree([], options).redirects.length).toBeGreaterThan(0);
  });

  it("orders one file's sibling-name errors shallow prefix first, whichever conflict came first", () => {
    const page = (...dirs: string[]) => classifyFile('app', 'app', dirs, 'page.tsx', OPTIONS)!;
    const layout = classifyFile('app', 'app', [], 'layout.tsx', OPTIONS)!;
    // app/(g)/[z]/[y] is the first file (by path) of `[z]` under `/` and of `[y]` under `/[z]`.
    const files = [layout, page('(g)', '[z]', '[y]'), page('[z]', '[x]')];
    const tree = new IncrementalRouteTree();
    tree.reset(files);
    // The conflict under `/` comes second.
    const actual = tree.update([page('[a]')], [])!;
    const expected = buildRouteTree([...files, page('[a]')]);
    expect(expected.diagnostics.filter(({ file }) => file === 'app/(g)/[z]/[y]/page.tsx').map(({ code }) => code)).toEqual(['TG002', 'TG002']);
    expect(actual).toStrictEqual(expected);
  });

  it('hands out trees that later updates do not change', () => {
    const page = (dir: string) => classifyFile('app', 'app', [dir], 'page.tsx', OPTIONS)!;
    const tree = new IncrementalRouteTree();
    const first: RouteTree = tree.reset([classifyFile('app', 'app', [], 'layout.tsx', OPTIONS)!, page('a')]);
    const snapshot = structuredClone(first);
    tree.update([page('b')], ['app/a/page.tsx']);
    expect(first).toStrictEqual(snapshot);
  });

  it('refuses a change that does not fit its files, so the caller rebuilds', () => {
    const page = classifyFile('app', 'app', ['a'], 'page.tsx', OPTIONS)!;
    const tree = new IncrementalRouteTree();
    tree.reset([page]);
    expect(tree.update([], ['app/missing/page.tsx'])).toBeUndefined();
    expect(new IncrementalRouteTree().update([page, copyOf(page)], [])).toBeUndefined();
  });
});
