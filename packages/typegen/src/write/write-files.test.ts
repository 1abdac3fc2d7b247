import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFile, resolveOutputPath, writeIfChanged } from './write-files.js';

let root: string;
let outside: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'approute-write-'));
  outside = mkdtempSync(join(tmpdir(), 'approute-outside-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const file = { path: '.next/types/routes.d.ts', content: 'type A = 1\n' };

describe('writeIfChanged', () => {
  it('writes a new file, creating its folders', () => {
    expect(writeIfChanged(root, file)).toEqual({ path: file.path, status: 'written' });
    expect(readFileSync(join(root, file.path), 'utf8')).toBe(file.content);
  });

  it('leaves an unchanged file alone: same bytes, same mtime', () => {
    writeIfChanged(root, file);
    const target = join(root, file.path);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(target, past, past);
    expect(writeIfChanged(root, file)).toEqual({ path: file.path, status: 'unchanged' });
    expect(statSync(target).mtimeMs).toBe(past.getTime());
  });

  it('rewrites a changed file through a temp file and a rename, leaving no temp file', () => {
    writeIfChanged(root, file);
    const target = join(root, file.path);
    const inode = statSync(target).ino;
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(target, past, past);
    expect(writeIfChanged(root, { ...file, content: 'type A = 2\n' })).toEqual({ path: file.path, status: 'written' });
    expect(readFileSync(target, 'utf8')).toBe('type A = 2\n');
    expect(statSync(target).mtimeMs).toBeGreaterThan(past.getTime());
    // A rename puts a new inode in place; writing in place would keep the old one (and be torn).
    expect(statSync(target).ino).not.toBe(inode);
    expect(readdirSync(join(root, '.next/types'))).toEqual(['routes.d.ts']);
  });

  it('removes its temp file when the rename fails, and reports the error', () => {
    // A folder where the file should go: the rename onto it fails.
    mkdirSync(join(root, file.path), { recursive: true });
    expect(() => writeIfChanged(root, file)).toThrow();
    expect(readdirSync(join(root, '.next/types'))).toEqual(['routes.d.ts']);
  });
});

describe('checkFile', () => {
  it('reports a missing, a stale and an up-to-date file without writing', () => {
    expect(checkFile(root, file)).toEqual({ path: file.path, status: 'missing', expected: file.content });
    expect(readdirSync(root)).toEqual([]);
    mkdirSync(join(root, '.next/types'), { recursive: true });
    writeFileSync(join(root, file.path), 'old\n');
    expect(checkFile(root, file)).toEqual({ path: file.path, status: 'stale', actual: 'old\n', expected: file.content });
    expect(readFileSync(join(root, file.path), 'utf8')).toBe('old\n');
    writeFileSync(join(root, file.path), file.content);
    expect(checkFile(root, file)).toEqual({ path: file.path, status: 'unchanged' });
  });
});

describe('resolveOutputPath', () => {
  it('accepts paths below the root, relative or absolute, existing or not', () => {
    expect(resolveOutputPath(root, '.next/types/routes.d.ts')).toBe('.next/types/routes.d.ts');
    expect(resolveOutputPath(root, join(root, 'types/routes.d.ts'))).toBe('types/routes.d.ts');
    expect(resolveOutputPath(root, './a/../b.d.ts')).toBe('b.d.ts');
    // A folder whose name starts with two dots is still inside.
    expect(resolveOutputPath(root, '..types/routes.d.ts')).toBe('..types/routes.d.ts');
  });

  it('refuses the root itself and paths outside it', () => {
    expect(resolveOutputPath(root, '.')).toBeUndefined();
    expect(resolveOutputPath(root, '..')).toBeUndefined();
    expect(resolveOutputPath(root, '../routes.d.ts')).toBeUndefined();
    expect(resolveOutputPath(root, 'a/../../routes.d.ts')).toBeUndefined();
    expect(resolveOutputPath(root, join(outside, 'routes.d.ts'))).toBeUndefined();
    expect(resolveOutputPath(root, '/etc/passwd')).toBeUndefined();
  });

  it('refuses a path that leaves the root through a symlink, even below a missing folder', () => {
    symlinkSync(outside, join(root, 'escape'));
    expect(resolveOutputPath(root, 'escape/routes.d.ts')).toBeUndefined();
    expect(resolveOutputPath(root, 'escape/not/yet/there/routes.d.ts')).toBeUndefined();
    symlinkSync(join(outside, 'missing-target'), join(root, 'dangling'));
    mkdirSync(join(outside, 'missing-target'));
    expect(resolveOutputPath(root, 'dangling/routes.d.ts')).toBeUndefined();
  });

  it('accepts a symlink that stays inside, and a root that is itself reached through a symlink', () => {
    mkdirSync(join(root, 'real'));
    symlinkSync(join(root, 'real'), join(root, 'alias'));
    expect(resolveOutputPath(root, 'alias/routes.d.ts')).toBe('alias/routes.d.ts');
    const linkedRoot = join(outside, 'linked-root');
    symlinkSync(root, linkedRoot);
    expect(resolveOutputPath(linkedRoot, '.next/types/routes.d.ts')).toBe('.next/types/routes.d.ts');
  });
});
