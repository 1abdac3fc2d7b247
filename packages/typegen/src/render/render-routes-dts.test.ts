import { describe, expect, it } from 'vitest';
import type { RouteTree } from '../model.js';
import { renderRoutesDts, ROUTES_DTS_BANNER } from './render-routes-dts.js';

const EMPTY: RouteTree = { pages: [], handlers: [], layouts: [], pagesRouter: [], metadata: [], redirects: [], rewrites: [], diagnostics: [] };

describe('renderRoutesDts', () => {
  it('starts with the banner and renders an empty tree with never unions', () => {
    const { path, content } = renderRoutesDts(EMPTY);
    expect(path).toBe('.next/types/routes.d.ts');
    expect(content.startsWith(`${ROUTES_DTS_BANNER}\n`)).toBe(true);
    expect(content).toContain('type AppRoutes = never\n');
    expect(content).toContain('interface ParamMap {\n}');
  });

  it('writes a param repeated in one path (TG004) once, so the file still compiles', () => {
    const params = [
      { name: 'id', kind: 'single' },
      { name: 'id', kind: 'catch-all' },
    ] as const;
    const { content } = renderRoutesDts({ ...EMPTY, pages: [{ route: '/[id]/x/[...id]', params, file: 'app/[id]/x/[...id]/page.tsx' }] });
    expect(content).toContain('"/[id]/x/[...id]": { "id": string[]; }');
  });

  it('is deterministic: input order does not change a byte', () => {
    const a = { route: '/a', params: [], file: 'app/a/page.tsx' };
    const b = { route: '/b', params: [], file: 'app/b/page.tsx' };
    const layout = (key: string, slots: string[]) => ({ route: '/', params: [], file: `app${key}/layout.tsx`, key, slots });
    const one = renderRoutesDts({ ...EMPTY, pages: [a, b], layouts: [layout('/(x)', ['m', 'n']), layout('/(y)', ['k'])] });
    const two = renderRoutesDts({ ...EMPTY, pages: [b, a], layouts: [layout('/(y)', ['k']), layout('/(x)', ['n', 'm'])] });
    expect(one.content).toBe(two.content);
    expect(one.content).toContain('"/": "k" | "m" | "n"');
  });
});
