import { describe, expect, it } from 'vitest';
import { folderKey, resolveRoute } from './resolve-route.js';

const route = (path: string) => resolveRoute(path === '' ? [] : path.split('/'));

describe('resolveRoute', () => {
  it.each([
    ['', '/'],
    ['blog', '/blog'],
    ['blog/[slug]', '/blog/[slug]'],
    ['(shop)/products/[id]', '/products/[id]'],
    ['(a)/(b)/x', '/x'],
    ['@modal/login', '/login'],
    ['dashboard/@team/settings', '/dashboard/settings'],
    ['%5Finternal/[id]', '/_internal/[id]'],
    // Interception climbs route segments, not folders: groups and slots do not count.
    ['feed/(.)photo/[id]', '/feed/photo/[id]'],
    ['feed/(..)photo/[id]', '/photo/[id]'],
    ['a/(g)/b/(..)c', '/a/c'],
    ['@modal/(.)photo/[id]', '/photo/[id]'],
    ['shop/category/[cat]/(..)(..)photo/[id]', '/shop/photo/[id]'],
    ['deep/er/still/(...)login', '/login'],
    ['(...)login', '/login'],
  ])('resolves %j to %j', (dirs, expected) => {
    expect(route(dirs)).toMatchObject({ ok: true, route: expected });
  });

  it('collects params in order and drops the ones an interception climbs over', () => {
    expect(route('org/[org]/[repo]/blob/[...file]')).toMatchObject({
      params: [
        { name: 'org', kind: 'single' },
        { name: 'repo', kind: 'single' },
        { name: 'file', kind: 'catch-all' },
      ],
    });
    expect(route('users/[id]/(..)(..)teams/[teamId]')).toMatchObject({
      route: '/teams/[teamId]',
      params: [{ name: 'teamId', kind: 'single' }],
    });
    expect(route('docs/[[...path]]')).toMatchObject({ params: [{ name: 'path', kind: 'optional-catch-all' }] });
  });

  it('flags groups, slots and interceptions', () => {
    expect(route('blog/[slug]')).toMatchObject({ grouped: false, inSlot: false, intercepting: false });
    expect(route('(shop)/cart')).toMatchObject({ grouped: true, inSlot: false, intercepting: false });
    expect(route('@modal/login')).toMatchObject({ grouped: true, inSlot: true, intercepting: false });
    expect(route('feed/(..)photo')).toMatchObject({ grouped: true, inSlot: false, intercepting: true });
  });

  it('excludes anything below a private folder', () => {
    expect(route('_components')).toEqual({ ok: false, reason: 'private' });
    expect(route('blog/_drafts/[id]')).toEqual({ ok: false, reason: 'private' });
    expect(route('_x/[]')).toEqual({ ok: false, reason: 'private' });
  });

  it('reports the first invalid folder with its index', () => {
    expect(route('docs/[[id]]/x')).toMatchObject({ ok: false, reason: 'invalid', at: 1, segment: { raw: '[[id]]' } });
  });

  it('reports an interception that climbs above the root', () => {
    expect(route('(..)photo')).toEqual({ ok: false, reason: 'intercept-above-root', at: 0 });
    expect(route('feed/(..)(..)photo')).toEqual({ ok: false, reason: 'intercept-above-root', at: 1 });
    expect(route('(shop)/@modal/(..)photo')).toEqual({ ok: false, reason: 'intercept-above-root', at: 2 });
  });
});

describe('folderKey', () => {
  it('keeps every folder of the path, groups and slots included', () => {
    expect(folderKey(['(shop)'])).toBe('/(shop)');
    expect(folderKey(['@modal', '(.)photo'])).toBe('/@modal/(.)photo');
    expect(folderKey([])).toBe('/');
  });
});
