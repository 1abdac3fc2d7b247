/**
 * End to end: lints every source file of the root `fixtures/` (whatever exists when the test runs)
 * with the `recommended` preset through ESLint's Node API, as a project would, and checks the exact
 * set of reports of the part-1 rules. `fixtures/lint-misuse/` holds deliberate misuse; every other
 * fixture is a correct app and must get no report from these rules. Nothing may fail to parse.
 */
import { relative, sep } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin, { PLUGIN_NAMESPACE } from '../src/index.js';
import { FIXTURES_DIR, REPO_DIR, parserConfigs } from './lint-helpers.js';

/** The rules of ESLint plugin part 1, whose reports this test pins down. */
const PART_1_RULES = [
  'no-conflicting-metadata-exports',
  'no-empty-generate-static-params',
  'no-redirect-in-try',
  'valid-generate-static-params',
  'valid-route-handler-exports',
  'valid-segment-config',
].map((name) => `${PLUGIN_NAMESPACE}/${name}`);

/** `file:line:column rule messageId`, file relative to fixtures/. Sorted. */
const EXPECTED_PART_1 = [
  'lint-misuse/app/about/page.jsx:2:14 valid-segment-config cacheComponentsRejects',
  'lint-misuse/app/actions.ts:12:5 no-redirect-in-try noRedirectInTry',
  'lint-misuse/app/api/health/route.js:2:17 valid-route-handler-exports lowercaseMethod',
  'lint-misuse/app/api/items/route.ts:2:1 valid-route-handler-exports defaultExport',
  'lint-misuse/app/api/items/route.ts:7:23 valid-route-handler-exports lowercaseMethod',
  'lint-misuse/app/api/items/route.ts:12:17 valid-route-handler-exports unknownExport',
  'lint-misuse/app/blog/[slug]/page.tsx:2:14 valid-segment-config cacheComponentsRejects',
  'lint-misuse/app/blog/[slug]/page.tsx:11:34 no-empty-generate-static-params emptyStaticParams',
  'lint-misuse/app/blog/[slug]/page.tsx:13:50 valid-generate-static-params unknownKey',
  'lint-misuse/app/dashboard/page.tsx:9:14 no-conflicting-metadata-exports conflictingMetadata',
  'lint-misuse/app/dashboard/page.tsx:19:19 no-redirect-in-try noRedirectInTry',
  'lint-misuse/app/docs/[...path]/page.tsx:2:28 valid-segment-config notStatic',
  'lint-misuse/app/docs/[...path]/page.tsx:6:19 valid-generate-static-params catchAllNeedsArray',
  'lint-misuse/app/layout.tsx:5:14 no-conflicting-metadata-exports conflictingViewport',
  'lint-misuse/app/shop/[category]/layout.tsx:5:32 valid-generate-static-params keyBelowLayout',
];

let results: ESLint.LintResult[] = [];

beforeAll(async () => {
  const eslint = new ESLint({
    cwd: REPO_DIR,
    overrideConfigFile: true,
    // Generated types are not source; fixtures' own build output neither.
    overrideConfig: [{ ignores: ['**/.next/**', '**/node_modules/**'] }, ...parserConfigs(), plugin.configs.recommended as never],
    errorOnUnmatchedPattern: false,
  });
  results = await eslint.lintFiles([FIXTURES_DIR]);
}, 120_000);

const fileOf = (result: ESLint.LintResult) => relative(FIXTURES_DIR, result.filePath).split(sep).join('/');

describe('the recommended preset over fixtures/', () => {
  it('lints the fixtures, lint-misuse included, in every supported extension', () => {
    const files = results.map(fileOf);
    expect(files).toContain('lint-misuse/app/layout.tsx');
    expect(files).toContain('lint-misuse/app/api/items/route.ts');
    expect(files).toContain('lint-misuse/app/api/health/route.js');
    expect(files).toContain('lint-misuse/app/about/page.jsx');
    expect(files).toContain('lint-misuse/next.config.mjs');
    expect(files.some((file) => !file.startsWith('lint-misuse/'))).toBe(true);
  });

  it('parses every file (no fatal errors) and no rule throws', () => {
    const fatal = results.flatMap((result) => result.messages.filter((message) => message.fatal || !message.ruleId).map((message) => `${fileOf(result)}:${message.line}:${message.column} ${message.message}`));
    expect(fatal).toEqual([]);
  });

  it('gives exactly the expected reports of the part-1 rules', () => {
    const actual = results
      .flatMap((result) =>
        result.messages
          .filter((message) => message.ruleId && PART_1_RULES.includes(message.ruleId))
          .map((message) => `${fileOf(result)}:${message.line}:${message.column} ${message.ruleId!.slice(PLUGIN_NAMESPACE.length + 1)} ${message.messageId}`),
      )
      .sort(compareReports);
    expect(actual).toEqual([...EXPECTED_PART_1].sort(compareReports));
  });

  it('offers the autofix of lint-misuse where the rules promise one', () => {
    const docs = results.find((result) => fileOf(result) === 'lint-misuse/app/docs/[...path]/page.tsx');
    const maxDuration = docs?.messages.find((message) => message.messageId === 'notStatic');
    expect(maxDuration?.fix?.text).toBe('300');
    const route = results.find((result) => fileOf(result) === 'lint-misuse/app/api/items/route.ts');
    expect(route?.messages.find((message) => message.messageId === 'lowercaseMethod')?.fix?.text).toBe('POST');
  });
});

/** By file, then line and column numerically. */
function compareReports(a: string, b: string): number {
  const parse = (report: string) => {
    const match = /^(.*):(\d+):(\d+) (.*)$/.exec(report)!;
    return [match[1]!, Number(match[2]), Number(match[3]), match[4]!] as const;
  };
  const [fileA, lineA, columnA, restA] = parse(a);
  const [fileB, lineB, columnB, restB] = parse(b);
  return fileA.localeCompare(fileB) || lineA - lineB || columnA - columnB || restA.localeCompare(restB);
}
