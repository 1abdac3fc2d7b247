import { describe, expect, it } from 'vitest';
import { customRouteOf } from './custom-routes.js';

describe('customRouteOf', () => {
  it.each([
    ['/old', '/old', []],
    ['/', '/', []],
    ['/blog/:slug', '/blog/[slug]', [{ name: 'slug', kind: 'single' }]],
    ['/docs/:path*', '/docs/[[...path]]', [{ name: 'path', kind: 'optional-catch-all' }]],
    ['/files/:path+', '/files/[...path]', [{ name: 'path', kind: 'catch-all' }]],
    ['/any/(.*)', '/any/[[...slug]]', [{ name: 'slug', kind: 'optional-catch-all' }]],
    ['/a/(.*)/b/(.+)', '/a/[[...slug]]/b/[...slug2]', [{ name: 'slug', kind: 'optional-catch-all' }, { name: 'slug2', kind: 'catch-all' }]],
    ['/u/:user/p/:post', '/u/[user]/p/[post]', [{ name: 'user', kind: 'single' }, { name: 'post', kind: 'single' }]],
  ] as const)('types %j as %j', (source, route, params) => {
    expect(customRouteOf(source)).toEqual({ route, params });
  });

  it.each(['/post/:id(\\d+)', '/post/:id?', '/x/:a-:b', '/x/(\\d+)'])('skips %j, which Next does not type either', (source) => {
    expect(customRouteOf(source)).toBeUndefined();
  });
});
