/**
 * Conformance with the real `next typegen` (next 16, this workspace's devDependency): for every
 * fixture app in fixtures/ (found when the test runs), Next's routes.d.ts and approute's must hold
 * the same routes, params and slot sets, except where approute fixes a defect of Next's on purpose.
 * Those defects are the DELIBERATE table below, each with why; every difference must be explained
 * by one of them, and every row of the table must show up in at least one fixture, so the table
 * can neither hide a new difference nor outlive a defect Next has fixed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runTypegen, type TypegenResult } from '@approute/typegen';
import { CASES_DIR, listFixtures, type Fixture } from './support/fixtures.js';
import { createSandbox, type Sandbox } from './support/sandbox.js';
import { runNextTypegen, type NextRun } from './support/next-cli.js';
import { readRoutesDts } from './support/read-routes-dts.js';
import { compareRoutes, formatDifference, type Difference } from './support/compare-routes.js';
import { formatDiagnostics, typecheck } from './support/typecheck.js';

/** What a rule may look at: the difference and approute's view of the fixture. */
interface Context {
  readonly approute: TypegenResult;
}

interface Deliberate {
  readonly id: string;
  /** Why approute differs from Next here: the defect of Next's it fixes. */
  readonly reason: string;
  readonly explains: (difference: Difference, context: Context) => boolean;
}

const isJsPage = (file: string) => /\.(js|jsx)$/.test(file);
/** The folder keys approute gives layouts inside a route group, slot or interception (`/(shop)`). */
const folderKeys = (context: Context) =>
  new Set(context.approute.tree.layouts.filter((layout) => layout.key !== layout.route).map((layout) => layout.key));
const slotNames = (list: string | undefined) => new Set(list === undefined || list === 'never' ? [] : list.split(' | '));

const DELIBERATE: readonly Deliberate[] = [
  {
    id: 'js-pages',
    reason:
      'Next keeps a page in AppRoutes only if its file ends in page.ts, page.tsx, .md or .mdx (route-types-utils.js), so page.js / page.jsx pages it serves get no PageProps key; approute types every page of pageExtensions.',
    explains: (d, context) => {
      if ((d.section !== 'AppRoutes' && d.section !== 'ParamMap') || d.next !== undefined) return false;
      const files = context.approute.tree.pages.filter((page) => page.route === d.key).map((page) => page.file);
      return files.length > 0 && files.every(isJsPage);
    },
  },
  {
    id: 'layout-folder-keys',
    reason:
      "Next keys a layout only by its URL, so the layouts of several route groups at one URL collapse onto one LayoutProps<'/'>; approute also gives each layout inside a group, slot or interception its folder key (LayoutProps<'/(shop)'>) with exactly its own params and slots.",
    explains: (d, context) =>
      (d.section === 'LayoutRoutes' || d.section === 'ParamMap' || d.section === 'LayoutSlotMap') &&
      d.next === undefined &&
      folderKeys(context).has(d.key),
  },
  {
    id: 'slot-without-layout-leaks',
    reason:
      "Next hands a slot whose folder has no layout beside it (app/(a)/@x with no app/(a)/layout) to the layout of another group at the same URL, which never receives it (measured with next dev on cases/group-slot-leak: app/layout gets no `promo` prop, and the slot is not in the HTML); approute reports the slot (TG010) and leaves it out of that layout's props.",
    explains: (d, context) => {
      if (d.section !== 'LayoutSlotMap' || d.approute === undefined || d.next === undefined) return false;
      const ours = slotNames(d.approute);
      const extra = [...slotNames(d.next)].filter((slot) => !ours.has(slot));
      const orphans = context.approute.diagnostics.filter((diagnostic) => diagnostic.code === 'TG010').map((diagnostic) => diagnostic.file);
      return [...ours].every((slot) => slotNames(d.next).has(slot)) && extra.length > 0 && extra.every((slot) => orphans.some((file) => file.endsWith(`/@${slot}`)));
    },
  },
  {
    id: 'proto-param',
    reason:
      "Next collects a route's params into a plain object, so a `[__proto__]` param is lost and its ParamMap entry is `{}`; approute keeps it.",
    explains: (d) => d.section === 'ParamMap' && d.next === '{}' && d.approute !== undefined && d.approute.includes('"__proto__"'),
  },
  {
    id: 'in-segment-params',
    reason:
      "Next writes params into ParamMap only for routes whose params fill whole segments (isDynamicRoute), so a redirect or rewrite source with text around a param (`/post-:slug`, `/feed/:name.xml`) is typed `/post-[slug]` with params `{}`; approute keeps the param.",
    explains: (d, context) => {
      if (d.section !== 'ParamMap' || d.next !== '{}' || d.approute === undefined) return false;
      const custom = [...context.approute.tree.redirects, ...context.approute.tree.rewrites].some((entry) => entry.route === d.key);
      // A bracket that is not a whole segment: `/post-[slug]`, `/feed/[name].xml`.
      return custom && d.key.split('/').some((segment) => segment.includes('[') && !/^\[.*\]$/.test(segment));
    },
  },
];

