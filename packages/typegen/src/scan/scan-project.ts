import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, RouteFile } from '../model.js';
import { classifyFile, type ClassifyOptions } from './classify-file.js';
import { segmentOf } from '../tree/resolve-route.js';

/** Where a project keeps its routers, relative to its root. */
export interface RouterDirs {
  readonly app: string | undefined;
  readonly pages: string | undefined;
}

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * Finds `app/` and `pages/` the way Next's `findPagesDir` does: each one at the root, else under
 * `src/`, independently of the other (a root `pages/` does not hide `src/app/`).
 */
export function locateRouterDirs(root: string): RouterDirs {
  const find = (name: string) => (isDirectory(join(root, name)) ? name : isDirectory(join(root, 'src', name)) ? `src/${name}` : undefined);
  return { app: find('app'), pages: find('pages') };
}

export interface ScanResult {
  readonly files: RouteFile[];
  readonly diagnostics: Diagnostic[];
}

interface Pending {
  readonly abs: string;
  /** The folder's real path: a symlink to it or to one of its ancestors is a loop. */
  readonly real: string;
  readonly dirs: readonly string[];
}

/**
 * Walks one router directory and returns the files routing cares about. Private folders are not
 * entered; symlinked folders are followed once each (a loop ends with a TG013 warning); an
 * unreadable folder is a TG012 warning, never an exception.
 */
export function scanRouterDir(root: string, routerDir: string, router: 'app' | 'pages', options: ClassifyOptions): ScanResult {
  const files: RouteFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const start = join(root, routerDir);
  /** Real paths of the symlinked folders followed so far: each is entered once. */
  const visited = new Set<string>();
  let startReal: string;
  try {
    startReal = realpathSync(start);
  } catch {
    // Missing directory: the caller reports it; nothing to scan.
    return { files, diagnostics };
  }
  const stack: Pending[] = [{ abs: start, real: startReal, dirs: [] }];
  while (stack.length > 0) {
    const { abs, real: parentReal, dirs } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        diagnostics.push({
          code: 'TG012',
          severity: 'warning',
          file: [routerDir, ...dirs].join('/'),
          message: `Could not read this folder (${code ?? String(error)}), so its routes are missing from the types. Check its permissions.`,
        });
      }
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      // Paths are joined only for folders and links, not for the many files: joining every entry
      // was a measurable share of the scan at 5,000 routes (npm run bench, --cpu-prof).
      let childReal: string | undefined;
      if (entry.isSymbolicLink()) {
        let real: string;
        try {
          real = realpathSync(join(abs, name));
          const stat = statSync(real);
          isDir = stat.isDirectory();
          isFile = stat.isFile();
        } catch {
          continue; // A dangling link routes nothing.
        }
        if (isDir) {
          const isAncestor = parentReal === real || parentReal.startsWith(`${real}/`);
          if (isAncestor || visited.has(real)) {
            diagnostics.push({
              code: 'TG013',
              severity: 'warning',
              file: [routerDir, ...dirs, name].join('/'),
              message: `This symlink leads to a folder that was already scanned (a loop, or a second path to the same folder), so it was not followed again. Remove the link or point it elsewhere.`,
            });
            continue;
          }
          visited.add(real);
          childReal = real;
        }
      }
      if (isDir) {
        if (router === 'app' && segmentOf(name).kind === 'private') continue;
        if (name === 'node_modules') continue;
        stack.push({ abs: join(abs, name), real: childReal ?? join(parentReal, name), dirs: [...dirs, name] });
      } else if (isFile) {
        const file = classifyFile(router, routerDir, dirs, name, options);
        if (file) files.push(file);
      }
    }
  }
  return { files, diagnostics };
}
