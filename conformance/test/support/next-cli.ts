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

export interface NextDevServer {
  /** Resolves once a full pass of route types written after `since` (ms) is on disk. */
  waitForTypes(since: number, timeoutMs?: number): Promise<void>;
  /** Everything the server printed so far. */
  output(): string;
  /** Stops the server and everything it forked. */
  stop(): Promise<void>;
}

/**
 * Starts `next dev` (webpack, so nothing is bundled before a request) on a free localhost port in
 * `dir`. It writes `.next/dev/types/` at boot and again after every route change.
 */
export async function startNextDev(dir: string): Promise<NextDevServer> {
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
  // root-params.d.ts is the last file of a full pass (the empty routes.d.ts Next writes at boot
  // comes without it), written with a plain writeFile: wait for a fresh and whole one.
  const last = join(types, 'root-params.d.ts');
  const fresh = (since: number) =>
    ['routes.d.ts', 'validator.ts', 'root-params.d.ts'].every((name) => existsSync(join(types, name))) &&
    statSync(last).mtimeMs >= since &&
    readFileSync(last, 'utf8').includes('export');
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal); // the whole group: next dev forks a server process
    } catch {
      // already gone
    }
  };
  return {
    output: () => output,
    async waitForTypes(since, timeoutMs = 45_000) {
      const started = Date.now();
      while (!fresh(since)) {
        if (child.exitCode !== null) throw new Error(`next dev exited (${child.exitCode}) before writing .next/dev/types:\n${output}`);
        if (Date.now() - started > timeoutMs) throw new Error(`next dev did not write .next/dev/types within ${timeoutMs} ms:\n${output}`);
        await new Promise((wait) => setTimeout(wait, 100));
      }
    },
    async stop() {
      kill('SIGTERM');
      await Promise.race([exited, new Promise((wait) => setTimeout(wait, 5_000))]);
      kill('SIGKILL');
    },
  };
}

/** Runs `next dev` just long enough to write a fresh `.next/dev/types/`, then stops it. */
export async function writeNextDevTypes(dir: string, timeoutMs = 45_000): Promise<{ output: string }> {
  // mtimes have a coarser grain than Date.now() on some file systems: allow a little slack.
  const since = Date.now() - 5;
  const server = await startNextDev(dir);
  try {
    await server.waitForTypes(since, timeoutMs);
    return { output: server.output() };
  } finally {
    await server.stop();
  }
}
