/**
 * Runs a throwaway rule over a snippet with a real ESLint Linter, to unit-test the utils with the
 * real parsers and scope manager.
 */
import tsParser from '@typescript-eslint/parser';
import type { TSESLint } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

export type ProbeContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * Lints `code` as `filename` with one rule whose listeners `create` returns; throws on a parse
 * error so a test never passes on code that did not parse.
 */
export function probe(
  code: string,
  create: (context: ProbeContext) => TSESLint.RuleListener,
  options: { parser?: 'ts' | 'default'; filename?: string } = {},
): void {
  const filename = options.filename ?? (options.parser === 'default' ? 'file.jsx' : 'file.tsx');
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx', '**/*.mjs'],
        languageOptions:
          options.parser === 'default'
            ? { sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } }
            : { parser: tsParser as Linter.Parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { probe: { rules: { probe: { create: (context) => create(context as never) as never } } } },
        rules: { 'probe/probe': 'error' },
      },
    ],
    filename,
  );
  if (messages.length > 0) throw new Error(`probe: ${messages.map((m) => m.message).join('; ')}`);
}
