/**
 * Runs the real `next` (the conformance workspace's devDependency) in a sandbox: `next typegen`
 * to completion, and `next dev` just long enough to write `.next/dev/types/`.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './fixtures.js';

const NEXT_BIN = join(REPO_ROOT, 'node_modules/next/dist/bin/next');
/** CI=true makes Next fail instead of running `npm install` for missing TypeScript packages. */
const NEXT_ENV = { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', NODE_ENV: undefined };

export interface NextRun {
  readonly code: number;
  readonly output: string;
}

/** `next typegen` in `dir`; resolves with its exit code and output, never rejects on a non-zero exit. */
export async function runNextTypegen(dir: string): Promise<NextRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [NEXT_BIN, 'typegen'], { cwd: dir, env: NEXT_ENV, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof failed.code === 'number' ? failed.code : 1, output: `${failed.stdout ?? ''}${failed.stderr ?? failed.message}` };
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Starts `next dev` (webpack, so no bundling happens before a request) on a free localhost port,
 * waits until it has written its route types (root-params.d.ts is the last file of a full pass;
 * the first, empty routes.d.ts it writes at boot comes without it), then stops it. Bounded by
 * `timeoutMs`; rejects with the server's output if the types never appear.
 */
export async function writeNextDevTypes(dir: string, timeoutMs = 45_000): Promise<{ output: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'dev', '--webpack', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: dir,
    env: NEXT_ENV,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  const types = join(dir, '.next/dev/types');
  const last = join(types, 'root-params.d.ts');
  // A restart over existing types must not count the old files: wait for a fresh root-params.d.ts.
  const before = existsSync(last) ? statSync(last).mtimeMs : -1;
  const done = () => ['routes.d.ts', 'validator.ts', 'root-params.d.ts'].every((name) => existsSync(join(types, name))) && statSync(last).mtimeMs !== before;
  const started = Date.now();
  try {
    while (!done()) {
      if (child.exitCode !== null) throw new Error(`next dev exited (${child.exitCode}) before writing .next/dev/types:\n${output}`);
      if (Date.now() - started > timeoutMs) throw new Error(`next dev did not write .next/dev/types within ${timeoutMs} ms:\n${output}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
    // root-params.d.ts is written with a plain writeFile: wait until it is whole.
    while (!readFileSync(last, 'utf8').includes('export')) await new Promise((wait) => setTimeout(wait, 50));
    return { output };
  } finally {
    // The whole process group: next dev forks a server process of its own.
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5_000))]);
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
