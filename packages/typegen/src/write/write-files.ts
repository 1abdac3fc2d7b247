import { mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { VirtualFile } from '../model.js';

/** What happened to one generated file. */
export type FileStatus = 'written' | 'unchanged' | 'missing' | 'stale';

export interface FileOutcome {
  readonly path: string;
  readonly status: FileStatus;
  /** For `stale`: what is on disk now, so the caller can show a diff. */
  readonly actual?: string;
  readonly expected?: string;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

let tempCounter = 0;

/**
 * Writes a file only when its bytes change (an unchanged file keeps its mtime, so watchers and
 * `tsc --incremental` see nothing), through a temp file in the same folder and a rename, so a
 * reader sees the old file or the new one, never a torn one. Two processes racing each rename a
 * complete file of their own.
 */
export function writeIfChanged(root: string, file: VirtualFile): FileOutcome {
  const target = join(root, file.path);
  if (readIfExists(target) === file.content) return { path: file.path, status: 'unchanged' };
  mkdirSync(dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.${++tempCounter}.tmp`;
  try {
    writeFileSync(temp, file.content);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  return { path: file.path, status: 'written' };
}

/** Compares without writing: `missing` or `stale` files are what `typegen --check` fails on. */
export function checkFile(root: string, file: VirtualFile): FileOutcome {
  const actual = readIfExists(join(root, file.path));
  if (actual === undefined) return { path: file.path, status: 'missing', expected: file.content };
  if (actual !== file.content) return { path: file.path, status: 'stale', actual, expected: file.content };
  return { path: file.path, status: 'unchanged' };
}

/** The nearest existing ancestor's real path, so a symlinked folder cannot smuggle a write out. */
function realpathOfNearest(path: string): string {
  let current = path;
  for (;;) {
    try {
      return join(realpathSync(current), relative(current, path));
    } catch {
      const parent = dirname(current);
      if (parent === current) return path;
      current = parent;
    }
  }
}

/**
 * Resolves an output path given by the user and returns it relative to the root, or undefined if
 * it lands outside the root (also through a symlink). approute never writes outside the project.
 */
export function resolveOutputPath(root: string, out: string): string | undefined {
  const absolute = resolve(root, out);
  const rel = relative(resolve(root), absolute);
  if (!isBelow(rel)) return undefined;
  const realRoot = realpathOfNearest(resolve(root));
  if (!isBelow(relative(realRoot, realpathOfNearest(absolute)))) return undefined;
  return rel.split('\\').join('/');
}

/** A relative path that stays strictly inside its base (`..foo/x` is a folder named `..foo`). */
function isBelow(rel: string): boolean {
  if (rel === '' || isAbsolute(rel)) return false;
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !rel.startsWith('../');
}
