/**
 * SARIF 2.1.0 (for GitHub code scanning and other viewers), built with node-sarif-builder 4: the
 * maintained SARIF builder whose 4.x line runs on Node 20 (5.x needs Node 22).
 * @microsoft/eslint-formatter-sarif was not used: it depends on ESLint 8 (a second ESLint in the
 * user's tree) and only knows ESLint results, while `check` also reports typegen and tsc findings.
 *
 * One run, tool `approute`, with every finding of every part: ESLint rules keep their ids
 * (`approute/no-redirect-in-try`), typegen findings are `TG003`..., tsc errors `TS2322`.
 * Artifact URIs are relative to `cwd` (the repository root in CI), percent-encoded per segment so
 * `[slug]` folders are valid URI references.
 */
import { relative, sep } from 'node:path';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Log } from 'sarif';
import type { ESLint } from 'eslint';
import { VERSION } from '../version.js';
import type { LintResult } from './results.js';
import { TYPEGEN_RULE_DESCRIPTIONS } from './rule-descriptions.js';

const INFORMATION_URI = 'https://github.com/approute/approute';

/** Turns a file path into a relative URI reference, percent-encoding each segment. */
export function toArtifactUri(filePath: string, cwd: string): string {
  return relative(cwd, filePath).split(sep).map(encodeURIComponent).join('/');
}

function ruleIdOf(message: LintResult['messages'][number]): string {
  return message.ruleId ?? (message.fatal ? 'parsing-error' : 'approute');
}

function describeRule(ruleId: string, rulesMeta: ESLint.LintResultData['rulesMeta']): { text: string; helpUri?: string } {
  const meta = rulesMeta[ruleId];
  if (meta?.docs?.description) return { text: meta.docs.description, helpUri: meta.docs.url };
  const typegen = (TYPEGEN_RULE_DESCRIPTIONS as Record<string, string | undefined>)[ruleId];
  if (typegen) return { text: typegen };
  if (/^TS\d+$/.test(ruleId)) return { text: `TypeScript error ${ruleId}` };
  if (ruleId === 'parsing-error') return { text: 'A file ESLint could not parse' };
  return { text: ruleId };
}

/** Builds the SARIF log of some results. `rulesMeta` comes from ESLint for its rules. */
export function buildSarif(results: readonly LintResult[], rulesMeta: ESLint.LintResultData['rulesMeta'], cwd: string): Log {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'approute', toolDriverVersion: VERSION, url: INFORMATION_URI });
  const seen = new Set<string>();
  for (const result of results) {
    for (const message of result.messages) {
      const ruleId = ruleIdOf(message);
      if (!seen.has(ruleId)) {
        seen.add(ruleId);
        const { text, helpUri } = describeRule(ruleId, rulesMeta);
        run.addRule(new SarifRuleBuilder().initSimple({ ruleId, shortDescriptionText: text, ...(helpUri ? { helpUri } : {}) }));
      }
      const sarifResult = new SarifResultBuilder().initSimple({
        level: message.severity === 2 ? 'error' : 'warning',
        messageText: message.message,
        ruleId,
        fileUri: toArtifactUri(result.filePath, cwd),
      });
      if (message.line > 0) {
        sarifResult.setLocationRegion({
          startLine: message.line,
          ...(message.column > 0 ? { startColumn: message.column } : {}),
          ...(message.endLine !== undefined && message.endLine > 0 ? { endLine: message.endLine } : {}),
          ...(message.endColumn !== undefined && message.endColumn > 0 ? { endColumn: message.endColumn } : {}),
        });
      }
      run.addResult(sarifResult);
    }
  }
  const builder = new SarifBuilder();
  builder.addRun(run);
  return builder.buildSarifOutput();
}

/** The SARIF log as JSON text. */
export function formatSarif(results: readonly LintResult[], rulesMeta: ESLint.LintResultData['rulesMeta'], cwd: string): string {
  return `${JSON.stringify(buildSarif(results, rulesMeta, cwd), null, 2)}\n`;
}
