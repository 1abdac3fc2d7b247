/**
 * Helpers of the end-to-end tests: real temp projects on disk and the real built binary.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../..', import.meta.url));
export const BIN = join(REPO, 'packages/cli/dist/bin.js');
export const FIXTURES = join(REPO, 'fixtures');

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/bin.js ...args` in `cwd` with a plain environment (no CI, no colour forcing). */
export function runCli(args: readonly string[], options: { cwd: string; env?: Record<string, string | undefined>; input?: string }): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, CI: undefined, FORCE_COLOR: undefined, NO_COLOR: undefined, GITHUB_ACTIONS: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: options.cwd, env: env as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

const created: string[] = [];

/** A temp folder, removed by {@link removeTempDirs}. */
export function makeTempDir(prefix = 'approute-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `files` (path -> content) under `root`. */
export function writeFiles(root: string, files: Readonly<Record<string, string>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
}

export interface ProjectOptions {
  /**
   * Link the monorepo's node_modules into the project, so it resolves eslint, typescript,
   * @approute/eslint-plugin and @typescript-eslint/parser as an installed project would.
   */
  readonly installed?: boolean;
  /** Copy a fixture from the root fixtures/ first. */
  readonly fixture?: string;
}

/** A Next project in a temp folder. */
export function makeProject(files: Readonly<Record<string, string>>, options: ProjectOptions = {}): string {
  const root = makeTempDir();
  if (options.fixture) cpSync(join(FIXTURES, options.fixture), root, { recursive: true, filter: (source) => !relative(join(FIXTURES, options.fixture!), source).startsWith('.next') });
  writeFiles(root, files);
  if (options.installed) symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** Every file under `root` (not node_modules) with its bytes, to prove a command wrote nothing. */
export function snapshotTree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === '.git') continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(root, path), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return files;
}

/** A minimal App Router project: a root layout and a home page. */
export const MINIMAL_APP: Readonly<Record<string, string>> = {
  'package.json': '{ "name": "app", "private": true }\n',
  'app/layout.tsx': 'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return <html><body>{children}</body></html>;\n}\n',
  'app/page.tsx': 'export default function Page() {\n  return <h1>Home</h1>;\n}\n',
};
