/**
 * The route tree kept up to date file by file, for the watcher: what `buildRouteTree` derives from
 * the whole file set, maintained from the files that were added and removed.
 *
 * Every part of the tree is local to something a file names: its entry (sorted lists, kept sorted
 * by binary search), its route (same URL, repeated params, misplaced catch-alls, app/pages
 * conflicts), the parent of its route (an optional catch-all beside a page), each URL prefix it has
 * a dynamic segment under (sibling dynamic names), each slot folder it is in, the folder it fails
 * to resolve at, and the folders its layout covers. A change marks those groups dirty; each dirty
 * group is checked again on its own, with the same functions `buildRouteTree` runs over all files,
 * so the result is the same tree. The one non-local case, a layout folder appearing or going away
 * with no layout above it (which pages lack a root layout), recounts the pages: rare, and linear.
 */
import type { Diagnostic, LayoutEntry, MetadataEntry, RouteEntry, RouteFile, RouteTree } from '../model.js';
import {
  byFileAndCode,
  byPath,
  byRoute,
  customRoutes,
  folderPath,
  orphanSlotDiagnostic,
  pagesRouterEntry,
  resolveFile,
  slotUsesOf,
  unroutableFolderDiagnostic,
  type SlotUse,
  type BuildRouteTreeOptions,
} from './build-route-tree.js';
import { folderKey } from './resolve-route.js';
import { byString, insertSorted, lowerBound, removeSorted, sortedWith, sortedWithout } from './sorted-array.js';
import {
  checkAppPagesConflicts,
  checkCatchAllLast,
  checkOptionalCatchAllSpecificity,
  checkRepeatedParams,
  checkSameUrl,
  matchPathOf,
  missingRootLayoutDiagnostic,
  reportDynamicSiblings,
  type RoutedFile,
} from './validate-route-tree.js';

type ListName = 'pages' | 'handlers' | 'layouts' | 'pagesRouter' | 'metadata';

/** Everything one file adds to the tree, kept so that removing it takes exactly that away. */
interface Contribution {
  readonly file: RouteFile;
  /** Its entry in one of the tree's lists (replaced when a layout's slots change). */
  entry?: RouteEntry;
  readonly list?: ListName;
  /** Pages, handlers and layouts: the input of the structural checks. */
  readonly routed?: RoutedFile;
  /** Pages-router pages: their route. */
  readonly pagesRoute?: string;
  /** The folder it fails to resolve at (TG008, TG009). */
  readonly failedFolder?: string;
  readonly slots: readonly SlotUse[];
}

/**
 * The files of one route, each list sorted by path. Thousands of routes have one or two files, so
 * these are arrays, exact-size while short (see `sortedWith`), not maps.
 */
interface RouteGroup {
  routed: readonly RoutedFile[];
  layouts: readonly RoutedFile[];
  pagesRouter: readonly RouteEntry[];
}

/** Shared by the many files and routes with no slots, layouts or pages-router pages. */
const NONE: readonly never[] = Object.freeze([]);

/** One group's diagnostics; `rank` orders a file's TG002s the way the full check finds them (shallow prefix first). */
interface DiagnosticGroup {
  readonly diagnostics: readonly Diagnostic[];
  readonly rank: number;
}

const byFilePath = (a: RoutedFile, b: RoutedFile) => (a.file.path < b.file.path ? -1 : a.file.path > b.file.path ? 1 : 0);
const byFile = (a: RouteEntry, b: RouteEntry) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Whether `checkOptionalCatchAllSpecificity` looks at a route: it ends in an optional catch-all. */
function isOptionalCatchAll(route: string): boolean {
  return route.endsWith(']]') && route.slice(route.lastIndexOf('/') + 1).startsWith('[[...');
}

/** The route one level up, as `checkOptionalCatchAllSpecificity` computes it. */
function parentRoute(route: string): string {
  return `/${route.slice(1).split('/').slice(0, -1).join('/')}`;
}

/**
 * A RouteTree maintained across changes of the file set. `reset` builds it from all files; `update`
 * applies added and removed files and returns a tree deep-equal to `buildRouteTree` over the new
 * set (same order, same diagnostics in the same order). The options (next.config's redirects and
 * rewrites) are fixed: a new config needs a new instance.
 *
 * @example
 * const tree = new IncrementalRouteTree(options);
 * let current = tree.reset(files);
 * current = tree.update([added], [removedPath]) ?? tree.reset(allFiles);
 */
