/**
 * What is staged in git, for `--staged` (a pre-commit hook): the file names from
 * `git diff --cached --name-only --diff-filter=ACMR -z`, and each file's staged content from the
 * index (`git cat-file blob :path`), so a file that is partly staged is linted as it will be committed, not
 * as it is in the working tree.
 */
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from '../io.js';

const run = promisify(execFile);
const MAX_BUFFER = 256 * 1024 * 1024;

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8' });
  return stdout;
}

/** The repository's top folder, or a UsageError when `root` is not in a git work tree. */
export async function findRepositoryTop(root: string): Promise<string> {
  try {
    return realpathSync((await git(root, ['rev-parse', '--show-toplevel'])).trim());
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError('--staged needs git, and `git` was not found on the PATH.');
    throw new UsageError(`--staged lints the files staged in git, but ${root} is not inside a git repository. Drop --staged, or run it in a repository.`);
  }
}

/** Absolute paths of the files staged (added, copied, modified or renamed) below `root`. */
export async function listStagedFiles(root: string): Promise<{ top: string; files: string[] }> {
  const top = await findRepositoryTop(root);
  const realRoot = realpathSync(root);
  const names = (await git(top, ['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z'])).split('\0').filter(Boolean);
  const files: string[] = [];
  for (const name of names) {
    const absolute = join(top, name);
    const rel = relative(realRoot, absolute);
    if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) files.push(join(root, rel));
  }
  return { top, files };
}

/** The staged content of a file (the blob in the index), given its absolute path. */
export async function readStagedContent(top: string, file: string, root: string): Promise<string> {
  const name = relative(top, join(realpathSync(root), relative(root, file))).split('\\').join('/');
  return git(top, ['cat-file', 'blob', `:${name}`]);
}
