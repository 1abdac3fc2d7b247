import { rmSync, utimesSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempProject } from '../../../test/rule-tester.js';
import { DISK_RECHECK_MS } from '../../utils/route-context.js';
import { findLayoutsAtUrl } from './layouts-at-url.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const EXTS = ['tsx', 'ts', 'jsx', 'js'];

describe('findLayoutsAtUrl', () => {
  it('finds the layouts of every group and slot at a URL, and only those', () => {
    const project = createTempProject({
      files: {
        'app/layout.tsx': '',
        'app/(shop)/layout.tsx': '',
        'app/(shop)/cart/layout.tsx': '',
        'app/(marketing)/about/layout.js': '',
        'app/@modal/layout.tsx': '',
        'app/@modal/(.)photo/layout.tsx': '',
        'app/_private/layout.tsx': '',
        'app/blog/[slug]/layout.tsx': '',
        'app/blog/[slug]/page.tsx': '',
        'app/(docs)/blog/[slug]/layout.tsx': '',
        'app/cartoons/layout.tsx': '',
        'app/cart/layout.md': '',
      },
    });
    expect(findLayoutsAtUrl(project.root, 'app', '/', EXTS)).toEqual(['app/(shop)/layout.tsx', 'app/@modal/layout.tsx', 'app/layout.tsx']);
    expect(findLayoutsAtUrl(project.root, 'app', '/cart', EXTS)).toEqual(['app/(shop)/cart/layout.tsx']);
    expect(findLayoutsAtUrl(project.root, 'app', '/about', EXTS)).toEqual(['app/(marketing)/about/layout.js']);
    expect(findLayoutsAtUrl(project.root, 'app', '/blog/[slug]', EXTS)).toEqual(['app/(docs)/blog/[slug]/layout.tsx', 'app/blog/[slug]/layout.tsx']);
    expect(findLayoutsAtUrl(project.root, 'app', '/photo', EXTS)).toEqual(['app/@modal/(.)photo/layout.tsx']);
    expect(findLayoutsAtUrl(project.root, 'app', '/missing', EXTS)).toEqual([]);
  });

  it('notices a layout added or removed later (once DISK_RECHECK_MS has passed)', async () => {
    const project = createTempProject({ files: { 'app/(shop)/cart/layout.tsx': '' } });
    expect(findLayoutsAtUrl(project.root, 'app', '/cart', EXTS)).toEqual(['app/(shop)/cart/layout.tsx']);
    const added = project.write('app/(store)/cart/layout.tsx', '');
    // Force a different mtime on file systems with coarse timestamps.
    const future = new Date(Date.now() + 5_000);
    utimesSync(project.file('app'), future, future);
    // Within DISK_RECHECK_MS the cached answer stands; after it, the disk is looked at again.
    expect(findLayoutsAtUrl(project.root, 'app', '/cart', EXTS)).toEqual(['app/(shop)/cart/layout.tsx']);
    await sleep(DISK_RECHECK_MS + 20);
    expect(findLayoutsAtUrl(project.root, 'app', '/cart', EXTS)).toEqual(['app/(shop)/cart/layout.tsx', 'app/(store)/cart/layout.tsx']);
    rmSync(added);
    utimesSync(dirname(added), new Date(Date.now() + 10_000), new Date(Date.now() + 10_000));
    await sleep(DISK_RECHECK_MS + 20);
    expect(findLayoutsAtUrl(project.root, 'app', '/cart', EXTS)).toEqual(['app/(shop)/cart/layout.tsx']);
  });

  it('works in src/app and with a missing app directory', () => {
    const project = createTempProject({ srcDir: true, files: { 'src/app/(a)/x/layout.tsx': '' } });
    expect(findLayoutsAtUrl(project.root, 'src/app', '/x', EXTS)).toEqual(['src/app/(a)/x/layout.tsx']);
    expect(findLayoutsAtUrl(project.root, 'nope', '/x', EXTS)).toEqual([]);
  });
});