/** approute's fixture-level findings that make the fixture unfit for comparison: it should be marked invalid. */
const errorsOf = (result: TypegenResult) => result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');

/** fixtures/*, then this workspace's own cases/* (shown as `cases/<name>`). */
const fixtures = [...listFixtures(), ...listFixtures(CASES_DIR, 'cases/')];
const compared = fixtures.filter((fixture) => fixture.skipReason === undefined);
const skipped = fixtures.filter((fixture) => fixture.skipReason !== undefined);

interface Outcome {
  readonly next: NextRun;
  /** The sandbox `next typegen` ran in (its tsconfig.json and validator.ts are Next's). */
  readonly nextDir: string;
  readonly nextDts?: string;
  readonly approute: TypegenResult;
  /** Undefined when approute wrote nothing (a fixture with no router directory). */
  readonly approuteDts?: string;
}

const outcomes = new Map<string, Outcome>();
const sandboxes: Sandbox[] = [];
/** Which rules explained at least one difference, over all fixtures (compared or not). */
const observed = new Map<string, string[]>();

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** Runs Next in one sandbox and approute in another, for one fixture. */
async function generate(fixture: Fixture): Promise<Outcome> {
  const forNext = createSandbox(fixture.dir, `${fixture.name}-next`);
  const forApproute = createSandbox(fixture.dir, `${fixture.name}-approute`);
  sandboxes.push(forNext, forApproute);
  const next = await runNextTypegen(forNext.dir);
  const approute = runTypegen({ root: forApproute.dir });
  // Both write `<distDir>/types/routes.d.ts`; approute reads distDir statically, so reading Next's
  // file at approute's path also checks that approute found the same distDir.
  const approuteDts = readIfExists(join(forApproute.dir, approute.context.out));
  const nextDts = readIfExists(join(forNext.dir, approute.context.out));
  return { next, nextDir: forNext.dir, approute, ...(approuteDts === undefined ? {} : { approuteDts }), ...(nextDts === undefined ? {} : { nextDts }) };
}

/** The differences of one fixture, each with the rule that explains it (undefined: unexplained). */
function explain(outcome: Outcome): { difference: Difference; rule?: Deliberate }[] {
  const next = readRoutesDts(outcome.nextDts!, 'next/routes.d.ts');
  const ours = readRoutesDts(outcome.approuteDts!, 'approute/routes.d.ts');
  const context: Context = { approute: outcome.approute };
  return compareRoutes(ours, next).map((difference) => {
    const rule = DELIBERATE.find((candidate) => candidate.explains(difference, context));
    return rule ? { difference, rule } : { difference };
  });
}

beforeAll(async () => {
  // Two Next processes at a time: each is ~0.5 s of mostly one core. Fixtures that are not
  // compared still run, as evidence that the rows of DELIBERATE are real (see the last test).
  const queue = [...fixtures];
  const worker = async () => {
    for (let fixture = queue.shift(); fixture; fixture = queue.shift()) outcomes.set(fixture.name, await generate(fixture));
  };
  await Promise.all([worker(), worker()]);
  for (const [name, outcome] of outcomes) {
    if (outcome.next.code !== 0 || outcome.nextDts === undefined || outcome.approuteDts === undefined) continue;
    for (const { difference, rule } of explain(outcome)) {
      if (rule) observed.set(rule.id, [...(observed.get(rule.id) ?? []), `${name}: ${formatDifference(difference)}`]);
    }
  }
}, 240_000);

