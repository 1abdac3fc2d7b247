import type { FindingInput } from '../report/results.js';

/** `file(line,col): error TS1234: message` as tsc prints it with `--pretty false`. */
const LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/;
/** `error TS5083: message`: a diagnostic about the configuration, with no file. */
const GLOBAL = /^(error|warning|message) (TS\d+): (.*)$/;

/**
 * Parses tsc's plain output into findings. Continuation lines (indented: the elaboration of a
 * type error) join their diagnostic's message; `message`-category lines are left out. Paths stay
 * as tsc printed them, relative to the folder it ran in.
 */
export function parseTscOutput(output: string, tsconfig: string): FindingInput[] {
  const findings: { file: string; ruleId: string; severity: 'error' | 'warning'; message: string; line?: number; column?: number; keep: boolean }[] = [];
  for (const line of output.split(/\r?\n/)) {
    const located = LOCATED.exec(line);
    if (located) {
      const [, file, row, column, category, code, message] = located as unknown as [string, string, string, string, string, string, string];
      findings.push({ file, line: Number(row), column: Number(column), ruleId: code, severity: category === 'warning' ? 'warning' : 'error', message, keep: category !== 'message' });
      continue;
    }
    const global = GLOBAL.exec(line);
    if (global) {
      const [, category, code, message] = global as unknown as [string, string, string, string];
      findings.push({ file: tsconfig, ruleId: code, severity: category === 'warning' ? 'warning' : 'error', message, keep: category !== 'message' });
      continue;
    }
    const last = findings.at(-1);
    if (last && /^\s/.test(line) && line.trim() !== '') last.message += `\n${line.trim()}`;
  }
  return findings.filter(({ keep }) => keep).map(({ keep: _keep, ...finding }) => finding);
}
