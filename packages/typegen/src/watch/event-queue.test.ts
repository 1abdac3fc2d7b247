import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventQueue, type EventBatch } from './event-queue.js';

/** A queue whose batches are recorded; the clock is vitest's, so every wait is exact. */
function recordingQueue(debounceMs = 8, maxWaitMs = 100) {
  const batches: { at: number; paths: Record<string, string[]> }[] = [];
  const queue = new EventQueue({
    debounceMs,
    maxWaitMs,
    run: (batch: EventBatch) => {
      batches.push({ at: performance.now(), paths: Object.fromEntries([...batch.paths].map(([path, events]) => [path, [...events]])) });
    },
    onError: (error) => {
      throw error;
    },
  });
  return { queue, batches };
}

describe('EventQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs once the events pause for the debounce, with every event in one batch', async () => {
    const { queue, batches } = recordingQueue();
    const start = performance.now();
    queue.push('app/a/page.tsx', 'add');
    await vi.advanceTimersByTimeAsync(5);
    queue.push('app/b/page.tsx', 'add'); // re-arms: 8 ms from here
    await vi.advanceTimersByTimeAsync(7);
    expect(batches).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(batches).toEqual([{ at: start + 13, paths: { 'app/a/page.tsx': ['add'], 'app/b/page.tsx': ['add'] } }]);
    await queue.idle();
  });

  it('does not wait for what chokidar reports after a native event named the path (a moved folder)', async () => {
    const { queue, batches } = recordingQueue();
    const start = performance.now();
    // A rename as it arrives: the native events of both names first, chokidar's own events after.
    queue.push('app/shop', 'raw');
    queue.push('app/shop-x', 'raw');
    await vi.advanceTimersByTimeAsync(3);
    queue.push('app/shop/[id]', 'unlinkDir');
    queue.push('app/shop', 'unlinkDir');
    await vi.advanceTimersByTimeAsync(3);
    queue.push('app/shop-x', 'addDir');
    queue.push('app/shop-x/[id]', 'addDir');
    await vi.advanceTimersByTimeAsync(2);
    expect(batches.map(({ at }) => at - start)).toEqual([8]);
    expect(batches[0]!.paths).toEqual({
      'app/shop': ['raw', 'unlinkDir'],
      'app/shop-x': ['raw', 'addDir'],
      'app/shop/[id]': ['unlinkDir'],
      'app/shop-x/[id]': ['addDir'],
    });
  });

  it('does not wait for chokidar walking a folder it added, but does for a removal below it', async () => {
    const { queue, batches } = recordingQueue();
    const start = performance.now();
    queue.push('app/new', 'addDir');
    await vi.advanceTimersByTimeAsync(4);
    queue.push('app/new/page.tsx', 'add'); // covered: the run scans app/new whole
    await vi.advanceTimersByTimeAsync(4);
    expect(batches.map(({ at }) => at - start)).toEqual([8]);

    queue.push('app/other', 'addDir');
    await vi.advanceTimersByTimeAsync(4);
    queue.push('app/other/page.tsx', 'unlink'); // not covered: the folder may be moving
    await vi.advanceTimersByTimeAsync(4);
    expect(batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(4);
    expect(batches.map(({ at }) => at - start)).toEqual([8, 20]);
  });

  it('re-arms for a sibling or a parent of a path named by a native event', async () => {
    const { queue, batches } = recordingQueue();
    const start = performance.now();
    queue.push('app/a/page.tsx', 'raw');
    await vi.advanceTimersByTimeAsync(5);
    queue.push('app/a', 'addDir'); // a parent: not covered
    await vi.advanceTimersByTimeAsync(5);
    queue.push('app/ab/page.tsx', 'add'); // a sibling whose name starts the same: not covered
    await vi.advanceTimersByTimeAsync(8);
    expect(batches.map(({ at }) => at - start)).toEqual([18]);
  });

  it('still caps the wait of a steady stream at the maximum', async () => {
    const { queue, batches } = recordingQueue(8, 30);
    const start = performance.now();
    for (let i = 0; i < 10; i++) {
      queue.push(`app/p${i}/page.tsx`, 'add');
      await vi.advanceTimersByTimeAsync(5);
    }
    expect(batches[0]!.at - start).toBe(30);
  });
});
