/**
 * Temporary copies of fixtures. `next typegen` and `next dev` rewrite tsconfig.json and
 * next-env.d.ts and write .next/, so they only ever run on a copy. The copy lives under the OS temp
 * folder with a `node_modules` symlink to the monorepo's, from which `next`, `typescript`, `react`
 * and their types resolve as in a real project.
 */
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { REPO_ROOT } from './fixtures.js';

/** Files of a fixture that a generator writes: never copied, so each run starts clean. */
const GENERATED = new Set(['.next', 'next-env.d.ts', 'node_modules', 'tsconfig.tsbuildinfo']);

export interface Sandbox {
  readonly dir: string;
  remove(): void;
}

/** Copies a fixture (without generated files) into a fresh temp folder wired to the monorepo's node_modules. */
export function createSandbox(fixtureDir: string, label = basename(fixtureDir)): Sandbox {
  const parent = mkdtempSync(join(tmpdir(), `approute-conformance-${label.replace(/[^\w-]/g, '_')}-`));
  const dir = join(parent, 'app-root');
  cpSync(fixtureDir, dir, { recursive: true, filter: (source) => !GENERATED.has(basename(source)) || source === fixtureDir });
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}
