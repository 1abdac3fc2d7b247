/**
 * No rule crashes: every rule of the plugin (part 2's included, by iterating the rules index) runs
 * over every source file of fixtures/ and over a generated corpus of odd but valid syntax, with
 * @typescript-eslint/parser and, where the syntax allows, ESLint's default parser. Corpus files are
 * linted under several App Router names (page, layout, route, a plain module) in projects with and
 * without cacheComponents, so the route-aware rules run rather than bail out. Every fix and every
 * suggestion a rule offers is applied and must leave code that still parses. Where both parsers
 * read a file, they must lead every rule to the same reports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { PLUGIN_NAMESPACE } from '../src/index.js';
import { createTempProject } from './rule-tester.js';
import { FIXTURES_DIR } from './lint-helpers.js';
import { CORPUS } from './stress/corpus.js';

type ParserName = 'typescript-eslint' | 'default';

const ALL_RULES = Object.fromEntries(Object.keys(plugin.rules).map((name) => [`${PLUGIN_NAMESPACE}/${name}`, 'error' as const]));

function configFor(parser: ParserName, rules: Linter.RulesRecord = ALL_RULES): Linter.Config[] {
  return [
    {
      files: ['**/*'],
      ignores: [],
    },
    {
      files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts', '**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'],
      languageOptions:
        parser === 'typescript-eslint'
          ? { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } }
          : { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { [PLUGIN_NAMESPACE]: plugin as never },
      rules,
    },
  ];
}

interface Outcome {
  readonly crash?: string;
  readonly fatal?: string;
  readonly brokenFixes: string[];
  readonly reports: number;
  /** `line:column rule messageId` of each report, to compare the two parsers. */
  readonly signature: string[];
}

/**
 * Lints `code` as `filename`; a rule that throws makes Linter.verify throw with the rule's id in
 * the message. Then applies the combined fix and each suggestion and re-parses the result.
 */
function lint(linter: Linter, code: string, filename: string, parser: ParserName): Outcome {
  const config = configFor(parser);
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(code, config, filename);
  } catch (error) {
    return { crash: (error as Error).stack ?? String(error), brokenFixes: [], reports: 0, signature: [] };
  }
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { fatal: `${fatal.line}:${fatal.column} ${fatal.message}`, brokenFixes: [], reports: 0, signature: [] };
  const brokenFixes: string[] = [];
  const parseOnly = configFor(parser, {});
  const stillParses = (text: string) => !linter.verify(text, parseOnly, filename).some((message) => message.fatal);
  const edits = messages.flatMap((message) => [
    ...(message.fix ? [{ what: `fix of ${message.ruleId}`, fix: message.fix }] : []),
    ...(message.suggestions ?? []).map((suggestion) => ({ what: `suggestion "${suggestion.desc}" of ${message.ruleId}`, fix: suggestion.fix })),
  ]);
  for (const { what, fix } of edits) {
    const text = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
    if (!stillParses(text)) brokenFixes.push(`${what} at ${fix.range.join('-')}`);
  }
  const signature = messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.messageId}`).sort();
  return { brokenFixes, reports: messages.length, signature };
}

const JS_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs']);
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', ...JS_EXTENSIONS]);

function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(path));
    else if (entry.isFile() && SOURCE_EXTENSIONS.has(extname(entry.name)) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

describe('every rule over every fixture file', () => {
  const linter = new Linter({ configType: 'flat', cwd: FIXTURES_DIR });
  const files = listSources(FIXTURES_DIR);

  it('finds fixture files to lint', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('crashes on none, with both parsers where the syntax allows, and every fix keeps the code parsing', () => {
    const problems: string[] = [];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      const parsers: ParserName[] = JS_EXTENSIONS.has(extname(file)) ? ['typescript-eslint', 'default'] : ['typescript-eslint'];
      const signatures: string[][] = [];
      for (const parser of parsers) {
        const outcome = lint(linter, code, file, parser);
        const where = `${relative(FIXTURES_DIR, file)} (${parser})`;
        if (outcome.crash) problems.push(`${where}: ${outcome.crash}`);
        if (outcome.fatal) problems.push(`${where}: does not parse: ${outcome.fatal}`);
        for (const broken of outcome.brokenFixes) problems.push(`${where}: ${broken} leaves code that does not parse`);
        signatures.push(outcome.signature);
      }
      if (signatures.length === 2 && signatures[0]!.join('\n') !== signatures[1]!.join('\n')) {
        problems.push(`${relative(FIXTURES_DIR, file)}: the parsers disagree: ${JSON.stringify(signatures)}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});

