/**
 * Coexistence with the real Next (docs/coexistence.md): a project where `next typegen` wrote
 * `.next/types/` and `next dev` wrote `.next/dev/types/` (and pointed next-env.d.ts at the dev copy)
 * type-checks with approute's output present, with skipLibCheck true and false, and approute's
 * stricter types are the ones in force. Diagnostics are asserted exactly, the real `tsc` program
 * (the tsconfig.json Next wrote) over the app in conformance/apps/coexistence.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTypegenWatcher, runTypegen, type TypegenWatcher } from '@approute/typegen';
import { REPO_ROOT } from './support/fixtures.js';
import { createSandbox, type Sandbox } from './support/sandbox.js';
import { runNextTypegen, startNextDev, writeNextDevTypes, type NextDevServer } from './support/next-cli.js';
import { typecheck, type TscDiagnostic } from './support/typecheck.js';

const APP = join(REPO_ROOT, 'conformance/apps/coexistence');

/**
 * Correct code that compiles only with approute's types: the .jsx page's route (Next drops .jsx
 * pages) and the route group layout's own key (Next has only the URL key '/').
 */
const APPROUTE_ONLY = `export type DocsParams = Awaited<PageProps<'/docs/[[...path]]'>['params']>;
export const docs: DocsParams = { path: ['intro'] };
export const shopSlot: keyof LayoutProps<'/(shop)'> = 'cart';
`;

/** Wrong code approute's stricter types reject: another group's slot, a param the route lacks. */
const WRONG = `export const shopSlot: keyof LayoutProps<'/(shop)'> = 'modal';
export async function title(props: PageProps<'/blog/[slug]'>) {
  const { id } = await props.params;
  return id;
}
`;

/** What approute's types say about WRONG, whichever copy of routes.d.ts next-env.d.ts imports. */
const WRONG_DIAGNOSTICS = [
  { file: 'wrong.ts', line: 1, code: 2322 }, // '"modal"' is not assignable to '"cart" | "children" | "params"'
  { file: 'wrong.ts', line: 3, code: 2339 }, // Property 'id' does not exist on type '{ slug: string; }'
];

/** What Next's own types say about APPROUTE_ONLY and the (shop) layout: they lack those keys. */
const NEXT_REJECTS = [
  { file: 'app/(shop)/layout.tsx', line: 2, code: 2344 }, // '"/(shop)"' does not satisfy the constraint '"/"'
  { file: 'app/(shop)/layout.tsx', line: 6, code: 2339 }, // Property 'cart' does not exist
  { file: 'approute-only.ts', line: 1, code: 2344 }, // '"/docs/[[...path]]"' is not an AppRoutes member
  { file: 'approute-only.ts', line: 3, code: 2344 }, // '"/(shop)"' is not a LayoutRoutes member
];

const brief = (diagnostics: readonly TscDiagnostic[]) => diagnostics.map(({ file, line, code }) => ({ file, line, code }));
const full = (diagnostics: readonly TscDiagnostic[]) => diagnostics.map(({ file, line, code, message }) => `${file}:${line} TS${code} ${message}`);
const importsOf = (dir: string) => readFileSync(join(dir, 'next-env.d.ts'), 'utf8').split('\n').filter((line) => line.startsWith('import'));

const sandboxes: Sandbox[] = [];
afterAll(() => {
  for (const sandbox of sandboxes) sandbox.remove();
});

async function nextTypegen(dir: string): Promise<void> {
  const run = await runNextTypegen(dir);
  expect(run.code, run.output).toBe(0);
}

describe('after next typegen (next-env.d.ts imports .next/types/routes.d.ts)', () => {
  let dir: string;
  beforeAll(async () => {
    const sandbox = createSandbox(APP, 'coexist-typegen');
    sandboxes.push(sandbox);
    dir = sandbox.dir;
    await nextTypegen(dir);
    writeFileSync(join(dir, 'approute-only.ts'), APPROUTE_ONLY);
  }, 60_000);

  test.each([true, false])("Next's own types reject the approute-only keys, skipLibCheck %s", (skipLibCheck) => {
    expect(importsOf(dir)).toContain('import "./.next/types/routes.d.ts";');
    expect(brief(typecheck(dir, skipLibCheck).diagnostics)).toEqual(NEXT_REJECTS);
  });

  test.each([true, false])('with approute typegen, the project compiles with skipLibCheck %s', (skipLibCheck) => {
    runTypegen({ root: dir });
    const run = typecheck(dir, skipLibCheck);
    expect(full(run.diagnostics)).toEqual([]);
    // Next's validator.ts is in the program and compiles against approute's routes.d.ts.
    expect(run.files).toContain('.next/types/validator.ts');
  });

  test('and wrong code fails with exactly the expected errors', () => {
    writeFileSync(join(dir, 'wrong.ts'), WRONG);
    try {
      expect(brief(typecheck(dir, true).diagnostics)).toEqual(WRONG_DIAGNOSTICS);
    } finally {
      writeFileSync(join(dir, 'wrong.ts'), 'export {};\n');
    }
  });

  test("next typegen after approute: Next's types are back (approute's stub re-exports them), with no duplicate", async () => {
    await nextTypegen(dir);
    expect(readFileSync(join(dir, '.next/dev/types/routes.d.ts'), 'utf8')).toContain('export type * from "../../types/routes.js"');
    expect(brief(typecheck(dir, true).diagnostics)).toEqual(NEXT_REJECTS);
    expect(brief(typecheck(dir, false).diagnostics)).toEqual(NEXT_REJECTS);
  }, 60_000);
});

