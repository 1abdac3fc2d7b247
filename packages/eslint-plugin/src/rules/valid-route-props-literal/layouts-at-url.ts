/**
 * Which layout files of an app resolve to a given URL: `app/layout.tsx`, `app/(shop)/layout.tsx`
 * and `app/@modal/layout.tsx` all sit at `/`. valid-route-props-literal accepts a grouped layout's
 * URL key (`LayoutProps<'/cart'>` in `app/(shop)/cart/layout.tsx`) only when no other layout shares
 * it, because the URL key carries the slots of every layout at that URL.
 *
 * The walk follows only folders that can lead to the URL (a folder is entered when the route model,
 * `resolveRoute` from @approute/typegen, resolves it to the URL or a prefix of it: groups and slots
 * always, one matching segment otherwise), so it reads a handful of directories, not the app. Each
 * folder's listing is kept with its children's resolved routes and its mtime, and the mtime is
 * looked at again at most every DISK_RECHECK_MS: a lint of a whole app asks about hundreds of URLs,
 * and their walks share the same group folders, so they cost no file system call and no route
 * resolution after the first; adding or removing a layout file or a folder changes the mtime of
 * the folder it is in, so a long editor session stays right.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { classifyFile, resolveRoute, type ResolvedRoute } from '@approute/typegen';
import { DISK_RECHECK_MS } from '../../utils/route-context.js';

/** One folder of the app as the walk needs it. */
interface Listing {
  readonly mtimeMs: number;
  /** When the mtime was last compared with the disk (performance.now()). */
  checkedAt: number;
  /** The folder's own route. */
  readonly here: ResolvedRoute;
  /** Child folders and their routes. */
  readonly folders: readonly { readonly name: string; readonly resolved: ResolvedRoute }[];
  /** Names of the files (and links) in it. */
  readonly files: readonly string[];
}

const listings = new Map<string, Listing>();
const MAX_LISTINGS = 5_000;

/**
 * The layout files (paths relative to `root`, `/`-separated, sorted) whose folder resolves to
 * `url`, in the app directory `appDir` (relative to `root`) of a project with `pageExtensions`.
 */
export function findLayoutsAtUrl(root: string, appDir: string, url: string, pageExtensions: readonly string[]): readonly string[] {
  const layouts: string[] = [];
  walk(root, appDir, [], url, pageExtensions, layouts, performance.now());
  return layouts.sort();
}

function walk(root: string, appDir: string, dirs: readonly string[], url: string, pageExtensions: readonly string[], layouts: string[], now: number): void {
  const relative = dirs.length === 0 ? appDir : `${appDir}/${dirs.join('/')}`;
  const listing = listDirectory(join(root, relative), dirs, now);
  if (!listing) return;
  for (const { name, resolved } of listing.folders) {
    if (resolved.ok && isRoutePrefix(resolved.route, url)) walk(root, appDir, [...dirs, name], url, pageExtensions, layouts, now);
  }
  if (listing.here.ok && listing.here.route === url) {
    for (const name of listing.files) {
      if (classifyFile('app', appDir, dirs, name, { pageExtensions })?.kind === 'layout') layouts.push(`${relative}/${name}`);
    }
  }
}

/** A folder's listing, read again when its mtime changed (looked at every DISK_RECHECK_MS at most). */
function listDirectory(path: string, dirs: readonly string[], now: number): Listing | undefined {
  const cached = listings.get(path);
  if (cached && now - cached.checkedAt < DISK_RECHECK_MS) return cached;
  try {
    const { mtimeMs } = statSync(path);
    if (cached && cached.mtimeMs === mtimeMs) {
      cached.checkedAt = now;
      return cached;
    }
    const folders: Listing['folders'][number][] = [];
    const files: string[] = [];
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      if (entry.isDirectory()) folders.push({ name: entry.name, resolved: resolveRoute([...dirs, entry.name]) });
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(entry.name);
    }
    const listing: Listing = { mtimeMs, checkedAt: now, here: resolveRoute(dirs), folders, files };
    if (listings.size > MAX_LISTINGS) listings.clear();
    listings.set(path, listing);
    return listing;
  } catch {
    listings.delete(path);
    return undefined;
  }
}

/** `/a` is a prefix of `/a/b` and of `/a`; `/` of everything; `/a` not of `/ab`. */
function isRoutePrefix(prefix: string, route: string): boolean {
  return prefix === route || prefix === '/' || route.startsWith(`${prefix}/`);
}
