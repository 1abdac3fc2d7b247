/**
 * `approute typegen --watch` as a library: chokidar -> event queue -> incremental update of the
 * route index -> tree -> render -> compare-before-write.
 *
 * The output depends only on the paths of route files and on next.config, so:
 * - a file event is resolved by path alone: the file is classified by its name, never read, and a
 *   content edit (`change`) changes nothing;
 * - add / unlink / addDir / unlinkDir update the index where they happened: a new folder is
 *   scanned on its own, a removed one takes what was below it; an unlink and an add in one batch
 *   (a rename, an editor's atomic save) are one update;
 * - every path of a batch is checked against the disk when the batch runs, so the result follows
 *   the disk, not the order or the completeness of the events;
 * - a change of next.config or of which router directories exist rebuilds from scratch: new
 *   context, full scan, and a new chokidar watcher when what is watched changed.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic, RouteFile, RouteTree, VirtualFile } from '../model.js';
import {
  buildTree,
  emitFiles,
  loadProjectContext,
  renderFiles,
  routerDirDiagnostics,
  scanProject,
  sortDiagnostics,
  treeOptionsOf,
  type ProjectContext,
} from '../pipeline.js';
import { writeIfChanged, type FileOutcome } from '../write/write-files.js';
import { IncrementalRouteTree } from '../tree/incremental-route-tree.js';
import { EventQueue, type EventBatch, type WatchEventName } from './event-queue.js';
import { RouteIndex, emptyChange, type IndexChange } from './route-index.js';
import { ShardedWatcher } from './sharded-watcher.js';
import { planOf, roleOf, samePlan, type WatchPlan } from './watch-plan.js';

export interface TypegenWatcherOptions {
  /** The Next project's root. */
  readonly root: string;
  /** Output file, as for `runTypegen`. */
  readonly out?: string;
  /** Called for every regeneration, skipped batch and warning. Exceptions it throws are ignored. */
  readonly onEvent?: (event: TypegenWatchEvent) => void;
  /** Quiet time after the last file event before the batch runs. Default 5 ms: the native events of one operation (a rename, mkdir + write, an editor's safe write) come within a millisecond. */
  readonly debounceMs?: number;
  /** Longest an event waits while events keep coming. Default 100 ms. */
  readonly maxWaitMs?: number;
  /** How often folders that could not be read are tried again. Default 1000 ms. */
  readonly retryMs?: number;
  /**
   * Quiet time after a batch of events before the audit: one full rescan that corrects (and
   * reports, as a regeneration of cause `audit`) anything the file watcher missed. During steady
   * activity it runs at the latest ten times this after the first batch; never while nothing
   * happens. Default 1000 ms; 0 turns it off.
   */
  readonly auditMs?: number;
}

/** Milliseconds per stage of one regeneration. */
export interface WatchTimings {
  /** From the first file event of the batch to the start of the run (debounce and queueing). */
  readonly wait: number;
  /** Updating the index (or the full scan of a rebuild). */
  readonly update: number;
  readonly tree: number;
  readonly render: number;
  readonly write: number;
  /** From the start of the run to the end of the write. */
  readonly run: number;
}

/** Why a regeneration happened. */
export type RegenerationCause =
  /** The first full run, before watching starts. */
  | 'initial'
  /** The full rescan once chokidar is watching, which catches what changed in between. */
  | 'catch-up'
  /** Route files were added or removed. */
  | 'incremental'
  /** next.config, the router directories or a symlink changed: context and scan from scratch. */
  | 'rebuild'
  /** The output was deleted or overwritten by someone else and was written again. */
  | 'restore'
  /** The audit's rescan found changes the file watcher had not reported. */
  | 'audit';

