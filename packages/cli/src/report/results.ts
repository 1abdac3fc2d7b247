/**
 * One shape for every finding: ESLint's `LintResult`. Lint results already have it; typegen
 * diagnostics (TGxxx), stale generated files and `tsc` errors are converted to it, so each output
 * format (stylish, json, github, sarif) is written once and shows every part of `check` alike.
 * A finding without a position (a folder, a whole file) has line 0 and column 0, as ESLint's own
 * file-level messages do; the github and sarif formats then leave the position out.
 */
import { isAbsolute, join } from 'node:path';
import type { Diagnostic, FileOutcome } from '@approute/typegen';
import type { ESLint, Linter } from 'eslint';
import { describeDevStubDrift, splitDrift } from './dev-stub.js';

export type LintResult = ESLint.LintResult;
export type LintMessage = Linter.LintMessage;

/** Rule ids of findings that are not ESLint rules: the typegen check and tsc. */
export const TYPEGEN_MISSING = 'approute-typegen/missing';
export const TYPEGEN_STALE = 'approute-typegen/stale';
/** approute's stub at `next dev`'s route types path is stale or missing: a warning (see dev-stub.ts). */
export const TYPEGEN_DEV_STUB = 'approute-typegen/dev-stub';

/** A finding before it is grouped into a LintResult; `file` is relative to the root or absolute. */
export interface FindingInput {
  readonly file: string;
  readonly ruleId: string | null;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

/** Groups findings by file into LintResults (files sorted, messages in input order per file). */
export function toLintResults(root: string, findings: Iterable<FindingInput>): LintResult[] {
  const byFile = new Map<string, LintMessage[]>();
  for (const finding of findings) {
    const filePath = isAbsolute(finding.file) ? finding.file : join(root, finding.file);
    const messages = byFile.get(filePath) ?? [];
    messages.push({
      ruleId: finding.ruleId,
      severity: finding.severity === 'error' ? 2 : 1,
      message: finding.message,
      line: finding.line ?? 0,
      column: finding.column ?? 0,
    });
    byFile.set(filePath, messages);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([filePath, messages]) => {
      const errorCount = messages.filter((message) => message.severity === 2).length;
      return {
        filePath,
        messages,
        suppressedMessages: [],
        errorCount,
        fatalErrorCount: 0,
        warningCount: messages.length - errorCount,
        fixableErrorCount: 0,
        fixableWarningCount: 0,
        usedDeprecatedRules: [],
      };
    });
}

/** Typegen diagnostics as findings: the rule id is the diagnostic's code (`TG003`). */
export function typegenFindings(diagnostics: readonly Diagnostic[]): FindingInput[] {
  return diagnostics.map(({ code, severity, file, message }) => ({ file, ruleId: code, severity, message }));
}

/**
 * A missing or stale generated file as a finding on that file: an error, except for approute's
 * stub at `next dev`'s path (`devOut`), whose drift is a warning.
 */
export function driftFindings(outcomes: readonly FileOutcome[], devOut?: string): FindingInput[] {
  const { failing, devStub } = splitDrift(outcomes, devOut);
  const findings: FindingInput[] = [];
  for (const { path, status } of failing) {
    if (status === 'missing') {
      findings.push({ file: path, ruleId: TYPEGEN_MISSING, severity: 'error', message: `${path} is missing. Run \`approute typegen\` to write it.` });
    } else {
      findings.push({ file: path, ruleId: TYPEGEN_STALE, severity: 'error', message: `${path} is stale: it does not match the app directory. Run \`approute typegen\` to update it.` });
    }
  }
  for (const outcome of devStub) findings.push({ file: outcome.path, ruleId: TYPEGEN_DEV_STUB, severity: 'warning', message: describeDevStubDrift(outcome) });
  return findings;
}

/** Error and warning totals over results, counting fatal parse errors as errors (ESLint does). */
export function countResults(results: readonly LintResult[]): { errors: number; warnings: number; fixable: number } {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  for (const result of results) {
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
  }
  return { errors, warnings, fixable };
}
