import type { Diagnostic, LayoutEntry, MetadataEntry, Param, RouteEntry, RouteFile, RouteTree } from '../model.js';
import { folderKey, resolveRoute, segmentOf, type ResolvedRoute } from './resolve-route.js';
import { formatParam } from './parse-segment.js';
import { customRouteOf } from './custom-routes.js';
import { checkAppPagesConflicts, validateRouteTree, type RoutedFile } from './validate-route-tree.js';

export interface BuildRouteTreeOptions {
  /** Literal `source`s of next.config `redirects()` and `rewrites()`, when statically known. */
  readonly redirects?: readonly string[];
  readonly rewrites?: readonly string[];
  /** The next.config file they come from. */
  readonly configFile?: string;
}

/** The order of every list of a RouteTree: by route, then by file. */
export const byRoute = <T extends { route: string; file: string }>(a: T, b: T) =>
  a.route < b.route ? -1 : a.route > b.route ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;

/**
 * Each file's resolved route, kept as long as the RouteFile object lives: the watcher keeps its
 * files across regenerations, so only the files that changed are resolved again.
 */
const resolvedByFile = new WeakMap<RouteFile, ResolvedRoute>();

/** The file's route, resolved once per RouteFile object. */
export function resolveFile(file: RouteFile): ResolvedRoute {
  let resolved = resolvedByFile.get(file);
  if (!resolved) {
    resolved = resolveRoute(file.dirs);
    resolvedByFile.set(file, resolved);
  }
  return resolved;
}

