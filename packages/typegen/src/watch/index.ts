/**
 * The watcher: `createTypegenWatcher` keeps a project's route types fresh as its files change.
 * See docs/watch.md.
 */
export {
  createTypegenWatcher,
  type RegenerationCause,
  type RegenerationEvent,
  type SkipEvent,
  type TypegenWatchEvent,
  type TypegenWatcher,
  type TypegenWatcherOptions,
  type WarningEvent,
  type WatchTimings,
  type WatcherSnapshot,
} from './create-typegen-watcher.js';
export { createIdleCollector, preferMemory, type IdleCollector } from './process-memory.js';