export class IncrementalRouteTree {
  private readonly contributions = new Map<string, Contribution>();
  private readonly lists: Record<ListName, RouteEntry[]> = { pages: [], handlers: [], layouts: [], pagesRouter: [], metadata: [] };
  private readonly routes = new Map<string, RouteGroup>();
  /** Parent route -> the optional catch-all routes right below it that have pages or handlers. */
  private readonly optionalChildren = new Map<string, Set<string>>();
  /** URL prefix -> dynamic part right below it -> paths of the pages and handlers that use it, sorted. */
  private readonly dynamicParts = new Map<string, Map<string, readonly string[]>>();
  /** Folder -> paths of the layouts in it (the folder as `dirs.join('/')`, as the checks compare it). */
  private readonly layoutsByDir = new Map<string, readonly string[]>();
  /** Owner folder -> slot name -> how many files are in that slot. */
  private readonly slotNames = new Map<string, Map<string, number>>();
  /** Slot folder -> its owner and the paths of its files, sorted. */
  private readonly slotFolders = new Map<string, { readonly owner: string; paths: readonly string[] }>();
  private readonly slotFoldersByOwner = new Map<string, Set<string>>();
  /** Folder a file fails to resolve at -> how many files fail there, and the diagnostic. */
  private readonly failedFolders = new Map<string, { count: number; readonly diagnostic: Diagnostic }>();
  /** Paths of the pages with no layout in their folder or above, sorted (TG014). */
  private missingRootLayout: string[] = [];
  private readonly diagnosticGroups = new Map<string, DiagnosticGroup>();
  private sortedDiagnostics: Diagnostic[] = [];

  private readonly dirty = {
    routes: new Set<string>(),
    parents: new Set<string>(),
    prefixes: new Set<string>(),
    slotFolders: new Set<string>(),
    failedFolders: new Set<string>(),
    owners: new Set<string>(),
    rootLayout: false,
    /** A layout folder appeared or went away with no layout above it: recount the pages. */
    recountRootLayout: false,
    diagnostics: false,
  };
  /** During `reset`, lists are appended to and sorted once at the end. */
  private bulk = false;
  private readonly redirects: readonly RouteEntry[];
  private readonly rewrites: readonly RouteEntry[];

  constructor(options: BuildRouteTreeOptions = {}) {
    this.redirects = customRoutes(options.redirects, options.configFile);
    this.rewrites = customRoutes(options.rewrites, options.configFile);
  }

  /** How many files the tree holds. */
  get size(): number {
    return this.contributions.size;
  }

  /** Replaces the whole state with the tree of `files`. */
  reset(files: Iterable<RouteFile>): RouteTree {
    this.contributions.clear();
    for (const list of Object.values(this.lists)) list.length = 0;
    this.routes.clear();
    this.optionalChildren.clear();
    this.dynamicParts.clear();
    this.layoutsByDir.clear();
    this.slotNames.clear();
    this.slotFolders.clear();
    this.slotFoldersByOwner.clear();
    this.failedFolders.clear();
    this.missingRootLayout = [];
    this.diagnosticGroups.clear();
    this.sortedDiagnostics = [];
    this.dirty.diagnostics = true;
    this.dirty.recountRootLayout = true;
    // In path order, the sorted path lists only ever grow at their end.
    this.bulk = true;
    for (const file of [...files].sort(byPath)) {
      if (!this.add(file)) throw new Error(`approute: ${file.path} was given twice`);
    }
    this.bulk = false;
    for (const list of Object.values(this.lists)) {
      list.sort(byRoute);
      // Fresh copies in list order: entries allocated next to each other, as buildRouteTree's are,
      // render faster (~1 ms at 5,000 routes) than ones strewn among the rest of the state.
      for (let index = 0; index < list.length; index++) {
        const entry = { ...list[index]! };
        list[index] = entry;
        this.contributions.get(entry.file)!.entry = entry;
      }
    }
    return this.flush();
  }

