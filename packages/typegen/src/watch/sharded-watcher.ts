/**
 * chokidar, started in shards. One chokidar watcher on a whole app directory walks every folder
 * at once with unbounded concurrency: at 5,000 routes its initial walk peaked at ~200 MB of RSS
 * for ~20 MB of live data (measured on a synthetic app). Shards walk one after the other:
 *
 * - `top` watches the project root down to the router directories' own entries (depth 1, or 2
 *   for `src/app`), so it sees next.config, tsconfig.json, the router directories appearing and
 *   disappearing, files directly in them, and new folders directly in them;
 * - each shard watches a group of the router directories' child folders, recursively; shards are
 *   started in turn, each awaited until ready;
 * - `outputs` watches the folders of the generated files, so a deleted output is noticed.
 *
 * All of them share one ignore predicate (the watch plan) and one event sink.
 */
import { readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { ChokidarOptions, FSWatcher } from 'chokidar';
import type { WatchEventName } from './event-queue.js';
import { isIgnoredPath, roleOf, type WatchPlan } from './watch-plan.js';

/**
 * How much one shard walks at once: child folders are grouped until the group holds this many
 * known route files (or SHARD_MAX_FOLDERS folders). Measured at 5,000 routes (7,100 folders):
 * groups of ~30 subtrees of 100 folders peaked at 230 MB of RSS, groups of ~4 at 130 MB.
 */
const SHARD_WEIGHT = 400;

/**
 * chokidar's `watch`, loaded when the first watcher starts: `approute typegen` and the ESLint plugin
 * import @approute/typegen too, and should not pay for loading chokidar.
 */
let watchFiles: typeof import('chokidar').watch;
const SHARD_MAX_FOLDERS = 64;

export interface ShardedWatcherOptions {
  readonly root: string;
  readonly plan: WatchPlan;
  /** A project-relative path and what happened to it. */
  readonly onEvent: (rel: string, event: WatchEventName) => void;
  readonly onError: (error: Error) => void;
  /** Route files known below a folder (project-relative), to size the shards. */
  readonly weight: (rel: string) => number;
}

export class ShardedWatcher {
  private readonly watchers: FSWatcher[] = [];
  private closed = false;
  private readonly toRel: (path: string) => string;
  private readonly common: ChokidarOptions;

  private constructor(private readonly options: ShardedWatcherOptions) {
    const { root, plan } = options;
    this.toRel = (path) => relative(root, path).split(sep).join('/');
    this.common = {
      ignoreInitial: true,
      // Atomic-write detection delays every unlink by 100 ms; the event queue already folds an
      // unlink and an add of one path into nothing, so it is off for a faster removal.
      atomic: false,
      // A link is reported as itself; the index rescans the tree when one appears (see RouteIndex).
      followSymlinks: false,
      // An unreadable folder is reported by the scan (TG012) and retried; chokidar stays quiet.
      ignorePermissionErrors: true,
      ignored: (path: string, stats?: { isFile(): boolean; isDirectory(): boolean }) => isIgnoredPath(plan, this.toRel(path), stats),
    };
  }

  /** Starts every watcher; resolves when all are ready. */
  static async start(options: ShardedWatcherOptions): Promise<ShardedWatcher> {
    watchFiles ??= (await import('chokidar')).watch;
    const sharded = new ShardedWatcher(options);
    await sharded.startAll();
    return sharded;
  }

  private async startAll(): Promise<void> {
    const { root, plan } = this.options;
    const depth = Math.max(1, ...plan.routers.map(({ dir }) => dir.split('/').length));
    const top = this.spawn(root, { depth })!;
    top.on('addDir', (path) => {
      // A new folder directly in a router directory: top does not go below it, a shard does.
      const role = roleOf(plan, this.toRel(path));
      if (role.role === 'route' && role.dirs.length === 0) this.add(this.toRel(path));
    });
    await ready(top);
    const outputDirs = [...new Set(plan.outputs.map((out) => out.split('/')[0]!))].filter((first) => !plan.outputs.includes(first));
    if (outputDirs.length > 0) await ready(this.spawn(outputDirs.map((dir) => join(root, dir))));
    for (const { dir } of plan.routers) {
      let children: string[];
      try {
        children = readdirSync(join(root, dir), { withFileTypes: true })
          .filter((entry) => entry.isDirectory() && !isIgnoredPath(plan, `${dir}/${entry.name}`, entry))
          .map((entry) => join(root, dir, entry.name));
      } catch {
        continue; // Gone or unreadable: top reports it.
      }
      let group: string[] = [];
      let weight = 0;
      for (const child of children) {
        group.push(child);
        weight += 1 + this.options.weight(this.toRel(child));
        if (weight >= SHARD_WEIGHT || group.length >= SHARD_MAX_FOLDERS) {
          if (this.closed) return;
          await ready(this.spawn(group));
          group = [];
          weight = 0;
        }
      }
      if (group.length > 0 && !this.closed) await ready(this.spawn(group));
    }
  }

  /** Watches folders (again): a new folder in a router directory, folders that could not be read. */
  add(...rels: string[]): void {
    if (this.closed || rels.length === 0) return;
    this.spawn(rels.map((rel) => join(this.options.root, rel)));
  }

  private spawnThroughAncestor(target: string): void {
    const parts = target.split('/');
    const clean = parts.findIndex((part) => part.includes('\\'));
    const ancestor = parts.slice(0, clean).join('/');
    const seen = target.replace(/\\/g, '/');
    const { root, plan } = this.options;
    this.spawn(join(root, ancestor), {
      // chokidar hands its ignore predicate paths with `\` already turned into `/`.
      ignored: (path: string, stats?: { isFile(): boolean; isDirectory(): boolean }) => {
        const rel = this.toRel(path);
        const onTheWay = rel === ancestor || seen.startsWith(`${rel}/`) || rel === seen || rel.startsWith(`${seen}/`);
        return !onTheWay || isIgnoredPath(plan, rel, stats);
      },
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.watchers.map((watcher) => watcher.close()));
    this.watchers.length = 0;
  }

  private spawn(paths: string | string[], extra: Partial<ChokidarOptions> = {}): FSWatcher | undefined {
    const list = typeof paths === 'string' ? [paths] : paths;
    const plain = list.filter((path) => !path.includes('\\'));
    // chokidar turns `\` into `/` in the paths it is given (not in the ones it finds), so a
    // folder named `a\b` is watched from its nearest ancestor without one, filtered down to it.
    for (const path of list) if (path.includes('\\')) this.spawnThroughAncestor(this.toRel(path));
    if (plain.length === 0) return undefined;
    const watcher = watchFiles(plain, { ...this.common, ...extra });
    this.watchers.push(watcher);
    const { onEvent, onError, plan } = this.options;
    watcher.on('all', (event, path) => onEvent(this.toRel(path), event as WatchEventName));
    // chokidar drops a second event of one path that comes quickly after the first (measured: an
    // add, then an unlink 30 ms later, reports only the add). The raw events of the folders it
    // watches are never dropped: each marks the path it names, and the batch checks the disk.
    watcher.on('raw', (_event, name, details) => {
      const watched = (details as { watchedPath?: string } | undefined)?.watchedPath;
      if (!watched || typeof name !== 'string' || name === '') return;
      // A file's own watcher names the file; a folder's watcher names a child (or the folder itself).
      const candidates = basename(watched) === name ? [watched, join(watched, name)] : [join(watched, name)];
      for (const candidate of candidates) {
        const rel = this.toRel(candidate);
        const role = roleOf(plan, rel).role;
        if (role !== 'none' && role !== 'excluded') onEvent(rel, 'raw');
      }
    });
    watcher.on('error', (error) => onError(error as Error));
    return watcher;
  }
}

function ready(watcher: FSWatcher | undefined): Promise<void> {
  return new Promise((resolve) => (watcher ? watcher.once('ready', () => resolve()) : resolve()));
}
