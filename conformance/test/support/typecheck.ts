/**
 * `tsc --noEmit` through the TypeScript API, with the project's own tsconfig.json (the one Next
 * wrote), so the program has the files and the order a user's `tsc` has.
 */
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface TscDiagnostic {
  /** Relative to the project; empty for a global diagnostic. */
  readonly file: string;
  readonly line: number;
  readonly code: number;
  readonly message: string;
}

export interface TscRun {
  readonly diagnostics: readonly TscDiagnostic[];
  /** The project's own source files in program order (node_modules left out). */
  readonly files: readonly string[];
}

/**
 * Parsed files of TypeScript's libs and node_modules (lib.dom.d.ts, React's and Next's types) are
 * the bulk of every program here and never change during a run: parse them once.
 */
const sharedFiles = new Map<string, ts.SourceFile>();

function cachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const shared = fileName.includes('/node_modules/');
    const key = `${typeof languageVersion === 'object' ? JSON.stringify(languageVersion) : languageVersion}:${fileName}`;
    const cached = shared ? sharedFiles.get(key) : undefined;
    if (cached) return cached;
    const file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (file && shared) sharedFiles.set(key, file);
    return file;
  };
  return host;
}

/**
 * Type-checks the project in `dir` as `tsc --noEmit -p dir` would, with skipLibCheck forced either
 * way; with `only`, reports the diagnostics of that one file (the program is the same, the checker
 * just does less).
 */
export function typecheck(dir: string, skipLibCheck: boolean, only?: string): TscRun {
  const host: ts.ParseConfigFileHost = { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } };
  const config = ts.getParsedCommandLineOfConfigFile(`${dir}/tsconfig.json`, { skipLibCheck, noEmit: true, incremental: false }, host);
  if (!config) throw new Error(`cannot read ${dir}/tsconfig.json`);
  if (config.errors.length > 0) throw new Error(config.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  const program = ts.createProgram({ rootNames: config.fileNames, options: config.options, projectReferences: config.projectReferences ?? [], host: cachingHost(config.options) });
  const target = only === undefined ? undefined : program.getSourceFile(join(dir, only));
  if (only !== undefined && !target) throw new Error(`${only} is not part of the program of ${dir}`);
  const found = target ? [...program.getSyntacticDiagnostics(target), ...program.getSemanticDiagnostics(target)] : ts.getPreEmitDiagnostics(program);
  const diagnostics = found.map((diagnostic) => ({
    file: diagnostic.file ? relative(dir, diagnostic.file.fileName).split('\\').join('/') : '',
    line: diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0,
    code: diagnostic.code,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
  }));
  const files = program
    .getSourceFiles()
    .map((file) => relative(dir, file.fileName).split('\\').join('/'))
    .filter((file) => !file.startsWith('node_modules/') && !file.startsWith('..'));
  return { diagnostics, files };
}

/** `file:line TScode message`, one per line: what a failing assertion shows. */
export function formatDiagnostics(diagnostics: readonly TscDiagnostic[]): string[] {
  return diagnostics.map((d) => `${d.file}:${d.line} TS${d.code} ${d.message}`);
}
