import type { Segment, StaticOrDynamicSegment } from '../model.js';

/**
 * Classifies one folder name the way Next's App Router does. This is the only parser of folder
 * names in approute: the generator, the ESLint plugin and the CLI all come through here.
 *
 * Malformed dynamic names that Next rejects at build time (`[]`, `[[x]]`, `[[...x]`...) come back
 * as `invalid` with the reason, so callers can report them instead of guessing.
 */
export function parseSegment(raw: string): Segment {
  if (raw.startsWith('_')) return { kind: 'private', raw };
  if (raw.startsWith('@')) {
    const name = raw.slice(1);
    return name === '' ? invalid(raw, 'a slot needs a name after `@`, as in `@modal`') : { kind: 'slot', raw, name };
  }
  if (raw.startsWith('(')) {
    const intercept = parseInterceptMarker(raw);
    if (intercept) return intercept;
    if (raw.endsWith(')') && raw.length > 2) return { kind: 'group', raw, name: raw.slice(1, -1) };
  }
  return parseStaticOrDynamic(raw);
}

function parseInterceptMarker(raw: string): Segment | undefined {
  let rest: string;
  let levels: number | 'root';
  if (raw.startsWith('(...)')) {
    levels = 'root';
    rest = raw.slice(5);
  } else if (raw.startsWith('(.)')) {
    levels = 0;
    rest = raw.slice(3);
  } else if (raw.startsWith('(..)')) {
    levels = 0;
    rest = raw;
    while (rest.startsWith('(..)')) {
      levels++;
      rest = rest.slice(4);
    }
    if (levels > 2) {
      return invalid(raw, 'Next knows `(.)`, `(..)`, `(..)(..)` and `(...)`; to climb further use `(...)` from the root');
    }
  } else {
    return undefined;
  }
  if (rest === '') return invalid(raw, 'an interception marker needs the segment it intercepts after it, as in `(.)photo`');
  const inner = parseStaticOrDynamic(rest);
  if (inner.kind === 'invalid') return { ...inner, raw };
  return { kind: 'intercept', raw, levels, inner };
}

/**
 * `%5F` is how a folder spells a literal `_` (a leading `_` would make it private). Next decodes
 * every upper-case `%5F` of an app path, wherever it is in the name, and nothing else
 * (`pageKey.replace(/%5F/g, '_')` in next 16.4.6 build/route-discovery, which `next typegen` uses).
 */
const decodeUnderscores = (text: string) => text.replace(/%5F/g, '_');

function parseStaticOrDynamic(raw: string): StaticOrDynamicSegment | Extract<Segment, { kind: 'invalid' }> {
  if (!(raw.startsWith('[') && raw.endsWith(']'))) {
    return { kind: 'static', raw, value: decodeUnderscores(raw) };
  }
  let name = decodeUnderscores(raw.slice(1, -1));
  let optional = false;
  if (name.startsWith('[') && name.endsWith(']')) {
    name = name.slice(1, -1);
    optional = true;
  }
  if (name.startsWith('…')) return invalid(raw, 'it starts with the one-character ellipsis `…`; write three dots, `[...name]`');
  let catchAll = false;
  if (name.startsWith('...')) {
    name = name.slice(3);
    catchAll = true;
  }
  if (name.startsWith('[') || name.endsWith(']')) return invalid(raw, 'a dynamic segment may not start or end with extra brackets; write `[name]`, `[...name]` or `[[...name]]`');
  if (name.startsWith('.')) return invalid(raw, 'a parameter name may not start with a period; write `[...name]` for a catch-all');
  if (name === '') return invalid(raw, 'a dynamic segment needs a parameter name, as in `[id]`');
  if (optional && !catchAll) return invalid(raw, 'Next has no optional single parameters; use `[name]` or the optional catch-all `[[...name]]`');
  const kind = optional ? 'optional-catch-all' : catchAll ? 'catch-all' : 'single';
  return { kind: 'dynamic', raw, param: { name, kind } };
}

function invalid(raw: string, reason: string): Extract<Segment, { kind: 'invalid' }> {
  return { kind: 'invalid', raw, reason };
}

/** The route-literal text of a dynamic parameter: `[x]`, `[...x]` or `[[...x]]`. */
export function formatParam(param: { name: string; kind: string }): string {
  if (param.kind === 'catch-all') return `[...${param.name}]`;
  if (param.kind === 'optional-catch-all') return `[[...${param.name}]]`;
  return `[${param.name}]`;
}
