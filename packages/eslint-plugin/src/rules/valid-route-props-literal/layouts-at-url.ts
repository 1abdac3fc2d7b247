/**
 * Which layout files of an app resolve to a given URL: `app/layout.tsx`, `app/(shop)/layout.tsx`
 * and `app/@modal/layout.tsx` all sit at `/`. valid-route-props-literal accepts a grouped layout's
 * URL key (`LayoutProps<'/cart'>` in `app/(shop)/cart/layout.tsx`) only when no other layout shares
 * it, because the URL key carries the slots of every layout at that URL.
 *
 * The walk follows only folders that can lead to the URL (a folder is entered when the route model,
 * `resolveRoute` from @approute/typegen, resolves it to the URL or a prefix of it: groups and slots
 * always, one matching segment otherwise), so it reads a handful of directories, not the app. Its
 * answer is cached with the mtimes of the directories it read: adding or removing a layout file or
 * a folder changes one of them, so a long editor session stays right at the cost of a few `stat`s.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { classifyFile, resolveRoute } from '@approute/typegen';
import { DISK_RECHECK_MS } from '../../utils/route-context.js';

interface CacheEntry {
  readonly dirs: readonly string[];
  readonly signature: string;
  readonly layouts: readonly string[];
  /** When the signature was last compared with the disk (performance.now()). */
  checkedAt: number;
}

const cache = new Map<string, CacheEntry>();
const MAX_ENTRIES = 2_000;

/**
 * The layout files (paths relative to `root`, `/`-separated, sorted) whose folder resolves to
 * `url`, in the app directory `appDir` (relative to `root`) of a project with `pageExtensions`.
 */
export function findLayoutsAtUrl(root: string, appDir: string, url: string, pageExtensions: readonly string[]): readonly string[] {
  const key = `${root}\0${appDir}\0${url}\0${pageExtensions.join(',')}`;
  const cached = cache.get(key);
  const now = performance.now();
  if (cached && now - cached.checkedAt < DISK_RECHECK_MS) return cached.layouts;
  if (cached && signatureOf(root, cached.dirs) === cached.signature) {
    cached.checkedAt = now;
    return cached.layouts;
  }
  const visited: string[] = [];
  const layouts: string[] = [];
  walk(root, appDir, [], url, pageExtensions, visited, layouts);
  layouts.sort();
  if (cache.size > MAX_ENTRIES) cache.clear();
  cache.set(key, { dirs: visited, signature: signatureOf(root, visited), layouts, checkedAt: now });
  return layouts;
}

function walk(root: string, appDir: string, dirs: string[], url: string, pageExtensions: readonly string[], visited: string[], layouts: string[]): void {
  const relative = [appDir, ...dirs].join('/');
  visited.push(relative);
  const entries = listDirectory(join(root, relative));
  if (!entries) return;
  const here = resolveRoute(dirs);
  for (const entry of entries) {
    if (entry.isDirectory()) {
      const child = [...dirs, entry.name];
      const resolved = resolveRoute(child);
      if (resolved.ok && isRoutePrefix(resolved.route, url)) walk(root, appDir, child, url, pageExtensions, visited, layouts);
    } else if (here.ok && here.route === url && (entry.isFile() || entry.isSymbolicLink())) {
      const file = classifyFile('app', appDir, dirs, entry.name, { pageExtensions });
      if (file?.kind === 'layout') layouts.push(`${relative}/${entry.name}`);
    }
  }
}

const listings = new Map<string, { readonly mtimeMs: number; readonly entries: readonly Dirent[] }>();

/**
 * A directory's entries, reused while its mtime is unchanged: linting a whole app asks about many
 * URLs, and each walk reads the same group folders (an entry added or removed changes the mtime).
 */
function listDirectory(path: string): readonly Dirent[] | undefined {
  try {
    const { mtimeMs } = statSync(path);
    const cached = listings.get(path);
    if (cached && cached.mtimeMs === mtimeMs) return cached.entries;
    const entries = readdirSync(path, { withFileTypes: true });
    if (listings.size > MAX_ENTRIES) listings.clear();
    listings.set(path, { mtimeMs, entries });
    return entries;
  } catch {
    return undefined;
  }
}

/** `/a` is a prefix of `/a/b` and of `/a`; `/` of everything; `/a` not of `/ab`. */
function isRoutePrefix(prefix: string, route: string): boolean {
  return prefix === route || prefix === '/' || route.startsWith(`${prefix}/`);
}

function signatureOf(root: string, dirs: readonly string[]): string {
  return dirs
    .map((dir) => {
      try {
        return String(statSync(join(root, dir)).mtimeMs);
      } catch {
        return 'missing';
      }
    })
    .join(',');
}
