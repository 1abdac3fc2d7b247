/**
 * What the watcher watches and what each path of the project means to it: a pure function of the
 * project context, so chokidar's ignore predicate and the event queue agree on every path, and a
 * change of the plan (router directories, pageExtensions, output) is what restarts the watcher.
 */
import { NEXT_CONFIG_FILES } from '../config/read-next-config.js';
import type { ProjectContext } from '../pipeline.js';
import { segmentOf } from '../tree/resolve-route.js';

/** Folders whose existence decides which router directories a project has (see locateRouterDirs). */
export const ROUTER_DIR_CANDIDATES: readonly string[] = ['app', 'pages', 'src', 'src/app', 'src/pages'];

export const TSCONFIG_FILE = 'tsconfig.json';

export interface WatchedRouter {
  readonly router: 'app' | 'pages';
  /** The router directory relative to the project root: `app`, `src/app`, `pages`. */
  readonly dir: string;
}

/** The part of a project context that decides what is watched and how a file is classified. */
export interface WatchPlan {
  readonly routers: readonly WatchedRouter[];
  readonly pageExtensions: readonly string[];
  /** The generated files relative to the root (routes.d.ts, and the stub in place of `next dev`'s copy). */
  readonly outputs: readonly string[];
}

/** What a project-relative path is to the watcher. */
export type PathRole =
  /** A next.config.* file: the context is read again. */
  | { readonly role: 'config' }
  | { readonly role: 'tsconfig' }
  /** `app`, `pages`, `src`, `src/app`, `src/pages` themselves: the router directories may change. */
  | { readonly role: 'router-dir' }
  /** The output file or a folder above it: the output may have to be restored. */
  | { readonly role: 'output' }
  /** A path inside a router directory that routing may care about. */
  | {
      readonly role: 'route';
      readonly router: 'app' | 'pages';
      readonly routerDir: string;
      /** Folder names from the router directory down to the path's parent. */
      readonly dirs: readonly string[];
      /** The path's own name. */
      readonly name: string;
    }
  /** Below a folder the scanner never enters (`_private` in app/, `node_modules`). */
  | { readonly role: 'excluded' }
  | { readonly role: 'none' };

/** The watch plan of a project context. */
export function planOf(context: ProjectContext): WatchPlan {
  const routers: WatchedRouter[] = [];
  if (context.routerDirs.app) routers.push({ router: 'app', dir: context.routerDirs.app });
  if (context.routerDirs.pages) routers.push({ router: 'pages', dir: context.routerDirs.pages });
  const outputs = [context.out];
  if (context.devOut !== undefined) outputs.push(context.devOut);
  return { routers, pageExtensions: context.config.pageExtensions, outputs };
}

/** Whether two plans watch the same paths and classify files the same way. */
export function samePlan(a: WatchPlan, b: WatchPlan): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Whether the scanner skips a folder of this name (and everything below it). */
function isExcludedFolder(router: 'app' | 'pages', name: string): boolean {
  return name === 'node_modules' || (router === 'app' && segmentOf(name).kind === 'private');
}

/** The role of a path relative to the project root (`/`-separated, '' for the root). */
export function roleOf(plan: WatchPlan, rel: string): PathRole {
  for (const out of plan.outputs) {
    // A folder above the output that is also a router directory is a router directory first.
    if ((rel === out || out.startsWith(`${rel}/`)) && !ROUTER_DIR_CANDIDATES.includes(rel)) return { role: 'output' };
  }
  if (ROUTER_DIR_CANDIDATES.includes(rel)) return { role: 'router-dir' };
  if (rel === TSCONFIG_FILE) return { role: 'tsconfig' };
  if ((NEXT_CONFIG_FILES as readonly string[]).includes(rel)) return { role: 'config' };
  for (const { router, dir } of plan.routers) {
    if (!rel.startsWith(`${dir}/`)) continue;
    const parts = rel.slice(dir.length + 1).split('/');
    const name = parts.pop()!;
    for (const folder of parts) if (isExcludedFolder(router, folder)) return { role: 'excluded' };
    return { role: 'route', router, routerDir: dir, dirs: parts, name };
  }
  return { role: 'none' };
}

/** The bits of fs.Stats the ignore predicate looks at. */
export interface StatsLike {
  isFile(): boolean;
  isDirectory(): boolean;
}

/**
 * chokidar's `ignored` predicate: everything but the router directories, the config files and the
 * output is ignored, and inside the routers so are the folders the scanner skips and every file:
 * only folders are watched there, and their native events name the files that come and go.
 * chokidar asks once without stats and again with them; without stats a path is kept unless its
 * role alone rules it out.
 */
export function isIgnoredPath(plan: WatchPlan, rel: string, stats?: StatsLike): boolean {
  if (rel === '') return false;
  if (rel === '..' || rel.startsWith('../')) return true;
  const role = roleOf(plan, rel);
  switch (role.role) {
    case 'config':
    case 'tsconfig':
    case 'router-dir':
    case 'output':
      return false;
    case 'route':
      if (stats?.isDirectory()) return isExcludedFolder(role.router, role.name);
      // Files are seen through their folder's native events (add, delete, rename): a watch of
      // their own would only report content edits, which never change the output, and would
      // double the watches (and the memory) at 5,000 routes.
      if (stats?.isFile()) return true;
      return false;
    default:
      return true;
  }
}
