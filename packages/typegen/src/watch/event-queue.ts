/**
 * The watcher's event queue, after TanStack Router's generator: events are collected into a
 * batch, the batch is handed over once the events pause (a short debounce, capped by a maximum
 * wait so a steady stream still gets through), and exactly one run is in flight at any time.
 * Events that arrive during a run go into the next batch, so a burst of any size ends in one run
 * per window, never in a backlog of runs.
 */

/**
 * The events chokidar reports, `raw` for a path named by a native watch event, and `retry` for a
 * path the watcher looks at again on its own, `audit` (on the root, '') for the rescan after activity.
 */
export type WatchEventName = 'add' | 'addDir' | 'change' | 'unlink' | 'unlinkDir' | 'raw' | 'retry' | 'audit';

/** The events collected between two runs. */
export interface EventBatch {
  /** Project-relative path -> the events seen for it, in order. */
  readonly paths: ReadonlyMap<string, readonly WatchEventName[]>;
  /** `performance.now()` of the first and last event of the batch. */
  readonly firstEventAt: number;
  readonly lastEventAt: number;
}

export interface EventQueueOptions {
  /** Quiet time after the last event before a run starts. */
  readonly debounceMs: number;
  /** Longest time an event waits for its run while events keep coming. */
  readonly maxWaitMs: number;
  /** Processes one batch. Never called twice at once. */
  readonly run: (batch: EventBatch) => Promise<void> | void;
  /** Called when `run` throws, so the queue keeps going. */
  readonly onError: (error: unknown) => void;
}

export class EventQueue {
  private pending = new Map<string, WatchEventName[]>();
  private firstEventAt = 0;
  private lastEventAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: EventQueueOptions) {}

  /** Records an event and (re)arms the debounce. */
  push(path: string, event: WatchEventName): void {
    if (this.closed) return;
    const now = performance.now();
    if (this.pending.size === 0) this.firstEventAt = now;
    this.lastEventAt = now;
    // An event that tells the run nothing new does not delay it: the run reads the disk for every
    // path of the batch, and scans a folder whole. So once a native event has named a path, or
    // chokidar has added a folder, what chokidar reports next for that path and below it (its
    // processed events trail the native ones by ~10 ms; a moved folder is walked entry by entry)
    // joins the batch without re-arming the debounce.
    const covered = this.isCovered(path, event);
    const events = this.pending.get(path);
    if (events) events.push(event);
    else this.pending.set(path, [event]);
    if (!covered || !this.timer) this.arm();
  }

  /** Whether the pending batch already makes the run look at `path` (see `push`). */
  private isCovered(path: string, event: WatchEventName): boolean {
    if (this.pending.get(path)?.includes('raw')) return true;
    // A removal below an added folder still re-arms: the folder may be in the middle of a move.
    const removal = event === 'unlink' || event === 'unlinkDir';
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      const above = this.pending.get(path.slice(0, slash));
      if (above && (above.includes('raw') || (!removal && above.includes('addDir')))) return true;
    }
    return false;
  }

  /** Whether nothing is pending or running. */
  get isIdle(): boolean {
    return this.pending.size === 0 && this.running === undefined && this.timer === undefined;
  }

  /** Resolves once every event received so far has been processed and nothing runs. */
  idle(): Promise<void> {
    if (this.isIdle || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Drops pending events and waits for the run in flight. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
    await this.running;
    this.settle();
  }

  private arm(): void {
    if (this.running) return; // The run's end arms the next one.
    if (this.timer) clearTimeout(this.timer);
    const sinceFirst = performance.now() - this.firstEventAt;
    const delay = Math.max(0, Math.min(this.options.debounceMs, this.options.maxWaitMs - sinceFirst));
    this.timer = setTimeout(() => this.flush(), delay);
  }

  private flush(): void {
    this.timer = undefined;
    if (this.closed || this.pending.size === 0) {
      this.settle();
      return;
    }
    const batch: EventBatch = { paths: this.pending, firstEventAt: this.firstEventAt, lastEventAt: this.lastEventAt };
    this.pending = new Map();
    this.running = (async () => {
      try {
        await this.options.run(batch);
      } catch (error) {
        this.options.onError(error);
      }
    })().finally(() => {
      this.running = undefined;
      if (this.pending.size > 0 && !this.closed) this.arm();
      else this.settle();
    });
  }

  private settle(): void {
    if (!this.isIdle && !this.closed) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