interface EventTimes {
  /**
   * `performance.now()` of the first file event of the batch (absent for `initial`): with
   * `finishedAt`, the latency from the file system's notification to fresh output.
   */
  readonly eventAt?: number;
  /** `performance.now()` when the run ended (output written or found unchanged). */
  readonly finishedAt: number;
  /** Wall-clock time of `finishedAt` (epoch milliseconds), to compare across processes. */
  readonly time: number;
}

/** One run of the generator: the index changed, the output was rendered and compared. */
export interface RegenerationEvent extends EventTimes {
  readonly type: 'regenerate';
  readonly cause: RegenerationCause;
  /** For a rebuild: what triggered it (`next.config.mjs changed`, `app/ created`...). */
  readonly reason?: string;
  /** The paths of the batch's file events, project-relative, sorted (empty for initial and catch-up). */
  readonly paths: readonly string[];
  /** Route files that appeared and went away, project-relative, sorted. */
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** One per generated file: `written` when its bytes changed, else `unchanged`. Empty with no router directory. */
  readonly outcomes: readonly FileOutcome[];
  readonly tree: RouteTree;
  /** All current diagnostics (config, router directories, scan, tree), sorted. */
  readonly diagnostics: readonly Diagnostic[];
  /** Whether they differ from the previous regeneration's. */
  readonly diagnosticsChanged: boolean;
  readonly timings: WatchTimings;
}

/** A batch of events that could not change the output (content edits, tsconfig.json): nothing was written. */
export interface SkipEvent extends EventTimes {
  readonly type: 'skip';
  readonly paths: readonly string[];
  readonly reason: 'no-route-change' | 'tsconfig';
}

/** Something went wrong that is not about the routes (a watch limit, an unwritable output); the watcher goes on. */
export interface WarningEvent {
  readonly type: 'warning';
  readonly message: string;
  readonly time: number;
}

export type TypegenWatchEvent = RegenerationEvent | SkipEvent | WarningEvent;

export interface TypegenWatcher {
  /** The project root, resolved. */
  readonly root: string;
  /**
   * Resolves with the initial regeneration once the output is written and the file system is
   * watched; rejects with TypegenUsageError for bad options (a missing root, --out outside it).
   */
  readonly ready: Promise<RegenerationEvent>;
  /** Resolves when every event received so far has been processed and no run is in flight. */
  idle(): Promise<void>;
  /** Stops watching; resolves when the run in flight (if any) has finished. */
  close(): Promise<void>;
  /** The current project context, route tree, diagnostics and rendered files. */
  snapshot(): WatcherSnapshot;
}

export interface WatcherSnapshot {
  readonly context: ProjectContext;
  readonly tree: RouteTree;
  readonly diagnostics: readonly Diagnostic[];
  readonly files: readonly VirtualFile[];
}

const DEFAULT_DEBOUNCE_MS = 5;
const DEFAULT_MAX_WAIT_MS = 100;
const DEFAULT_RETRY_MS = 1000;
/**
 * More restores than this within RESTORE_WINDOW_MS means another writer answers each of ours:
 * stop fighting it for the rest of the window. (`next dev` rewrites its copy of routes.d.ts once
 * per route change, which the watcher puts back each time: that is far below this.)
 */
const MAX_RESTORES = 20;
const RESTORE_WINDOW_MS = 10_000;
const CONFIG_RECHECK_MS = 75;
/** Changes of up to this many files (or an eighth of the index) update the tree in place; larger ones rebuild it. */
const MAX_INCREMENTAL_FILES = 256;
const DEFAULT_AUDIT_MS = 1000;
const AUDIT_MAX_WAIT = 10;
const NEW_FOLDER_RECHECK_MS = 100;

const epoch = (at: number) => performance.timeOrigin + at;
const diagnosticsKey = (diagnostics: readonly Diagnostic[]) => JSON.stringify(diagnostics);
/** Everything a context holds comes from next.config and the router directories: any difference means a rebuild. */
const contextKey = (context: ProjectContext) => JSON.stringify(context);

