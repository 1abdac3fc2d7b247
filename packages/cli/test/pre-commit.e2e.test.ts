/**
 * A real git repository with a real pre-commit hook running `approute check --staged`: it blocks
 * a commit that adds redirect() inside try, also when the fix is only in the working tree (the
 * staged content is what gets linted), and lets the commit through once the fix is staged.
 */
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, MINIMAL_APP, makeProject, removeTempDirs, runCli } from './helpers.js';

const exec = promisify(execFile);
afterAll(removeTempDirs);

const RULE = '@approute/no-redirect-in-try';
const BAD_PAGE = `import { redirect } from 'next/navigation';

export default async function Page() {
  try {
    const session = await fetch('https://example.com/session').then((response) => response.json());
    if (!session.user) redirect('/login');
    return <h1>Dashboard</h1>;
  } catch {
    return <p>Could not load the dashboard.</p>;
  }
}
`;
const FIXED_PAGE = `import { redirect } from 'next/navigation';

export default async function Page() {
  let session;
  try {
    session = await fetch('https://example.com/session').then((response) => response.json());
  } catch {
    return <p>Could not load the dashboard.</p>;
  }
  if (!session.user) redirect('/login');
  return <h1>Dashboard</h1>;
}
`;

const gitEnv: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };
delete gitEnv['FORCE_COLOR'];
delete gitEnv['CI'];

async function git(repo: string, args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await exec('git', args, { cwd: repo, env: gitEnv });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failure.code === 'number' ? failure.code : 1, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

const commitCount = async (repo: string): Promise<number> => Number((await git(repo, ['rev-list', '--count', 'HEAD'])).output.trim());

describe('a pre-commit hook running approute check --staged', () => {
  let repo: string;

  beforeAll(async () => {
    repo = makeProject({ ...MINIMAL_APP, '.gitignore': '.next/\nnode_modules/\n' });
    for (const args of [['init', '-q', '-b', 'main'], ['config', 'commit.gpgsign', 'false'], ['add', '-A'], ['commit', '-q', '-m', 'initial']]) {
      expect((await git(repo, args)).code).toBe(0);
    }
    const hook = join(repo, '.git/hooks/pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" check --staged\n`);
    chmodSync(hook, 0o755);
  });

  it('blocks redirect() inside try, lints what is staged, and lets the fix through', async () => {
    writeFileSync(join(repo, 'app/page.tsx'), BAD_PAGE.replace('Dashboard', 'Home'));
    // The route types are current, as `approute typegen --watch` keeps them during development.
    expect((await runCli(['typegen'], { cwd: repo })).code).toBe(0);
    await git(repo, ['add', 'app/page.tsx']);

    const blocked = await git(repo, ['commit', '-m', 'add a redirect in try']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain(join(repo, 'app/page.tsx'));
    expect(blocked.output).toContain(RULE);
    expect(blocked.output).toMatch(/approute check: failed: route types passed; lint \(staged\) failed \(1 error, 0 warnings, 1 staged file\)/);
    expect(await commitCount(repo)).toBe(1);

    // Fixed in the working tree but not staged: what would be committed is still wrong.
    writeFileSync(join(repo, 'app/page.tsx'), FIXED_PAGE.replace('Dashboard', 'Home'));
    const stillStaged = await git(repo, ['commit', '-m', 'add a redirect in try']);
    expect(stillStaged.code).not.toBe(0);
    expect(stillStaged.output).toContain(RULE);
    expect(await commitCount(repo)).toBe(1);

    await git(repo, ['add', 'app/page.tsx']);
    const passed = await git(repo, ['commit', '-m', 'redirect after the try']);
    expect(passed.output).toMatch(/approute check: passed: route types passed; lint \(staged\) passed \(1 staged file\)/);
    expect(passed.code).toBe(0);
    expect(await commitCount(repo)).toBe(2);
  });

  it('a new page with stale route types is blocked until typegen runs', async () => {
    mkdirSync(join(repo, 'app/dashboard'));
    writeFileSync(join(repo, 'app/dashboard/page.tsx'), FIXED_PAGE);
    await git(repo, ['add', '-A']);
    const blocked = await git(repo, ['commit', '-m', 'dashboard']);
    expect(blocked.code).not.toBe(0);
    expect(blocked.output).toContain('.next/types/routes.d.ts is stale');
    expect(blocked.output).toMatch(/route types failed .*; lint \(staged\) passed \(1 staged file\)/);

    expect((await runCli(['typegen'], { cwd: repo })).code).toBe(0);
    const passed = await git(repo, ['commit', '-m', 'dashboard']);
    expect(passed.code).toBe(0);
    expect(await commitCount(repo)).toBe(3);
  });
});

describe('approute lint --staged', () => {
  it('lints the staged content only, and nothing when nothing is staged', async () => {
    const repo = makeProject({ ...MINIMAL_APP, '.gitignore': 'node_modules/\n' });
    for (const args of [['init', '-q', '-b', 'main'], ['config', 'commit.gpgsign', 'false'], ['add', '-A'], ['commit', '-q', '-m', 'initial']]) {
      expect((await git(repo, args)).code).toBe(0);
    }
    const nothing = await runCli(['lint', '--staged'], { cwd: repo });
    expect(nothing).toEqual({ code: 0, stdout: 'approute lint: 0 staged files, 0 errors, 0 warnings; config: approute recommended preset (no eslint.config found)\n', stderr: '' });

    // Staged: the bad page. Working tree: the fixed one, and an unstaged bad file.
    writeFileSync(join(repo, 'app/page.tsx'), BAD_PAGE);
    await git(repo, ['add', 'app/page.tsx']);
    writeFileSync(join(repo, 'app/page.tsx'), FIXED_PAGE);
    writeFileSync(join(repo, 'app/other.tsx'), BAD_PAGE);
    const result = await runCli(['lint', '--staged', '--format', 'json'], { cwd: repo });
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number }[] }[];
    expect(results.map(({ filePath, messages }) => [filePath, messages.map(({ ruleId, line }) => `${ruleId}:${line}`)])).toEqual([[join(repo, 'app/page.tsx'), [`${RULE}:6`]]]);
  });

  it('refuses --fix with --staged', async () => {
    const repo = makeProject(MINIMAL_APP);
    const result = await runCli(['lint', '--staged', '--fix'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('approute: --fix cannot be combined with --staged: it would fix the working tree, not what is staged. Run `approute lint --fix`, then stage the fixes.\n');
  });
});
