import { Command, CommanderError, Option } from 'commander';
import { ExitCode, UsageError, processIo, type Io } from './io.js';
import { VERSION } from './version.js';

/**
 * Parses argv and dispatches to a command module, imported only when its command runs so
 * `approute typegen` never loads ESLint. Maps every outcome to an exit code; never exits itself.
 */
export async function run(argv: readonly string[], io: Io = processIo()): Promise<ExitCode> {
  let exitCode: ExitCode = ExitCode.Ok;
  const program = new Command('approute')
    .description('Route types, lint rules and a pre-commit / CI gate for Next.js App Router projects.')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });

  program
    .command('typegen')
    .description('Generate PageProps, LayoutProps and RouteContext types from the app directory.')
    .option('--root <dir>', 'the Next project root', '.')
    .option('--out <file>', 'output file inside the root (default: <distDir>/types/routes.d.ts)')
    .option('--check', 'write nothing; exit 1 if the generated file is missing or stale')
    .option('--watch', 'keep the types fresh as files change, until Ctrl+C (see docs/watch.md)')
    .option('--verbose', 'print timings per stage')
    .addOption(new Option('--format <format>', 'output format').choices(['stylish', 'json']).default('stylish'))
    .addHelpText(
      'after',
      `
Examples:
  $ approute typegen                      write .next/types/routes.d.ts
  $ approute typegen --root apps/web      for a Next app in a monorepo
  $ approute typegen --check              in CI: fail when the types are stale
  $ approute typegen --watch              regenerate on every route change`,
    )
    .action(async (options) => {
      if (options.watch) {
        if (options.check) throw new UsageError('--watch and --check cannot be combined: --check compares once and exits. Drop one of them.');
        const { typegenWatchCommand } = await import('./commands/typegen-watch.js');
        exitCode = await typegenWatchCommand(options, io);
        return;
      }
      const { typegenCommand } = await import('./commands/typegen.js');
      exitCode = await typegenCommand(options, io);
    });

  // lint, check and init: their options and help live in commands/options.ts.
  const { addGateCommands } = await import('./commands/options.js');
  addGateCommands(program, (code) => (exitCode = code), io);
  // `approute <command> --version` works too.
  for (const command of program.commands) command.version(VERSION, '-v, --version', 'print the version');

  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (argv.length === 0) {
      program.outputHelp();
      return ExitCode.Usage;
    }
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, successfully.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.Usage;
    }
    if (error instanceof UsageError || (error instanceof Error && error.name === 'TypegenUsageError')) {
      io.stderr.write(`approute: ${error.message}\n`);
      return ExitCode.Usage;
    }
    io.stderr.write(`approute: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nPlease report it with the command you ran.\n`);
    return ExitCode.Usage;
  }
}
