import type { RouteFile } from '../model.js';
import { classifyFile, type ClassifyOptions } from '../scan/classify-file.js';
import type { RouterDirs } from '../scan/scan-project.js';
import { folderKey, resolveRoute, type ResolvedRoute } from './resolve-route.js';

/** What a source file is to the router: used by the ESLint plugin's route context and the watcher. */
export interface FileDescription {
  readonly file: RouteFile;
  /** For app/ files: where the file's folder lands in the URL space. */
  readonly resolved: ResolvedRoute | undefined;
  /** For app/ layouts: the key of `LayoutProps<...>` that types exactly this layout. */
  readonly layoutKey: string | undefined;
}

/** What an app/ folder is to the router: the part of a description every file in it shares. */
export interface AppFolder {
  /** Folder names from the app directory down to this folder. */
  readonly dirs: readonly string[];
  /** Where the folder lands in the URL space. */
  readonly resolved: ResolvedRoute;
  /** The key of `LayoutProps<...>` for a layout in this folder (undefined when it cannot be routed). */
  readonly layoutKey: string | undefined;
}

/**
 * Describes one file given its path relative to the project root (`/`-separated). Undefined when
 * the file is outside the router directories or routing ignores it (a component, a util).
 */
export function describeFile(relativePath: string, routerDirs: RouterDirs, options: ClassifyOptions): FileDescription | undefined {
  for (const router of ['app', 'pages'] as const) {
    const dir = routerDirs[router];
    if (!dir || !relativePath.startsWith(`${dir}/`)) continue;
    const parts = relativePath.slice(dir.length + 1).split('/');
    const fileName = parts.pop()!;
    if (router === 'pages') {
      const file = classifyFile(router, dir, parts, fileName, options);
      return file && { file, resolved: undefined, layoutKey: undefined };
    }
    return describeAppFile(dir, describeAppFolder(parts), fileName, options);
  }
  return undefined;
}

/**
 * Describes an app/ folder from its folder names below the app directory. Callers that see many
 * files of one folder (the ESLint plugin) describe it once and pass it to `describeAppFile`.
 */
export function describeAppFolder(dirs: readonly string[]): AppFolder {
  const resolved = resolveRoute(dirs);
  return { dirs, resolved, layoutKey: resolved.ok ? (resolved.grouped ? folderKey(dirs) : resolved.route) : undefined };
}

/**
 * Describes the file `fileName` of the app/ folder `folder` (`appDir` is the app directory relative
 * to the project root). Undefined when routing ignores the file.
 */
export function describeAppFile(appDir: string, folder: AppFolder, fileName: string, options: ClassifyOptions): FileDescription | undefined {
  const file = classifyFile('app', appDir, folder.dirs, fileName, options);
  if (!file) return undefined;
  return { file, resolved: folder.resolved, layoutKey: file.kind === 'layout' ? folder.layoutKey : undefined };
}
