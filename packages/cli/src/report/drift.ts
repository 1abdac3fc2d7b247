import type { FileOutcome } from '@approute/typegen';
import type { Colors } from '../io.js';

/** Lines of a stale file's diff shown before "... N more lines". */
const DIFF_LINES = 40;

/** The unified diff of a stale generated file, on disk -> expected (headers dropped). */
export async function diffOfStale(outcome: FileOutcome): Promise<string> {
  // Loaded only when a file is stale: a passing `typegen --check` never pays for it.
  const { createTwoFilesPatch } = await import('diff');
  const patch = createTwoFilesPatch(`${outcome.path} (on disk)`, `${outcome.path} (expected)`, outcome.actual ?? '', outcome.expected ?? '', '', '', { context: 1 });
  return patch.split('\n').slice(2).join('\n');
}

/** What to print for a stale generated file: what to run, and the first lines of what differs. */
export async function describeStale(outcome: FileOutcome, colors: Colors): Promise<string> {
  const lines = (await diffOfStale(outcome)).split('\n');
  const shown = lines.slice(0, DIFF_LINES).map((line) => (line.startsWith('+') ? colors.green(line) : line.startsWith('-') ? colors.red(line) : line));
  const more = lines.length > DIFF_LINES ? `\n  ... ${lines.length - DIFF_LINES} more lines` : '';
  return `${colors.red(`${outcome.path} is stale`)}: run \`approute typegen\` to update it. What differs:\n${shown.join('\n')}${more}\n`;
}
