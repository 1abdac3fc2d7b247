import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_EXTENSIONS } from '../scan/classify-file.js';
import { describeAppFile, describeAppFolder, describeFile } from './describe-file.js';

const options = { pageExtensions: DEFAULT_PAGE_EXTENSIONS };
const dirs = { app: 'src/app', pages: 'pages' };

describe('describeFile', () => {
  it('gives a page its route', () => {
    const description = describeFile('src/app/(shop)/products/[id]/page.tsx', dirs, options);
    expect(description?.file).toMatchObject({ kind: 'page', dirs: ['(shop)', 'products', '[id]'] });
    expect(description?.resolved).toMatchObject({ ok: true, route: '/products/[id]', params: [{ name: 'id', kind: 'single' }] });
    expect(description?.layoutKey).toBeUndefined();
  });

  it('keys a layout by its URL, or by its folder path when that holds a group, slot or interception', () => {
    expect(describeFile('src/app/layout.tsx', dirs, options)?.layoutKey).toBe('/');
    expect(describeFile('src/app/blog/[slug]/layout.tsx', dirs, options)?.layoutKey).toBe('/blog/[slug]');
    expect(describeFile('src/app/(shop)/layout.tsx', dirs, options)?.layoutKey).toBe('/(shop)');
    expect(describeFile('src/app/dashboard/@team/layout.tsx', dirs, options)?.layoutKey).toBe('/dashboard/@team');
    expect(describeFile('src/app/feed/(..)photo/layout.tsx', dirs, options)?.layoutKey).toBe('/feed/(..)photo');
  });

  it('describes pages-router files without a route resolution', () => {
    expect(describeFile('pages/about.tsx', dirs, options)).toMatchObject({ file: { router: 'pages', name: 'about' }, resolved: undefined, layoutKey: undefined });
  });

  it('returns undefined for files routing ignores or outside the router folders', () => {
    expect(describeFile('src/app/_components/button.tsx', dirs, options)).toBeUndefined();
    expect(describeFile('src/app/blog/utils.ts', dirs, options)).toBeUndefined();
    expect(describeFile('src/components/page.tsx', dirs, options)).toBeUndefined();
    expect(describeFile('src/application/page.tsx', dirs, options)).toBeUndefined();
    expect(describeFile('app/page.tsx', dirs, options)).toBeUndefined();
  });

  it('describes a file of a private folder with its private resolution', () => {
    expect(describeFile('src/app/_lib/page.tsx', dirs, options)?.resolved).toEqual({ ok: false, reason: 'private' });
  });

  it('gives the files of one folder, described once, the answers describeFile gives each', () => {
    const folder = describeAppFolder(['(shop)', 'products', '[id]']);
    for (const name of ['page.tsx', 'layout.tsx', 'route.ts', 'opengraph-image.tsx', 'loading.tsx', 'button.tsx', 'page.md']) {
      expect(describeAppFile('src/app', folder, name, options), name).toEqual(describeFile(`src/app/(shop)/products/[id]/${name}`, dirs, options));
    }
    expect(describeAppFile('src/app', folder, 'layout.tsx', options)?.layoutKey).toBe('/(shop)/products/[id]');
    expect(describeAppFolder(['_lib']).layoutKey).toBeUndefined();
  });
});
