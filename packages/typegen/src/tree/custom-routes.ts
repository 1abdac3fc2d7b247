import { parse, type Key } from 'path-to-regexp';
import type { Param } from '../model.js';

/** The pattern path-to-regexp 6 gives a `:name` without one of its own: a whole segment. */
const SEGMENT_PATTERN = '[^\\/#\\?]+?';

/**
 * Turns a `source` of next.config `redirects()` / `rewrites()` into the route literal Next types
 * it as. The source is tokenised by path-to-regexp 6, the parser Next itself uses, so both read it
 * the same way; then `:id` -> `[id]`, `:path*` -> `[[...path]]`, `:path+` -> `[...path]`, `(.*)`
 * -> `[[...slug]]`, `(.+)` -> `[...slug]`, text around a param is kept (`/post-:slug` ->
 * `/post-[slug]`). Sources Next cannot type (custom regexes, optional params) give undefined, as
 * Next skips them too; a source path-to-regexp rejects is typed as written, as Next does.
 *
 * Two deliberate differences (conformance/test/custom-routes.test.ts): unnamed groups are named
 * slug, slug2, slug3 (Next names the second one `1`), and an optional group `{/x}?` is skipped
 * (Next types it as if the group were always there).
 */
export function customRouteOf(source: string): { route: string; params: Param[] } | undefined {
  let tokens: ReturnType<typeof parse>;
  try {
    tokens = parse(source);
  } catch {
    return { route: source.startsWith('/') ? source : `/${source}`, params: [] };
  }
  const params: Param[] = [];
  let unnamed = 0;
  let route = '';
  for (const token of tokens) {
    if (typeof token === 'string') {
      route += token;
      continue;
    }
    const kind = paramKind(token);
    if (!kind) return undefined;
    const name = typeof token.name === 'string' && token.name !== '' ? token.name : unnamed++ === 0 ? 'slug' : `slug${unnamed}`;
    params.push({ name, kind });
    route += token.prefix + (kind === 'single' ? `[${name}]` : kind === 'catch-all' ? `[...${name}]` : `[[...${name}]]`);
  }
  return { route: route.startsWith('/') ? route : `/${route}`, params };
}

function paramKind(token: Key): Param['kind'] | undefined {
  if (token.modifier === '*') return 'optional-catch-all';
  if (token.modifier === '+') return 'catch-all';
  if (token.modifier !== '') return undefined;
  if (token.pattern === SEGMENT_PATTERN) return 'single';
  if (token.pattern === '.*') return 'optional-catch-all';
  if (token.pattern === '.+') return 'catch-all';
  return undefined;
}
