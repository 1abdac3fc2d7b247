/**
 * What Next accepts, as measured against next 16.4.6 (`AppSegmentConfigSchema` in
 * next/dist/build/segment-config/app/app-segment-config.js, `HTTP_METHODS` in
 * next/dist/server/web/http.js) and ../shared/NEXT_FACTS.md section 4. One place, so the rules agree.
 */
import type { MetadataKind } from '@approute/typegen';
import type { StaticValue } from './static-value.js';

/** The HTTP methods a route handler may export, in Next's order. */
export const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'] as const;
export const HTTP_METHOD_SET: ReadonlySet<string> = new Set(HTTP_METHODS);

/** The route files Next reads segment config and `generateStaticParams` from (generated metadata files take segment config too). */
export const SEGMENT_FILE_KINDS: ReadonlySet<string> = new Set(['page', 'layout', 'route']);

/** The metadata routes that render an image (`icon.tsx`, `opengraph-image.tsx`...). */
export const IMAGE_METADATA_KINDS: ReadonlySet<MetadataKind> = new Set<MetadataKind>(['icon', 'apple-icon', 'opengraph-image', 'twitter-image']);

/** `next/navigation` functions that throw a control-flow error Next must see to act. */
export const NAVIGATION_THROWERS: ReadonlySet<string> = new Set(['redirect', 'permanentRedirect', 'notFound', 'forbidden', 'unauthorized']);

/** The request APIs of `next/headers`, asynchronous since Next 15. */
export const REQUEST_APIS: ReadonlySet<string> = new Set(['cookies', 'headers', 'draftMode']);

/** `ImageResponse`, exported by `next/og` (and, before Next 15, by `next/server`). */
export const IMAGE_RESPONSE: ReadonlySet<string> = new Set(['ImageResponse']);

export interface SegmentConfigSpec {
  /** What Next accepts, for messages: `'auto', 'error', 'force-static' or 'force-dynamic'`. */
  readonly expected: string;
  readonly accepts: (value: StaticValue) => boolean;
  /** The string values, for suggestions that correct a near miss (`'force_static'`). */
  readonly enumValues?: readonly string[];
  /** `next build` fails when this is exported with `cacheComponents: true`. */
  readonly rejectedByCacheComponents?: boolean;
  /** `next build` fails when this is exported without `cacheComponents: true`. */
  readonly requiresCacheComponents?: boolean;
  /** Not allowed in layouts. */
  readonly pagesOnly?: boolean;
}

const isNonNegativeInteger = (value: StaticValue): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const oneOf = (values: readonly string[]) => (value: StaticValue) => typeof value === 'string' && values.includes(value);
const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ').replace(/, ([^,]*)$/, ' or $1');

const DYNAMIC = ['auto', 'error', 'force-static', 'force-dynamic'];
const FETCH_CACHE = ['auto', 'default-cache', 'only-cache', 'force-cache', 'force-no-store', 'default-no-store', 'only-no-store'];
const RUNTIME = ['nodejs', 'edge'];
const PREFETCH = ['auto', 'partial', 'force-disabled'];
const ENSURE_STATIC = ['auto', 'shell', 'prefetch', 'navigation'];

/** Route segment config exports of pages, layouts and route handlers, and what each accepts. */
export const SEGMENT_CONFIG: Readonly<Record<string, SegmentConfigSpec>> = {
  dynamic: { expected: list(DYNAMIC), accepts: oneOf(DYNAMIC), enumValues: DYNAMIC, rejectedByCacheComponents: true },
  dynamicParams: { expected: '`true` or `false`', accepts: (value) => typeof value === 'boolean', rejectedByCacheComponents: true },
  revalidate: {
    expected: 'an integer number of seconds >= 0, or `false`',
    accepts: (value) => value === false || isNonNegativeInteger(value),
    rejectedByCacheComponents: true,
  },
  fetchCache: { expected: list(FETCH_CACHE), accepts: oneOf(FETCH_CACHE), enumValues: FETCH_CACHE, rejectedByCacheComponents: true },
  runtime: { expected: list(RUNTIME), accepts: oneOf(RUNTIME), enumValues: RUNTIME, rejectedByCacheComponents: true },
  preferredRegion: {
    expected: 'a string or an array of strings',
    accepts: (value) => typeof value === 'string' || (Array.isArray(value) && value.every((item) => typeof item === 'string')),
  },
  maxDuration: { expected: 'an integer number of seconds >= 0', accepts: isNonNegativeInteger },
  instant: {
    expected: '`true`, `false` or an object',
    accepts: (value) => typeof value === 'boolean' || (typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof RegExp)),
    requiresCacheComponents: true,
  },
  prefetch: { expected: list(PREFETCH), accepts: oneOf(PREFETCH), enumValues: PREFETCH, requiresCacheComponents: true },
  ensureStatic: {
    expected: `${list(ENSURE_STATIC)}, or \`false\``,
    accepts: (value) => value === false || oneOf(ENSURE_STATIC)(value),
    enumValues: ENSURE_STATIC,
    requiresCacheComponents: true,
  },
  unstable_dynamicStaleTime: { expected: 'an integer number of seconds >= 0', accepts: isNonNegativeInteger, pagesOnly: true },
};

export const SEGMENT_CONFIG_KEYS: ReadonlySet<string> = new Set(Object.keys(SEGMENT_CONFIG));
/** The same names as a list, for text prefilters (`mentionsAny`). */
export const SEGMENT_CONFIG_NAMES: readonly string[] = [...SEGMENT_CONFIG_KEYS];

/** The closest allowed string to a near miss (`'force_static'`, `'Force-Static'` -> `'force-static'`), if any. */
export function closestEnumValue(value: string, allowed: readonly string[]): string | undefined {
  const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
  const wanted = normalize(value);
  return allowed.find((candidate) => normalize(candidate) === wanted);
}
