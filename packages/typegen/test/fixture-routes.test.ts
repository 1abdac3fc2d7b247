/**
 * A cold run of the generator over a fresh copy of every fixture app, asserting the route unions,
 * ParamMap, slot map, metadata routes and diagnostics against expectations written by hand from
 * each fixture's folder structure (not copied from the output). The generated file is read back
 * with the TypeScript parser, so the assertions see what the escaping produced.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTypegen, type DiagnosticCode, type MetadataKind, type Severity } from '../src/index.js';
import { copyFixture, listFixtures } from './helpers/fixtures.js';
import { readRoutesDts, type ParamType, type UnionName } from './helpers/read-routes-dts.js';

interface Expected {
  /** Route unions; unlisted ones must be empty. */
  readonly routes: Partial<Record<UnionName, string[]>>;
  /** ParamMap entries with params; every other key of ParamMap must map to `{}`. */
  readonly params?: Record<string, Record<string, ParamType>>;
  /** LayoutSlotMap: every layout key with its slots (`[]` for never). */
  readonly slots: Record<string, string[]>;
  readonly diagnostics?: readonly [DiagnosticCode, Severity, string][];
  /** `[route, kind, generated, file]` of each metadata file, when the fixture is about them. */
  readonly metadata?: readonly [string, MetadataKind, boolean, string][];
  /** Where the file lands, when not `.next/types/routes.d.ts`; `null` when nothing is written. */
  readonly out?: string | null;
  readonly config?: Record<string, unknown>;
}

