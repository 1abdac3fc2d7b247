/**
 * `approute init`: wires a project in one step and says exactly what it did.
 * - package.json: the `typegen`, `typegen:watch` and `check` scripts (a script of the same name
 *   that runs something else is kept, and reported);
 * - eslint.config.*: created with approute's preset when the app has none, else the preset is
 *   added with a shown diff, or, when the file is too custom to edit safely, the lines to add are
 *   printed and the file is left alone;
 * - tsconfig.json: the generated file added to `include` when TypeScript would not see it.
 * Idempotent: a second run finds nothing to change. `--dry-run` prints the same report and writes
 * nothing. JSON files keep their comments and formatting (jsonc-parser edits).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { writeIfChanged } from '@approute/typegen';
import { ExitCode, UsageError, colorsFor, type Colors, type Io } from '../io.js';
import { planEslintConfigEdit, renderEslintConfig, PLUGIN_PACKAGE, manualSnippet } from '../init/eslint-config.js';
import { planPackageScripts } from '../init/package-scripts.js';
import { planTsconfig } from '../init/tsconfig-include.js';
import { loadPreset } from '../lint/fallback-config.js';
import { openProject } from '../project.js';

export interface InitCommandOptions {
  readonly root: string;
  readonly out?: string;
  readonly dryRun?: boolean;
}

/** ESLint's flat config file names, in the order ESLint looks for them. */
export const ESLINT_CONFIG_FILES = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];

type Step =
  | { kind: 'create' | 'edit'; file: string; what: string; before: string; after: string }
  | { kind: 'unchanged'; file: string; what: string }
  | { kind: 'manual'; file: string; what: string; snippet: string }
  | { kind: 'note'; file: string; what: string };

/** `approute init [--dry-run]`: plans every edit first, then writes them (unless dry-run) and reports. */
export async function initCommand(options: InitCommandOptions, io: Io): Promise<ExitCode> {
  const context = openProject(io, options);
  const root = context.root;
  const preset = await loadPreset('recommended');
  const presetIsArray = preset.length !== 1;
  const presetHasParser = preset.some((config) => config.languageOptions?.parser !== undefined);
  const hasTsconfig = existsSync(join(root, 'tsconfig.json'));
  const packageJson = readIfExists(join(root, 'package.json'));
  const steps: Step[] = [];

  // package.json scripts
  if (packageJson === undefined) {
    steps.push({ kind: 'note', file: 'package.json', what: 'not found: no scripts added (create one with `npm init`, then run approute init again)' });
  } else {
    const plan = planPackageScripts(packageJson);
    if (plan.added.length > 0) steps.push({ kind: 'edit', file: 'package.json', what: `added scripts ${plan.added.join(', ')}`, before: packageJson, after: plan.content });
    else if (plan.kept.length === 0) steps.push({ kind: 'unchanged', file: 'package.json', what: 'scripts typegen, typegen:watch and check are there' });
    for (const { name, command } of plan.kept) {
      steps.push({ kind: 'note', file: 'package.json', what: `kept your script "${name}": "${command}" (approute's would be "${name === 'check' ? 'approute check' : name === 'typegen' ? 'approute typegen' : 'approute typegen --watch'}")` });
    }
  }

  // eslint.config.*
  const local = ESLINT_CONFIG_FILES.find((name) => existsSync(join(root, name)));
  const shape = { presetIsArray };
  let usesTsParser = false;
  if (local) {
    const text = readText(root, local);
    const plan = planEslintConfigEdit(local, text, shape);
    if (plan.kind === 'edit') steps.push({ kind: 'edit', file: local, what: `added ${PLUGIN_PACKAGE}'s recommended preset`, before: text, after: plan.content });
    else if (plan.kind === 'unchanged') steps.push({ kind: 'unchanged', file: local, what: plan.reason });
    else steps.push({ kind: 'manual', file: local, what: `left as it is: ${plan.reason}`, snippet: plan.snippet });
  } else {
    const inherited = findAncestorConfig(root);
    if (inherited) {
      const cjs = inherited.endsWith('.cjs') || inherited.endsWith('.cts');
      steps.push({ kind: 'manual', file: relative(root, inherited), what: 'applies to this app (a config in a parent folder); a new one here would replace it, so none was created', snippet: manualSnippet(cjs, shape) });
    } else {
      const esm = (JSON.parse(packageJson ?? '{}') as { type?: string }).type === 'module';
      const file = esm ? 'eslint.config.js' : 'eslint.config.mjs';
      usesTsParser = hasTsconfig && !presetHasParser;
      const content = renderEslintConfig({ cjs: false, presetIsArray, distDir: context.config.distDir, typescriptParser: usesTsParser, jsx: !presetHasParser });
      steps.push({ kind: 'create', file, what: `with ${PLUGIN_PACKAGE}'s recommended preset`, before: '', after: content });
    }
  }

  // tsconfig.json include
  if (hasTsconfig) {
    const text = readText(root, 'tsconfig.json');
    const plan = planTsconfig(text, context.out, context.config.distDir);
    if (plan.kind === 'edit') steps.push({ kind: 'edit', file: 'tsconfig.json', what: `added "${plan.pattern}" to include, so TypeScript sees the route types`, before: text, after: plan.content });
    else if (plan.kind === 'unchanged') steps.push({ kind: 'unchanged', file: 'tsconfig.json', what: `already includes ${context.out}` });
    else steps.push({ kind: 'manual', file: 'tsconfig.json', what: `left as it is: ${plan.reason}`, snippet: plan.snippet });
  } else {
    steps.push({ kind: 'note', file: 'tsconfig.json', what: 'not found (a JavaScript project): nothing to include' });
  }

  if (!options.dryRun) {
    for (const step of steps) if (step.kind === 'create' || step.kind === 'edit') writeIfChanged(root, { path: step.file, content: step.after });
  }
  io.stdout.write(renderReport(steps, root, options.dryRun === true, missingPackages(root, usesTsParser), colorsFor(io)));
  return ExitCode.Ok;
}

