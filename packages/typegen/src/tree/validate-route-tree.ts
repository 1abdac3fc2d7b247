import type { Diagnostic, Param, RouteEntry, RouteFile } from '../model.js';
import { segmentOf, type ResolvedRoute } from './resolve-route.js';

/** A page, route handler or layout with its resolved route, the input of the structural checks. */
export interface RoutedFile {
  readonly file: RouteFile;
  readonly route: string;
  readonly params: readonly Param[];
  readonly resolved: Extract<ResolvedRoute, { ok: true }>;
}

/**
 * The structural errors `next build` rejects but `next typegen` lets through: conflicting dynamic
 * names, misplaced catch-alls, repeated params, ambiguous URLs, a page beside a route handler, a page
 * with no root layout. Pure; every diagnostic names a file and says what to do.
 */
export function validateRouteTree(routed: readonly RoutedFile[], layouts: readonly RoutedFile[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const sorted = [...routed].sort((a, b) => (a.file.path < b.file.path ? -1 : 1));
  checkRepeatedParams([...sorted, ...layouts], diagnostics);
  checkCatchAllLast(sorted, diagnostics);
  checkDynamicSiblings(sorted, diagnostics);
  checkOptionalCatchAllSpecificity(sorted, diagnostics);
  checkSameUrl(sorted, diagnostics);
  checkRootLayout(sorted, layouts, diagnostics);
  return diagnostics;
}

/**
 * TG004. Local to a route: run on the entries of one route (pages and handlers by path, then
 * layouts by path), it reports exactly what it reports for them in the whole tree.
 */
export function checkRepeatedParams(entries: readonly RoutedFile[], out: Diagnostic[]): void {
  const reported = new Set<string>();
  for (const { file, route, params } of entries) {
    if (params.length < 2) continue; // Fast path: one param cannot repeat.
    /** Names with their non-word characters removed, as Next compares them -> the first such name. */
    const seen = new Map<string, string>();
    for (const { name } of params) {
      const normalized = name.replace(/\W/g, '');
      const previous = seen.get(normalized);
      if (previous === undefined) {
        seen.set(normalized, name);
        continue;
      }
      if (reported.has(`${route}\0${name}`)) continue;
      reported.add(`${route}\0${name}`);
      out.push({
        code: 'TG004',
        severity: 'error',
        file: file.path,
        message:
          previous === name
            ? `The parameter \`${name}\` appears twice in the route \`${route}\`. Next fails the build ("You cannot have the same slug name repeat within a single dynamic path") because one value would hide the other; rename one of the folders.`
            : `The parameters \`${previous}\` and \`${name}\` of the route \`${route}\` differ only by non-word characters. Next fails the build ("You cannot have the slug names ... differ only by non-word symbols within a single dynamic path"); rename one of the folders.`,
      });
    }
  }
}

/**
 * A pages-router page at the URL of an App Router page or handler: `next build` fails ("Conflicting
 * app and page file was found"). Next compares the app path without groups and slots, so a slot page
 * conflicts too; an intercepting route keeps its marker and never does.
 */
export function checkAppPagesConflicts(routed: readonly RoutedFile[], pagesRouter: readonly RouteEntry[]): Diagnostic[] {
  const app = new Map<string, RoutedFile>();
  for (const entry of [...routed].sort((a, b) => (a.file.path < b.file.path ? -1 : 1))) {
    if (!entry.resolved.intercepting && !app.has(entry.route)) app.set(entry.route, entry);
  }
  const out: Diagnostic[] = [];
  for (const page of pagesRouter) {
    const other = app.get(page.route);
    if (!other) continue;
    out.push({
      code: 'TG007',
      severity: 'error',
      file: page.file,
      message: `\`${page.file}\` and \`${other.file.path}\` both serve \`${page.route}\`. \`next build\` fails ("Conflicting app and page file was found"); remove the pages-router file once its page lives in the App Router, or move one of them.`,
    });
  }
  return out;
}

/** Route literal -> its parts. The checks split every route several times; the watcher, on every change. */
const partsCache = new Map<string, readonly string[]>();
const partsOf = (route: string): readonly string[] => {
  let parts = partsCache.get(route);
  if (!parts) {
    parts = route === '/' ? [] : route.slice(1).split('/');
    if (partsCache.size > 100_000) partsCache.clear();
    partsCache.set(route, parts);
  }
  return parts;
};
const isCatchAllPart = (part: string) => part.startsWith('[...') || part.startsWith('[[...');

/** TG003. Local to a route: the first file (by path) of a route with a misplaced catch-all reports. */
export function checkCatchAllLast(entries: readonly RoutedFile[], out: Diagnostic[]): void {
  const reported = new Set<string>();
  for (const { file, route } of entries) {
    if (!route.includes('[...')) continue; // Fast path: most routes have no catch-all (`[[...` holds `[...`).
    const parts = partsOf(route);
    const index = parts.findIndex(isCatchAllPart);
    if (index === -1 || index === parts.length - 1 || reported.has(route)) continue;
    reported.add(route);
    out.push({
      code: 'TG003',
      severity: 'error',
      file: file.path,
      message: `The catch-all \`${parts[index]}\` is not the last segment of \`${route}\`. Next fails the build ("Catch-all must be the last part of the URL") since it would swallow what follows; move the folders below it up, or make it a single \`[param]\`.`,
    });
  }
}

/**
 * The path Next compares for ambiguity: the URL, except that an intercepting route keeps its
 * interception marker (`/feed/(..)photo/[id]`), so it is a pattern of its own and its params may
 * be named apart from those of the route it intercepts (Next's validateAppPaths and UrlNode both
 * see the marker).
 */
export function matchPathOf({ file, route, resolved }: RoutedFile): string {
  if (!resolved.intercepting) return route;
  const parts = file.dirs.filter((dir) => {
    const kind = segmentOf(dir).kind;
    return kind !== 'group' && kind !== 'slot';
  });
  return `/${parts.join('/')}`;
}

function checkDynamicSiblings(entries: readonly RoutedFile[], out: Diagnostic[]): void {
  /** URL prefix -> dynamic part at that position -> the first file that uses it. */
  const positions = new Map<string, Map<string, string>>();
  for (const entry of entries) {
    const { file } = entry;
    const path = matchPathOf(entry);
    if (!path.includes('[')) continue; // Fast path: a static route has no dynamic position.
    const parts = partsOf(path);
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!;
      if (!part.startsWith('[')) continue;
      const prefix = parts.slice(0, index).join('/');
      let forms = positions.get(prefix);
      if (!forms) positions.set(prefix, (forms = new Map()));
      if (!forms.has(part)) forms.set(part, file.path);
    }
  }
  for (const [prefix, forms] of positions) reportDynamicSiblings(prefix, forms, out);
}

