import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL_APP, makeProject, removeTempDirs, runCli } from './helpers.js';
import { sarifSchemaErrors } from './sarif-schema.js';

afterAll(removeTempDirs);

/** A 'use client' page exporting metadata: an error of the recommended preset. */
const CLIENT_METADATA_PAGE = "'use client';\n\nexport const metadata = { title: 'Blog' };\n\nexport default function Page() {\n  return <h1>Blog</h1>;\n}\n";
const RULE = '@approute/no-server-exports-in-client';

describe('approute lint without an eslint.config: the recommended preset', () => {
  it('lints .tsx with the TypeScript parser and exits 1 on an error', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'app/blog/page.tsx': CLIENT_METADATA_PAGE, 'app/typed.ts': 'export const n: number = 1;\nexport type T = { a?: string };\n' });
    const result = await runCli(['lint'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('approute lint: 4 files, 1 error, 0 warnings; config: approute recommended preset (no eslint.config found)');
    expect(result.stdout).toContain(join(root, 'app/blog/page.tsx'));
    expect(result.stdout).toMatch(new RegExp(`3:14\\s+error\\s+\`metadata\` is exported from a 'use client' file.*${RULE}`));
    expect(result.stdout).not.toContain('Parsing error');
    expect(result.stderr).toBe('');
  });

  it('exits 0 on a clean project, ignoring the build output', async () => {
    const root = makeProject({ ...MINIMAL_APP, '.next/server/app/page.js': 'this is not JavaScript' });
    const result = await runCli(['lint', '--root', root], { cwd: '/' });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('approute lint: 2 files, 0 errors, 0 warnings; config: approute recommended preset (no eslint.config found)\n');
  });
});

describe('approute lint with the project eslint.config', () => {
  const config = "export default [\n  { files: ['**/*.js'], rules: { 'no-debugger': 'error', 'prefer-const': 'warn' } },\n];\n";

  it('uses it: errors exit 1, warnings alone exit 0', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'eslint.config.mjs': config, 'app/a.js': 'debugger;\n', 'lib/b.js': 'let x = 1;\nexport { x };\n' });
    const failing = await runCli(['lint'], { cwd: root });
    expect(failing.code).toBe(1);
    // a.js, b.js and eslint.config.mjs itself (ESLint lints *.mjs by default)
    expect(failing.stdout.split('\n')[0]).toBe(
      "approute lint: 3 files, 1 error, 1 warning (1 fixable with --fix); config: eslint.config.mjs (approute's rules are not enabled in it: run `approute init` to add them)",
    );
    expect(failing.stdout).toMatch(/1:1\s+error\s+Unexpected 'debugger' statement\s+no-debugger/);
    const warningsOnly = await runCli(['lint', 'lib'], { cwd: root });
    expect(warningsOnly.code).toBe(0);
    expect(warningsOnly.stdout).toMatch(/1:5\s+warning\s+'x' is never reassigned/);
  });

  it('--fix writes the fixes', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'eslint.config.mjs': config, 'lib/b.js': 'let x = 1;\nexport { x };\n' });
    const result = await runCli(['lint', '--fix'], { cwd: root });
    expect(result.code).toBe(0);
    expect(readFileSync(join(root, 'lib/b.js'), 'utf8')).toBe('const x = 1;\nexport { x };\n');
  });

  it('a broken eslint.config is a configuration problem: exit 2, the file named, no stack trace', async () => {
    const root = makeProject({ ...MINIMAL_APP, 'eslint.config.mjs': 'export default [\n  { rules: { "no-debugger": "error" } ,\n];\n' });
    const result = await runCli(['lint'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^approute: ESLint could not run with eslint\.config\.mjs: .+ Fix eslint\.config\.mjs and run again\.\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('a path that matches nothing exits 2', async () => {
    const root = makeProject(MINIMAL_APP);
    const result = await runCli(['lint', 'nope'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`approute: No files matching '${join(root, 'nope')}' were found. Check the paths you passed.\n`);
  });
});

describe('approute lint --format', () => {
  const files = { ...MINIMAL_APP, 'app/blog/[slug]/page.tsx': CLIENT_METADATA_PAGE };

  it('json is ESLint JSON', async () => {
    const root = makeProject(files);
    const result = await runCli(['lint', '--format', 'json'], { cwd: root });
    expect(result.code).toBe(1);
    const results = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    const page = results.find(({ filePath }) => filePath === join(root, 'app/blog/[slug]/page.tsx'));
    expect(page?.messages.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([{ ruleId: RULE, line: 3, column: 14 }]);
  });

  it('github prints escaped workflow commands, then the summary', async () => {
    const root = makeProject(files);
    const result = await runCli(['lint', '--format', 'github'], { cwd: root });
    expect(result.code).toBe(1);
    const [command, summary] = result.stdout.split('\n');
    expect(command).toMatch(new RegExp(`^::error file=app/blog/\\[slug\\]/page\\.tsx,line=3,endLine=3,col=14,endColumn=22,title=${RULE}::\`metadata\` is exported from a 'use client' file`));
    expect(summary).toMatch(/^approute lint: 3 files, 1 error/);
  });

  it('sarif is valid SARIF 2.1.0, to stdout or to --output-file', async () => {
    const root = makeProject(files);
    const result = await runCli(['lint', '--format', 'sarif'], { cwd: root });
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules.map(({ id }) => id)).toEqual([RULE]);
    expect(log.runs[0]?.results.map(({ ruleId, locations }) => [ruleId, locations[0]?.physicalLocation.artifactLocation.uri, locations[0]?.physicalLocation.region.startLine])).toEqual([
      [RULE, 'app/blog/%5Bslug%5D/page.tsx', 3],
    ]);

    const toFile = await runCli(['lint', '--format', 'sarif', '--output-file', 'reports/approute.sarif'], { cwd: root });
    expect(toFile.code).toBe(1);
    expect(toFile.stdout).toMatch(/^approute lint: 3 files, 1 error, 0 warnings; .*\n {2}report \(sarif\) written to reports\/approute\.sarif\n$/);
    expect(JSON.parse(readFileSync(join(root, 'reports/approute.sarif'), 'utf8'))).toEqual(log);
  });

  it('an unknown format is a usage error', async () => {
    const root = makeProject(files);
    const result = await runCli(['lint', '--format', 'xml'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, github, sarif.");
  });
});