describe('before any next command (a fresh clone: tsconfig.json and next-env.d.ts committed, no .next/)', () => {
  let dir: string;
  beforeAll(async () => {
    // Next's own tsconfig.json and next-env.d.ts, as a project commits them.
    const seed = createSandbox(APP, 'coexist-seed');
    sandboxes.push(seed);
    await nextTypegen(seed.dir);
    const sandbox = createSandbox(APP, 'coexist-fresh');
    sandboxes.push(sandbox);
    dir = sandbox.dir;
    for (const file of ['tsconfig.json', 'next-env.d.ts']) writeFileSync(join(dir, file), readFileSync(join(seed.dir, file)));
    runTypegen({ root: dir });
    writeFileSync(join(dir, 'approute-only.ts'), APPROUTE_ONLY);
  }, 60_000);

  test('approute alone is enough to type-check with skipLibCheck true', () => {
    expect(full(typecheck(dir, true).diagnostics)).toEqual([]);
  });

  test("with skipLibCheck false, only next-env.d.ts's import of a file only Next writes fails", () => {
    expect(full(typecheck(dir, false).diagnostics)).toEqual([
      "next-env.d.ts:4 TS2882 Cannot find module or type declarations for side-effect import of './.next/types/root-params.d.ts'.",
    ]);
  });
});

describe('after next typegen and next dev (next-env.d.ts imports .next/dev/types/routes.d.ts)', () => {
  let dir: string;
  beforeAll(async () => {
    const sandbox = createSandbox(APP, 'coexist-dev');
    sandboxes.push(sandbox);
    dir = sandbox.dir;
    await nextTypegen(dir);
    await writeNextDevTypes(dir);
    writeFileSync(join(dir, 'approute-only.ts'), APPROUTE_ONLY);
  }, 90_000);

  test("Next alone: its types reject the approute-only keys, skipLibCheck true", () => {
    expect(importsOf(dir)).toContain('import "./.next/dev/types/routes.d.ts";');
    expect(brief(typecheck(dir, true).diagnostics)).toEqual(NEXT_REJECTS);
  });

  test('Next alone fails tsc with skipLibCheck false: its two routes.d.ts declare the same globals', () => {
    const inNextFiles = typecheck(dir, false).diagnostics.filter(({ file }) => file.startsWith('.next/'));
    expect(inNextFiles.map(({ file, code, message }) => `${file} TS${code} ${message}`)).toEqual([
      ".next/dev/types/routes.d.ts TS2300 Duplicate identifier 'LayoutProps'.",
      ".next/types/routes.d.ts TS2300 Duplicate identifier 'LayoutProps'.",
    ]);
  });

  test.each([true, false])('with approute typegen, the project compiles with skipLibCheck %s', (skipLibCheck) => {
    const result = runTypegen({ root: dir });
    expect(result.outcomes.map(({ path }) => path)).toEqual(['.next/types/routes.d.ts', '.next/dev/types/routes.d.ts']);
    const run = typecheck(dir, skipLibCheck);
    expect(full(run.diagnostics)).toEqual([]);
    expect(run.files).toEqual(expect.arrayContaining(['.next/types/validator.ts', '.next/dev/types/validator.ts', 'approute-only.ts']));
  });

  test("approute's stricter types are in force: wrong code fails with exactly the expected errors, skipLibCheck true and false", () => {
    writeFileSync(join(dir, 'wrong.ts'), WRONG);
    try {
      expect(brief(typecheck(dir, true).diagnostics)).toEqual(WRONG_DIAGNOSTICS);
      expect(brief(typecheck(dir, false).diagnostics)).toEqual(WRONG_DIAGNOSTICS);
    } finally {
      writeFileSync(join(dir, 'wrong.ts'), 'export {};\n');
    }
  });

  test('when next dev rewrites its copy, Next wins again until approute runs again', async () => {
    await writeNextDevTypes(dir);
    expect(readFileSync(join(dir, '.next/dev/types/routes.d.ts'), 'utf8')).toContain('generated automatically by Next.js');
    // Next's dev copy is first in program order, so its LayoutProps is the one in force, and Next's
    // own validator.ts (from next typegen) checks approute's LayoutRoutes against it.
    const validatorFails = [
      { file: '.next/types/validator.ts', line: 30, code: 2344 },
      { file: '.next/types/validator.ts', line: 30, code: 2344 },
    ];
    expect(brief(typecheck(dir, true).diagnostics)).toEqual([...validatorFails, ...NEXT_REJECTS]);
    // With skipLibCheck false, Next's dev copy and approute's file also collide.
    const collisions = typecheck(dir, false).diagnostics.filter(({ file }) => file.endsWith('routes.d.ts'));
    expect(collisions.map(({ file, code }) => `${file} TS${code}`)).toContain('.next/types/routes.d.ts TS2300');
    runTypegen({ root: dir });
    expect(full(typecheck(dir, true).diagnostics)).toEqual([]);
    expect(full(typecheck(dir, false).diagnostics)).toEqual([]);
  }, 60_000);
});