/**
 * Starts watching a Next project and keeps its route types fresh: a full run first, then one
 * incremental regeneration per batch of file events. Never throws on the user's tree: problems
 * are diagnostics in the events, and the watcher recovers when they are fixed.
 *
 * @example
 * const watcher = createTypegenWatcher({ root: 'apps/web', onEvent: (e) => console.log(e.type) });
 * await watcher.ready;
 * // ... later
 * await watcher.close();
 */
export function createTypegenWatcher(options: TypegenWatcherOptions): TypegenWatcher {
  return new Watcher(options).api;
}

class Watcher {
  readonly api: TypegenWatcher;
  private context!: ProjectContext;
  private plan!: WatchPlan;
  private index!: RouteIndex;
  private tree!: RouteTree;
  /**
   * The route tree kept up to date with the index, for incremental regenerations. A full run drops
   * it and builds it again once the run is over (it costs 2-3 times buildTree, so it stays out of
   * the way of startup and of the full run's latency).
   */
  private incremental: IncrementalRouteTree | undefined;
  private incrementalTimer: NodeJS.Timeout | undefined;
  private files: VirtualFile[] = [];
  private diagnostics: Diagnostic[] = [];
  private watcher: ShardedWatcher | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private auditTimer: NodeJS.Timeout | undefined;
  private lastActivityAt = 0;
  private restores: number[] = [];
  private closed = false;
  private readonly queue: EventQueue;

