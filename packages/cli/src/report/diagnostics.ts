import type { Diagnostic } from '@approute/typegen';
import type { Colors } from '../io.js';

/** Diagnostics grouped by file, the way ESLint's stylish formatter groups problems. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], colors: Colors): string {
  let out = '';
  let current: string | undefined;
  for (const diagnostic of diagnostics) {
    if (diagnostic.file !== current) {
      current = diagnostic.file;
      out += `\n${colors.underline(diagnostic.file)}\n`;
    }
    const severity = diagnostic.severity === 'error' ? colors.red('error  ') : colors.yellow('warning');
    out += `  ${severity}  ${colors.dim(diagnostic.code)}  ${diagnostic.message}\n`;
  }
  return out;
}

export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}

export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