const EXPECTED: Record<string, Expected> = {
  'kitchen-sink': {
    routes: {
      AppRoutes: ['/', '/_underscore', '/about', '/blog/[slug]', '/dashboard', '/docs/[[...path]]', '/files/[...parts]', '/photos/[id]', '/products/[id]'],
      AppRouteHandlerRoutes: ['/api/users/[id]'],
      PageRoutes: ['/legacy'],
      LayoutRoutes: ['/', '/(shop)', '/dashboard'],
    },
    params: {
      '/api/users/[id]': { id: 'string' },
      '/blog/[slug]': { slug: 'string' },
      '/docs/[[...path]]': { path: 'string[]?' },
      '/files/[...parts]': { parts: 'string[]' },
      '/photos/[id]': { id: 'string' },
      '/products/[id]': { id: 'string' },
    },
    slots: { '/': ['cart', 'modal'], '/(shop)': ['cart'], '/dashboard': ['analytics', 'team'] },
    metadata: [
      ['/', 'icon', false, 'app/icon.png'],
      ['/', 'sitemap', true, 'app/sitemap.ts'],
      ['/blog/[slug]', 'opengraph-image', true, 'app/blog/[slug]/opengraph-image.tsx'],
    ],
    config: { pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'mdx'] },
  },
  conventions: {
    routes: {
      AppRoutes: ['/', '/blog/[slug]'],
      AppRouteHandlerRoutes: ['/api/health', '/api/items/[id]', '/feed.xml'],
      LayoutRoutes: ['/', '/blog/[slug]'],
    },
    params: { '/blog/[slug]': { slug: 'string' }, '/api/items/[id]': { id: 'string' } },
    slots: { '/': [], '/blog/[slug]': [] },
    metadata: [
      ['/', 'apple-icon', false, 'app/apple-icon.png'],
      ['/', 'favicon', false, 'app/favicon.ico'],
      ['/', 'icon', false, 'app/icon.png'],
      ['/', 'icon', false, 'app/icon1.png'],
      ['/', 'icon', false, 'app/icon2.svg'],
      ['/', 'manifest', false, 'app/manifest.json'],
      ['/', 'opengraph-image', true, 'app/opengraph-image.tsx'],
      ['/', 'robots', true, 'app/robots.ts'],
      ['/', 'sitemap', true, 'app/sitemap.ts'],
      ['/', 'twitter-image', false, 'app/twitter-image.png'],
      ['/blog/[slug]', 'icon', true, 'app/blog/[slug]/icon.tsx'],
      ['/blog/[slug]', 'opengraph-image', true, 'app/blog/[slug]/opengraph-image.tsx'],
      ['/blog/[slug]', 'twitter-image', true, 'app/blog/[slug]/twitter-image2.tsx'],
    ],
    config: { file: 'next.config.mjs', authInterrupts: true },
  },
  'route-groups': {
    routes: {
      AppRoutes: ['/', '/about', '/cart', '/checkout', '/products/[id]'],
      LayoutRoutes: ['/', '/(marketing)', '/(shop)', '/(shop)/(checkout)', '/(shop)/products', '/products'],
    },
    params: { '/products/[id]': { id: 'string' } },
    slots: {
      // The URL key carries the slots of every layout at `/`; each group key only its own.
      '/': ['banner', 'cart'],
      '/(marketing)': ['banner'],
      '/(shop)': ['cart'],
      '/(shop)/(checkout)': [],
      '/(shop)/products': [],
      '/products': [],
    },
  },
  'dynamic-segments': {
    routes: {
      AppRoutes: ['/', '/blog/[slug]', '/blog/[slug]/comments/[commentId]', '/docs/[[...path]]', '/org/[org]/[repo]/blob/[...file]', '/shop/[...categories]'],
      AppRouteHandlerRoutes: ['/api/files/[...path]', '/api/posts/[id]'],
      LayoutRoutes: ['/', '/org/[org]'],
    },
    params: {
      '/blog/[slug]': { slug: 'string' },
      '/blog/[slug]/comments/[commentId]': { slug: 'string', commentId: 'string' },
      '/docs/[[...path]]': { path: 'string[]?' },
      '/org/[org]': { org: 'string' },
      '/org/[org]/[repo]/blob/[...file]': { org: 'string', repo: 'string', file: 'string[]' },
      '/shop/[...categories]': { categories: 'string[]' },
      '/api/files/[...path]': { path: 'string[]' },
      '/api/posts/[id]': { id: 'string' },
    },
    slots: { '/': [], '/org/[org]': [] },
  },
  'parallel-routes': {
    routes: {
      AppRoutes: ['/', '/dashboard', '/dashboard/settings', '/login', '/settings'],
      LayoutRoutes: ['/', '/(app)/settings', '/dashboard', '/dashboard/@analytics', '/settings'],
    },
    slots: {
      '/': ['modal'],
      '/(app)/settings': ['nav'],
      '/settings': ['nav'],
      // app/dashboard/@analytics/layout.tsx is also at URL /dashboard, so its @chart joins the URL key.
      '/dashboard': ['analytics', 'chart', 'team'],
      '/dashboard/@analytics': ['chart'],
    },
  },
  'intercepting-routes': {
    routes: {
      AppRoutes: ['/', '/feed', '/gallery', '/gallery/photo/[id]', '/login', '/photo/[id]', '/shop/category/[cat]', '/shop/item/[itemId]', '/shop/item/[sku]', '/shop/photo/[id]'],
      LayoutRoutes: ['/', '/feed/(..)photo/[id]', '/photo/[id]'],
    },
    params: {
      '/feed/(..)photo/[id]': { id: 'string' },
      '/gallery/photo/[id]': { id: 'string' },
      '/photo/[id]': { id: 'string' },
      '/shop/category/[cat]': { cat: 'string' },
      '/shop/photo/[id]': { id: 'string' },
      '/shop/item/[itemId]': { itemId: 'string' },
      '/shop/item/[sku]': { sku: 'string' },
    },
    slots: { '/': ['modal'], '/feed/(..)photo/[id]': [], '/photo/[id]': [] },
  },
  'private-folders': {
    routes: { AppRoutes: ['/', '/%5flower', '/_escaped', '/a_b', '/blog', '/blog/_internal/[id]'], LayoutRoutes: ['/'] },
    params: { '/blog/_internal/[id]': { id: 'string' } },
    slots: { '/': [] },
  },
  'config-js': {
    routes: { AppRoutes: ['/', '/about', '/blog/[slug]', '/notes'], LayoutRoutes: ['/'] },
    params: { '/blog/[slug]': { slug: 'string' } },
    slots: { '/': [] },
    config: { file: 'next.config.js', pageExtensions: ['js', 'jsx', 'md', 'mdx'] },
  },
  'config-mjs': {
    routes: { AppRoutes: ['/', '/guide', '/items/[id]'], LayoutRoutes: ['/'] },
    params: { '/items/[id]': { id: 'string' } },
    slots: { '/': [] },
    out: 'build/types/routes.d.ts',
    config: { file: 'next.config.mjs', pageExtensions: ['tsx', 'mdx'], distDir: 'build' },
  },
  'config-ts': {
    routes: {
      AppRoutes: ['/', '/changelog', '/js/[id]', '/jsx/[...rest]'],
      AppRouteHandlerRoutes: ['/api/ping'],
      LayoutRoutes: ['/'],
    },
    params: { '/js/[id]': { id: 'string' }, '/jsx/[...rest]': { rest: 'string[]' } },
    slots: { '/': [] },
    config: { file: 'next.config.ts', pageExtensions: ['ts', 'tsx', 'js', 'jsx', 'mdx'], authInterrupts: true },
  },
  // Literal redirects() / rewrites(); compared source by source with Next's own converter in conformance/.
  redirects: {
    routes: {
      AppRoutes: ['/', '/blog/[slug]', '/docs/[[...path]]'],
      LayoutRoutes: ['/'],
      RedirectRoutes: [
        '/about-us',
        '/archive/[...slug]',
        '/articles/[year]/[month]/[slug]',
        '/feed/[name].xml',
        '/guides/[[...path]]',
        '/legacy/[[...slug]]',
        '/manual/[...path]',
        '/old-blog/[slug]',
        '/post-[slug]',
      ],
      RewriteRoutes: ['/[[...path]]', '/blog/[slug]/amp', '/docs/[[...path]]', '/healthz'],
    },
    params: {
      '/[[...path]]': { path: 'string[]?' },
      '/archive/[...slug]': { slug: 'string[]' },
      '/articles/[year]/[month]/[slug]': { year: 'string', month: 'string', slug: 'string' },
      '/blog/[slug]': { slug: 'string' },
      '/blog/[slug]/amp': { slug: 'string' },
      '/docs/[[...path]]': { path: 'string[]?' },
      '/feed/[name].xml': { name: 'string' },
      '/guides/[[...path]]': { path: 'string[]?' },
      '/legacy/[[...slug]]': { slug: 'string[]?' },
      '/manual/[...path]': { path: 'string[]' },
      '/old-blog/[slug]': { slug: 'string' },
      '/post-[slug]': { slug: 'string' },
    },
    slots: { '/': [] },
    config: { file: 'next.config.mjs' },
  },
  'src-app': {
    routes: {
      AppRoutes: ['/', '/users/[id]'],
      AppRouteHandlerRoutes: ['/api/users/[id]'],
      PageRoutes: ['/legacy'],
      LayoutRoutes: ['/'],
    },
    params: { '/users/[id]': { id: 'string' }, '/api/users/[id]': { id: 'string' } },
    slots: { '/': [] },
  },
  'pages-router': {
    routes: {
      AppRoutes: ['/'],
      PageRoutes: ['/about', '/docs/[...slug]', '/posts', '/posts/[id]', '/shop/[[...filters]]'],
      LayoutRoutes: ['/'],
    },
    params: { '/docs/[...slug]': { slug: 'string[]' }, '/posts/[id]': { id: 'string' }, '/shop/[[...filters]]': { filters: 'string[]?' } },
    slots: { '/': [] },
  },
  // Deliberate misuse for the ESLint plugin's rules (owned by the plugin's e2e test); a valid tree.
  'lint-misuse': {
    routes: {
      AppRoutes: ['/', '/about', '/blog/[slug]', '/dashboard', '/docs/[...path]', '/shop/[category]/[item]'],
      AppRouteHandlerRoutes: ['/api/health', '/api/items'],
      LayoutRoutes: ['/', '/shop/[category]'],
    },
    params: {
      '/blog/[slug]': { slug: 'string' },
      '/docs/[...path]': { path: 'string[]' },
      '/shop/[category]': { category: 'string' },
      '/shop/[category]/[item]': { category: 'string', item: 'string' },
    },
    slots: { '/': [], '/shop/[category]': [] },
    config: { cacheComponents: true },
  },
  'hostile-names': {
    routes: {
      AppRoutes: [
        '/',
        '/${x}',
        '/%20encoded',
        '/*star',
        '/100%',
        '/back`tick',
        '/café',
        '/ctor/[constructor]',
        '/grouped',
        "/it's",
        '/kw/[class]',
        '/proto/[__proto__]',
        '/quotes/[it\'s]/[...say "hi"]',
        '/say "hi"',
        '/star*/slash',
        '/teams/[team-slug]',
        '/with space',
        '/日本語',
        '/🚀',
      ],
      AppRouteHandlerRoutes: ['/api/[`id`]'],
      LayoutRoutes: ['/', '/(group "q")'],
    },
    params: {
      '/api/[`id`]': { '`id`': 'string' },
      '/ctor/[constructor]': { constructor: 'string' } as Record<string, ParamType>,
      '/kw/[class]': { class: 'string' },
      // A computed key: a plain `__proto__:` in an object literal would set the prototype instead.
      '/proto/[__proto__]': { ['__proto__']: 'string' },
      '/quotes/[it\'s]/[...say "hi"]': { "it's": 'string', 'say "hi"': 'string[]' },
      '/teams/[team-slug]': { 'team-slug': 'string' },
    },
    slots: { '/': ['side-bar'], '/(group "q")': ['side-bar'] },
  },
  'invalid-tg001-no-app-dir': {
    routes: {},
    slots: {},
    out: null,
    diagnostics: [['TG001', 'error', 'app']],
  },
  'invalid-tg001-pages-only': {
    routes: { PageRoutes: ['/', '/blog/[slug]'] },
    params: { '/blog/[slug]': { slug: 'string' } },
    slots: {},
    diagnostics: [['TG001', 'warning', 'app']],
  },
  'invalid-tg002-sibling-dynamic': {
    routes: {
      AppRoutes: ['/blog/[id]', '/blog/[slug]', '/docs/[...parts]', '/docs/[[...all]]', '/shop/[...rest]', '/shop/[id]', '/shop/[id]/reviews', '/teams/[teamId]', '/users/[userId]'],
      LayoutRoutes: ['/'],
    },
    params: {
      '/blog/[id]': { id: 'string' },
      '/blog/[slug]': { slug: 'string' },
      '/docs/[...parts]': { parts: 'string[]' },
      '/docs/[[...all]]': { all: 'string[]?' },
      '/shop/[...rest]': { rest: 'string[]' },
      '/shop/[id]': { id: 'string' },
      '/shop/[id]/reviews': { id: 'string' },
      '/teams/[teamId]': { teamId: 'string' },
      '/users/[userId]': { userId: 'string' },
    },
    slots: { '/': [] },
    diagnostics: [
      ['TG002', 'error', 'app/blog/[slug]/page.tsx'],
      ['TG002', 'error', 'app/docs/[[...all]]/page.tsx'],
    ],
  },
  'invalid-tg003-catch-all-not-last': {
    routes: { AppRoutes: ['/docs/[...slug]/edit', '/files/[...path]', '/wiki/[[...page]]'], LayoutRoutes: ['/'] },
    params: {
      '/docs/[...slug]/edit': { slug: 'string[]' },
      '/files/[...path]': { path: 'string[]' },
      '/wiki/[[...page]]': { page: 'string[]?' },
    },
    slots: { '/': [] },
    diagnostics: [['TG003', 'error', 'app/docs/[...slug]/edit/page.tsx']],
  },
  'invalid-tg004-repeated-param': {
    routes: { AppRoutes: ['/[id]/posts/[id]', '/teams/[team-slug]/members/[teamslug]', '/users/[userId]/posts/[postId]'], LayoutRoutes: ['/'] },
    params: {
      '/[id]/posts/[id]': { id: 'string' },
      '/teams/[team-slug]/members/[teamslug]': { 'team-slug': 'string', teamslug: 'string' },
      '/users/[userId]/posts/[postId]': { userId: 'string', postId: 'string' },
    },
    slots: { '/': [] },
    diagnostics: [
      ['TG004', 'error', 'app/[id]/posts/[id]/page.tsx'],
      ['TG004', 'error', 'app/teams/[team-slug]/members/[teamslug]/page.tsx'],
    ],
  },
  'invalid-tg005-optional-catch-all': {
    routes: { AppRoutes: ['/docs', '/docs/[[...slug]]', '/shop', '/shop/[...slug]', '/wiki/[[...slug]]'], LayoutRoutes: ['/'] },
    params: { '/docs/[[...slug]]': { slug: 'string[]?' }, '/shop/[...slug]': { slug: 'string[]' }, '/wiki/[[...slug]]': { slug: 'string[]?' } },
    slots: { '/': [] },
    diagnostics: [['TG005', 'error', 'app/docs/[[...slug]]/page.tsx']],
  },
  'invalid-tg006-page-and-route': {
    routes: { AppRoutes: ['/api', '/contact', '/feed'], AppRouteHandlerRoutes: ['/api', '/contact', '/feed/rss'], LayoutRoutes: ['/'] },
    slots: { '/': [] },
    diagnostics: [
      ['TG006', 'error', 'app/(api)/contact/route.ts'],
      ['TG006', 'error', 'app/api/route.ts'],
    ],
  },
  'invalid-tg007-same-url': {
    routes: { AppRoutes: ['/about', '/contact'], AppRouteHandlerRoutes: ['/api'], PageRoutes: ['/about'], LayoutRoutes: ['/'] },
    slots: { '/': ['modal'] },
    diagnostics: [
      ['TG007', 'error', 'app/(b)/api/route.ts'],
      ['TG007', 'error', 'app/(shop)/about/page.tsx'],
      ['TG007', 'warning', 'app/contact/page.tsx'],
      ['TG007', 'error', 'pages/about.tsx'],
    ],
  },
  'invalid-tg008-intercept-above-root': {
    routes: { AppRoutes: ['/feed', '/video'], LayoutRoutes: ['/'] },
    slots: { '/': [] },
    diagnostics: [['TG008', 'error', 'app/feed/(..)(..)photo']],
  },
  'invalid-tg009-bad-segment': {
    routes: { AppRoutes: ['/'], LayoutRoutes: ['/'] },
    slots: { '/': [] },
    diagnostics: [
      ['TG009', 'error', 'app/[[id]]'],
      ['TG009', 'error', 'app/a/(..)(..)(..)b'],
      ['TG009', 'error', 'app/docs/[...]'],
      ['TG009', 'error', 'app/ellipsis/[…slug]'],
    ],
  },
  'invalid-tg010-slot-without-layout': {
    routes: { AppRoutes: ['/', '/blog', '/shop'], LayoutRoutes: ['/', '/blog'] },
    slots: { '/': [], '/blog': ['sidebar'] },
    diagnostics: [['TG010', 'warning', 'app/shop/@cart']],
  },
  'invalid-tg011-dynamic-config': {
    // pageExtensions cannot be read, so Next's defaults apply and page.mdx is no route.
    routes: { AppRoutes: ['/'], LayoutRoutes: ['/'] },
    slots: { '/': [] },
    diagnostics: [
      ['TG011', 'warning', 'next.config.mjs'],
      ['TG011', 'warning', 'next.config.mjs'],
    ],
    config: { pageExtensions: ['tsx', 'ts', 'jsx', 'js'], distDir: '.next' },
  },
  'invalid-tg014-no-root-layout': {
    routes: { AppRoutes: ['/', '/about', '/pricing'], AppRouteHandlerRoutes: ['/api/status'], LayoutRoutes: ['/', '/(site)'] },
    slots: { '/': [], '/(site)': [] },
    diagnostics: [['TG014', 'error', 'app/page.tsx']],
  },
};