  /**
   * Applies a change of the file set. Returns undefined when the change does not fit the state (a
   * removed path it does not hold, an added one it holds already): the state is then unusable and
   * the caller must `reset`.
   */
  update(added: Iterable<RouteFile>, removed: Iterable<string>): RouteTree | undefined {
    for (const path of removed) if (!this.remove(path)) return undefined;
    for (const file of added) if (!this.add(file)) return undefined;
    return this.flush();
  }

  private add(file: RouteFile): boolean {
    if (this.contributions.has(file.path)) return false;
    if (file.router === 'pages') {
      const entry = pagesRouterEntry(file);
      const group = this.routeGroup(entry.route);
      group.pagesRouter = sortedWith(group.pagesRouter, entry, byFile);
      this.dirty.routes.add(entry.route);
      this.store({ file, entry, list: 'pagesRouter', pagesRoute: entry.route, slots: NONE });
      return true;
    }
    const resolved = resolveFile(file);
    if (!resolved.ok) {
      if (resolved.reason === 'private') {
        this.contributions.set(file.path, { file, slots: NONE });
        return true;
      }
      const folder = folderPath(file, resolved.at);
      const failed = this.failedFolders.get(folder);
      if (failed) failed.count++;
      else this.failedFolders.set(folder, { count: 1, diagnostic: unroutableFolderDiagnostic(file, resolved) });
      this.dirty.failedFolders.add(folder);
      this.contributions.set(file.path, { file, failedFolder: folder, slots: NONE });
      return true;
    }
    const uses = slotUsesOf(file);
    const slots = uses.length === 0 ? NONE : uses;
    for (const use of slots) this.addSlotUse(use, file.path);
    if (file.kind === 'page' || file.kind === 'route' || file.kind === 'layout') {
      const routed: RoutedFile = { file, route: resolved.route, params: resolved.params, resolved };
      const group = this.routeGroup(routed.route);
      this.dirty.routes.add(routed.route);
      if (file.kind === 'layout') {
        group.layouts = sortedWith(group.layouts, routed, byFilePath);
        this.addLayout(routed);
        this.store({ file, entry: this.layoutEntry(routed), list: 'layouts', routed, slots });
        return true;
      }
      group.routed = sortedWith(group.routed, routed, byFilePath);
      this.dirty.parents.add(routed.route);
      if (isOptionalCatchAll(routed.route)) {
        const parent = parentRoute(routed.route);
        let children = this.optionalChildren.get(parent);
        if (!children) this.optionalChildren.set(parent, (children = new Set()));
        children.add(routed.route);
        this.dirty.parents.add(parent);
      }
      for (const { prefix, part } of dynamicPositionsOf(routed)) {
        let forms = this.dynamicParts.get(prefix);
        if (!forms) this.dynamicParts.set(prefix, (forms = new Map()));
        forms.set(part, sortedWith(forms.get(part) ?? NONE, file.path, byString));
        this.dirty.prefixes.add(prefix);
      }
      // During a reset the pages are counted once at the end.
      if (file.kind === 'page' && !this.bulk && !this.hasLayoutAbove(file)) {
        insertSorted(this.missingRootLayout, file.path, byString);
        this.dirty.rootLayout = true;
      }
      const entry: RouteEntry = { route: routed.route, params: routed.params, file: file.path };
      this.store({ file, entry, list: file.kind === 'page' ? 'pages' : 'handlers', routed, slots });
      return true;
    }
    if (file.kind === 'metadata' && file.metadata) {
      const entry: MetadataEntry = {
        route: resolved.route,
        params: resolved.params,
        file: file.path,
        kind: file.metadata.kind,
        generated: file.metadata.generated,
      };
      this.store({ file, entry, list: 'metadata', slots });
      return true;
    }
    this.contributions.set(file.path, { file, slots });
    return true;
  }

