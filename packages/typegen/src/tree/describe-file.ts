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
    const file = classifyFile(router, dir, parts, fileName, options);
    if (!file) return undefined;
    if (router === 'pages') return { file, resolved: undefined, layoutKey: undefined };
    const resolved = resolveRoute(parts);
    const layoutKey = file.kind === 'layout' && resolved.ok ? (resolved.grouped ? folderKey(parts) : resolved.route) : undefined;
    return { file, resolved, layoutKey };
  }
  return undefined;
}
