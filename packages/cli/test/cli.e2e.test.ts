import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, MINIMAL_APP, REPO, makeProject, makeTempDir, removeTempDirs, runCli } from './helpers.js';

afterAll(removeTempDirs);

const VERSION = (JSON.parse(readFileSync(join(REPO, 'packages/cli/package.json'), 'utf8')) as { version: string }).version;
const COMMANDS = ['lint', 'check', 'init'];

describe('every command', () => {
  it.each(COMMANDS)('%s --help shows --root and examples, exit 0', async (command) => {
    const result = await runCli([command, '--help'], { cwd: REPO });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: approute ${command}`);
    expect(result.stdout).toContain('--root <dir>');
    expect(result.stdout).toContain('Examples:');
  });

  it.each(['', ...COMMANDS])('approute %s --version prints the version', async (command) => {
    const result = await runCli([command, '--version'].filter(Boolean), { cwd: REPO });
    expect(result).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it.each(COMMANDS)('%s with a bad flag: a clear message, exit 2', async (command) => {
    const result = await runCli([command, '--no-such-flag'], { cwd: REPO });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: unknown option '--no-such-flag'\n");
  });

  it.each(COMMANDS)('%s in a folder with no app directory: exit 2, what to pass', async (command) => {
    const dir = makeTempDir();
    const result = await runCli([command, '--root', dir], { cwd: REPO });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`approute: No app directory (app/ or src/app/) and no pages/ in ${dir}: this does not look like a Next.js project. Run approute in the Next app's root, or pass it with --root (for example --root apps/web).\n`);
    expect(result.stdout).toBe('');
  });

  it.each(COMMANDS)('%s with a root that does not exist: exit 2', async (command) => {
    const result = await runCli([command, '--root', '/no/such/folder'], { cwd: REPO });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('approute: The project root /no/such/folder does not exist. Pass the folder that holds next.config and app/ with --root.\n');
  });
});

describe('colours and progress', () => {
  it('no colour and no progress line when not a TTY; colour with FORCE_COLOR, none with NO_COLOR', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'app/bad/page.tsx': "'use client';\nexport const metadata = {};\nexport default function P() {\n  return null;\n}\n" });
    const plain = await runCli(['check'], { cwd: root });
    expect(plain.stdout + plain.stderr).not.toContain('\u001b[');
    expect(plain.stderr).toBe('');
    const forced = await runCli(['check'], { cwd: root, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31m'); // red "failed"
    const noColor = await runCli(['lint'], { cwd: root, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
  });
});

describe('on a terminal', () => {
  // `script` (util-linux) gives the command a pseudo-terminal, as a developer's shell does.
  const onTty = (command: string, cwd: string, env: Record<string, string> = {}) =>
    new Promise<string>((resolve, reject) => {
      execFile('script', ['-qec', command, '/dev/null'], { cwd, env: { ...cleanEnv(), ...env } }, (error, stdout) => (error && typeof error.code !== 'number' ? reject(error) : resolve(stdout)));
    });
  const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !['CI', 'FORCE_COLOR', 'NO_COLOR', 'GITHUB_ACTIONS'].includes(key))) as Record<string, string>;

  it('shows a progress line on stderr and erases it before the result; none in CI', async () => {
    const root = makeProject(MINIMAL_APP);
    const command = `"${process.execPath}" "${BIN}" check`;
    const interactive = await onTty(command, root);
    expect(interactive).toContain('\r\u001b[2Kapproute check: route types...');
    expect(interactive).toMatch(/\r\u001b\[2Kapproute check: linting\.\.\.\r\u001b\[2K/);
    expect(interactive).toContain('approute check: ');
    const ci = await onTty(command, root, { CI: 'true' });
    expect(ci).not.toContain('\u001b[2K');
    expect(ci).toContain('approute check: ');
  });
});
