import { describe, expect, it } from 'vitest';
import type { RouteFile } from '../model.js';
import { classifyFile } from '../scan/classify-file.js';
import { buildRouteTree } from './build-route-tree.js';

const PAGE_EXTENSIONS = ['tsx', 'ts', 'jsx', 'js', 'mdx'];

/** RouteFiles from project-relative paths, as the scanner would find them. */
function filesOf(paths: string[]): RouteFile[] {
  return paths.map((path) => {
    const parts = path.split('/');
    const routerDir = parts[0] === 'src' ? `src/${parts[1]}` : parts[0]!;
    const rest = parts.slice(routerDir.split('/').length);
    const name = rest.pop()!;
    const file = classifyFile(routerDir.endsWith('pages') ? 'pages' : 'app', routerDir, rest, name, { pageExtensions: PAGE_EXTENSIONS });
    if (!file) throw new Error(`${path} is not a route file`);
    return file;
  });
}

const tree = (paths: string[], options = {}) => buildRouteTree(filesOf(paths), options);

describe('buildRouteTree', () => {
  it('sorts pages, handlers and pages-router entries by route, with their params', () => {
    const result = tree([
      'app/layout.tsx',
      'app/page.tsx',
      'app/blog/[slug]/page.tsx',
      'app/about/page.mdx',
      'app/docs/[[...path]]/page.jsx',
      'app/api/items/[id]/route.ts',
      'pages/legacy.tsx',
      'pages/posts/[id].tsx',
      'pages/posts/index.tsx',
    ]);
    expect(result.pages).toEqual([
      { route: '/', params: [], file: 'app/page.tsx' },
      { route: '/about', params: [], file: 'app/about/page.mdx' },
      { route: '/blog/[slug]', params: [{ name: 'slug', kind: 'single' }], file: 'app/blog/[slug]/page.tsx' },
      { route: '/docs/[[...path]]', params: [{ name: 'path', kind: 'optional-catch-all' }], file: 'app/docs/[[...path]]/page.jsx' },
    ]);
    expect(result.handlers).toEqual([{ route: '/api/items/[id]', params: [{ name: 'id', kind: 'single' }], file: 'app/api/items/[id]/route.ts' }]);
    expect(result.pagesRouter).toEqual([
      { route: '/legacy', params: [], file: 'pages/legacy.tsx' },
      { route: '/posts', params: [], file: 'pages/posts/index.tsx' },
      { route: '/posts/[id]', params: [{ name: 'id', kind: 'single' }], file: 'pages/posts/[id].tsx' },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('gives each layout its key and exactly its own slots', () => {
    const result = tree([
      'app/layout.tsx',
      'app/@modal/default.tsx',
      'app/(shop)/layout.tsx',
      'app/(shop)/@cart/default.tsx',
      'app/(shop)/@cart/(.)item/[id]/page.tsx',
      'app/(marketing)/layout.tsx',
      'app/(marketing)/@banner/page.tsx',
      'app/dashboard/layout.tsx',
      'app/dashboard/@team/page.tsx',
      'app/dashboard/@team/layout.tsx',
      'app/dashboard/@team/@members/page.tsx',
      'app/dashboard/@children/page.tsx',
      'app/dashboard/@analytics/loading.tsx',
    ]);
    expect(result.layouts.map(({ route, key, slots, file }) => ({ route, key, slots, file }))).toEqual([
      { route: '/', key: '/(marketing)', slots: ['banner'], file: 'app/(marketing)/layout.tsx' },
      { route: '/', key: '/(shop)', slots: ['cart'], file: 'app/(shop)/layout.tsx' },
      { route: '/', key: '/', slots: ['modal'], file: 'app/layout.tsx' },
      // `@children` is the implicit children slot, not a prop; a slot with only a loading file counts.
      { route: '/dashboard', key: '/dashboard/@team', slots: ['members'], file: 'app/dashboard/@team/layout.tsx' },
      { route: '/dashboard', key: '/dashboard', slots: ['analytics', 'team'], file: 'app/dashboard/layout.tsx' },
    ]);
    expect(result.diagnostics).toEqual([]);
  });

  it('lists metadata files with the route and params they receive', () => {
    const result = tree(['app/layout.tsx', 'app/icon.png', 'app/blog/[slug]/opengraph-image.tsx', 'app/(site)/sitemap.xml']);
    expect(result.metadata).toEqual([
      { route: '/', params: [], file: 'app/(site)/sitemap.xml', kind: 'sitemap', generated: false },
      { route: '/', params: [], file: 'app/icon.png', kind: 'icon', generated: false },
      { route: '/blog/[slug]', params: [{ name: 'slug', kind: 'single' }], file: 'app/blog/[slug]/opengraph-image.tsx', kind: 'opengraph-image', generated: true },
    ]);
  });

  it('skips private folders without a word', () => {
    const result = tree(['app/layout.tsx', 'app/_lib/page.tsx', 'app/_x/[]/page.tsx', 'app/_a/(..)(..)b/page.tsx']);
    expect(result.pages).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('turns literal redirect and rewrite sources into routes, once each', () => {
    const result = tree(['app/layout.tsx'], {
      redirects: ['/old/:id', '/old/:id', '/docs/:path*', '/custom/:id(\\d+)'],
      rewrites: ['/proxy/:rest+'],
      configFile: 'next.config.ts',
    });
    expect(result.redirects).toEqual([
      { route: '/docs/[[...path]]', params: [{ name: 'path', kind: 'optional-catch-all' }], file: 'next.config.ts' },
      { route: '/old/[id]', params: [{ name: 'id', kind: 'single' }], file: 'next.config.ts' },
    ]);
    expect(result.rewrites).toEqual([{ route: '/proxy/[...rest]', params: [{ name: 'rest', kind: 'catch-all' }], file: 'next.config.ts' }]);
  });

  it('is deterministic: the order of the files does not matter', () => {
    const paths = ['app/layout.tsx', 'app/b/page.tsx', 'app/a/[x]/page.tsx', 'app/a/[y]/page.tsx', 'app/(g)/layout.tsx', 'app/(g)/@s/page.tsx', 'app/c/route.ts'];
    expect(tree([...paths].reverse())).toEqual(tree(paths));
  });
});

/** `[code, severity, file]` of each diagnostic. */
const findings = (paths: string[]) => tree(paths).diagnostics.map(({ code, severity, file }) => [code, severity, file]);

describe('diagnostics of the route tree', () => {
  it('TG002: sibling dynamic segments with different names', () => {
    expect(findings(['app/layout.tsx', 'app/blog/[id]/page.tsx', 'app/blog/[slug]/page.tsx'])).toEqual([['TG002', 'error', 'app/blog/[slug]/page.tsx']]);
    // Through groups and below: the URL positions conflict, whatever the folders.
    expect(findings(['app/layout.tsx', 'app/(a)/blog/[id]/edit/page.tsx', 'app/(b)/blog/[slug]/page.tsx'])).toEqual([['TG002', 'error', 'app/(b)/blog/[slug]/page.tsx']]);
    // Three names at one level: the two that differ from the first (sorted) are reported.
    expect(findings(['app/layout.tsx', 'app/[c]/page.tsx', 'app/[b]/page.tsx', 'app/[a]/page.tsx'])).toEqual([
      ['TG002', 'error', 'app/[b]/page.tsx'],
      ['TG002', 'error', 'app/[c]/page.tsx'],
    ]);
  });

  it('TG002: two catch-alls at one level', () => {
    expect(findings(['app/layout.tsx', 'app/docs/[...a]/page.tsx', 'app/docs/[...b]/page.tsx'])).toEqual([['TG002', 'error', 'app/docs/[...b]/page.tsx']]);
    expect(findings(['app/layout.tsx', 'app/docs/[...a]/page.tsx', 'app/docs/[[...a]]/page.tsx'])).toEqual([['TG002', 'error', 'app/docs/[[...a]]/page.tsx']]);
  });

  it('TG002 near misses stay silent', () => {
    expect(
      findings([
        'app/layout.tsx',
        'app/blog/[id]/page.tsx',
        'app/blog/[id]/edit/page.tsx',
        'app/blog/[...rest]/page.tsx',
        'app/users/[userId]/page.tsx',
        'app/teams/[teamId]/page.tsx',
        'app/@modal/(.)blog/[id]/page.tsx',
      ]),
    ).toEqual([]);
    // An intercepting route is a pattern of its own (Next keeps its marker): its param may be named apart.
    expect(findings(['app/layout.tsx', 'app/photo/[slug]/page.tsx', 'app/feed/(..)photo/[id]/page.tsx', 'app/@modal/(.)photo/[photoId]/page.tsx'])).toEqual([]);
  });

  it('TG002 between two intercepting routes of one pattern', () => {
    expect(findings(['app/layout.tsx', 'app/feed/(..)photo/[id]/page.tsx', 'app/(g)/feed/(..)photo/[slug]/page.tsx'])).toEqual([['TG002', 'error', 'app/(g)/feed/(..)photo/[slug]/page.tsx']]);
  });

  it('TG003: a catch-all that is not last, once per route', () => {
    expect(findings(['app/layout.tsx', 'app/docs/[...slug]/edit/page.tsx', 'app/docs/[...slug]/edit/route.ts', 'app/files/[...path]/page.tsx'])).toEqual([
      ['TG003', 'error', 'app/docs/[...slug]/edit/page.tsx'],
      ['TG006', 'error', 'app/docs/[...slug]/edit/route.ts'],
    ]);
    expect(findings(['app/layout.tsx', 'app/[[...all]]/x/page.tsx'])).toEqual([['TG003', 'error', 'app/[[...all]]/x/page.tsx']]);
  });

  it('TG004: the same param twice in one path, in pages, handlers and layouts', () => {
    expect(findings(['app/layout.tsx', 'app/[id]/posts/[id]/page.tsx'])).toEqual([['TG004', 'error', 'app/[id]/posts/[id]/page.tsx']]);
    expect(findings(['app/layout.tsx', 'app/[id]/(g)/[...id]/route.ts'])).toEqual([['TG004', 'error', 'app/[id]/(g)/[...id]/route.ts']]);
    expect(findings(['app/layout.tsx', 'app/[a]/[a]/layout.tsx'])).toEqual([['TG004', 'error', 'app/[a]/[a]/layout.tsx']]);
    // Near misses: an interception drops the param it climbs over; different names are fine.
    expect(findings(['app/layout.tsx', 'app/u/[id]/(..)(..)p/[id]/page.tsx', 'app/p/[id]/page.tsx', 'app/[userId]/posts/[postId]/page.tsx'])).toEqual([]);
  });

  it('TG004: two params that differ only by non-word characters, as Next compares them', () => {
    const result = tree(['app/layout.tsx', 'app/t/[team-slug]/x/[teamslug]/page.tsx', 'app/u/[a.b]/[ab]/page.tsx']);
    expect(result.diagnostics.map(({ code, file }) => [code, file])).toEqual([
      ['TG004', 'app/t/[team-slug]/x/[teamslug]/page.tsx'],
      ['TG004', 'app/u/[a.b]/[ab]/page.tsx'],
    ]);
    expect(result.diagnostics[0]!.message).toContain('`team-slug` and `teamslug`');
    // `_` is a word character: team_slug and team-slug stay apart, as in Next.
    expect(findings(['app/layout.tsx', 'app/[team-slug]/x/[team]/page.tsx', 'app/[team-slug]/y/[team_slug]/page.tsx'])).toEqual([]);
  });

  it('TG005: an optional catch-all beside a page or handler at the same level', () => {
    expect(findings(['app/layout.tsx', 'app/docs/page.tsx', 'app/docs/[[...slug]]/page.tsx'])).toEqual([['TG005', 'error', 'app/docs/[[...slug]]/page.tsx']]);
    expect(findings(['app/layout.tsx', 'app/page.tsx', 'app/[[...slug]]/page.tsx'])).toEqual([['TG005', 'error', 'app/[[...slug]]/page.tsx']]);
    expect(findings(['app/layout.tsx', 'app/api/route.ts', 'app/api/[[...slug]]/route.ts'])).toEqual([['TG005', 'error', 'app/api/[[...slug]]/route.ts']]);
    // Near misses: a required catch-all, no page at the parent, an intercepting optional catch-all.
    expect(
      findings(['app/layout.tsx', 'app/shop/page.tsx', 'app/shop/[...slug]/page.tsx', 'app/wiki/[[...slug]]/page.tsx', 'app/feed/page.tsx', 'app/x/(..)feed/[[...s]]/page.tsx']),
    ).toEqual([]);
  });

  it('TG006: a page and a route handler serving one URL', () => {
    expect(findings(['app/layout.tsx', 'app/api/page.tsx', 'app/api/route.ts'])).toEqual([['TG006', 'error', 'app/api/route.ts']]);
    expect(findings(['app/layout.tsx', 'app/(site)/contact/page.tsx', 'app/(api)/contact/route.ts'])).toEqual([['TG006', 'error', 'app/(api)/contact/route.ts']]);
    expect(findings(['app/layout.tsx', 'app/feed/page.tsx', 'app/feed/rss/route.ts', 'app/feed/layout.tsx'])).toEqual([]);
  });

  it('TG007: two pages or handlers at one URL; two extensions of one file are a warning', () => {
    expect(findings(['app/layout.tsx', 'app/(a)/about/page.tsx', 'app/(b)/about/page.tsx'])).toEqual([['TG007', 'error', 'app/(b)/about/page.tsx']]);
    expect(findings(['app/layout.tsx', 'app/page.tsx', 'app/(home)/page.tsx'])).toEqual([['TG007', 'error', 'app/page.tsx']]);
    expect(findings(['app/layout.tsx', 'app/(a)/api/route.ts', 'app/(b)/api/route.ts'])).toEqual([['TG007', 'error', 'app/(b)/api/route.ts']]);
    expect(findings(['app/layout.tsx', 'app/contact/page.js', 'app/contact/page.tsx'])).toEqual([['TG007', 'warning', 'app/contact/page.tsx']]);
    // Near misses: slot pages and intercepting pages share URLs by design.
    expect(findings(['app/layout.tsx', 'app/about/page.tsx', 'app/@modal/about/page.tsx', 'app/@modal/(.)about/page.tsx', 'app/@modal/default.tsx'])).toEqual([]);
  });

  it('TG007: a pages-router page at the URL of an App Router page or handler', () => {
    expect(
      findings(['app/layout.tsx', 'app/about/page.tsx', 'app/@modal/contact/page.tsx', 'app/(api)/feed/route.ts', 'pages/about.tsx', 'pages/contact.tsx', 'pages/feed/index.tsx']),
    ).toEqual([
      ['TG007', 'error', 'pages/about.tsx'],
      ['TG007', 'error', 'pages/contact.tsx'],
      ['TG007', 'error', 'pages/feed/index.tsx'],
    ]);
    // Near misses: other names, other params, an intercepting route.
    expect(findings(['app/layout.tsx', 'app/blog/[id]/page.tsx', 'app/x/(..)legacy/page.tsx', 'pages/blog/[slug].tsx', 'pages/legacy.tsx', 'pages/other.tsx'])).toEqual([]);
  });

  it('TG008: an interception marker that climbs above the root, once per folder', () => {
    expect(findings(['app/layout.tsx', 'app/feed/(..)(..)photo/page.tsx', 'app/feed/(..)(..)photo/[id]/page.tsx'])).toEqual([['TG008', 'error', 'app/feed/(..)(..)photo']]);
    expect(findings(['app/layout.tsx', 'app/(g)/(..)x/page.tsx'])).toEqual([['TG008', 'error', 'app/(g)/(..)x']]);
    expect(findings(['app/layout.tsx', 'app/feed/(..)photo/page.tsx', 'app/a/b/(..)(..)c/page.tsx', 'app/(...)x/page.tsx'])).toEqual([]);
  });

  it('TG009: folder names Next cannot route, once per folder, with the reason', () => {
    const result = tree(['app/layout.tsx', 'app/[[id]]/page.tsx', 'app/[[id]]/x/page.tsx', 'app/docs/[...]/page.tsx', 'app/@/page.tsx']);
    expect(result.diagnostics.map(({ code, file }) => [code, file])).toEqual([
      ['TG009', 'app/@'],
      ['TG009', 'app/[[id]]'],
      ['TG009', 'app/docs/[...]'],
    ]);
    expect(result.diagnostics[1]!.message).toContain('no optional single parameters');
    expect(result.pages).toEqual([]);
  });

  it('TG010: a slot with no layout beside it, once per slot folder', () => {
    expect(findings(['app/layout.tsx', 'app/shop/page.tsx', 'app/shop/@cart/page.tsx', 'app/shop/@cart/default.tsx'])).toEqual([['TG010', 'warning', 'app/shop/@cart']]);
    // Near misses: a layout beside the slot, in a group, or above a nested slot's own layout.
    expect(
      findings([
        'app/layout.tsx',
        'app/@modal/default.tsx',
        'app/(g)/layout.tsx',
        'app/(g)/@side/page.tsx',
        'app/d/layout.tsx',
        'app/d/@a/layout.tsx',
        'app/d/@a/@b/page.tsx',
        'app/d/@children/page.tsx',
      ]),
    ).toEqual([]);
  });

  it('TG014: pages with no root layout, reported once on the first', () => {
    const result = tree(['app/page.tsx', 'app/pricing/page.tsx', 'app/(site)/layout.tsx', 'app/(site)/about/page.tsx', 'app/api/route.ts']);
    expect(result.diagnostics.map(({ code, file }) => [code, file])).toEqual([['TG014', 'app/page.tsx']]);
    expect(result.diagnostics[0]!.message).toContain('and 1 other page(s)');
    expect(result.diagnostics[0]!.message).toContain('app/layout.tsx');
    expect(tree(['src/app/page.tsx']).diagnostics[0]!.message).toContain('src/app/layout.tsx');
    // Near misses: a handler needs no layout; a layout anywhere above the page is a root layout.
    expect(findings(['app/api/route.ts', 'app/(a)/b/layout.tsx', 'app/(a)/b/c/page.tsx'])).toEqual([]);
  });

  it('every message names what Next does and how to fix it', () => {
    const result = tree([
      'app/[[id]]/page.tsx',
      'app/x/(..)(..)y/page.tsx',
      'app/s/@slot/page.tsx',
      'app/b/[a]/page.tsx',
      'app/b/[c]/page.tsx',
      'app/d/[...x]/e/page.tsx',
      'app/[p]/[p]/page.tsx',
      'app/o/page.tsx',
      'app/o/[[...q]]/page.tsx',
      'app/r/page.tsx',
      'app/r/route.ts',
      'app/(g)/t/page.tsx',
      'app/(h)/t/page.tsx',
    ]);
    expect(new Set(result.diagnostics.map(({ code }) => code))).toEqual(new Set(['TG002', 'TG003', 'TG004', 'TG005', 'TG006', 'TG007', 'TG008', 'TG009', 'TG010', 'TG014']));
    for (const { message } of result.diagnostics) {
      expect(message).toMatch(/Next|next build/);
      expect(message).toMatch(/add|remove|rename|move|make|use|give|merge|delete/i);
    }
  });
});