/** The order route files are derived in: by path. */
export const byPath = (a: RouteFile, b: RouteFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Derives the route tree from the files the scanner found. Pure and linear in the number of
 * files, so the watcher can call it after every change without touching the disk.
 */
export function buildRouteTree(input: Iterable<RouteFile>, options: BuildRouteTreeOptions = {}): RouteTree {
  // Sorted by path so that which file of a pair a diagnostic names does not depend on the order
  // the file system listed them in (cheap when the input is sorted already, as the watcher's is).
  const files = [...input].sort(byPath);
  const diagnostics: Diagnostic[] = [];
  const routed: RoutedFile[] = [];
  const pagesRouter: RouteEntry[] = [];
  const metadata: MetadataEntry[] = [];
  const layoutFiles: { file: RouteFile; entry: RoutedFile }[] = [];
  /** Folder (app-relative, `/`-joined) -> slot names of the layout that lives there. */
  const slotsByOwner = new Map<string, Set<string>>();
  /** Folder of each slot, to report slots whose owner has no layout. */
  const slotFolders = new Map<string, { owner: string; file: string }>();
  const reportedFolders = new Set<string>();

  for (const file of files) {
    if (file.router === 'pages') {
      pagesRouter.push(pagesRouterEntry(file));
      continue;
    }
    const resolved = resolveFile(file);
    if (!resolved.ok) {
      if (resolved.reason === 'private') continue;
      const folder = folderPath(file, resolved.at);
      if (reportedFolders.has(folder)) continue;
      reportedFolders.add(folder);
      diagnostics.push(unroutableFolderDiagnostic(file, resolved));
      continue;
    }
    collectSlots(file, slotsByOwner, slotFolders);
    const entry: RoutedFile = { file, route: resolved.route, params: resolved.params, resolved };
    if (file.kind === 'page' || file.kind === 'route') routed.push(entry);
    else if (file.kind === 'layout') layoutFiles.push({ file, entry });
    else if (file.kind === 'metadata' && file.metadata) {
      metadata.push({
        route: resolved.route,
        params: resolved.params,
        file: file.path,
        kind: file.metadata.kind,
        generated: file.metadata.generated,
      });
    }
  }

  const layoutDirs = new Set(layoutFiles.map(({ file }) => file.dirs.join('/')));
  const layouts: LayoutEntry[] = layoutFiles.map(({ file, entry }) => {
    const owner = file.dirs.join('/');
    return {
      route: entry.route,
      params: entry.params,
      file: file.path,
      key: entry.resolved.grouped ? folderKey(file.dirs) : entry.route,
      slots: [...(slotsByOwner.get(owner) ?? [])].sort(),
    };
  });

  for (const [slotFolder, { owner, file }] of slotFolders) {
    if (!layoutDirs.has(owner)) diagnostics.push(orphanSlotDiagnostic(slotFolder, file));
  }

  diagnostics.push(...validateRouteTree(routed, layoutFiles.map(({ entry }) => entry)));
  diagnostics.push(...checkAppPagesConflicts(routed, pagesRouter));

  const pages: RouteEntry[] = [];
  const handlers: RouteEntry[] = [];
  for (const { file, route, params } of routed) {
    (file.kind === 'page' ? pages : handlers).push({ route, params, file: file.path });
  }

  return {
    pages: pages.sort(byRoute),
    handlers: handlers.sort(byRoute),
    layouts: layouts.sort(byRoute),
    pagesRouter: pagesRouter.sort(byRoute),
    metadata: metadata.sort(byRoute),
    redirects: customRoutes(options.redirects, options.configFile),
    rewrites: customRoutes(options.rewrites, options.configFile),
    diagnostics: diagnostics.sort(byFileAndCode),
  };
}

/** The order of a RouteTree's diagnostics (a stable sort: ties keep the order they were found in). */
export const byFileAndCode = (a: Diagnostic, b: Diagnostic) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;

/** TG009 (a folder name Next cannot route) or TG008 (an interception above the root), about the folder at `resolved.at`. */
export function unroutableFolderDiagnostic(file: RouteFile, resolved: Extract<ResolvedRoute, { reason: 'invalid' | 'intercept-above-root' }>): Diagnostic {
  const folder = folderPath(file, resolved.at);
  return resolved.reason === 'invalid'
    ? {
        code: 'TG009',
        severity: 'error',
        file: folder,
        message: `The folder name \`${resolved.segment.raw}\` is not a route segment Next accepts: ${resolved.segment.reason}. \`next build\` fails on it; its files get no types until it is renamed.`,
      }
    : {
        code: 'TG008',
        severity: 'error',
        file: folder,
        message: `The interception marker in \`${file.dirs[resolved.at]}\` climbs above the root of the app directory. Next rejects it; use \`(.)\` for the same level, \`(..)\` for one level up, or \`(...)\` to intercept from the root.`,
      };
}

/** TG010: a slot folder whose owner folder has no layout; `file` is its first file by path. */
export function orphanSlotDiagnostic(slotFolder: string, file: string): Diagnostic {
  return {
    code: 'TG010',
    severity: 'warning',
    file: slotFolder,
    message: `The slot \`${slotFolder.slice(slotFolder.lastIndexOf('/') + 1)}\` has no layout beside it, so Next renders nothing of it (first file: ${file}). Add a \`layout\` file next to the slot folder that renders the slot prop, or remove the folder.`,
  };
}

/** The routes of next.config redirect or rewrite sources, first of each route kept, sorted. */
export function customRoutes(sources: readonly string[] = [], file = 'next.config'): RouteEntry[] {
  const routes = new Map<string, RouteEntry>();
  for (const source of sources) {
    const custom = customRouteOf(source);
    if (custom && !routes.has(custom.route)) routes.set(custom.route, { ...custom, file });
  }
  return [...routes.values()].sort(byRoute);
}

/** The project-relative path of the file's folder at `index` (0 = the first folder below app/). */
export function folderPath(file: RouteFile, index: number): string {
  return [file.root, ...file.dirs.slice(0, index + 1)].join('/');
}

function collectSlots(
  file: RouteFile,
  slotsByOwner: Map<string, Set<string>>,
  slotFolders: Map<string, { owner: string; file: string }>,
): void {
  const uses = slotUsesOf(file);
  for (let i = 0; i < uses.length; i++) {
    const { owner, name, folder } = uses[i]!;
    let slots = slotsByOwner.get(owner);
    if (!slots) slotsByOwner.set(owner, (slots = new Set()));
    slots.add(name);
    if (!slotFolders.has(folder)) slotFolders.set(folder, { owner, file: file.path });
  }
}

/** A slot folder a file is in: `@name` below the folder `owner` (app-relative, `/`-joined, no router directory). */
export interface SlotUse {
  readonly owner: string;
  readonly name: string;
  /** The slot folder's project-relative path. */
  readonly folder: string;
}

const NO_SLOT_USES: readonly SlotUse[] = Object.freeze([]);

/** The slot folders a file is in, outermost first (most files are in none: no array is made for them). */
export function slotUsesOf(file: RouteFile): readonly SlotUse[] {
  let uses: SlotUse[] | undefined;
  for (let index = 0; index < file.dirs.length; index++) {
    const segment = segmentOf(file.dirs[index]!);
    // `@children` is the implicit children slot, not a prop of its own.
    if (segment.kind !== 'slot' || segment.name === 'children') continue;
    (uses ??= []).push({ owner: file.dirs.slice(0, index).join('/'), name: segment.name, folder: folderPath(file, index) });
  }
  return uses ?? NO_SLOT_USES;
}

/** A pages-router page: `pages/blog/[id].tsx` -> `/blog/[id]`, `index` -> its folder. */
export function pagesRouterEntry(file: RouteFile): RouteEntry {
  const names = file.name === 'index' ? file.dirs : [...file.dirs, file.name];
  const parts: string[] = [];
  const params: Param[] = [];
  for (const name of names) {
    const segment = segmentOf(name);
    if (segment.kind === 'dynamic') {
      parts.push(formatParam(segment.param));
      params.push(segment.param);
    } else {
      parts.push(name);
    }
  }
  return { route: `/${parts.join('/')}`, params, file: file.path };
}
