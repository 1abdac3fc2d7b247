/**
 * next.config `redirects()` / `rewrites()` sources, source by source: the route literal and params
 * approute types (buildRouteTree, from its static reading of the config) against Next's own
 * converter, `convertCustomRouteSource` + `extractRouteParams` in next's route-types-utils.js, called
 * here as the oracle. The end-to-end case is fixtures/redirects (next-typegen.test.ts compares its
 * RedirectRoutes / RewriteRoutes with the real `next typegen`).
 */
import { createRequire } from 'node:module';
import { describe, expect, test, vi } from 'vitest';
import { buildRouteTree } from '@approute/typegen';

interface Group {
  readonly repeat: boolean;
  readonly optional: boolean;
}
const next = createRequire(import.meta.url)('next/dist/server/lib/router-utils/route-types-utils.js') as {
  convertCustomRouteSource(source: string): string[];
  extractRouteParams(route: string): Record<string, Group>;
};

const SOURCES = [
  '/old',
  '/',
  'no-leading-slash/:id',
  '/blog/:slug',
  '/u/:user/p/:post',
  '/docs/:path*',
  '/files/:path+',
  '/any/(.*)',
  '/some/(.+)',
  '/x/:a(.*)',
  '/x/:a(.+)',
  '/post-:slug',
  '/post-:rest*',
  '/feed/:name.xml',
  '/trailing/:id/',
  '/with space/:id',
  '/%5Fencoded',
  // Left out by both: custom regexes, optional params, two params with no text between.
  '/post/:id(\\d+)',
  '/:path((?!api).*)',
  '/(en|fr)/about',
  '/post/:id?',
  '/x/:a(.*)?',
  '/x/:a-:b',
  '/x/(\\d+)',
  // path-to-regexp rejects these; both type them as written.
  '/q?a=1',
  '/x/:a*?',
  // Deliberate differences (below).
  '/a/(.*)/b/(.+)',
  '/f{/g}?/h',
];

/** One side's view of a source: `route => params`, or nothing. */
function nextView(source: string): string[] {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {}); // Next logs parse errors
  try {
    return [...new Set(next.convertCustomRouteSource(source))].map((route) => {
      const params = Object.entries(next.extractRouteParams(route))
        .map(([name, { repeat, optional }]) => `${name}${optional ? '?' : ''}: ${repeat ? 'string[]' : 'string'}`)
        .sort();
      return `${route} => { ${params.join('; ')} }`;
    });
  } finally {
    spy.mockRestore();
  }
}

function approuteView(source: string): string[] {
  return buildRouteTree([], { redirects: [source] }).redirects.map(({ route, params }) => {
    const fields = params
      .map(({ name, kind }) => (kind === 'single' ? `${name}: string` : kind === 'catch-all' ? `${name}: string[]` : `${name}?: string[]`))
      .sort();
    return `${route} => { ${fields.join('; ')} }`;
  });
}

interface Deliberate {
  readonly id: string;
  readonly reason: string;
  readonly explains: (source: string, ours: readonly string[], theirs: readonly string[]) => boolean;
}

const DELIBERATE: readonly Deliberate[] = [
  {
    id: 'unnamed-group-names',
    reason:
      "path-to-regexp numbers unnamed groups 0, 1, 2; Next renames only group 0 (to `slug`), so the second becomes a param named `1`; approute names them slug, slug2, slug3, as Next's own naming code means to.",
    explains: (_source, ours, theirs) =>
      ours.length === 1 && theirs.length === 1 && theirs[0]!.replace(/\b(\d+)\b/g, (_, n: string) => `slug${Number(n) + 1}`) === ours[0],
  },
  {
    id: 'optional-group',
    reason:
      'For an optional group `{/g}?`, Next appends the group to both of its forks (`/f/g/h` twice, never `/f/h`); approute leaves the source out rather than type a route the source does not mean.',
    explains: (source, ours) => /\{[^}]*\}\?/.test(source) && ours.length === 0,
  },
];

describe('redirect and rewrite sources, approute against next', () => {
  const observed = new Set<string>();

  test.each(SOURCES)('%j', (source) => {
    const ours = approuteView(source);
    const theirs = nextView(source);
    if (JSON.stringify(ours) === JSON.stringify(theirs)) return;
    const rule = DELIBERATE.find((candidate) => candidate.explains(source, ours, theirs));
    if (rule) {
      observed.add(rule.id);
      return;
    }
    expect(ours, 'a difference no row of DELIBERATE explains').toEqual(theirs);
  });

  test('every deliberate difference shows up', () => {
    expect(DELIBERATE.map(({ id }) => id).filter((id) => !observed.has(id))).toEqual([]);
  });
});
