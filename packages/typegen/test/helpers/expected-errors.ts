/**
 * Wrong code for type tests carries its expectations inline: a line that must fail ends with
 * `// expect TS2339 'nope'` (the error code, then an optional text the message must contain).
 * Every other line must compile, so a test sees both that the wrong line fails and how.
 */
import type { TypeDiagnostic } from './type-check.js';

export interface ExpectedError {
  readonly file: string;
  readonly line: number;
  readonly code: number;
  readonly contains: string | undefined;
}

const MARKER = /\/\/ expect TS(\d+)(?: (.*))?$/;

/** The expected errors of each file, from its markers. */
export function expectedErrors(files: Record<string, string>): ExpectedError[] {
  const out: ExpectedError[] = [];
  for (const [file, source] of Object.entries(files)) {
    source.split('\n').forEach((text, index) => {
      const match = MARKER.exec(text);
      if (match) out.push({ file, line: index + 1, code: Number(match[1]), contains: match[2]?.replace(/^'|'$/g, '') });
    });
  }
  return out.sort(byPosition);
}

const byPosition = (a: { file: string; line: number }, b: { file: string; line: number }) =>
  a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line;

/** Compares actual diagnostics of the marked files with their markers: `[file:line TScode]` lists. */
export function matchErrors(actual: readonly TypeDiagnostic[], expected: readonly ExpectedError[]) {
  const key = ({ file, line, code }: { file: string; line: number; code: number }) => `${file}:${line} TS${code}`;
  const missingText = expected.filter(
    (error) => error.contains && !actual.some((diagnostic) => key(diagnostic) === key(error) && diagnostic.message.includes(error.contains!)),
  );
  return {
    actual: [...actual].sort(byPosition).map(key),
    expected: expected.map(key),
    /** Markers whose text is missing from the message of the matching diagnostic. */
    missingText: missingText.map((error) => `${key(error)} should mention ${error.contains}`),
  };
}
