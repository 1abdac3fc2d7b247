import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL_APP, makeProject, removeTempDirs, runCli, snapshotTree } from './helpers.js';

afterAll(removeTempDirs);

const TSCONFIG = `{
  // the app's own settings
  "compilerOptions": {
    "strict": true,
    "jsx": "preserve"
  },
  "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx"]
}
`;

describe('approute init on a project with no wiring', () => {
  it('adds the scripts, creates eslint.config, reaches the types from tsconfig; the second run changes nothing', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'package.json': '{\n  "name": "web",\n  "scripts": {\n    "dev": "next dev"\n  }\n}\n', 'tsconfig.json': TSCONFIG }, { installed: true });

    const first = await runCli(['init'], { cwd: root });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout.split('\n')[0]).toBe(`approute init: changed 3 files in ${root}`);
    expect(first.stdout).toContain('  edited package.json: added scripts typegen, typegen:watch, check');
    expect(first.stdout).toContain('  created eslint.config.mjs with @approute/eslint-plugin\'s recommended preset');
    expect(first.stdout).toContain('  edited tsconfig.json: added ".next/types/**/*.ts" to include, so TypeScript sees the route types');
    expect(first.stdout).toContain('+  "include": ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"]'); // the diff

    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts).toEqual({
      dev: 'next dev',
      typegen: 'approute typegen',
      'typegen:watch': 'approute typegen --watch',
      check: 'approute check',
    });
    const tsconfig = readFileSync(join(root, 'tsconfig.json'), 'utf8');
    expect(tsconfig).toBe(TSCONFIG.replace('"**/*.tsx"]', '"**/*.tsx", ".next/types/**/*.ts"]')); // comment and layout kept

    const after = snapshotTree(root);
    const second = await runCli(['init'], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stdout.split('\n')[0]).toBe(`approute init: nothing to change in ${root}`);
    expect(snapshotTree(root)).toEqual(after);

    // The config init wrote loads in the real ESLint and runs the preset.
    const lint = await runCli(['lint'], { cwd: root });
    expect(lint.stdout.split('\n')[0]).toMatch(/^approute lint: \d+ files, 0 errors, 0 warnings; config: eslint\.config\.mjs$/);
    expect(lint.code).toBe(0);
  });

  it('--dry-run reports the same changes and writes nothing', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'tsconfig.json': TSCONFIG });
    const before = snapshotTree(root);
    const result = await runCli(['init', '--dry-run'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`approute init: would change 3 files in ${root} (dry run: nothing written)`);
    expect(result.stdout).toContain('  would create eslint.config.mjs');
    expect(snapshotTree(root)).toEqual(before);
    expect(existsSync(join(root, 'eslint.config.mjs'))).toBe(false);
    // Nothing is installed in this project: init says what to install.
    expect(result.stdout).toContain('Install what the scripts and config use: npm install --save-dev @approute/cli @approute/eslint-plugin eslint @typescript-eslint/parser\n');
  });

  it('in a monorepo app, does not shadow the root eslint.config: prints what to add to it', async () => {
    const repo = makeProject({ '.git/HEAD': 'ref: refs/heads/main\n', 'eslint.config.mjs': 'export default [];\n', 'apps/web/package.json': '{ "name": "web" }\n', 'apps/web/app/page.tsx': MINIMAL_APP['app/page.tsx']! });
    const result = await runCli(['init', '--root', 'apps/web'], { cwd: repo });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  to do ../../eslint.config.mjs applies to this app (a config in a parent folder); a new one here would replace it, so none was created. Add:');
    expect(existsSync(join(repo, 'apps/web/eslint.config.mjs'))).toBe(false);
    expect(readFileSync(join(repo, 'eslint.config.mjs'), 'utf8')).toBe('export default [];\n');
  });
});

describe('approute init with an existing eslint.config', () => {
  it('adds the preset to an array it can edit and shows the diff', async () => {
    const config = "// shared rules\nexport default [\n  { rules: { 'no-console': 'warn' } }, // keep\n];\n";
    const root = makeProject({ ...MINIMAL_APP, 'eslint.config.mjs': config });
    const result = await runCli(['init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("  edited eslint.config.mjs: added @approute/eslint-plugin's recommended preset");
    expect(result.stdout).toContain("+import approute from '@approute/eslint-plugin';");
    expect(result.stdout).toContain('+  approute.configs.recommended,');
    expect(readFileSync(join(root, 'eslint.config.mjs'), 'utf8')).toBe(
      "// shared rules\nimport approute from '@approute/eslint-plugin';\n\nexport default [\n  { rules: { 'no-console': 'warn' } }, // keep\n  approute.configs.recommended,\n];\n",
    );
  });

  it('leaves a config too custom to edit alone and prints what to add', async () => {
    const config = 'export default async function config() {\n  return [];\n}\n';
    const root = makeProject({ ...MINIMAL_APP, 'eslint.config.js': config });
    const result = await runCli(['init'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  to do eslint.config.js left as it is: the exported value is a FunctionDeclaration, not an array or a call. Add:');
    expect(result.stdout).toContain("    import approute from '@approute/eslint-plugin';");
    expect(readFileSync(join(root, 'eslint.config.js'), 'utf8')).toBe(config);
  });

  it('keeps a script of the same name and says so', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'package.json': '{ "name": "web", "scripts": { "check": "npm test" } }\n' });
    const result = await runCli(['init'], { cwd: root });
    expect(result.stdout).toContain('  note package.json kept your script "check": "npm test" (approute\'s would be "approute check")');
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts).toEqual({ check: 'npm test', typegen: 'approute typegen', 'typegen:watch': 'approute typegen --watch' });
  });

  it('an unreadable tsconfig.json: exit 2, nothing changed', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'tsconfig.json/oops': '' }); // a folder where the file should be
    const before = snapshotTree(root);
    const result = await runCli(['init'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`approute: Could not read tsconfig.json in ${root} (EISDIR). Fix its permissions, or move what is in the way, and run approute init again; nothing was changed.\n`);
    expect(snapshotTree(root)).toEqual(before);
  });

  it('a tsconfig.json that is not JSON: exit 2, nothing changed', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'tsconfig.json': '{ "include": [ }' });
    const before = snapshotTree(root);
    const result = await runCli(['init'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('approute: tsconfig.json is not valid JSON (ValueExpected at line 1). Fix it and run approute init again; nothing was changed.\n');
    expect(snapshotTree(root)).toEqual(before);
  });
});
