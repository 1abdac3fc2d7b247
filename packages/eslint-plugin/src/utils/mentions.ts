/**
 * Text prefilters for `create`. A rule whose every report needs a name written in the file (an
 * export such as `generateStaticParams`, a prop such as `params`, a segment config key) returns
 * `{}` for a file that never writes it, before it asks for the route context or the exports: on a
 * lint of a whole app most route files are skipped by most rules for the price of a string search.
 */
import type { TSESLint } from '@typescript-eslint/utils';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Whether the file's text contains any of `words` (case-sensitive substrings). */
export function mentionsAny(context: AnyContext, words: readonly string[]): boolean {
  const { text } = context.sourceCode;
  for (const word of words) if (text.includes(word)) return true;
  return false;
}
