import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeProject, removeTempDirs, runCli, snapshotTree } from './helpers.js';
import { sarifSchemaErrors } from './sarif-schema.js';

afterAll(removeTempDirs);

const ROUTES = '.next/types/routes.d.ts';
const DEV_STUB = '.next/dev/types/routes.d.ts';

/** kitchen-sink with its route types written, as a developer's tree is after `approute typegen`. */
async function generatedKitchenSink(files: Record<string, string> = {}, installed = false): Promise<string> {
  const root = makeProject(files, { fixture: 'kitchen-sink', installed });
  const typegen = await runCli(['typegen'], { cwd: root });
  expect(typegen.code).toBe(0);
  return root;
}

describe('approute check: the route types part', () => {
  it('passes on a project whose types are current', async () => {
    const root = await generatedKitchenSink();
    const result = await runCli(['check'], { cwd: root });
    expect(result.stdout).toMatch(/^approute check: passed: route types passed; lint passed \(\d+ files\); typecheck skipped\n$/);
    expect(result.code).toBe(0);
  });

  it('a missing file: exit 1, says which file, writes nothing', async () => {
    const root = makeProject({}, { fixture: 'kitchen-sink' });
    const before = snapshotTree(root);
    // Every file typegen generates (routes.d.ts, and others as the generator grows) is missing.
    const generated = (JSON.parse((await runCli(['typegen', '--check', '--format', 'json'], { cwd: root })).stdout) as { files: { path: string }[] }).files.map(({ path }) => path);
    expect(generated).toContain(ROUTES);
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(1);
    // The stub at next dev's path only warns (dev-stub.e2e.test.ts); the route types fail.
    const failing = generated.filter((path) => path !== DEV_STUB);
    expect(generated).toContain(DEV_STUB);
    for (const path of failing) expect(result.stdout).toContain(`${path} is missing. Run \`approute typegen\` to write it`);
    expect(result.stdout).toContain(`${DEV_STUB} is missing: approute's stub`);
    const errors = failing.length === 1 ? '1 error' : `${failing.length} errors`;
    expect(result.stdout).toContain(`approute check: failed: route types failed (${errors}, 1 warning); lint passed`);
    expect(snapshotTree(root)).toEqual(before);
    expect(result.stdout).not.toContain('hint');
    const ci = await runCli(['check'], { cwd: root, env: { CI: 'true' } });
    expect(ci.code).toBe(1);
    expect(ci.stdout).toContain('hint: a fresh checkout has no generated route types (.next/ is git-ignored): run `approute typegen` before `approute check` in CI.');
  });

  it('a stale file: exit 1, shows what differs, leaves the file as it was', async () => {
    const root = await generatedKitchenSink();
    writeFileSync(join(root, 'app/blog/[slug]/layout.tsx'), 'export default function L({ children }: { children: React.ReactNode }) {\n  return children;\n}\n');
    const stale = readFileSync(join(root, ROUTES), 'utf8');
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${ROUTES} is stale: run \`approute typegen\` to update it. What differs:`);
    expect(result.stdout).toMatch(/^\+.*"\/blog\/\[slug\]"/m); // the new layout's route, added in the expected file
    expect(readFileSync(join(root, ROUTES), 'utf8')).toBe(stale);

    const json = await runCli(['check', '--format', 'json'], { cwd: root });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { parts: { typegen: { ok: boolean; files: { path: string; status: string; diff?: string }[] } } };
    const routes = report.parts.typegen.files.find(({ path }) => path === ROUTES);
    expect(routes?.status).toBe('stale');
    expect(routes?.diff).toMatch(/^\+.*"\/blog\/\[slug\]"/m);
    expect(report.parts.typegen.ok).toBe(false);
  });

  it('route tree errors (TG codes) fail it, in every format', async () => {
    const root = makeProject({
      'package.json': '{ "name": "app" }\n',
      'app/layout.tsx': 'export default function L({ children }: { children: React.ReactNode }) {\n  return children;\n}\n',
      'app/blog/[id]/page.tsx': 'export default function P() {\n  return null;\n}\n',
      'app/blog/[slug]/page.tsx': 'export default function P() {\n  return null;\n}\n',
    });
    expect((await runCli(['typegen'], { cwd: root })).code).toBe(1);
    const file = 'app/blog/[slug]/page.tsx';

    const stylish = await runCli(['check'], { cwd: root });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/0:0\s+error\s+`\[slug\]` and `\[id\]` are sibling dynamic segments under `\/blog` with different names.*TG002/);

    const json = await runCli(['check', '--format', 'json'], { cwd: root });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { ok: boolean; parts: { typegen: { ok: boolean; errors: number } }; results: { filePath: string; messages: { ruleId: string }[] }[] };
    expect(report.ok).toBe(false);
    expect(report.parts.typegen).toMatchObject({ ok: false, errors: 1 });
    expect(report.results).toEqual([expect.objectContaining({ filePath: join(root, file), messages: [expect.objectContaining({ ruleId: 'TG002' })] })]);

    const github = await runCli(['check', '--format', 'github'], { cwd: root });
    expect(github.code).toBe(1);
    expect(github.stdout.split('\n')[0]).toMatch(/^::error file=app\/blog\/\[slug\]\/page\.tsx,title=TG002::`\[slug\]` and `\[id\]` are sibling/);

    const sarif = await runCli(['check', '--format', 'sarif'], { cwd: root });
    expect(sarif.code).toBe(1);
    const log = JSON.parse(sarif.stdout) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: unknown } }[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules).toEqual([expect.objectContaining({ id: 'TG002', shortDescription: { text: 'Sibling dynamic segments with different names, or two catch-alls at one level' } })]);
    expect(log.runs[0]?.results[0]?.ruleId).toBe('TG002');
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'app/blog/%5Bslug%5D/page.tsx', index: 0 } });
  });
});

