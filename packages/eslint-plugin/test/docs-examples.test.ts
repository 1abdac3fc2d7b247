/**
 * Lints the fenced examples of every rule doc (the convention is in src/utils/README.md): a `fail`
 * example must get at least one report of its rule, a `pass` example none; no example may have a
 * syntax error. Each example is linted as a file of a real temporary project, so route rules see
 * the route its `filename` gives and the next.config its flags give.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { PLUGIN_NAMESPACE } from '../src/index.js';
import { createTempProject } from './rule-tester.js';
import { RULES_DIR, listRuleFolders, parseDocExamples, parserConfigs } from './lint-helpers.js';

describe('the doc example convention', () => {
  it('reads the language, the expectation, the filename and the config flags', () => {
    const markdown = [
      '# x',
      '```tsx fail filename="app/blog/[slug]/page.tsx" cacheComponents',
      'a();',
      '```',
      '```ts pass',
      'b();',
      'c();',
      '```',
      '```json',
      '{}',
      '```',
    ].join('\n');
    expect(parseDocExamples(markdown)).toEqual({
      errors: [],
      examples: [
        { lang: 'tsx', expect: 'fail', filename: 'app/blog/[slug]/page.tsx', config: { cacheComponents: true }, code: 'a();', line: 2 },
        { lang: 'ts', expect: 'pass', filename: 'app/page.ts', config: {}, code: 'b();\nc();', line: 5 },
      ],
    });
  });

  it('rejects an unmarked example and an unknown attribute', () => {
    const { errors } = parseDocExamples('```ts\nx;\n```\n```js pass flavour\ny;\n```\n');
    expect(errors).toEqual([
      'line 1: a `ts` example must be marked `fail` or `pass` (got "ts")',
      'line 4: unknown attribute `flavour` in "js pass flavour"',
    ]);
  });
});

for (const name of listRuleFolders()) {
  describe(`${name}.md`, () => {
    const docPath = join(RULES_DIR, name, `${name}.md`);
    if (!existsSync(docPath)) {
      it('exists', () => expect(existsSync(docPath), docPath).toBe(true));
      return;
    }
    const { examples, errors } = parseDocExamples(readFileSync(docPath, 'utf8'));
    const ruleId = `${PLUGIN_NAMESPACE}/${name}`;

    it('marks every code example fail or pass, with known attributes', () => {
      expect(errors).toEqual([]);
      expect(examples.some((example) => example.expect === 'fail')).toBe(true);
      expect(examples.some((example) => example.expect === 'pass')).toBe(true);
    });

    for (const example of examples) {
      it(`${example.expect === 'fail' ? 'reports' : 'does not report'} the example at line ${example.line} (${example.filename})`, async () => {
        // `authInterrupts` lives under `experimental` in next.config; `cacheComponents` is top-level.
        const { authInterrupts, ...topLevel } = example.config;
        const config = authInterrupts ? { ...topLevel, experimental: { authInterrupts } } : topLevel;
        const project = createTempProject({ config });
        try {
          const filePath = project.file(example.filename);
          const eslint = new ESLint({
            cwd: project.root,
            overrideConfigFile: true,
            overrideConfig: [
              ...parserConfigs(),
              { plugins: { [PLUGIN_NAMESPACE]: plugin as never }, rules: { [ruleId]: 'error' } },
            ],
          });
          const [result] = await eslint.lintText(example.code, { filePath });
          const fatal = result!.messages.filter((message) => message.fatal);
          expect(fatal, 'the example parses').toEqual([]);
          const reports = result!.messages.filter((message) => message.ruleId === ruleId);
          if (example.expect === 'fail') expect(reports.length, 'reports of the rule').toBeGreaterThan(0);
          else expect(reports, 'reports of the rule').toEqual([]);
        } finally {
          project.remove();
        }
      });
    }
  });
}
