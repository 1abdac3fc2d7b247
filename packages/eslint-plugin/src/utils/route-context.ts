/**
 * Route context shared by every rule: what the linted file is to the App Router (page, layout,
 * route handler, metadata file...), its route and params, and the facts of the project's
 * next.config that change what Next accepts.
 *
 * Everything here comes from `@approute/typegen` (`describeFile`, `locateRouterDirs`,
 * `findNextConfig`, `readNextConfig`): the plugin never parses a folder name itself. Three caches
 * keep it cheap on every keystroke:
 * - directory -> project root (or none): the walk up the tree happens once per directory;
 * - project root -> router dirs and next.config facts: the config is read statically (never run)
 *   and re-read when its mtime or size changes, or when a config file appears or disappears, so a
 *   long editor session stays right (one `stat` per linted file);
 * - file path -> description: recomputed only when the config facts changed.
 * Tests use real temporary projects (a folder with a next.config and a `filename` inside it); every
 * temp dir is a new path, so the caches never serve a stale answer across tests.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  describeFile,
  findNextConfig,
  locateRouterDirs,
  mayBeAppConventionFile,
  readNextConfig,
  type AppFileKind,
  type FileDescription,
  type MetadataKind,
  type Param,
  type ResolvedRoute,
  type RouteFile,
  type RouterDirs,
} from '@approute/typegen';
import type { TSESLint } from '@typescript-eslint/utils';
import { PerFileCache } from './per-file.js';

/** The next.config facts rules act on. */
export interface NextConfigContext {
  /** The config file's absolute path, when there is one. */
  readonly file: string | undefined;
  readonly cacheComponents: boolean;
  /** `experimental.authInterrupts`. */
  readonly authInterrupts: boolean;
  readonly pageExtensions: readonly string[];
  /**
   * Config paths approute could not read statically (`experimental.authInterrupts`, or `*` for the
   * whole config): the field above holds Next's default, not the app's value. A rule that would
   * report on that value stays silent instead (see `isConfigValueKnown`).
   */
  readonly unread: readonly string[];
}

/** What the linted file is to the App Router. */
export interface RouteContext {
  /** The project root (absolute): the folder holding next.config or app/. */
  readonly root: string;
  /** The file's path relative to the root, `/`-separated. */
  readonly path: string;
  /** The convention: page, layout, route, default, template, loading, error, metadata... */
  readonly kind: AppFileKind;
  /** For metadata files (`icon.tsx`, `sitemap.ts`...): which one, and whether it is code. */
  readonly metadata: RouteFile['metadata'];
  /**
   * The route literal of the file's folder (`/blog/[slug]`): groups and slots dropped,
   * interceptions resolved. Undefined when the folder cannot be routed (private, invalid name).
   */
  readonly route: string | undefined;
  /** The dynamic segments at and above the file's folder, root first. */
  readonly params: readonly Param[];
  /** For layouts: the key of `LayoutProps<...>` that types exactly this layout. */
  readonly layoutKey: string | undefined;
  /** The full resolution, for rules that care about slots and interceptions. */
  readonly resolved: ResolvedRoute;
  /** The router directory relative to the root: `app` or `src/app`. */
  readonly appDir: string;
  readonly config: NextConfigContext;
}

export type { AppFileKind, MetadataKind, Param };

interface ProjectState {
  readonly root: string;
  /** Re-located while no app directory exists (one is created during an editor session). */
  routerDirs: RouterDirs;
  /** Config file name (relative) and the stat signature it was read at. */
  configName: string | undefined;
  configSignature: string;
  config: NextConfigContext;
  /** When next.config was last looked at (performance.now()). */
  checkedAt: number;
  /** The absolute router directory with a trailing separator, for the router it was computed for. */
  routerPrefix?: { readonly router: string; readonly prefix: string };
}

/**
 * How often cached facts about the disk (next.config, the folders a rule has read) are looked at
 * again: a lint of thousands of files would otherwise stat them once per file (and, with no
 * config, look for five names each time), while an editor only needs a change noticed by the time
 * the user is back in a source file.
 */
export const DISK_RECHECK_MS = 100;

interface FileEntry {
  readonly config: NextConfigContext;
  readonly appDir: string | undefined;
  readonly context: RouteContext | undefined;
}

const rootByDir = new Map<string, string | null>();
const projects = new Map<string, ProjectState>();
const files = new Map<string, FileEntry>();
const perLint = new PerFileCache(getRouteContextForPath);
const MAX_FILES = 20_000;

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * The route context of the file being linted, or undefined when it is not an App Router file of a
 * Next project (a component, a util, a pages/ file, or a file outside any project). Uses the
 * physical file name, so code blocks a processor extracts from an `.mdx` page get the page's context.
 */
export function getRouteContext(context: AnyContext): RouteContext | undefined {
  // Every rule asks; answer once per lint of the file (one stat of next.config, not one per rule).
  return perLint.get(context.sourceCode.ast, context.physicalFilename || context.filename);
}

/**
 * Whether `config` holds the app's own value at `path` (`experimental.authInterrupts`): false when
 * approute could not read it (or the whole config) statically and used Next's default instead.
 */
export function isConfigValueKnown(config: NextConfigContext, path: string): boolean {
  if (config.unread.includes('*')) return false;
  return !config.unread.some((unread) => unread === path || path.startsWith(`${unread}.`) || unread.startsWith(`${path}.`));
}