/** A config file's text, or a UsageError (exit 2) naming it when it cannot be read. */
function readText(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch (error) {
    throw new UsageError(`Could not read ${file} in ${root} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Fix its permissions, or move what is in the way, and run approute init again; nothing was changed.`);
  }
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A flat config in a parent folder (up to the repository's top) that ESLint would use for the app. */
function findAncestorConfig(root: string): string | undefined {
  let dir = root;
  while (!existsSync(join(dir, '.git'))) {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
    const found = ESLINT_CONFIG_FILES.find((name) => existsSync(join(dir, name)));
    if (found) return join(dir, found);
  }
  return undefined;
}

/** Packages the wiring needs that the project cannot resolve (node_modules from the root up). */
function missingPackages(root: string, tsParser: boolean): string[] {
  const wanted = ['@approute/cli', PLUGIN_PACKAGE, 'eslint', ...(tsParser ? ['@typescript-eslint/parser'] : [])];
  return wanted.filter((name) => {
    for (let dir = root; ; dir = dirname(dir)) {
      if (existsSync(join(dir, 'node_modules', name, 'package.json'))) return false;
      if (dirname(dir) === dir) return true;
    }
  });
}

function renderDiff(step: { file: string; before: string; after: string }, colors: Colors): string {
  const patch = createTwoFilesPatch(`a/${step.file}`, `b/${step.file}`, step.before, step.after, '', '', { context: 2 });
  return patch
    .split('\n')
    .slice(2)
    .filter((line) => line !== '\\ No newline at end of file')
    .map((line) => `    ${line.startsWith('+') && !line.startsWith('+++') ? colors.green(line) : line.startsWith('-') && !line.startsWith('---') ? colors.red(line) : line}`)
    .join('\n')
    .trimEnd();
}

function renderReport(steps: readonly Step[], root: string, dryRun: boolean, missing: readonly string[], colors: Colors): string {
  const changes = steps.filter((step) => step.kind === 'create' || step.kind === 'edit').length;
  const verb = dryRun ? 'would change' : 'changed';
  const head = changes === 0 ? `nothing to change in ${root}` : `${verb} ${changes} file${changes === 1 ? '' : 's'} in ${root}${dryRun ? ' (dry run: nothing written)' : ''}`;
  const lines = [`${colors.bold('approute init')}: ${head}`];
  for (const step of steps) {
    switch (step.kind) {
      case 'create':
        lines.push(`  ${colors.green(dryRun ? 'would create' : 'created')} ${step.file} ${step.what}`, step.after.replace(/^/gm, '    ').trimEnd());
        break;
      case 'edit':
        lines.push(`  ${colors.green(dryRun ? 'would edit' : 'edited')} ${step.file}: ${step.what}`, renderDiff(step, colors));
        break;
      case 'unchanged':
        lines.push(`  ${colors.dim('unchanged')} ${step.file}: ${step.what}`);
        break;
      case 'manual':
        lines.push(`  ${colors.yellow('to do')} ${step.file} ${step.what}. Add:`, step.snippet.replace(/^/gm, '    '));
        break;
      case 'note':
        lines.push(`  ${colors.dim('note')} ${step.file} ${step.what}`);
        break;
    }
  }
  if (missing.length > 0) lines.push(`Install what the scripts and config use: npm install --save-dev ${missing.join(' ')}`);
  return `${lines.join('\n')}\n`;
}
