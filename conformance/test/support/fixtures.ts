/**
 * The fixture apps of the monorepo's `fixtures/` folder, discovered when the tests run, so a new
 * fixture is covered without touching the conformance tests. See ../../README.md for the marker a
 * fixture uses to say it is deliberately invalid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (its node_modules holds `next`, `typescript` and `react`). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
export const FIXTURES_DIR = join(REPO_ROOT, 'fixtures');
/**
 * Apps of the conformance workspace itself: each shows a defect of Next's that no product fixture
 * shows (so the table of deliberate differences is backed by a real run of Next).
 */
export const CASES_DIR = join(REPO_ROOT, 'conformance/cases');

export interface Fixture {
  readonly name: string;
  readonly dir: string;
  /** Why the fixture is left out of the comparison with `next typegen`, if it is. */
  readonly skipReason?: string;
}

interface FixtureMarker {
  invalid?: boolean;
  reason?: string;
}

/** Reads `fixture.json` (optional); a malformed marker is a test failure, not a silent skip. */
function readMarker(dir: string): FixtureMarker {
  const path = join(dir, 'fixture.json');
  if (!existsSync(path)) return {};
  const marker = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (typeof marker !== 'object' || marker === null || Array.isArray(marker)) {
    throw new Error(`${path} must hold a JSON object such as { "invalid": true, "reason": "..." }.`);
  }
  return marker as FixtureMarker;
}

/**
 * Every folder of `root`, each a Next app. A fixture is skipped when its `fixture.json` says
 * `"invalid": true`, or, without a `fixture.json` verdict, when its folder name starts with
 * `invalid-` (the naming the fixture authors use for broken trees). Anything else is compared.
 */
export function listFixtures(root = FIXTURES_DIR, prefix = ''): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const dir = join(root, folder);
      const name = prefix + folder;
      const marker = readMarker(dir);
      if (marker.invalid !== undefined && typeof marker.invalid !== 'boolean') throw new Error(`${dir}/fixture.json: "invalid" must be true or false.`);
      if (marker.invalid === true) return { name, dir, skipReason: marker.reason ?? 'fixture.json declares it invalid' };
      if (marker.invalid === false) return { name, dir };
      if (folder.startsWith('invalid-')) return { name, dir, skipReason: 'its name marks it invalid' };
      return { name, dir };
    });
}