/** getRouteContext by path: for tools and tests outside a rule. */
export function getRouteContextForPath(filename: string): RouteContext | undefined {
  if (!filename || !isAbsolute(filename)) return undefined;
  // Most linted files are components and utils: no project lookup for a name no convention has.
  if (!mayBeAppConventionFile(basename(filename))) return undefined;
  const absolute = resolve(filename);
  const root = findProjectRoot(dirname(absolute));
  if (!root) return undefined;
  const project = refreshProject(root);
  // A project found through its next.config may get its app directory later in the session.
  if (!project.routerDirs.app) project.routerDirs = locateRouterDirs(project.root);
  const cached = files.get(absolute);
  if (cached && cached.config === project.config && cached.appDir === project.routerDirs.app) return cached.context;
  const routeContext = describe(project, absolute);
  if (files.size > MAX_FILES) files.clear();
  files.set(absolute, { config: project.config, appDir: project.routerDirs.app, context: routeContext });
  return routeContext;
}

/** The next.config facts of the project holding `filename`, for rules that need no route (any file). */
export function getNextConfigForPath(filename: string): NextConfigContext | undefined {
  if (!filename || !isAbsolute(filename)) return undefined;
  const root = findProjectRoot(dirname(resolve(filename)));
  return root ? refreshProject(root).config : undefined;
}

/**
 * The nearest ancestor folder of `dir` (itself included) that holds a next.config, or an `app/` or
 * `src/app/` folder next to a package.json. Cached per directory.
 */
export function findProjectRoot(dir: string): string | undefined {
  const cached = rootByDir.get(dir);
  if (cached !== undefined) return cached ?? undefined;
  // A folder inside a known project's router directory belongs to that project: Next has no
  // projects nested in app/, and this spares the stat calls of the walk for most linted files.
  // The parent folder was usually asked about just before (ESLint lints a folder's files together).
  const parentRoot = rootByDir.get(dirname(dir));
  const parentProject = parentRoot ? projects.get(parentRoot) : undefined;
  if (parentProject && isInRouterDir(parentProject, dir)) {
    rootByDir.set(dir, parentProject.root);
    return parentProject.root;
  }
  for (const project of projects.values()) {
    if (isInRouterDir(project, dir)) {
      rootByDir.set(dir, project.root);
      return project.root;
    }
  }
  const visited: string[] = [];
  let current = dir;
  let found: string | null = null;
  for (;;) {
    const cached = rootByDir.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    visited.push(current);
    if (isProjectRoot(current)) {
      found = current;
      break;
    }
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const seen of visited) rootByDir.set(seen, found);
  return found ?? undefined;
}

/** Forgets every cached root, config and description (for tools that move projects around). */
export function clearRouteContextCache(): void {
  rootByDir.clear();
  projects.clear();
  files.clear();
}

/** Whether `dir` is below the project's router directory (app/, else pages/). */
function isInRouterDir(project: ProjectState, dir: string): boolean {
  const router = project.routerDirs.app ?? project.routerDirs.pages;
  if (!router) return false;
  if (project.routerPrefix?.router !== router) project.routerPrefix = { router, prefix: join(project.root, router) + sep };
  return dir.startsWith(project.routerPrefix.prefix);
}

function isProjectRoot(dir: string): boolean {
  if (findNextConfig(dir, existsSync)) return true;
  if (!existsSync(join(dir, 'package.json'))) return false;
  return isDirectory(join(dir, 'app')) || isDirectory(join(dir, 'src', 'app'));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function statSignature(path: string): string {
  try {
    const stats = statSync(path);
    return `${stats.mtimeMs}:${stats.size}`;
  } catch {
    return 'missing';
  }
}

/** The project's state, with next.config re-read when it changed on disk. */
function refreshProject(root: string): ProjectState {
  let project = projects.get(root);
  const now = performance.now();
  if (project && now - project.checkedAt < DISK_RECHECK_MS) return project;
  if (project) {
    project.checkedAt = now;
    const signature = project.configName ? statSignature(join(root, project.configName)) : 'missing';
    const unchanged = project.configName ? signature === project.configSignature : !findNextConfig(root, existsSync);
    if (unchanged) return project;
  }
  const configName = findNextConfig(root, existsSync);
  const configSignature = configName ? statSignature(join(root, configName)) : 'missing';
  const facts = readNextConfig(root, configName);
  const config: NextConfigContext = {
    file: configName ? join(root, configName) : undefined,
    cacheComponents: facts.cacheComponents,
    authInterrupts: facts.authInterrupts,
    pageExtensions: facts.pageExtensions,
    unread: facts.unread,
  };
  project = { root, routerDirs: project?.routerDirs ?? locateRouterDirs(root), configName, configSignature, config, checkedAt: now };
  projects.set(root, project);
  return project;
}

function describe(project: ProjectState, absolute: string): RouteContext | undefined {
  const appDir = project.routerDirs.app;
  if (!appDir) return undefined;
  // The file is below the root (findProjectRoot walked up to it): slicing is path.relative's answer.
  const below = absolute.startsWith(project.root + sep) ? absolute.slice(project.root.length + 1) : relative(project.root, absolute);
  const path = sep === '/' ? below : below.split(sep).join('/');
  if (!path.startsWith(`${appDir}/`)) return undefined;
  let description: FileDescription | undefined;
  try {
    description = describeFile(path, { app: appDir, pages: undefined }, { pageExtensions: project.config.pageExtensions });
  } catch {
    // The route model never throws on a user's tree; stay silent rather than crash the lint if it does.
    return undefined;
  }
  if (!description || description.file.router !== 'app' || !description.file.kind || !description.resolved) return undefined;
  const { file, resolved, layoutKey } = description;
  return {
    root: project.root,
    path,
    kind: file.kind!,
    metadata: file.metadata,
    route: resolved.ok ? resolved.route : undefined,
    params: resolved.ok ? resolved.params : [],
    layoutKey,
    resolved,
    appDir,
    config: project.config,
  };
}
