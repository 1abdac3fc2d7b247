import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createIdleCollector, memoryFlags } from './process-memory.js';

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

describe('memoryFlags', () => {
  it('asks for smaller heap growth steps and a young generation that does not grow', () => {
    const expected = ['--optimize-for-size', '--semi-space-growth-factor=1'];
    expect(memoryFlags([])).toEqual(expected);
    expect(memoryFlags(['--enable-source-maps', '--max-old-space-size=4096'])).toEqual(expected);
  });

  it('leaves each setting the user chose alone', () => {
    for (const option of ['--optimize-for-size', '--no-optimize-for-size', '--optimize_for_size']) {
      expect(memoryFlags(['--enable-source-maps', option])).toEqual(['--semi-space-growth-factor=1']);
    }
    expect(memoryFlags(['--semi-space-growth-factor=4'])).toEqual(['--optimize-for-size']);
  });
});

describe('preferMemory', () => {
  // V8's flags belong to the process: measured in a fresh Node (the test runner's own young
  // generation has long grown), through the built package as the CLI loads it.
  const script = `
    import { getHeapSpaceStatistics } from 'node:v8';
    import { preferMemory } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../../dist/index.js')).href)};
    const youngMb = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size / 2 ** 20;
    const churn = () => { const kept = []; for (let i = 0; i < 2e6; i++) { const o = { i, s: 'x' + i }; if (i % 8 === 0) kept.push(o); } return kept.length; };
    preferMemory();
    const before = youngMb();
    churn();
    console.log(JSON.stringify({ before, after: youngMb() }));
  `;
  const measure = (extraArgs: string[] = []) => {
    const output = execFileSync(process.execPath, [...extraArgs, '--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    return JSON.parse(output) as { before: number; after: number };
  };

  it('holds the young generation at its initial size through a burst of allocation', () => {
    const { before, after } = measure();
    // V8 may shrink it after a collection, never grow it.
    expect(after).toBeLessThanOrEqual(before);
  });

  it('changes nothing the user chose (the control of the test above: the same burst grows it)', () => {
    const { before, after } = measure(['--semi-space-growth-factor=2']);
    expect(after).toBeGreaterThan(before);
  });
});