/**
 * TG002 for one URL prefix: `forms` maps each dynamic part used right below `prefix` to the first
 * file (by path) that uses it. Shared with the incremental tree, which keeps `forms` per prefix.
 */
export function reportDynamicSiblings(prefix: string, forms: ReadonlyMap<string, string>, out: Diagnostic[]): void {
  if (forms.size < 2) return;
  const singles = [...forms.keys()].filter((part) => !isCatchAllPart(part)).sort();
  const catchAlls = [...forms.keys()].filter(isCatchAllPart).sort();
  const at = `/${prefix}`;
  for (const group of [singles, catchAlls]) {
    for (const part of group.slice(1)) {
      out.push({
        code: 'TG002',
        severity: 'error',
        file: forms.get(part)!,
        message:
          group === singles
            ? `\`${part}\` and \`${group[0]}\` are sibling dynamic segments under \`${at}\` with different names. \`next dev\` and \`next start\` refuse to run ("You cannot use different slug names for the same dynamic path"), and \`next build\` fails ("Ambiguous app routes") when the paths differ only in these names; give both folders the same parameter name.`
            : `\`${part}\` and \`${group[0]}\` are sibling catch-all segments under \`${at}\`. One level can hold only one catch-all, required or optional: \`next dev\` and \`next start\` refuse to run, \`next build\` fails when the paths differ only in these names; merge them into one folder.`,
      });
    }
  }
}

/**
 * TG005. Local to a parent route: run on the entries of a route and of the optional catch-alls
 * right below it (by path), it reports exactly what it reports for those catch-alls in the whole tree.
 */