  constructor(private readonly options: TypegenWatcherOptions) {
    this.queue = new EventQueue({
      debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
      maxWaitMs: options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS,
      run: (batch) => this.processBatch(batch),
      onError: (error) => this.warn(`internal error while regenerating, the watcher goes on: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    });
    const ready = this.start();
    // A rejection nobody awaits must not crash the process: callers see it through `ready`.
    ready.catch(() => {});
    this.api = {
      root: resolve(options.root),
      ready,
      idle: () => this.queue.idle(),
      close: () => this.close(),
      snapshot: () => ({ context: this.context, tree: this.tree, diagnostics: this.diagnostics, files: this.files }),
    };
  }

  private async start(): Promise<RegenerationEvent> {
    const startedAt = performance.now();
    this.context = loadProjectContext(this.options);
    this.plan = planOf(this.context);
    this.index = new RouteIndex(this.context.root, this.plan);
    const initial = this.fullRun('initial', undefined, startedAt);
    this.emit(initial);
    await this.watch();
    if (this.closed) return initial;
    // Whatever changed between the initial scan and chokidar's readiness is caught here.
    const catchUp = this.fullRun('catch-up', undefined, performance.now());
    if (catchUp.added.length + catchUp.removed.length > 0 || catchUp.diagnosticsChanged) this.emit(catchUp);
    this.scheduleRetries();
    return initial;
  }

  private async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.retryTimer = undefined;
    if (this.auditTimer) clearTimeout(this.auditTimer);
    if (this.incrementalTimer) clearTimeout(this.incrementalTimer);
    await this.ready().catch(() => {});
    await this.queue.close();
    await this.watcher?.close();
    this.watcher = undefined;
  }

  private ready(): Promise<RegenerationEvent> {
    return this.api.ready;
  }

  /** Starts (or restarts, after the plan changed) the chokidar watchers; resolves when they are ready. */
  private async watch(): Promise<void> {
    const previous = this.watcher;
    this.watcher = undefined;
    await previous?.close();
    if (this.closed) return;
    const watcher = await ShardedWatcher.start({
      root: this.context.root,
      plan: this.plan,
      onEvent: (rel, event) => this.queue.push(rel, event),
      weight: (rel) => this.index.countBelow(rel),
      onError: (error) => {
        const code = (error as NodeJS.ErrnoException).code;
        this.warn(
          code === 'ENOSPC'
            ? `the system's limit on watched folders is reached (ENOSPC), so some changes will be missed. Raise it (Linux: sudo sysctl fs.inotify.max_user_watches=524288) and restart the watcher.`
            : `the file watcher reported ${code ?? ''} ${error.message}`,
        );
      },
    });
    this.watcher = watcher;
    if (this.closed) await watcher.close();
  }

  /** Runs one batch of events. */
  private async processBatch(batch: EventBatch): Promise<void> {
    if (this.closed) return;
    const startedAt = performance.now();
    if (batch.paths.get('')?.includes('audit')) {
      this.audit(startedAt);
      if (batch.paths.size === 1) return;
    } else {
      this.scheduleAudit();
    }
    const paths = [...batch.paths.keys()].sort();
    const routePaths: string[] = [];
    let contextTrigger: string | undefined;
    let contextPath: string | undefined;
    let outputTouched = false;
    let tsconfigTouched = false;
    for (const [path, events] of batch.paths) {
      const role = roleOf(this.plan, path);
      if (role.role === 'config' || role.role === 'router-dir') {
        contextTrigger ??= `${path}${describeEvents(events)}`;
        if (role.role === 'config') contextPath ??= path;
      }
      else if (role.role === 'output') outputTouched = true;
      else if (role.role === 'tsconfig') tsconfigTouched = true;
      else if (role.role === 'route') routePaths.push(path);
    }

    if (contextTrigger !== undefined) {
      // chokidar drops a second `change` of one path within 50 ms: look at the config once more
      // a little later, so a quick second save is never lost (a no-op when nothing changed).
      if (contextPath !== undefined && !batch.paths.get(contextPath)!.includes('retry')) {
        const path = contextPath;
        setTimeout(() => this.queue.push(path, 'retry'), CONFIG_RECHECK_MS).unref();
      }
      let next: ProjectContext;
      try {
        next = loadProjectContext(this.options);
      } catch (error) {
        this.warn(`could not read the project again (${error instanceof Error ? error.message : String(error)}); keeping the last state.`);
        return;
      }
      if (contextKey(next) !== contextKey(this.context)) {
        const nextPlan = planOf(next);
        const before = this.index.routeFiles();
        this.context = next;
        if (!samePlan(nextPlan, this.plan)) {
          this.plan = nextPlan;
          this.index = new RouteIndex(next.root, nextPlan);
          await this.watch();
          if (this.closed) return;
        }
        this.emit(this.fullRun('rebuild', contextTrigger, startedAt, { eventAt: batch.firstEventAt, paths, before }));
        this.scheduleRetries();
        return;
      }
    }

    const change = emptyChange();
    const scanned = new Set<string>();
    const retried: string[] = [];
    routePaths.sort();
    for (const path of routePaths) {
      if (coveredBy(path, scanned)) continue;
      const role = roleOf(this.plan, path);
      if (role.role !== 'route') continue;
      const wasFolder = this.index.update(path, role, change);
      if (wasFolder) {
        scanned.add(path);
        // A new folder is watched a moment after it appears: look again once, so a file written
        // into it in between is not left to the audit.
        const events = batch.paths.get(path)!;
        if (!events.includes('retry')) setTimeout(() => this.queue.push(path, 'retry'), NEW_FOLDER_RECHECK_MS).unref();
      }
      if (batch.paths.get(path)!.includes('retry')) retried.push(path);
      if (change.needsFullScan) break;
    }
    if (change.needsFullScan) {
      this.emit(this.fullRun('rebuild', 'a symlink changed', startedAt, { eventAt: batch.firstEventAt, paths }));
      this.scheduleRetries();
      return;
    }
    // Folders that could not be read were not watched either: watch them now that they can be.
    const unreadable = new Set(this.index.unreadableFolders());
    this.watcher?.add(...retried.filter((path) => !unreadable.has(path)));

    if (change.added.size + change.removed.size > 0 || change.diagnosticsChanged) {
      this.emit(this.regenerate('incremental', startedAt, change, { eventAt: batch.firstEventAt, paths }));
      this.scheduleRetries();
    } else if (!(outputTouched && this.restoreOutput(startedAt, batch.firstEventAt, paths))) {
      const finishedAt = performance.now();
      this.emit({
        type: 'skip',
        paths,
        reason: tsconfigTouched && routePaths.length === 0 ? 'tsconfig' : 'no-route-change',
        eventAt: batch.firstEventAt,
        finishedAt,
        time: epoch(finishedAt),
      });
    }
  }

  /** A new context's full scan replaces the index, then a regeneration. */
  private fullRun(cause: RegenerationCause, reason: string | undefined, startedAt: number, extra: { eventAt?: number; paths?: readonly string[]; before?: readonly RouteFile[] } = {}): RegenerationEvent {
    const before = new Set((extra.before ?? this.index.routeFiles()).map(({ path }) => path));
    const scan = scanProject(this.context);
    this.index.reset(scan.files, scan.diagnostics);
    const change = emptyChange();
    if (cause !== 'initial') {
      const after = new Set<string>();
      for (const { path } of this.index.routeFiles()) {
        after.add(path);
        if (!before.has(path)) change.added.add(path);
      }
      for (const path of before) if (!after.has(path)) change.removed.add(path);
    }
    const event = this.regenerate(cause, startedAt, change, { ...extra, reason }, true);
    return event;
  }

  /** Tree, render and compare-before-write from the index as it is. */
  private regenerate(
    cause: RegenerationCause,
    startedAt: number,
    change: IndexChange,
    extra: { eventAt?: number; reason?: string | undefined; paths?: readonly string[] },
    full = false,
  ): RegenerationEvent {
    const t1 = performance.now();
    const tree = full ? this.fullTree(cause) : this.updateTree(change);
    const t2 = performance.now();
    const hasRouter = this.context.routerDirs.app !== undefined || this.context.routerDirs.pages !== undefined;
    const files = hasRouter ? renderFiles(tree, this.context) : [];
    const t3 = performance.now();
    const outcomes = this.write(files);
    const finishedAt = performance.now();
    const diagnostics = sortDiagnostics([
      ...this.context.config.diagnostics,
      ...routerDirDiagnostics(this.context),
      ...this.index.diagnostics(),
      ...tree.diagnostics,
    ]);
    const diagnosticsChanged = diagnosticsKey(diagnostics) !== diagnosticsKey(this.diagnostics);
    this.tree = tree;
    this.files = files;
    this.diagnostics = diagnostics;
    return {
      type: 'regenerate',
      cause,
      ...(extra.reason === undefined ? {} : { reason: extra.reason }),
      paths: extra.paths ?? [],
      added: [...change.added].sort(),
      removed: [...change.removed].sort(),
      outcomes,
      tree,
      diagnostics,
      diagnosticsChanged,
      timings: {
        wait: extra.eventAt === undefined ? 0 : startedAt - extra.eventAt,
        update: t1 - startedAt,
        tree: t2 - t1,
        render: t3 - t2,
        write: finishedAt - t3,
        run: finishedAt - startedAt,
      },
      ...(extra.eventAt === undefined ? {} : { eventAt: extra.eventAt }),
      finishedAt,
      time: epoch(finishedAt),
    };
  }

  /** The tree of a full run, built as a cold run builds it; the incremental tree follows in the background. */
  private fullTree(cause: RegenerationCause): RouteTree {
    this.incremental = undefined;
    // The initial run is followed at once by the catch-up run, which schedules it.
    if (cause !== 'initial' && !this.incrementalTimer) {
      // Between batches the index is exactly the file set the next batch's change starts from:
      // processBatch updates the index and the tree with no await in between.
      this.incrementalTimer = setTimeout(() => {
        this.incrementalTimer = undefined;
        if (this.closed || this.incremental) return;
        try {
          this.rebuildTree();
        } catch {
          // Never expected; the next change builds it again, and reports what went wrong there.
          this.incremental = undefined;
        }
      }, 0);
      this.incrementalTimer.unref();
    }
    return buildTree(this.index.routeFiles(), this.context);
  }

  /** The incremental tree of the whole index, from scratch (after a full run, or an update that did not fit). */
  private rebuildTree(): RouteTree {
    // The options buildTree passes, so the tree is the one a cold run derives.
    this.incremental = new IncrementalRouteTree(treeOptionsOf(this.context));
    return this.incremental.reset(this.index.routeFiles());
  }

  /**
   * The tree after the index changed by `change`: only the files that changed are looked at (at
   * 5,000 routes, measured ~11 ms for buildTree -> ~0.2 ms). Anything that does not fit the
   * incremental tree's state rebuilds it, so a missed bookkeeping step costs time, never a wrong tree.
   */
  private updateTree(change: IndexChange): RouteTree {
    const incremental = this.incremental;
    // A large change (a big folder moved) is cheaper as one build than as many updates.
    if (!incremental || change.added.size + change.removed.size > Math.max(MAX_INCREMENTAL_FILES, incremental.size / 8)) return this.rebuildTree();
    const added: RouteFile[] = [];
    for (const path of change.added) {
      const file = this.index.file(path);
      if (!file) return this.rebuildTree();
      added.push(file);
    }
    const tree = incremental.update(added, change.removed);
    return tree && incremental.size === this.index.size ? tree : this.rebuildTree();
  }

  /** Compare-before-write; a failed write is a warning, and the next regeneration tries again. */
  private write(files: readonly VirtualFile[]): FileOutcome[] {
    try {
      return emitFiles(files, this.context);
    } catch (error) {
      this.warn(`could not write ${files.map(({ path }) => path).join(', ')} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the permissions of the output folder. The watcher writes it again on the next change.`);
      return files.map(({ path }) => ({ path, status: 'unchanged' as const }));
    }
  }

  /**
   * The output was deleted or overwritten: write it again, unless another writer keeps
   * overwriting it. Returns whether it wrote (and reported) anything.
   */
  private restoreOutput(startedAt: number, eventAt: number, paths: readonly string[]): boolean {
    const now = performance.now();
    this.restores = this.restores.filter((at) => now - at < RESTORE_WINDOW_MS);
    if (this.restores.length >= MAX_RESTORES) return false;
    let outcomes: FileOutcome[];
    try {
      outcomes = this.files.map((file) => writeIfChanged(this.context.root, file));
    } catch (error) {
      this.warn(`could not write the output again (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
      return false;
    }
    // Our own writes come back as events too: they find the bytes in place and end here.
    if (!outcomes.some(({ status }) => status === 'written')) return false;
    // The folders may have been deleted with the file: watch them again.
    this.watcher?.add(...new Set(this.plan.outputs.map((out) => out.slice(0, out.lastIndexOf('/')))));
    this.restores.push(now);
    if (this.restores.length === MAX_RESTORES) {
      this.warn(`another process keeps overwriting ${this.plan.outputs.join(' or ')}; approute stops putting its version back for a few seconds. Stop the other writer (another approute version with other settings, a loop of \`next typegen\`).`);
    }
    const finishedAt = performance.now();
    this.emit({
      type: 'regenerate',
      cause: 'restore',
      paths,
      added: [],
      removed: [],
      outcomes,
      tree: this.tree,
      diagnostics: this.diagnostics,
      diagnosticsChanged: false,
      timings: { wait: startedAt - eventAt, update: 0, tree: 0, render: 0, write: finishedAt - startedAt, run: finishedAt - startedAt },
      eventAt,
      finishedAt,
      time: epoch(finishedAt),
    });
    return true;
  }

  /**
   * chokidar can miss events under load (measured in the soak test: a folder's events lost after a
   * storm of renames). After activity has been quiet for a while, one full rescan; whatever it finds that the
   * events did not say (or not yet: events still on their way count too) is corrected and
   * reported as a regeneration of cause `audit`, and the folders concerned are handed to chokidar
   * again.
   */
  private scheduleAudit(): void {
    const auditMs = this.options.auditMs ?? DEFAULT_AUDIT_MS;
    if (this.closed || auditMs <= 0) return;
    const now = performance.now();
    this.lastActivityAt = now;
    if (this.auditTimer) return;
    // After `auditMs` of quiet, so it stays out of the way of a burst; and at the latest
    // AUDIT_MAX_WAIT times that after the first batch, so steady activity cannot starve it.
    const armedAt = now;
    const fire = () => {
      const quiet = performance.now() - this.lastActivityAt;
      if (quiet < auditMs && performance.now() - armedAt < auditMs * AUDIT_MAX_WAIT) {
        this.auditTimer = setTimeout(fire, auditMs - quiet);
        this.auditTimer.unref();
        return;
      }
      this.auditTimer = undefined;
      this.queue.push('', 'audit');
    };
    this.auditTimer = setTimeout(fire, auditMs);
    this.auditTimer.unref();
  }

  private audit(startedAt: number): void {
    const before = new Set(this.index.routeFiles().map(({ path }) => path));
    const beforeDiagnostics = diagnosticsKey(this.index.diagnostics());
    const scan = scanProject(this.context);
    const missed = scan.files.filter(({ path }) => !before.has(path)).map(({ path }) => path);
    const after = new Set(scan.files.map(({ path }) => path));
    const stale = [...before].filter((path) => !after.has(path));
    const probe = new RouteIndex(this.context.root, this.plan);
    probe.reset([], scan.diagnostics);
    if (missed.length + stale.length === 0 && diagnosticsKey(probe.diagnostics()) === beforeDiagnostics) return;
    // Reported as a regeneration of cause `audit`: its `added` / `removed` are what no event had said (yet).
    this.watcher?.add(...new Set(missed.map((path) => path.slice(0, path.lastIndexOf('/')))));
    this.emit(this.fullRun('audit', undefined, startedAt, { before: this.index.routeFiles(), paths: [''] }));
  }

  /** While folders cannot be read, look at them again now and then (a chmod sends no event chokidar reports). */
  private scheduleRetries(): void {
    if (this.closed) return;
    const hasUnreadable = this.index.unreadableFolders().length > 0;
    if (!hasUnreadable) {
      if (this.retryTimer) clearInterval(this.retryTimer);
      this.retryTimer = undefined;
      return;
    }
    if (this.retryTimer) return;
    this.retryTimer = setInterval(() => {
      for (const folder of this.index.unreadableFolders()) {
        try {
          readdirSync(join(this.context.root, folder));
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code !== 'ENOENT' && code !== 'ENOTDIR') continue;
        }
        this.queue.push(folder, 'retry');
      }
    }, this.options.retryMs ?? DEFAULT_RETRY_MS);
    this.retryTimer.unref();
  }

  private emit(event: TypegenWatchEvent): void {
    try {
      this.options.onEvent?.(event);
    } catch {
      // A listener's bug must not stop the watcher.
    }
  }

  private warn(message: string): void {
    this.emit({ type: 'warning', message, time: epoch(performance.now()) });
  }
}

/** Whether a path is inside a folder already scanned in this batch. */
function coveredBy(path: string, scanned: ReadonlySet<string>): boolean {
  if (scanned.size === 0) return false;
  for (let slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
    if (scanned.has(path.slice(0, slash))) return true;
  }
  return false;
}

function describeEvents(events: readonly WatchEventName[]): string {
  const last = events[events.length - 1];
  if (last === 'addDir' || last === 'add') return ' created';
  if (last === 'unlinkDir' || last === 'unlink') return ' deleted';
  return ' changed';
}
