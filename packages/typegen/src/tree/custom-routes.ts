import type { Param } from '../model.js';

/**
 * Turns a `source` of next.config `redirects()` / `rewrites()` (path-to-regexp syntax) into the
 * route literal Next types it as: `:id` -> `[id]`, `:path*` -> `[[...path]]`, `:path+` ->
 * `[...path]`, `(.*)` -> `[[...slug]]`. Sources Next cannot type (custom regexes, optional
 * params) give undefined, as Next skips them too.
 */
export function customRouteOf(source: string): { route: string; params: Param[] } | undefined {
  const params: Param[] = [];
  let unnamed = 0;
  const parts: string[] = [];
  for (const part of source.replace(/^\/+/, '').split('/')) {
    if (!part.includes(':') && !part.includes('(')) {
      parts.push(part);
      continue;
    }
    const match = /^(?::([A-Za-z0-9_]+))?(?:\((.*)\))?([*+?])?$/.exec(part);
    if (!match || (!match[1] && match[2] === undefined)) return undefined;
    const [, named, pattern, modifier] = match;
    const name = named ?? (unnamed++ === 0 ? 'slug' : `slug${unnamed}`);
    let kind: Param['kind'];
    if (modifier === '*' || (!modifier && pattern === '.*')) kind = 'optional-catch-all';
    else if (modifier === '+' || (!modifier && pattern === '.+')) kind = 'catch-all';
    else if (!modifier && pattern === undefined) kind = 'single';
    else return undefined;
    params.push({ name, kind });
    parts.push(kind === 'single' ? `[${name}]` : kind === 'catch-all' ? `[...${name}]` : `[[...${name}]]`);
  }
  return { route: `/${parts.join('/')}`, params };
}
