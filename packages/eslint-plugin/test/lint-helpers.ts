/**
 * Shared by the cross-cutting tests: the flat config a real project would use (typescript-eslint's
 * parser for TS files, ESLint's default parser for JS), the list of rule folders, and the parser of
 * the fenced examples in rule docs.
 */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import type { Linter } from 'eslint';

export const PACKAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const RULES_DIR = join(PACKAGE_DIR, 'src/rules');
export const REPO_DIR = join(PACKAGE_DIR, '../..');
export const FIXTURES_DIR = join(REPO_DIR, 'fixtures');

/** Extensions the plugin lints, and which parser each gets in the tests. */
export const TS_EXTENSIONS = ['ts', 'tsx', 'mts', 'cts'] as const;
export const JS_EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs'] as const;

/** The rule folders under src/rules, sorted. */
export function listRuleFolders(): string[] {
  return readdirSync(RULES_DIR)
    .filter((name) => statSync(join(RULES_DIR, name)).isDirectory())
    .sort();
}

/**
 * Parser settings as in a real project: typescript-eslint for TS files, ESLint's default parser
 * (espree) with JSX for JS files (Next accepts JSX in .js).
 */
export function parserConfigs(options: { defaultParserForJs?: boolean } = {}): Linter.Config[] {
  return [
    {
      files: TS_EXTENSIONS.map((ext) => `**/*.${ext}`),
      languageOptions: { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    {
      files: JS_EXTENSIONS.map((ext) => `**/*.${ext}`),
      languageOptions:
        options.defaultParserForJs === false
          ? { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } }
          : { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
  ];
}

/** A fenced example of a rule doc (see src/utils/README.md for the convention). */
export interface DocExample {
  /** `ts`, `tsx`, `js`, `jsx` or `mjs`. */
  readonly lang: string;
  readonly expect: 'fail' | 'pass';
  /** Path inside the example project, `app/page.<lang>` by default. */
  readonly filename: string;
  /** next.config of the example project. */
  readonly config: { cacheComponents?: boolean; authInterrupts?: boolean };
  readonly code: string;
  /** 1-based line of the opening fence in the .md. */
  readonly line: number;
}

const LINTED_LANGS = new Set(['ts', 'tsx', 'js', 'jsx', 'mjs']);

/**
 * Extracts the fenced code blocks of a rule doc. A block in a linted language must say `fail` or
 * `pass` in its info string; anything else is an error (so no example goes unchecked by accident).
 * Blocks in other languages (`json`, `sh`, `diff`...) are ignored.
 */
export function parseDocExamples(markdown: string): { examples: DocExample[]; errors: string[] } {
  const examples: DocExample[] = [];
  const errors: string[] = [];
  const lines = markdown.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const open = /^(\s*)(`{3,}|~{3,})(.*)$/.exec(lines[index]!);
    if (!open) continue;
    const fence = open[2]!;
    const info = open[3]!.trim();
    const body: string[] = [];
    let end = index + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) body.push(lines[end++]!);
    const line = index + 1;
    index = end;
    const lang = info.split(/\s+/)[0] ?? '';
    if (!LINTED_LANGS.has(lang)) continue;
    const tokens = [...info.slice(lang.length).matchAll(/(\w[\w-]*)(?:="([^"]*)")?/g)].map((m) => ({ key: m[1]!, value: m[2] }));
    const expects = tokens.filter((t) => t.key === 'fail' || t.key === 'pass');
    if (expects.length !== 1) {
      errors.push(`line ${line}: a \`${lang}\` example must be marked \`fail\` or \`pass\` (got "${info}")`);
      continue;
    }
    const config: { cacheComponents?: boolean; authInterrupts?: boolean } = {};
    let filename = `app/page.${lang}`;
    for (const { key, value } of tokens) {
      if (key === 'fail' || key === 'pass') continue;
      if (key === 'filename' && value !== undefined) filename = value;
      else if (key === 'cacheComponents' || key === 'authInterrupts') config[key] = true;
      else errors.push(`line ${line}: unknown attribute \`${key}\` in "${info}"`);
    }
    examples.push({ lang, expect: expects[0]!.key as 'fail' | 'pass', filename, config, code: body.join('\n'), line });
  }
  return { examples, errors };
}