afterAll(() => {
  for (const sandbox of sandboxes) sandbox.remove();
});

describe('next typegen conformance', () => {
  test('fixtures exist and at least one is compared', () => {
    expect(compared.length).toBeGreaterThan(0);
  });

  test.each(skipped.map((fixture) => [fixture.name, fixture.skipReason] as const))('%s is not compared: %s', () => {});

  describe.each(compared.map((fixture) => [fixture.name, fixture] as const))('%s', (name) => {
    test('approute finds no error in it (else mark the fixture invalid)', () => {
      const { approute } = outcomes.get(name)!;
      expect(errorsOf(approute).map((diagnostic) => `${diagnostic.code} ${diagnostic.file}: ${diagnostic.message}`)).toEqual([]);
    });

    test('has the routes, params and slots of next typegen, but for the deliberate differences', () => {
      const outcome = outcomes.get(name)!;
      expect(outcome.next.code, `next typegen failed:\n${outcome.next.output}`).toBe(0);
      expect(outcome.nextDts, `next typegen wrote no .next/types/routes.d.ts:\n${outcome.next.output}`).toBeDefined();
      const next = readRoutesDts(outcome.nextDts!, 'next/routes.d.ts');
      expect(outcome.approuteDts, 'approute wrote no routes.d.ts').toBeDefined();
      const ours = readRoutesDts(outcome.approuteDts!, 'approute/routes.d.ts');
      expect(ours.syntaxErrors).toEqual([]);
      expect(next.syntaxErrors, "Next's routes.d.ts does not parse").toEqual([]);
      const unexplained = explain(outcome).filter(({ rule }) => !rule).map(({ difference }) => formatDifference(difference));
      expect(unexplained).toEqual([]);
    });

    test("exports every name and global Next's routes.d.ts declares (so Next's validator.ts compiles against it)", () => {
      const outcome = outcomes.get(name)!;
      if (outcome.nextDts === undefined) throw new Error(`next typegen wrote no routes.d.ts:\n${outcome.next.output}`);
      const next = readRoutesDts(outcome.nextDts);
      const ours = readRoutesDts(outcome.approuteDts ?? '');
      expect([...next.exports].filter((exported) => !ours.exports.has(exported))).toEqual([]);
      expect([...next.globals].filter((global) => !ours.globals.has(global))).toEqual([]);
    });

    test("Next's validator.ts compiles against approute's routes.d.ts (no error Next's own file does not have)", () => {
      const outcome = outcomes.get(name)!;
      if (outcome.nextDts === undefined || outcome.approuteDts === undefined) throw new Error(`no routes.d.ts to swap:\n${outcome.next.output}`);
      const validator = join(dirname(outcome.approute.context.out), 'validator.ts');
      const routes = join(outcome.nextDir, outcome.approute.context.out);
      writeFileSync(routes, outcome.approuteDts);
      const withOurs = formatDiagnostics(typecheck(outcome.nextDir, true, validator).diagnostics);
      if (withOurs.length === 0) return;
      // Next's validator.ts can fail on its own (a hostile folder name it does not escape): then
      // approute's file must add nothing to what Next's own file gives.
      writeFileSync(routes, outcome.nextDts);
      expect(withOurs).toEqual(formatDiagnostics(typecheck(outcome.nextDir, true, validator).diagnostics));
    });
  });

  test('every deliberate difference is a defect Next still has: each shows up in some fixture', () => {
    const unseen = DELIBERATE.filter((rule) => !observed.has(rule.id)).map((rule) => rule.id);
    expect(unseen, 'rows of DELIBERATE that no compared fixture shows: remove them, or add a fixture that shows the defect').toEqual([]);
  });
});
