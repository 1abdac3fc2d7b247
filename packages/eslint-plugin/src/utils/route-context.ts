/**
 * Route context shared by every rule: what the linted file is to the App Router (page, layout,
 * route handler, metadata file...), its route and params, and the facts of the project's
 * next.config that change what Next accepts.
 *
 * Everything here comes from `@approute/typegen` (`describeAppFolder`, `describeAppFile`,
 * `locateRouterDirs`, `findNextConfig`, `readNextConfig`): the plugin never parses a folder name
 * itself. Three caches keep it cheap on every keystroke:
 * - directory -> project root (or none): the walk up the tree happens once per directory;
 * - project root -> router dirs and next.config facts: the config is read statically (never run)
 *   and re-read when its mtime or size changes, or when a config file appears or disappears, so a
 *   long editor session stays right (one `stat` of next.config every DISK_RECHECK_MS at most);
 * - folder -> its place in the app and its route resolution, and within it file name -> route
 *   context: described again only when the config facts or the app directory changed.
 * Tests use real temporary projects (a folder with a next.config and a `filename` inside it); every
 * temp dir is a new path, so the caches never serve a stale answer across tests.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  conventionOfFileName,
  describeAppFile,
  describeAppFolder,
  findNextConfig,
  locateRouterDirs,
  mayBeAppConventionFile,
  readNextConfig,
  type AppFileKind,
  type AppFolder,
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

/**
 * One folder of a project, with what its files share: the config and app directory it was described
 * for, its place in the app (undefined outside it) and the route contexts of the files asked about.
 * A lint asks about every file of a folder in turn, so the path work and the route resolution
 * happen once per folder, and a file costs a name lookup.
 */
interface FolderEntry {
  readonly root: string;
  readonly config: NextConfigContext;
  readonly appDir: string | undefined;
  /** When the folder is in the app directory: that directory and the folder relative to the root (`/`-separated), and its description. */
  readonly inApp: { readonly appDir: string; readonly path: string; readonly folder: AppFolder } | undefined;
  readonly files: Map<string, RouteContext | undefined>;
}

const rootByDir = new Map<string, string | null>();
const projects = new Map<string, ProjectState>();
/** Folder as given (absolute) -> its entry, or null outside any project. */
const folders = new Map<string, FolderEntry | null>();
const perLint = new PerFileCache(getRouteContextForPath);
const MAX_FOLDERS = 20_000;

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
 * Whether the linted file's name may be one of these conventions (`route.ts`, `icon2.tsx` for
 * `icon`), as the route model reads names: a test that costs no project lookup, for rules to run
 * before `getRouteContext`, whose answer is the one to act on.
 */
export function fileNameMayBe(context: AnyContext, kinds: ReadonlySet<AppFileKind | MetadataKind>): boolean {
  const convention = conventionOfFileName(basename(context.physicalFilename || context.filename));
  return convention !== undefined && kinds.has(convention);
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
  const name = basename(filename);
  // Most linted files are components and utils: no project lookup for a name no convention has.
  if (!mayBeAppConventionFile(name)) return undefined;
  const folder = folderOf(dirname(filename));
  if (!folder?.inApp) return undefined;
  let context = folder.files.get(name);
  if (context === undefined && !folder.files.has(name)) {
    context = describe(folder, folder.inApp, name);
    folder.files.set(name, context);
  }
  return context;
}

/** The entry of the folder `dir`, described again when the project's config or app directory changed. */
function folderOf(dir: string): FolderEntry | null {
  const cached = folders.get(dir);
  if (cached === null) return null;
  const root = cached?.root ?? findProjectRoot(resolve(dir));
  if (!root) {
    folders.set(dir, null);
    return null;
  }
  const project = refreshProject(root);
  // A project found through its next.config may get its app directory later in the session.
  if (!project.routerDirs.app) project.routerDirs = locateRouterDirs(project.root);
  if (cached && cached.config === project.config && cached.appDir === project.routerDirs.app) return cached;
  const entry: FolderEntry = { root, config: project.config, appDir: project.routerDirs.app, inApp: placeInApp(project, resolve(dir)), files: new Map() };
  if (folders.size > MAX_FOLDERS) folders.clear();
  folders.set(dir, entry);
  return entry;
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
  folders.clear();
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

/** Where the absolute folder `dir` sits in the project's app directory, if it does. */
function placeInApp(project: ProjectState, dir: string): FolderEntry['inApp'] {
  const appDir = project.routerDirs.app;
  if (!appDir) return undefined;
  // The folder is below the root (findProjectRoot walked up to it): slicing is path.relative's answer.
  const below = dir.startsWith(project.root + sep) ? dir.slice(project.root.length + 1) : relative(project.root, dir);
  const path = sep === '/' ? below : below.split(sep).join('/');
  if (path !== appDir && !path.startsWith(`${appDir}/`)) return undefined;
  const dirs = path === appDir ? [] : path.slice(appDir.length + 1).split('/');
  try {
    return { appDir, path, folder: describeAppFolder(dirs) };
  } catch {
    // The route model never throws on a user's tree; stay silent rather than crash the lint if it does.
    return undefined;
  }
}

function describe(entry: FolderEntry, inApp: NonNullable<FolderEntry['inApp']>, name: string): RouteContext | undefined {
  const { appDir } = inApp;
  let description: FileDescription | undefined;
  try {
    description = describeAppFile(appDir, inApp.folder, name, { pageExtensions: entry.config.pageExtensions });
  } catch {
    // The route model never throws on a user's tree; stay silent rather than crash the lint if it does.
    return undefined;
  }
  const kind = description?.file.kind;
  if (!description || !kind || !description.resolved) return undefined;
  const { file, resolved, layoutKey } = description;
  return {
    root: entry.root,
    path: `${inApp.path}/${name}`,
    kind,
    metadata: file.metadata,
    route: resolved.ok ? resolved.route : undefined,
    params: resolved.ok ? resolved.params : [],
    layoutKey,
    resolved,
    appDir,
    config: entry.config,
  };
}
