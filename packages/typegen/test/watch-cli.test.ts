/**
 * `approute typegen --watch` as users run it: the built binary in its own process, stopped with
 * SIGINT or SIGTERM. Needs `npx turbo run build` first (the root `npm test` builds).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runTypegen } from '../src/index.js';
import { BASE_APP, makeProject, writeFile } from './helpers/watch-harness.js';
import { REPO_ROOT } from './helpers/fixtures.js';

const BIN = join(REPO_ROOT, 'packages/cli/dist/bin.js');

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The binary watching `root`, with a way to wait for a line of its output. */
function spawnWatch(root: string) {
  const child = spawn(process.execPath, [BIN, 'typegen', '--watch', '--root', root], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  const waiters: { pattern: RegExp; resolve: () => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    for (const waiter of [...waiters]) {
      if (waiter.pattern.test(stdout)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  cleanups.push(() => child.kill('SIGKILL'));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    waitFor: (pattern: RegExp) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(stdout)) return resolve();
        const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern} in:\n${stdout}\n${stderr}`)), 30_000);
        waiters.push({ pattern, resolve: () => (clearTimeout(timer), resolve()) });
      }),
  };
}

const tempFiles = (root: string) => (existsSync(join(root, '.next/types')) ? readdirSync(join(root, '.next/types')).filter((name) => name.endsWith('.tmp')) : []);

describe('approute typegen --watch (the binary)', () => {
  it('built first', () => {
    expect(existsSync(BIN), `${BIN} is missing: run \`npx turbo run build\` first`).toBe(true);
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`regenerates on a change and exits 0 on ${signal}, leaving no temp file`, { timeout: 60_000 }, async () => {
      const project = makeProject(BASE_APP);
      cleanups.push(project.remove);
      const watch = spawnWatch(project.root);
      await watch.waitFor(/watching .* Ctrl\+C to stop/);
      writeFile(project.root, 'app/from-cli/[id]/page.tsx');
      await watch.waitFor(/\+ app\/from-cli\/\[id\]\/page\.tsx → \.next\/types\/routes\.d\.ts updated/);
      watch.child.kill(signal);
      expect(await watch.exited).toBe(0);
      expect(watch.output().stdout).toContain('stopped');
      expect(watch.output().stderr).toBe('');
      expect(tempFiles(project.root)).toEqual([]);
      const cold = runTypegen({ root: project.root, check: true });
      expect(cold.outcomes.map(({ status }) => status)).toEqual(cold.outcomes.map(() => 'unchanged'));
    });
  }

  it('exits 2 with a clear message for a missing root', { timeout: 30_000 }, async () => {
    const watch = spawnWatch('/nonexistent/approute-watch');
    expect(await watch.exited).toBe(2);
    expect(watch.output().stderr).toMatch(/does not exist/);
  });
});
