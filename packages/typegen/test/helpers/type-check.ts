/**
 * Type-checks a Next app folder with the TypeScript API, the way `tsc --noEmit` would with the
 * tsconfig `create-next-app` writes (strict, jsx react-jsx, moduleResolution bundler, allowJs).
 *
 * Diagnostics are collected from the app's own files only (its sources and the generated
 * routes.d.ts), never from node_modules or TypeScript's libs. skipLibCheck is off on purpose: with
 * it on, TypeScript does not check any .d.ts, so an error inside the generated routes.d.ts (a
 * duplicate key, a bad escape) would go unseen; asking for the diagnostics of the app's files only
 * keeps the cost of checking the libs away.
 *
 * Library source files are parsed once and shared by every program of the test run.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from './fixtures.js';

export const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noEmit: true,
  allowJs: true,
  checkJs: false,
  isolatedModules: true,
  esModuleInterop: true,
  resolveJsonModule: true,
  skipLibCheck: false,
  types: ['react'],
  typeRoots: [join(REPO_ROOT, 'node_modules/@types')],
};

export interface TypeDiagnostic {
  /** Relative to the checked folder, `/`-separated. */
  readonly file: string;
  readonly code: number;
  readonly line: number;
  readonly message: string;
}

const SOURCE_EXTENSIONS = /\.(tsx?|jsx?|mts|cts)$/;
const CONFIG_FILE = /^next\.config\./;

/** Every TS/JS source of an app folder, including `.next`-style generated .d.ts, minus next.config. */
export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules') continue;
      // TypeScript turns every backslash of a path into `/`, so it cannot open a file below a folder whose
      // name holds a backslash (on POSIX, where that is a legal name): such files are left out.
      if (sep === '/' && entry.name.includes('\\')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name) && !(folder === dir && CONFIG_FILE.test(entry.name))) out.push(path);
    }
  };
  walk(dir);
  return out.sort();
}

const sharedSourceFiles = new Map<string, ts.SourceFile>();
const isShared = (fileName: string) => fileName.includes(`${sep}node_modules${sep}`) || fileName.includes('/node_modules/');

function createCachingHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (!isShared(fileName)) return getSourceFile(fileName, languageVersion, onError, shouldCreate);
    let file = sharedSourceFiles.get(fileName);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) sharedSourceFiles.set(fileName, file);
    }
    return file;
  };
  return host;
}

/** Type-checks `dir` (all its sources, see listSourceFiles) and returns the app's own diagnostics. */
export function typeCheck(dir: string, overrides: ts.CompilerOptions = {}): TypeDiagnostic[] {
  const options = { ...COMPILER_OPTIONS, ...overrides };
  const program = ts.createProgram({ rootNames: listSourceFiles(dir), options, host: createCachingHost(options) });
  const diagnostics: ts.Diagnostic[] = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const file of program.getSourceFiles()) {
    if (isShared(file.fileName) || program.isSourceFileDefaultLibrary(file)) continue;
    diagnostics.push(...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file));
  }
  return diagnostics.map((diagnostic) => {
    const file = diagnostic.file;
    return {
      file: file ? relative(dir, file.fileName).split(sep).join('/') : '<global>',
      code: diagnostic.code,
      line: file && diagnostic.start !== undefined ? file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    };
  });
}

/** One line per diagnostic, for readable assertion failures. */
export function formatDiagnostics(diagnostics: readonly TypeDiagnostic[]): string[] {
  return diagnostics.map(({ file, line, code, message }) => `${file}:${line} TS${code} ${message}`);
}
