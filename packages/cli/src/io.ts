import { createColors } from 'picocolors';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

export const processIo = (): Io => ({ stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });

/** Colour only on a TTY, never with NO_COLOR (https://no-color.org), always with FORCE_COLOR. */
export function colorsFor(io: Io, stream: Io['stdout'] = io.stdout) {
  const env = io.env;
  const forced = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0';
  const enabled = forced || (!('NO_COLOR' in env) && stream.isTTY === true && env['TERM'] !== 'dumb');
  return createColors(enabled);
}

export type Colors = ReturnType<typeof colorsFor>;

/** Exit codes, decided in one place (run.ts): 0 ok, 1 findings, 2 usage or configuration problem. */
export const ExitCode = { Ok: 0, Findings: 1, Usage: 2 } as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A usage or configuration problem the user must fix: printed without a stack, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
