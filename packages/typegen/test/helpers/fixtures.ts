/**
 * Fixture apps for the tests: where they are, and fresh temporary copies to run the generator on
 * (the committed fixtures are never written to). Copies live under `<repo>/tmp/`, which is
 * gitignored, so `react` and its types resolve from the repository's node_modules the way they
 * would from a real Next app.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'fixtures');
const TEMP_PARENT = join(REPO_ROOT, 'tmp', 'typegen-tests');

/** Names of every fixture folder. */
export function listFixtures(): string[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A scratch folder inside the repository (so node_modules resolve), removed by `remove()`. */
export function makeTempDir(prefix: string): { dir: string; remove: () => void } {
  mkdirSync(TEMP_PARENT, { recursive: true });
  const dir = mkdtempSync(join(TEMP_PARENT, `${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies a fixture (without any generated `.next`/`build` output) into a fresh temp folder. */
export function copyFixture(name: string): { dir: string; remove: () => void } {
  const temp = makeTempDir(name);
  const source = join(FIXTURES_DIR, name);
  cpSync(source, temp.dir, {
    recursive: true,
    filter: (path) => path === source || !['.next', 'build', 'node_modules'].includes(basename(path)),
  });
  return temp;
}
