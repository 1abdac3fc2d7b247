import { accessSync, chmodSync, constants, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runTypegen } from '../pipeline.js';
import { DEFAULT_PAGE_EXTENSIONS } from './classify-file.js';
import { locateRouterDirs, scanRouterDir } from './scan-project.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'approute-scan-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function touch(...paths: string[]) {
  for (const path of paths) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), 'export default function Page() { return null; }\n');
  }
}

const options = { pageExtensions: DEFAULT_PAGE_EXTENSIONS };
const scan = (dir = 'app', router: 'app' | 'pages' = 'app') => scanRouterDir(root, dir, router, options);
const paths = (dir = 'app', router: 'app' | 'pages' = 'app') => scan(dir, router).files.map(({ path }) => path).sort();

describe('locateRouterDirs', () => {
  it('finds app/ and pages/ at the root, else under src/, each on its own (as Next findPagesDir)', () => {
    expect(locateRouterDirs(root)).toEqual({ app: undefined, pages: undefined });
    mkdirSync(join(root, 'src/app'), { recursive: true });
    expect(locateRouterDirs(root)).toEqual({ app: 'src/app', pages: undefined });
    mkdirSync(join(root, 'src/pages'));
    expect(locateRouterDirs(root)).toEqual({ app: 'src/app', pages: 'src/pages' });
    mkdirSync(join(root, 'pages'));
    expect(locateRouterDirs(root)).toEqual({ app: 'src/app', pages: 'pages' });
    mkdirSync(join(root, 'app'));
    expect(locateRouterDirs(root)).toEqual({ app: 'app', pages: 'pages' });
  });

  it('ignores a file named app', () => {
    writeFileSync(join(root, 'app'), '');
    expect(locateRouterDirs(root).app).toBeUndefined();
  });
});

describe('scanRouterDir', () => {
  it('finds the route files, skipping private folders, node_modules and non-route files', () => {
    touch('app/layout.tsx', 'app/page.tsx', 'app/blog/[slug]/page.tsx', 'app/_lib/page.tsx', 'app/node_modules/x/page.tsx', 'app/blog/utils.ts', 'app/icon.png');
    expect(paths()).toEqual(['app/blog/[slug]/page.tsx', 'app/icon.png', 'app/layout.tsx', 'app/page.tsx']);
    expect(scan().diagnostics).toEqual([]);
  });

  it('returns nothing for a missing folder', () => {
    expect(scan('app')).toEqual({ files: [], diagnostics: [] });
  });

  it('follows a symlinked folder once', () => {
    touch('app/layout.tsx', 'shared/docs/page.tsx');
    symlinkSync(join(root, 'shared'), join(root, 'app/linked'));
    expect(paths()).toEqual(['app/layout.tsx', 'app/linked/docs/page.tsx']);
    expect(scan().diagnostics).toEqual([]);
  });

  it('ends a symlink loop with TG013 and still returns the rest', () => {
    touch('app/layout.tsx', 'app/a/page.tsx');
    symlinkSync(join(root, 'app'), join(root, 'app/a/loop'));
    symlinkSync('..', join(root, 'app/a/up'));
    const result = scan();
    expect(result.files.map(({ path }) => path).sort()).toEqual(['app/a/page.tsx', 'app/layout.tsx']);
    expect(result.diagnostics.map(({ code, file }) => [code, file]).sort()).toEqual([
      ['TG013', 'app/a/loop'],
      ['TG013', 'app/a/up'],
    ]);
  });

  it('reports a second link to a folder already followed', () => {
    touch('app/layout.tsx', 'shared/page.tsx');
    symlinkSync(join(root, 'shared'), join(root, 'app/one'));
    symlinkSync(join(root, 'shared'), join(root, 'app/two'));
    const result = scan();
    expect(result.files).toHaveLength(2);
    expect(result.diagnostics.map(({ code }) => code)).toEqual(['TG013']);
  });

  it('skips a dangling symlink silently and follows a symlinked file', () => {
    touch('app/layout.tsx', 'elsewhere/page.tsx');
    symlinkSync(join(root, 'nowhere'), join(root, 'app/dangling'));
    mkdirSync(join(root, 'app/linked-file'));
    symlinkSync(join(root, 'elsewhere/page.tsx'), join(root, 'app/linked-file/page.tsx'));
    expect(paths()).toEqual(['app/layout.tsx', 'app/linked-file/page.tsx']);
    expect(scan().diagnostics).toEqual([]);
  });

  it('terminates on a symlink loop through the whole pipeline', () => {
    touch('app/layout.tsx', 'app/page.tsx');
    symlinkSync(join(root, 'app'), join(root, 'app/self'));
    const result = runTypegen({ root, check: true });
    expect(result.tree.pages.map(({ route }) => route)).toEqual(['/']);
    expect(result.diagnostics.map(({ code, file }) => [code, file])).toEqual([['TG013', 'app/self']]);
  });

  it('walks pages/ without treating _ as private', () => {
    touch('pages/_app.tsx', 'pages/_drafts/x.tsx', 'pages/api/a.ts', 'pages/about.tsx');
    expect(paths('pages', 'pages')).toEqual(['pages/_drafts/x.tsx', 'pages/about.tsx']);
  });
});

/** Root reads any folder whatever its mode, so chmod 000 proves nothing there. */
function chmodBlocksReads(): boolean {
  const probe = join(root, 'probe');
  mkdirSync(probe);
  chmodSync(probe, 0o000);
  try {
    accessSync(probe, constants.R_OK);
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(probe, 0o755);
    rmSync(probe, { recursive: true });
  }
}

describe('an unreadable folder', () => {
  it('is a TG012 warning, and the rest of the tree is still scanned', (context) => {
    if (!chmodBlocksReads()) {
      context.skip('running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not stop reads, so no folder can be made unreadable');
    }
    touch('app/layout.tsx', 'app/page.tsx', 'app/locked/page.tsx');
    chmodSync(join(root, 'app/locked'), 0o000);
    try {
      const result = scan();
      expect(result.files.map(({ path }) => path).sort()).toEqual(['app/layout.tsx', 'app/page.tsx']);
      expect(result.diagnostics.map(({ code, severity, file }) => [code, severity, file])).toEqual([['TG012', 'warning', 'app/locked']]);
      expect(result.diagnostics[0]!.message).toContain('EACCES');
    } finally {
      chmodSync(join(root, 'app/locked'), 0o755);
    }
  });
});