const temps: (() => void)[] = [];
afterAll(() => temps.forEach((remove) => remove()));

describe('fixtures', () => {
  it('every fixture folder has expectations, and every expectation a folder', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(listFixtures());
  });

  describe.each(Object.entries(EXPECTED))('%s (cold run)', (name, expected) => {
    const { dir, remove } = copyFixture(name);
    temps.push(remove);
    const result = runTypegen({ root: dir });

    it('reports exactly the expected diagnostics', () => {
      const actual = result.diagnostics.map(({ code, severity, file }) => [code, severity, file]);
      expect(actual.sort()).toEqual([...(expected.diagnostics ?? [])].map((entry) => [...entry]).sort());
      for (const diagnostic of result.diagnostics) expect(diagnostic.message.length).toBeGreaterThan(40);
    });

    if (expected.out === null) {
      it('writes nothing', () => {
        expect(result.files).toEqual([]);
        expect(existsSync(join(dir, '.next'))).toBe(false);
      });
      return;
    }

    const out = expected.out ?? '.next/types/routes.d.ts';
    it(`writes ${out}, and nothing on a second run`, () => {
      expect(result.outcomes).toContainEqual({ path: out, status: 'written' });
      expect(result.outcomes.map(({ status }) => status)).toEqual(result.outcomes.map(() => 'written'));
      const again = runTypegen({ root: dir }).outcomes;
      expect(again).toContainEqual({ path: out, status: 'unchanged' });
      expect(again.map(({ status }) => status)).toEqual(again.map(() => 'unchanged'));
    });

    it('emits the expected route unions, ParamMap and slot map', () => {
      const dts = readRoutesDts(readFileSync(join(dir, out), 'utf8'));
      for (const [union, members] of Object.entries(dts.unions)) {
        expect({ union, members }).toEqual({ union, members: [...(expected.routes[union as UnionName] ?? [])].sort() });
      }
      const allRoutes = new Set(Object.values(dts.unions).flat());
      expect(Object.keys(dts.paramMap).sort()).toEqual([...allRoutes].sort());
      const expectedParams = Object.fromEntries([...allRoutes].map((route) => [route, expected.params?.[route] ?? {}]));
      expect(dts.paramMap).toEqual(expectedParams);
      for (const route of Object.keys(expected.params ?? {})) expect(allRoutes).toContain(route);
      expect(dts.slotMap).toEqual(expected.slots);
      expect(Object.keys(dts.slotMap).sort()).toEqual([...dts.unions.LayoutRoutes].sort());
    });

    if (expected.metadata) {
      const metadata = expected.metadata;
      it('finds the metadata files with their routes', () => {
        const actual = result.tree.metadata.map(({ route, kind, generated, file }) => [route, kind, generated, file]);
        expect(actual).toEqual(metadata.map((entry) => [...entry]));
      });
    }

    if (expected.config) {
      const config = expected.config;
      it('reads next.config statically', () => {
        expect(result.context.config).toMatchObject(config);
      });
    }
  });
});
