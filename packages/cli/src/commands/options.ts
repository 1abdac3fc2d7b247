/**
 * The `lint`, `check` and `init` commands' options and help. Each action imports its command
 * module only when it runs, so `approute typegen` never loads ESLint.
 */
import { Option, type Command } from 'commander';
import type { ExitCode, Io } from '../io.js';
import { FORMATS } from '../report/formats.js';

const rootOption = () => new Option('--root <dir>', 'the Next project root (the folder with app/ and next.config)').default('.');
const formatOption = () => new Option('--format <format>', 'report format: human (stylish), json, GitHub Actions annotations (github), SARIF 2.1.0 (sarif)').choices([...FORMATS]).default('stylish');
const outputFileOption = () => new Option('--output-file <file>', 'write the report to this file instead of stdout (a summary line still goes to stdout)');

/** Adds lint, check and init to the program; `setExitCode` records each action's outcome. */
export function addGateCommands(program: Command, setExitCode: (code: ExitCode) => void, io: Io): void {
  program
    .command('lint')
    .description("Lint the project with ESLint: your eslint.config.* when there is one, else approute's recommended preset.")
    .argument('[paths...]', 'files, folders or globs to lint (default: the whole root)')
    .addOption(rootOption())
    .option('--fix', 'apply safe fixes to the files')
    .option('--staged', 'lint only the files staged in git, as staged (for pre-commit hooks)')
    .addOption(formatOption())
    .addOption(outputFileOption())
    .addHelpText(
      'after',
      `
Exit codes: 0 no errors (warnings allowed), 1 lint errors, 2 usage or configuration problem.

Examples:
  $ approute lint                              the whole project
  $ approute lint app/blog --fix               one folder, with fixes
  $ approute lint --staged                     in a pre-commit hook
  $ approute lint --format github              annotations in a GitHub Actions job
  $ approute lint --format sarif --output-file approute.sarif`,
    )
    .action(async (paths: string[], options) => {
      const { lintCommand } = await import('./lint.js');
      setExitCode(await lintCommand(paths, options, io));
    });

  program
    .command('check')
    .description('The pre-commit and CI gate: route types up to date (typegen --check), lint, and optionally tsc --noEmit.')
    .addOption(rootOption())
    .option('--out <file>', 'the generated file to check, inside the root (default: <distDir>/types/routes.d.ts)')
    .option('--staged', 'lint only the files staged in git, as staged (for pre-commit hooks)')
    .option('--typecheck', "also run the project's own tsc --noEmit")
    .option('--no-lint', 'skip the lint')
    .addOption(formatOption())
    .addOption(outputFileOption())
    .addHelpText(
      'after',
      `
Exit codes: 0 every part passed, 1 a part failed (stale or missing route types, route tree errors,
lint errors, type errors), 2 usage or configuration problem.

Examples:
  $ approute check                             route types + lint
  $ approute check --staged                    in a pre-commit hook
  $ approute check --typecheck --format github in CI
  $ approute check --root apps/web             one app of a monorepo`,
    )
    .action(async (options) => {
      const { checkCommand } = await import('./check.js');
      setExitCode(await checkCommand(options, io));
    });

  program
    .command('init')
    .description('Wire approute into a project: package.json scripts, the ESLint preset, and tsconfig include.')
    .addOption(rootOption())
    .option('--out <file>', 'where the route types go, inside the root (default: <distDir>/types/routes.d.ts)')
    .option('--dry-run', 'print what would change, change nothing')
    .addHelpText(
      'after',
      `
init is idempotent: a second run changes nothing. It never overwrites what you wrote: an existing
script of the same name is kept, and an eslint.config too custom to edit safely is left alone with
the lines to add printed instead.

Examples:
  $ approute init --dry-run                    see what would change
  $ approute init                              wire the project in the current folder
  $ approute init --root apps/web              one app of a monorepo`,
    )
    .action(async (options) => {
      const { initCommand } = await import('./init.js');
      setExitCode(await initCommand(options, io));
    });
}
