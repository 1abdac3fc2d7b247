import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Diagnostic, RouteFile, RouteTree, VirtualFile } from './model.js';
import { findNextConfig, readNextConfig, type NextConfigFacts } from './config/read-next-config.js';
import { locateRouterDirs, scanRouterDir, type RouterDirs } from './scan/scan-project.js';
import { buildRouteTree, type BuildRouteTreeOptions } from './tree/build-route-tree.js';
import { renderRoutesDts } from './render/render-routes-dts.js';
import { devTypesPathOf, renderDevTypesStub } from './render/render-dev-types-stub.js';
import { checkFile, resolveOutputPath, writeIfChanged, type FileOutcome } from './write/write-files.js';

/** A problem with how approute was called (not with the user's routes): the CLI exits 2. */
export class TypegenUsageError extends Error {
  override readonly name = 'TypegenUsageError';
}

export interface TypegenOptions {
  /** The Next project's root (where next.config and app/ live). */
  readonly root: string;
  /** Output file, relative to the root or absolute (inside the root). Default `<distDir>/types/routes.d.ts`. */
  readonly out?: string;
  /** Compare with what is on disk instead of writing. */
  readonly check?: boolean;
}

/** Everything about a project the stages need, read once (and again when next.config changes). */
export interface ProjectContext {
  readonly root: string;
  readonly routerDirs: RouterDirs;
  readonly config: NextConfigFacts;
  /** The output path relative to the root. */
  readonly out: string;
  /**
   * Where `next dev` writes its copy of routes.d.ts (`<distDir>/dev/types/routes.d.ts`), which
   * approute replaces with a re-exporting stub; only for the default `out`, and only inside the root.
   */
  readonly devOut?: string;
}

export interface TypegenResult {
  readonly context: ProjectContext;
  readonly tree: RouteTree;
  readonly files: readonly VirtualFile[];
  readonly outcomes: readonly FileOutcome[];
  /** Config, scan and tree diagnostics, sorted by file. */
  readonly diagnostics: readonly Diagnostic[];
  /** Milliseconds per stage. */
  readonly timings: Readonly<Record<'config' | 'scan' | 'tree' | 'render' | 'write', number>>;
}

/** Reads the project's shape: router directories, next.config (statically) and the output path. */
export function loadProjectContext(options: Pick<TypegenOptions, 'root' | 'out'>): ProjectContext {
  const root = resolve(options.root);
  if (!existsSync(root)) throw new TypegenUsageError(`The project root ${root} does not exist. Pass the folder that holds next.config and app/ with --root.`);
  const config = readNextConfig(root, findNextConfig(root, existsSync));
  const requested = options.out ?? join(config.distDir, 'types/routes.d.ts');
  const out = resolveOutputPath(root, requested);
  if (!out) throw new TypegenUsageError(`--out ${requested} is outside the project root ${root}. approute writes only inside the project; pass a path below the root, such as .next/types/routes.d.ts.`);
  const devPath = devTypesPathOf(out, config.distDir);
  const devOut = devPath === undefined ? undefined : resolveOutputPath(root, devPath);
  return { root, routerDirs: locateRouterDirs(root), config, out, ...(devOut === undefined ? {} : { devOut }) };
}

/** Scans every router directory of the project. */
export function scanProject(context: ProjectContext): { files: RouteFile[]; diagnostics: Diagnostic[] } {
  const options = { pageExtensions: context.config.pageExtensions };
  const files: RouteFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const router of ['app', 'pages'] as const) {
    const dir = context.routerDirs[router];
    if (!dir) continue;
    const result = scanRouterDir(context.root, dir, router, options);
    files.push(...result.files);
    diagnostics.push(...result.diagnostics);
  }
  return { files, diagnostics };
}

/** TG001 when the project has no app directory. */
export function routerDirDiagnostics(context: ProjectContext): Diagnostic[] {
  if (context.routerDirs.app) return [];
  const pagesOnly = context.routerDirs.pages !== undefined;
  return [
    {
      code: 'TG001',
      severity: pagesOnly ? 'warning' : 'error',
      file: 'app',
      message: pagesOnly
        ? `No app directory (app/ or src/app/) in ${context.root}: only the pages router is typed. Create app/ to use the App Router.`
        : `No app directory (app/ or src/app/) and no pages/ in ${context.root}, so there are no routes to type. Run approute in the Next project's root, or pass it with --root.`,
    },
  ];
}

/**
 * Renders the generated files of a tree: routes.d.ts and, for the default output path, the stub
 * that takes the place of `next dev`'s copy of it (see render-dev-types-stub.ts).
 */
export function renderFiles(tree: RouteTree, context: ProjectContext): VirtualFile[] {
  const files = [renderRoutesDts(tree, context.out)];
  if (context.devOut !== undefined) files.push(renderDevTypesStub(context.devOut, context.out));
  return files;
}

export function buildTree(files: Iterable<RouteFile>, context: ProjectContext): RouteTree {
  return buildRouteTree(files, treeOptionsOf(context));
}

/** What the route tree takes from the project beside its files: next.config's custom routes. */
export function treeOptionsOf(context: ProjectContext): BuildRouteTreeOptions {
  return { redirects: context.config.redirects, rewrites: context.config.rewrites, configFile: context.config.file };
}

/** Writes (or, with `check`, compares) rendered files. */
export function emitFiles(files: readonly VirtualFile[], context: ProjectContext, check = false): FileOutcome[] {
  return files.map((file) => (check ? checkFile(context.root, file) : writeIfChanged(context.root, file)));
}

export function sortDiagnostics(diagnostics: Iterable<Diagnostic>): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/**
 * The whole pipeline once: config -> scan -> tree -> render -> write (or check). Never throws on
 * the user's tree (that is reported in `diagnostics`); throws TypegenUsageError for bad options.
 * With no router directory at all, nothing is written.
 */
export function runTypegen(options: TypegenOptions): TypegenResult {
  const t0 = performance.now();
  const context = loadProjectContext(options);
  const t1 = performance.now();
  const scan = scanProject(context);
  const t2 = performance.now();
  const tree = buildTree(scan.files, context);
  const t3 = performance.now();
  const hasRouter = context.routerDirs.app !== undefined || context.routerDirs.pages !== undefined;
  const files = hasRouter ? renderFiles(tree, context) : [];
  const t4 = performance.now();
  const outcomes = emitFiles(files, context, options.check);
  const t5 = performance.now();
  return {
    context,
    tree,
    files,
    outcomes,
    diagnostics: sortDiagnostics([...context.config.diagnostics, ...routerDirDiagnostics(context), ...scan.diagnostics, ...tree.diagnostics]),
    timings: { config: t1 - t0, scan: t2 - t1, tree: t3 - t2, render: t4 - t3, write: t5 - t4 },
  };
}