describe('approute check: lint and typecheck', () => {
  const clientMetadata = "'use client';\nexport const metadata = {};\nexport default function Page() {\n  return null;\n}\n";

  it('a lint error fails it and every part is summarised once', async () => {
    const root = await generatedKitchenSink({ 'app/dashboard/settings/page.tsx': clientMetadata });
    // The new page changes the route types too: regenerate, so only the lint fails.
    expect((await runCli(['typegen'], { cwd: root })).code).toBe(0);
    const result = await runCli(['check'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('@approute/no-server-exports-in-client');
    const summaries = result.stdout.split('\n').filter((line) => line.startsWith('approute check:'));
    expect(summaries).toEqual([expect.stringMatching(/^approute check: failed: route types passed; lint failed \(1 error, 0 warnings, \d+ files\); typecheck skipped$/)]);
  });

  const typedProject = {
    'package.json': '{ "name": "typed", "private": true }\n',
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, jsx: 'preserve', module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true, types: ['react'] }, include: ['**/*.ts', '**/*.tsx', '.next/types/**/*.ts'] }),
    'app/layout.tsx': 'export default function RootLayout(props: LayoutProps<"/">) {\n  return props.children;\n}\n',
    'app/blog/[slug]/page.tsx': 'export default async function Page(props: PageProps<"/blog/[slug]">) {\n  const { slug } = await props.params;\n  const length: number = slug;\n  return length;\n}\n',
  };

  it('--typecheck runs the project tsc and reports its errors in every format', async () => {
    const root = makeProject(typedProject, { installed: true });
    expect((await runCli(['typegen'], { cwd: root })).code).toBe(0);
    const result = await runCli(['check', '--typecheck', '--no-lint'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/3:9\s+error\s+Type 'string' is not assignable to type 'number'\s+TS2322/);
    expect(result.stdout).toMatch(/approute check: failed: route types passed; lint skipped; typecheck failed \(1 error, 0 warnings, TypeScript \d+\.\d+\.\d+\)\n$/);

    const sarif = await runCli(['check', '--typecheck', '--no-lint', '--format', 'sarif'], { cwd: root });
    const log = JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: unknown } }[] }[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.results.map(({ ruleId, locations }) => [ruleId, locations[0]?.physicalLocation])).toEqual([
      ['TS2322', { artifactLocation: { uri: 'app/blog/%5Bslug%5D/page.tsx', index: 0 }, region: { startLine: 3, startColumn: 9 } }],
    ]);

    writeFileSync(join(root, 'app/blog/[slug]/page.tsx'), typedProject['app/blog/[slug]/page.tsx'].replace('const length: number = slug;', 'const length: number = slug.length;'));
    const fixed = await runCli(['check', '--typecheck', '--no-lint'], { cwd: root });
    expect(fixed.stdout).toMatch(/typecheck passed \(TypeScript \d+\.\d+\.\d+\)\n$/);
    expect(fixed.code).toBe(0);
  });

  it("says when the project's eslint.config runs without approute's rules", async () => {
    const root = await generatedKitchenSink({ 'eslint.config.mjs': "export default [{ ignores: ['app/**', 'pages/**'] }];\n" }, true);
    const result = await runCli(['check'], { cwd: root });
    expect(result.stdout).toMatch(/lint passed \(1 file, eslint\.config\.mjs without approute's rules: run `approute init`\); typecheck skipped\n$/);
    expect(result.code).toBe(0);
  });

  it('a broken eslint.config with --typecheck: exit 2 (tsc is stopped), no stack trace', async () => {
    const root = makeProject({ ...typedProject, 'eslint.config.mjs': 'export default [\n' }, { installed: true });
    expect((await runCli(['typegen'], { cwd: root })).code).toBe(0);
    const result = await runCli(['check', '--typecheck'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^approute: ESLint could not run with eslint\.config\.mjs: .+\. Fix eslint\.config\.mjs and run again\.\n$/);
    expect(result.stdout).toBe('');
  });

  it('--typecheck without typescript in the project: exit 2 and how to fix it', async () => {
    const root = makeProject(typedProject);
    expect((await runCli(['typegen'], { cwd: root })).code).toBe(0);
    const result = await runCli(['check', '--typecheck'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`approute: --typecheck runs the project's TypeScript, but \`typescript\` cannot be resolved from ${root}. Install it in the project (npm install --save-dev typescript), or drop --typecheck.\n`);
  });

  it('--staged outside a git repository: exit 2', async () => {
    const root = await generatedKitchenSink();
    rmSync(join(root, 'node_modules'), { force: true });
    const result = await runCli(['check', '--staged'], { cwd: root });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`approute: --staged lints the files staged in git, but ${root} is not inside a git repository. Drop --staged, or run it in a repository.\n`);
  });
});