describe("while next dev and approute's watcher both run", () => {
  let dir: string;
  let server: NextDevServer | undefined;
  let watcher: TypegenWatcher | undefined;
  const devCopy = () => readFileSync(join(dir, '.next/dev/types/routes.d.ts'), 'utf8');
  const isStub = () => devCopy().startsWith('// This file is generated by approute') && !devCopy().includes('declare global');

  /** Polls until `done()` holds, bounded: the two writers race, the watcher must end up on top. */
  async function until(what: string, done: () => boolean, timeoutMs = 30_000): Promise<void> {
    const started = Date.now();
    while (!done()) {
      if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}\n${server?.output() ?? ''}`);
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }

  beforeAll(async () => {
    const sandbox = createSandbox(APP, 'coexist-watch');
    sandboxes.push(sandbox);
    dir = sandbox.dir;
    await nextTypegen(dir);
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await watcher?.close();
  });

  test('the watcher puts its stub back after each of next dev\'s rewrites, and the project compiles', async () => {
    /** How often the watcher wrote its stub: once at start, then once per rewrite of Next's. */
    let stubWrites = 0;
    watcher = createTypegenWatcher({
      root: dir,
      onEvent: (event) => {
        if (event.type !== 'regenerate') return;
        if (event.outcomes.some(({ path, status }) => path === '.next/dev/types/routes.d.ts' && status === 'written')) stubWrites++;
      },
    });
    await watcher.ready;
    expect(stubWrites).toBe(1);
    const booted = Date.now() - 5;
    server = await startNextDev(dir);
    await server.waitForTypes(booted);
    await until("approute's stub after next dev's first pass", isStub);
    expect(stubWrites).toBeGreaterThanOrEqual(2);
    const writesBeforeRoute = stubWrites;

    // A new route: next dev regenerates its types (its validator.ts gains the route), approute
    // regenerates its own, and the stub must again be what is on disk once both are done.
    const added = Date.now() - 5;
    mkdirSync(join(dir, 'app/news/[id]'), { recursive: true });
    writeFileSync(
      join(dir, 'app/news/[id]/page.tsx'),
      "export default async function News(props: PageProps<'/news/[id]'>) {\n  const { id } = await props.params;\n  return <h1>{id}</h1>;\n}\n",
    );
    await server.waitForTypes(added);
    await until("next dev's types for the new route", () => readFileSync(join(dir, '.next/dev/types/validator.ts'), 'utf8').includes('news/[id]/page'));
    await until('approute\'s types for the new route', () => readFileSync(join(dir, '.next/types/routes.d.ts'), 'utf8').includes('"/news/[id]"'));
    await until("approute's stub after next dev's second pass", isStub);
    expect(stubWrites).toBeGreaterThan(writesBeforeRoute);
    await server.stop();
    await watcher.idle();
    await watcher.close();
    expect(isStub()).toBe(true);

    writeFileSync(join(dir, 'approute-only.ts'), APPROUTE_ONLY);
    expect(full(typecheck(dir, false).diagnostics)).toEqual([]);
  }, 120_000);
});
