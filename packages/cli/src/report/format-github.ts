/**
 * GitHub Actions workflow commands (`::error file=...,line=...::message`): each finding becomes an
 * annotation on the pull request's diff. Escaping follows GitHub's rules, as @actions/core
 * implements them (escapeData / escapeProperty in its command.ts): `%`, CR and LF in the message;
 * additionally `:` and `,` in properties. @actions/core itself is not used: it prints straight to
 * process.stdout, keeps these helpers internal, and pulls an HTTP client into a CLI that needs none.
 */
import { relative, sep } from 'node:path';
import type { LintResult } from './results.js';

/** Escapes a command's message (the part after `::`). */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (`file=`, `title=`...). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command per message. File paths are relative to `cwd` (the workspace root in a
 * GitHub job), `/`-separated; positions are left out for file-level findings (line 0).
 */
export function formatGithub(results: readonly LintResult[], cwd: string): string {
  let out = '';
  for (const result of results) {
    const file = relative(cwd, result.filePath).split(sep).join('/');
    for (const message of result.messages) {
      const properties: [string, string | number | undefined][] = [['file', file]];
      if (message.line > 0) {
        properties.push(['line', message.line], ['endLine', message.endLine]);
        if (message.column > 0) properties.push(['col', message.column], ['endColumn', message.endColumn]);
      }
      properties.push(['title', message.ruleId ?? (message.fatal ? 'Parsing error' : 'approute')]);
      const command = message.severity === 2 ? 'error' : 'warning';
      const props = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
      out += `::${command} ${props}::${escapeData(message.message)}\n`;
    }
  }
  return out;
}