  private remove(path: string): boolean {
    const contribution = this.contributions.get(path);
    if (!contribution) return false;
    this.contributions.delete(path);
    const { file, entry, list, routed, pagesRoute, failedFolder, slots } = contribution;
    if (entry && list && !removeSorted(this.lists[list], entry, byRoute)) return false;
    if (pagesRoute !== undefined) {
      const group = this.routeGroup(pagesRoute);
      group.pagesRouter = sortedWithout(group.pagesRouter, entry!, byFile) ?? group.pagesRouter;
      this.dropRouteGroupIfEmpty(pagesRoute);
      this.dirty.routes.add(pagesRoute);
    }
    if (failedFolder !== undefined) {
      const failed = this.failedFolders.get(failedFolder)!;
      if (--failed.count === 0) this.failedFolders.delete(failedFolder);
      this.dirty.failedFolders.add(failedFolder);
    }
    for (const use of slots) this.removeSlotUse(use, path);
    if (!routed) return true;
    const group = this.routeGroup(routed.route);
    this.dirty.routes.add(routed.route);
    if (file.kind === 'layout') {
      group.layouts = sortedWithout(group.layouts, routed, byFilePath) ?? group.layouts;
      this.dropRouteGroupIfEmpty(routed.route);
      this.removeLayout(routed);
      return true;
    }
    group.routed = sortedWithout(group.routed, routed, byFilePath) ?? group.routed;
    this.dirty.parents.add(routed.route);
    if (isOptionalCatchAll(routed.route)) {
      const parent = parentRoute(routed.route);
      if (group.routed.length === 0) {
        const children = this.optionalChildren.get(parent)!;
        children.delete(routed.route);
        if (children.size === 0) this.optionalChildren.delete(parent);
      }
      this.dirty.parents.add(parent);
    }
    this.dropRouteGroupIfEmpty(routed.route);
    // Recomputed rather than kept: a function of the file, and one array fewer per page.
    for (const { prefix, part } of dynamicPositionsOf(routed)) {
      const forms = this.dynamicParts.get(prefix)!;
      const paths = sortedWithout(forms.get(part)!, path, byString)!;
      if (paths.length === 0) forms.delete(part);
      else forms.set(part, paths);
      if (forms.size === 0) this.dynamicParts.delete(prefix);
      this.dirty.prefixes.add(prefix);
    }
    if (file.kind === 'page' && removeSorted(this.missingRootLayout, path, byString)) this.dirty.rootLayout = true;
    return true;
  }

  private store(contribution: Contribution): void {
    this.contributions.set(contribution.file.path, contribution);
    const list = this.lists[contribution.list!];
    if (this.bulk) list.push(contribution.entry!);
    else insertSorted(list, contribution.entry!, byRoute);
  }

  private routeGroup(route: string): RouteGroup {
    let group = this.routes.get(route);
    if (!group) this.routes.set(route, (group = { routed: NONE, layouts: NONE, pagesRouter: NONE }));
    return group;
  }

  private dropRouteGroupIfEmpty(route: string): void {
    const group = this.routes.get(route);
    if (group && group.routed.length + group.layouts.length + group.pagesRouter.length === 0) this.routes.delete(route);
  }

  private addSlotUse({ owner, name, folder }: SlotUse, path: string): void {
    let names = this.slotNames.get(owner);
    if (!names) this.slotNames.set(owner, (names = new Map()));
    const count = names.get(name) ?? 0;
    names.set(name, count + 1);
    if (count === 0) this.dirty.owners.add(owner);
    let slotFolder = this.slotFolders.get(folder);
    if (!slotFolder) {
      // The owner is a function of the folder (the same router directory and folders above it).
      this.slotFolders.set(folder, (slotFolder = { owner, paths: NONE }));
      let folders = this.slotFoldersByOwner.get(owner);
      if (!folders) this.slotFoldersByOwner.set(owner, (folders = new Set()));
      folders.add(folder);
    }
    slotFolder.paths = sortedWith(slotFolder.paths, path, byString);
    this.dirty.slotFolders.add(folder);
  }

  private removeSlotUse({ owner, name, folder }: SlotUse, path: string): void {
    const names = this.slotNames.get(owner)!;
    const count = names.get(name)! - 1;
    if (count === 0) {
      names.delete(name);
      if (names.size === 0) this.slotNames.delete(owner);
      this.dirty.owners.add(owner);
    } else {
      names.set(name, count);
    }
    const slotFolder = this.slotFolders.get(folder)!;
    slotFolder.paths = sortedWithout(slotFolder.paths, path, byString) ?? slotFolder.paths;
    if (slotFolder.paths.length === 0) {
      this.slotFolders.delete(folder);
      const folders = this.slotFoldersByOwner.get(owner)!;
      folders.delete(folder);
      if (folders.size === 0) this.slotFoldersByOwner.delete(owner);
    }
    this.dirty.slotFolders.add(folder);
  }

