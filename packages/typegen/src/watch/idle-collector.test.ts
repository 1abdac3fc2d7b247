import { describe, expect, it } from 'vitest';
import { createIdleCollector } from './idle-collector.js';

const idle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A WeakRef to an object nothing else holds: it clears only when a garbage collection runs. */
function unreachable(): WeakRef<object> {
  return new WeakRef({ payload: new Array(1_000).fill('x') });
}

describe('createIdleCollector', () => {
  it('runs a full collection once the process has been idle', async () => {
    const collector = createIdleCollector(20);
    expect(collector).toBeDefined();
    const ref = unreachable();
    collector!.notify();
    await idle(150);
    expect(ref.deref()).toBeUndefined();
    collector!.close();
  });

  it('collects nothing when closed before the idle time (the control of the test above)', async () => {
    const collector = createIdleCollector(20)!;
    const ref = unreachable();
    collector.notify();
    collector.close();
    await idle(150);
    expect(ref.deref()).toBeDefined();
  });
});
