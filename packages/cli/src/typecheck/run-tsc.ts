/**
 * `check --typecheck`: the project's own TypeScript (resolved from the project root, never the
 * one approute was installed with, so the check matches what the project's editor and build use)
 * runs `tsc --noEmit -p <root>` in a child process.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { UsageError } from '../io.js';
import type { FindingInput } from '../report/results.js';
import { parseTscOutput } from './parse-tsc-output.js';

export interface TypecheckRun {
  readonly version: string;
  readonly findings: FindingInput[];
  /** tsc's exit code: 0 clean. */
  readonly exitCode: number;
}

/** The project's tsc: its bin script and version, or a UsageError saying how to install it. */
export function resolveProjectTsc(root: string): { bin: string; version: string } {
  let manifestPath: string;
  try {
    manifestPath = createRequire(join(root, 'package.json')).resolve('typescript/package.json');
  } catch {
    throw new UsageError(`--typecheck runs the project's TypeScript, but \`typescript\` cannot be resolved from ${root}. Install it in the project (npm install --save-dev typescript), or drop --typecheck.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string; bin?: { tsc?: string } };
  const bin = manifest.bin?.tsc;
  if (!bin) throw new UsageError(`The typescript package at ${dirname(manifestPath)} has no tsc binary; reinstall it.`);
  return { bin: join(dirname(manifestPath), bin), version: manifest.version };
}

/** Runs `tsc --noEmit` over the project's tsconfig.json and parses what it reports; `signal` stops tsc. */
export async function runTypecheck(root: string, signal?: AbortSignal): Promise<TypecheckRun> {
  const tsconfig = join(root, 'tsconfig.json');
  if (!existsSync(tsconfig)) throw new UsageError(`--typecheck needs a tsconfig.json in ${root}; none is there. Create one, or drop --typecheck.`);
  const { bin, version } = resolveProjectTsc(root);
  const { output, exitCode } = await new Promise<{ output: string; exitCode: number }>((resolve) => {
    execFile(process.execPath, [bin, '--noEmit', '--pretty', 'false', '-p', tsconfig], { cwd: root, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', signal }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ output: `${stdout}${stderr}`, exitCode: code });
    });
  });
  const findings = parseTscOutput(output, 'tsconfig.json');
  if (exitCode !== 0 && findings.length === 0) {
    findings.push({ file: 'tsconfig.json', ruleId: 'tsc', severity: 'error', message: `tsc exited with code ${exitCode}: ${output.trim() || 'no output'}` });
  }
  return { version, findings, exitCode };
}