  private addLayout(routed: RoutedFile): void {
    const dir = routed.file.dirs.join('/');
    const paths = this.layoutsByDir.get(dir);
    this.layoutsByDir.set(dir, [...(paths ?? NONE), routed.file.path]);
    if (!paths) this.layoutDirChanged(routed.file.dirs, dir);
  }

  private removeLayout(routed: RoutedFile): void {
    const dir = routed.file.dirs.join('/');
    const paths = this.layoutsByDir.get(dir)!.filter((path) => path !== routed.file.path);
    if (paths.length > 0) {
      this.layoutsByDir.set(dir, paths);
    } else {
      this.layoutsByDir.delete(dir);
      this.layoutDirChanged(routed.file.dirs, dir);
    }
  }

  /** A folder gained its first layout or lost its last: its slots' TG010, and maybe TG014. */
  private layoutDirChanged(dirs: readonly string[], dir: string): void {
    for (const folder of this.slotFoldersByOwner.get(dir) ?? []) this.dirty.slotFolders.add(folder);
    // Pages below a folder with a layout above it have a root layout either way.
    for (let depth = 0; depth < dirs.length; depth++) {
      if (this.layoutsByDir.has(dirs.slice(0, depth).join('/'))) return;
    }
    this.dirty.recountRootLayout = true;
  }

  private hasLayoutAbove(file: RouteFile): boolean {
    let dir = '';
    if (this.layoutsByDir.has(dir)) return true;
    for (let depth = 0; depth < file.dirs.length; depth++) {
      dir = depth === 0 ? file.dirs[0]! : `${dir}/${file.dirs[depth]!}`;
      if (this.layoutsByDir.has(dir)) return true;
    }
    return false;
  }

  private layoutEntry({ file, route, params, resolved }: RoutedFile): LayoutEntry {
    return {
      route,
      params,
      file: file.path,
      key: resolved.grouped ? folderKey(file.dirs) : route,
      slots: [...(this.slotNames.get(file.dirs.join('/'))?.keys() ?? [])].sort(),
    };
  }

  /** Checks the dirty groups again and assembles the tree. */
  private flush(): RouteTree {
    const dirty = this.dirty;
    for (const owner of dirty.owners) {
      for (const path of this.layoutsByDir.get(owner) ?? []) {
        const contribution = this.contributions.get(path)!;
        const layouts = this.lists.layouts;
        const index = lowerBound(layouts, contribution.entry!, byRoute);
        contribution.entry = this.layoutEntry(contribution.routed!);
        layouts[index] = contribution.entry;
      }
    }
    for (const route of dirty.routes) this.checkRoute(route);
    for (const parent of dirty.parents) this.checkOptionalCatchAlls(parent);
    for (const prefix of dirty.prefixes) this.checkDynamicSiblings(prefix);
    for (const folder of dirty.slotFolders) this.checkSlotFolder(folder);
    for (const folder of dirty.failedFolders) {
      const failed = this.failedFolders.get(folder);
      this.setDiagnostics(`f\0${folder}`, failed ? [failed.diagnostic] : []);
    }
    if (dirty.recountRootLayout) this.recountRootLayout();
    if (dirty.rootLayout || dirty.recountRootLayout) {
      const first = this.missingRootLayout[0];
      this.setDiagnostics('root', first === undefined ? [] : [missingRootLayoutDiagnostic(this.contributions.get(first)!.file, this.missingRootLayout.length)]);
    }
    if (dirty.diagnostics) this.sortDiagnostics();
    for (const set of [dirty.routes, dirty.parents, dirty.prefixes, dirty.slotFolders, dirty.failedFolders, dirty.owners]) set.clear();
    dirty.rootLayout = dirty.recountRootLayout = dirty.diagnostics = false;
    // Copies: the trees handed out earlier must not change with the next update.
    return {
      pages: this.lists.pages.slice(),
      handlers: this.lists.handlers.slice(),
      layouts: this.lists.layouts.slice() as LayoutEntry[],
      pagesRouter: this.lists.pagesRouter.slice(),
      metadata: this.lists.metadata.slice() as MetadataEntry[],
      redirects: this.redirects,
      rewrites: this.rewrites,
      diagnostics: this.sortedDiagnostics.slice(),
    };
  }