describe('every rule over the stress corpus', () => {
  const projects = [
    { label: 'cacheComponents', project: createTempProject({ config: { cacheComponents: true, experimental: { authInterrupts: true } } }) },
    { label: 'classic', project: createTempProject({ config: {} }) },
  ];

  /** App Router names the corpus is linted under (the rules about them then run). */
  const NAMES = ['app/[lang]/[...rest]/page', 'app/[lang]/layout', 'app/api/[id]/route', 'app/[lang]/opengraph-image', 'app/lib/util'];

  it('has both parsers read every snippet they should (the corpus itself is valid)', () => {
    const linter = new Linter({ configType: 'flat', cwd: projects[0]!.project.root });
    const unreadable: string[] = [];
    for (const entry of CORPUS) {
      const parsers: ParserName[] = entry.tsOnly ? ['typescript-eslint'] : ['typescript-eslint', 'default'];
      for (const parser of parsers) {
        const ext = parser === 'default' ? (entry.jsx ? '.jsx' : '.js') : entry.jsx ? '.tsx' : '.ts';
        const fatal = linter.verify(entry.code, configFor(parser, {}), projects[0]!.project.file(`app/lib/${entry.name}${ext}`)).find((message) => message.fatal);
        if (fatal) unreadable.push(`${entry.name} (${parser}): ${fatal.line}:${fatal.column} ${fatal.message}`);
      }
    }
    expect(unreadable).toEqual([]);
  });

  for (const { label, project } of projects) {
    it(`crashes on no snippet as a page, layout, route, image route or module (${label}), and every fix keeps the code parsing`, () => {
      const linter = new Linter({ configType: 'flat', cwd: project.root });
      const problems: string[] = [];
      /** The reports with the first parser, by snippet and name: the default parser must give the same. */
      const signatures = new Map<string, string[]>();
      let reports = 0;
      for (const entry of CORPUS) {
        const parsers: ParserName[] = entry.tsOnly ? ['typescript-eslint'] : ['typescript-eslint', 'default'];
        for (const parser of parsers) {
          const ext = parser === 'default' ? (entry.jsx ? '.jsx' : '.js') : entry.jsx ? '.tsx' : '.ts';
          for (const name of NAMES) {
            const outcome = lint(linter, entry.code, project.file(`${name}${ext}`), parser);
            const where = `${entry.name} as ${name}${ext} (${parser})`;
            if (outcome.crash) problems.push(`${where}: ${outcome.crash}`);
            if (outcome.fatal) problems.push(`${where}: does not parse: ${outcome.fatal}`);
            for (const broken of outcome.brokenFixes) problems.push(`${where}: ${broken} leaves code that does not parse`);
            reports += outcome.reports;
            const key = `${entry.name} as ${name}`;
            const other = signatures.get(key);
            if (other && other.join('\n') !== outcome.signature.join('\n')) {
              problems.push(`${key}: the parsers disagree: typescript-eslint ${JSON.stringify(other)}, default ${JSON.stringify(outcome.signature)}`);
            }
            signatures.set(key, outcome.signature);
          }
        }
      }
      expect(problems).toEqual([]);
      // The corpus is meant to reach the rules' reporting paths, not only their bail-outs.
      expect(reports).toBeGreaterThan(100);
    }, 180_000);
  }
});
