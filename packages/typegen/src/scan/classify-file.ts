import type { AppFileKind, MetadataKind, RouteFile } from '../model.js';

/** Next's default `pageExtensions`. */
export const DEFAULT_PAGE_EXTENSIONS: readonly string[] = ['tsx', 'ts', 'jsx', 'js'];

const APP_FILE_KINDS: ReadonlySet<string> = new Set<AppFileKind>([
  'page',
  'layout',
  'route',
  'default',
  'template',
  'loading',
  'error',
  'global-error',
  'not-found',
  'forbidden',
  'unauthorized',
]);

/** Static asset extensions of each metadata convention; any may also be code (an image route). */
const METADATA_ASSET_EXTENSIONS: Readonly<Record<MetadataKind, readonly string[]>> = {
  'opengraph-image': ['jpg', 'jpeg', 'png', 'gif'],
  'twitter-image': ['jpg', 'jpeg', 'png', 'gif'],
  icon: ['ico', 'jpg', 'jpeg', 'png', 'svg'],
  'apple-icon': ['jpg', 'jpeg', 'png'],
  favicon: ['ico'],
  sitemap: ['xml'],
  robots: ['txt'],
  manifest: ['json', 'webmanifest'],
};

/**
 * Image conventions that accept a one-digit suffix (`icon1.png`, `opengraph-image2.tsx`): Next's
 * matcher (lib/metadata/is-metadata-route) is `icon\d?`, so `icon12.png` is no metadata file.
 */
const NUMBERED_METADATA = /^(opengraph-image|twitter-image|icon|apple-icon)\d?$/;

/** Conventions Next only knows directly in the app directory (`app/robots.txt`, not `app/blog/robots.txt`). */
const ROOT_ONLY_METADATA: ReadonlySet<MetadataKind> = new Set<MetadataKind>(['favicon', 'robots', 'manifest']);

/**
 * Pages-router paths that are not pages: `_app`, `_document`, `_error` and API routes. Next's own
 * test (`RESERVED_PAGE` in next 16.4.6 build/utils), prefix quirks included (`/_apple` counts too).
 */
const RESERVED_PAGE = /^\/(_app|_error|_document|api(\/|$))/;

export interface ClassifyOptions {
  readonly pageExtensions: readonly string[];
}

/**
 * Splits a file name into base name and extension, taking the longest configured page extension
 * first so `page.mdx` and `page.md.tsx`-style extensions resolve the way Next resolves them.
 */
function splitName(fileName: string, pageExtensions: readonly string[]): { name: string; ext: string } | undefined {
  let best: string | undefined;
  for (const ext of pageExtensions) {
    if (fileName.length > ext.length + 1 && fileName.endsWith(`.${ext}`) && (!best || ext.length > best.length)) best = ext;
  }
  if (best) return { name: fileName.slice(0, -best.length - 1), ext: best };
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0) return undefined;
  return { name: fileName.slice(0, dot), ext: fileName.slice(dot + 1) };
}

/**
 * The convention an app/ file's name can stand for, whatever the `pageExtensions`: the one the part
 * of the name before its first dot names (`route.ts` -> `route`, `icon2.png` -> `icon`), else
 * undefined. When `classifyFile` accepts the file, this is its kind (its metadata kind for a
 * metadata file); it may name one that `classifyFile` then rejects (`route.css`). A cheap test for
 * callers that see many components and utils (the ESLint plugin); `classifyFile` decides.
 */
export function conventionOfFileName(fileName: string): AppFileKind | MetadataKind | undefined {
  const dot = fileName.indexOf('.');
  const stem = dot < 0 ? fileName : fileName.slice(0, dot);
  return APP_FILE_KINDS.has(stem) ? (stem as AppFileKind) : metadataKindOf(stem);
}

/** Whether an app/ file of this name can be a convention file at all (see `conventionOfFileName`). */
export function mayBeAppConventionFile(fileName: string): boolean {
  return conventionOfFileName(fileName) !== undefined;
}

/**
 * Decides whether a file matters for routing, and as what. Pure: the scanner, the watcher and the
 * ESLint plugin all classify through it. Returns undefined for files routing ignores.
 *
 * @param router which router directory the file is under
 * @param dirs folder names from that directory down to the file's folder
 * @param fileName the file's name with its extension
 * @param rootPath the router directory relative to the project root (`app`, `src/app`)
 */
export function classifyFile(
  router: 'app' | 'pages',
  rootPath: string,
  dirs: readonly string[],
  fileName: string,
  options: ClassifyOptions,
): RouteFile | undefined {
  // Declaration files are never routes, even with `ts` in pageExtensions (Next skips them too).
  if (/\.d\.[mc]?ts$/.test(fileName)) return undefined;
  const split = splitName(fileName, options.pageExtensions);
  if (!split) return undefined;
  const { name, ext } = split;
  const isCode = options.pageExtensions.includes(ext);
  const pathOf = () => [rootPath, ...dirs, fileName].join('/');

  if (router === 'pages') {
    if (!isCode || RESERVED_PAGE.test(`/${[...dirs, name].join('/')}`)) return undefined;
    return { path: pathOf(), router, root: rootPath, dirs, name, ext };
  }

  if (isCode && APP_FILE_KINDS.has(name)) return { path: pathOf(), router, root: rootPath, dirs, name, ext, kind: name as AppFileKind };

  const metadata = metadataKindOf(name);
  if (!metadata || (ROOT_ONLY_METADATA.has(metadata) && dirs.length > 0)) return undefined;
  const generated = isCode && !(metadata === 'favicon');
  // Next matches asset extensions case-sensitively: `icon.PNG` is not an icon.
  if (!generated && !METADATA_ASSET_EXTENSIONS[metadata].includes(ext)) return undefined;
  return { path: pathOf(), router, root: rootPath, dirs, name, ext, kind: 'metadata', metadata: { kind: metadata, generated } };
}

function metadataKindOf(name: string): MetadataKind | undefined {
  const numbered = NUMBERED_METADATA.exec(name);
  if (numbered) return numbered[1] as MetadataKind;
  if (name === 'favicon' || name === 'sitemap' || name === 'robots' || name === 'manifest') return name;
  return undefined;
}