  /** TG004, TG003, TG007, TG006 and the app/pages TG007 of one route. */
  private checkRoute(route: string): void {
    const group = this.routes.get(route);
    const out: Diagnostic[] = [];
    if (group) {
      const { routed, layouts, pagesRouter } = group;
      checkRepeatedParams(layouts.length === 0 ? routed : [...routed, ...layouts], out);
      checkCatchAllLast(routed, out);
      // One page or handler alone cannot share its URL.
      if (routed.length > 1) checkSameUrl(routed, out);
      if (pagesRouter.length > 0) out.push(...checkAppPagesConflicts(routed, pagesRouter));
    }
    this.setDiagnostics(`r\0${route}`, out);
  }

  /** TG005 of the optional catch-alls right below `parent`. */
  private checkOptionalCatchAlls(parent: string): void {
    const out: Diagnostic[] = [];
    const children = this.optionalChildren.get(parent);
    if (children) {
      const entries = [...(this.routes.get(parent)?.routed ?? [])];
      for (const child of children) entries.push(...this.routes.get(child)!.routed);
      checkOptionalCatchAllSpecificity(entries.sort(byFilePath), out);
    }
    this.setDiagnostics(`o\0${parent}`, out);
  }

  /** TG002 of one URL prefix. */
  private checkDynamicSiblings(prefix: string): void {
    const out: Diagnostic[] = [];
    const forms = this.dynamicParts.get(prefix);
    if (forms && forms.size > 1) {
      const first = new Map<string, string>();
      for (const [part, paths] of forms) first.set(part, paths[0]!);
      reportDynamicSiblings(prefix, first, out);
    }
    // A file's TG002s come out shallowest prefix first in the full check (it meets the prefixes
    // of a path in that order), so the prefix's depth breaks ties of file and code.
    this.setDiagnostics(`d\0${prefix}`, out, prefix === '' ? 0 : prefix.split('/').length);
  }

  /** TG010 of one slot folder. */
  private checkSlotFolder(folder: string): void {
    const slotFolder = this.slotFolders.get(folder);
    const orphan = slotFolder && !this.layoutsByDir.has(slotFolder.owner);
    this.setDiagnostics(`s\0${folder}`, orphan ? [orphanSlotDiagnostic(folder, slotFolder.paths[0]!)] : []);
  }

  private recountRootLayout(): void {
    const missing: string[] = [];
    for (const { file, routed } of this.contributions.values()) {
      if (routed && file.kind === 'page' && !this.hasLayoutAbove(file)) missing.push(file.path);
    }
    this.missingRootLayout = missing.sort(byString);
  }

  private setDiagnostics(key: string, diagnostics: readonly Diagnostic[], rank = 0): void {
    const previous = this.diagnosticGroups.get(key);
    if (diagnostics.length === 0) {
      if (!previous) return;
      this.diagnosticGroups.delete(key);
    } else {
      this.diagnosticGroups.set(key, { diagnostics, rank });
    }
    this.dirty.diagnostics = true;
  }

  private sortDiagnostics(): void {
    const ranked: { diagnostic: Diagnostic; rank: number }[] = [];
    for (const { diagnostics, rank } of this.diagnosticGroups.values()) {
      for (const diagnostic of diagnostics) ranked.push({ diagnostic, rank });
    }
    // Stable: a group's diagnostics of one file and code (TG004) keep the order the check found them in.
    ranked.sort((a, b) => byFileAndCode(a.diagnostic, b.diagnostic) || a.rank - b.rank);
    this.sortedDiagnostics = ranked.map(({ diagnostic }) => diagnostic);
  }
}

/** The dynamic parts of a page's or handler's match path with the prefix above each, as checkDynamicSiblings reads them. */
function dynamicPositionsOf(routed: RoutedFile): { prefix: string; part: string }[] {
  const path = matchPathOf(routed);
  if (!path.includes('[')) return [];
  const parts = path === '/' ? [] : path.slice(1).split('/');
  const positions: { prefix: string; part: string }[] = [];
  for (let index = 0; index < parts.length; index++) {
    if (parts[index]!.startsWith('[')) positions.push({ prefix: parts.slice(0, index).join('/'), part: parts[index]! });
  }
  return positions;
}
