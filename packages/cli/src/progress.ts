import type { Io } from './io.js';

/** A one-line status on stderr while long work runs; see {@link createProgress}. */
export interface Progress {
  /** Replaces the line with `text`. */
  update(text: string): void;
  /** Erases the line; call before printing results. */
  clear(): void;
}

const ERASE_LINE = '\r\u001b[2K';

/** Whether we run in CI (`CI` or `GITHUB_ACTIONS` set to something other than false/0). */
export function isCi(io: Io): boolean {
  return ['CI', 'GITHUB_ACTIONS'].some((name) => {
    const value = io.env[name];
    return value !== undefined && value !== '' && value !== 'false' && value !== '0';
  });
}

/**
 * A progress line for humans: only on a TTY stderr and never in CI (`CI` set), so logs and pipes
 * get nothing but the result. Written to stderr and erased before results are printed, so it never
 * mixes with stdout a script may parse.
 */
export function createProgress(io: Io): Progress {
  if (io.stderr.isTTY !== true || isCi(io) || io.env['TERM'] === 'dumb') return { update() {}, clear() {} };
  let shown = false;
  return {
    update(text) {
      io.stderr.write(`${ERASE_LINE}${text}`);
      shown = true;
    },
    clear() {
      if (shown) io.stderr.write(ERASE_LINE);
      shown = false;
    },
  };
}