export function checkOptionalCatchAllSpecificity(entries: readonly RoutedFile[], out: Diagnostic[]): void {
  const routes = new Set(entries.filter(({ resolved }) => !resolved.intercepting).map(({ route }) => route));
  const reported = new Set<string>();
  for (const { file, route, resolved } of entries) {
    if (!route.endsWith(']]')) continue; // Fast path: only an optional catch-all ends in `]]`.
    const parts = partsOf(route);
    const last = parts[parts.length - 1];
    if (resolved.intercepting || !last?.startsWith('[[...') || reported.has(route)) continue;
    const parent = `/${parts.slice(0, -1).join('/')}`;
    if (!routes.has(parent)) continue;
    reported.add(route);
    out.push({
      code: 'TG005',
      severity: 'error',
      file: file.path,
      message: `The optional catch-all \`${route}\` also matches \`${parent}\`, which has a page or handler of its own. Next fails the build ("You cannot define a route with the same specificity as an optional catch-all route"); make it a required catch-all \`[...${last.slice(5, -2)}]\` or remove the other page.`,
    });
  }
}

/** TG007 (same URL) and TG006 (page beside handler). Local to a route: its entries by path suffice. */
export function checkSameUrl(entries: readonly RoutedFile[], out: Diagnostic[]): void {
  /** route -> first page / handler outside slots and interceptions. */
  const pages = new Map<string, RoutedFile>();
  const handlers = new Map<string, RoutedFile>();
  for (const entry of entries) {
    if (entry.resolved.intercepting) continue;
    const isPage = entry.file.kind === 'page';
    if (isPage && entry.resolved.inSlot) continue;
    const seen = isPage ? pages : handlers;
    const first = seen.get(entry.route);
    if (!first) {
      seen.set(entry.route, entry);
      continue;
    }
    const sameFolder = first.file.dirs.join('/') === entry.file.dirs.join('/');
    out.push({
      code: 'TG007',
      severity: sameFolder ? 'warning' : 'error',
      file: entry.file.path,
      message: sameFolder
        ? `\`${entry.file.path}\` and \`${first.file.path}\` are the same ${entry.file.kind} in two extensions. Next warns and serves only one of them; delete the other.`
        : `\`${entry.file.path}\` and \`${first.file.path}\` both resolve to \`${entry.route}\` (route groups do not change the URL). Next fails the build ("You cannot have two parallel pages that resolve to the same path"); move or remove one of them.`,
    });
  }
  for (const [route, handler] of handlers) {
    const page = pages.get(route);
    if (!page) continue;
    out.push({
      code: 'TG006',
      severity: 'error',
      file: handler.file.path,
      message: `\`${handler.file.path}\` and \`${page.file.path}\` both serve \`${route}\`. Next fails the build ("Conflicting route and page"): a URL is either a page or a route handler; move the handler to its own segment, such as \`${route === '/' ? '' : route}/api\`.`,
    });
  }
}

function checkRootLayout(entries: readonly RoutedFile[], layouts: readonly RoutedFile[], out: Diagnostic[]): void {
  const layoutDirs = new Set(layouts.map(({ file }) => file.dirs.join('/')));
  const missing = entries.filter(({ file }) => {
    if (file.kind !== 'page') return false;
    for (let depth = 0; depth <= file.dirs.length; depth++) {
      if (layoutDirs.has(file.dirs.slice(0, depth).join('/'))) return false;
    }
    return true;
  });
  const first = missing[0];
  if (first) out.push(missingRootLayoutDiagnostic(first.file, missing.length));
}

/** TG014, about the first page (by path) with no layout above it and how many such pages there are. */
export function missingRootLayoutDiagnostic(first: RouteFile, count: number): Diagnostic {
  return {
    code: 'TG014',
    severity: 'error',
    file: first.path,
    message: `\`${first.path}\`${count > 1 ? ` and ${count - 1} other page(s) have no root layout above them` : ' has no root layout above it'}. \`next build\` fails ("doesn't have a root layout") and \`next dev\` writes one for you; add \`${first.root}/layout.tsx\` rendering <html> and <body>.`,
  };
}
