import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTypegen, TypegenUsageError } from './pipeline.js';

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'approute-pipeline-'));
  outside = mkdtempSync(join(tmpdir(), 'approute-pipeline-outside-'));
  mkdirSync(join(root, 'app'));
  writeFileSync(join(root, 'app/layout.tsx'), 'export default function L() { return null; }\n');
  writeFileSync(join(root, 'app/page.tsx'), 'export default function P() { return null; }\n');
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('runTypegen', () => {
  it('refuses --out outside the root, also through a symlink, and writes nothing', () => {
    symlinkSync(outside, join(root, 'link'));
    for (const out of ['../routes.d.ts', join(outside, 'routes.d.ts'), 'link/routes.d.ts', '.']) {
      expect(() => runTypegen({ root, out })).toThrow(TypegenUsageError);
      expect(() => runTypegen({ root, out })).toThrow(/outside the project root/);
    }
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(root, '.next'))).toBe(false);
  });

  it('refuses a root that does not exist', () => {
    expect(() => runTypegen({ root: join(root, 'missing') })).toThrow(TypegenUsageError);
  });

  it('writes to --out inside the root, and --check compares without writing', () => {
    expect(runTypegen({ root, out: 'types/routes.d.ts', check: true }).outcomes.map(({ status }) => status)).toEqual(['missing']);
    expect(existsSync(join(root, 'types'))).toBe(false);
    expect(runTypegen({ root, out: 'types/routes.d.ts' }).outcomes).toEqual([{ path: 'types/routes.d.ts', status: 'written' }]);
    expect(runTypegen({ root, out: 'types/routes.d.ts', check: true }).outcomes).toEqual([{ path: 'types/routes.d.ts', status: 'unchanged' }]);
    writeFileSync(join(root, 'app/about.tsx'), '');
    mkdirSync(join(root, 'app/about'));
    writeFileSync(join(root, 'app/about/page.tsx'), 'export default function A() { return null; }\n');
    expect(runTypegen({ root, out: 'types/routes.d.ts', check: true }).outcomes.map(({ status }) => status)).toEqual(['stale']);
  });

  it('writes to distDir/types by default', () => {
    writeFileSync(join(root, 'next.config.mjs'), "export default { distDir: 'dist' };\n");
    expect(runTypegen({ root }).outcomes).toContainEqual({ path: 'dist/types/routes.d.ts', status: 'written' });
    expect(existsSync(join(root, '.next'))).toBe(false);
  });

  it('reports TG001: an error without app/ and pages/ (writing nothing), a warning with pages/ only', () => {
    rmSync(join(root, 'app'), { recursive: true });
    const bare = runTypegen({ root });
    expect(bare.diagnostics.map(({ code, severity, file }) => [code, severity, file])).toEqual([['TG001', 'error', 'app']]);
    expect(bare.outcomes).toEqual([]);
    mkdirSync(join(root, 'pages'));
    writeFileSync(join(root, 'pages/index.tsx'), 'export default function P() { return null; }\n');
    const pagesOnly = runTypegen({ root });
    expect(pagesOnly.diagnostics.map(({ code, severity, file }) => [code, severity, file])).toEqual([['TG001', 'warning', 'app']]);
    expect(pagesOnly.outcomes).toContainEqual({ path: '.next/types/routes.d.ts', status: 'written' });
  });

  it('refuses a distDir that points outside the root', () => {
    writeFileSync(join(root, 'next.config.mjs'), "export default { distDir: '../elsewhere' };\n");
    expect(() => runTypegen({ root })).toThrow(TypegenUsageError);
  });
});
