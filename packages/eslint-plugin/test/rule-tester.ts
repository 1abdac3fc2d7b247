/**
 * Test helpers shared by the rule tests: a RuleTester wired to vitest, and real temporary Next
 * projects so a case can give the rule a route context (`filename` inside the project).
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RuleTester, type RunTests } from '@typescript-eslint/rule-tester';
import type { TSESLint } from '@typescript-eslint/utils';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/**
 * Every temp project a test file creates, removed after its last test. Registered once, here: a
 * helper module is imported while vitest collects the test file, so this hook belongs to the file,
 * whereas `afterAll` called inside a running test is silently dropped.
 */
const liveProjects = new Set<TempProject>();
afterAll(() => {
  for (const project of liveProjects) project.remove();
});

/**
 * RuleTester's `run`, typed against the plugin's own copy of @typescript-eslint/utils: the
 * workspace may hold two patch versions of it (rule-tester's and the plugin's), whose private class
 * fields make otherwise identical rule types incompatible. Test cases stay fully typed.
 */
export interface ApprouteRuleTester {
  run<MessageIds extends string, Options extends readonly unknown[]>(
    name: string,
    rule: TSESLint.RuleModule<MessageIds, Options, unknown>,
    tests: RunTests<MessageIds, Options>,
  ): void;
}

/** A RuleTester with @typescript-eslint/parser, JSX enabled, ES modules. */
export function createRuleTester(): ApprouteRuleTester {
  const tester = new RuleTester({
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
  return {
    run: (name, rule, tests) => {
      assertHouseStyle(name, tests as unknown as LooseTests);
      tester.run(name, rule as never, tests as never);
    },
  };
}

interface LooseTests {
  valid: readonly (string | { name?: string })[];
  invalid: readonly { name?: string; errors: readonly { messageId?: string; line?: number; column?: number }[] }[];
}

/**
 * The house style for rule tests, checked where every rule test passes: a `name` on every case,
 * and every expected error with its `messageId`, `line` and `column`.
 */
function assertHouseStyle(rule: string, tests: LooseTests): void {
  const problems: string[] = [];
  tests.valid.forEach((test, index) => {
    if (typeof test === 'string' || !test.name) problems.push(`valid case ${index} has no name`);
  });
  tests.invalid.forEach((test, index) => {
    if (!test.name) problems.push(`invalid case ${index} has no name`);
    test.errors.forEach((error, errorIndex) => {
      for (const key of ['messageId', 'line', 'column'] as const) {
        if (error[key] === undefined) problems.push(`invalid case ${test.name ?? index}, error ${errorIndex}: no ${key}`);
      }
    });
  });
  if (problems.length > 0) throw new Error(`${rule} tests: ${problems.join('; ')}`);
}

export interface TempProjectOptions {
  /**
   * next.config contents: an object serialised as `export default <json>` into next.config.mjs, or
   * the file's source text (written to `configFile`). Omit for `export default {}`; null for no
   * next.config at all (then app/ and package.json mark the root).
   */
  readonly config?: Record<string, unknown> | string | null;
  /** next.config file name; default `next.config.mjs`. */
  readonly configFile?: string;
  /** Extra files, relative path -> contents. */
  readonly files?: Readonly<Record<string, string>>;
  /** Create `src/app` instead of `app`. */
  readonly srcDir?: boolean;
}

export interface TempProject {
  readonly root: string;
  /** The absolute path of `relativePath` inside the project (the file need not exist). */
  file(relativePath: string): string;
  /** Writes a file (creating folders) and returns its absolute path. */
  write(relativePath: string, content: string): string;
  remove(): void;
}

/**
 * Creates a real Next project in a temp dir: next.config, package.json and an app/ folder. Removed
 * after the test file's tests, or earlier by `remove()`.
 */
export function createTempProject(options: TempProjectOptions = {}): TempProject {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'approute-lint-')));
  const write = (relativePath: string, content: string) => {
    const absolute = join(root, relativePath);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
    return absolute;
  };
  write('package.json', '{ "name": "lint-fixture", "private": true }\n');
  mkdirSync(join(root, options.srcDir ? 'src/app' : 'app'), { recursive: true });
  if (options.config !== null) {
    const source = typeof options.config === 'string' ? options.config : `export default ${JSON.stringify(options.config ?? {})};\n`;
    write(options.configFile ?? 'next.config.mjs', source);
  }
  for (const [path, content] of Object.entries(options.files ?? {})) write(path, content);
  const project: TempProject = {
    root,
    file: (relativePath) => join(root, relativePath),
    write,
    remove: () => {
      rmSync(root, { recursive: true, force: true });
      liveProjects.delete(project);
    },
  };
  liveProjects.add(project);
  return project;
}
