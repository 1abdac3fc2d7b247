/**
 * Measuring helpers: whole-process wall time and peak RSS of a child, and the statistics the
 * report uses. Wall time is taken around the spawn with a monotonic clock; peak RSS comes from
 * GNU time (`/usr/bin/time -f %M`, the child's ru_maxrss from wait4), which sees the whole process
 * including its native memory, what `process.memoryUsage()` inside the child would miss.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

/** True when GNU time is there to measure peak RSS. */
export const CAN_MEASURE_RSS = existsSync(GNU_TIME);

/**
 * @typedef {object} ProcessSample
 * @property {number} wallMs Wall time from spawn to exit.
 * @property {number | undefined} rssMb Peak resident set size of the child, in MB (1 MB = 1024 KB).
 * @property {number | undefined} cpuMs User plus system CPU time of the child (all its threads), less sensitive than wall time to other load on the machine.
 * @property {number | null} status Exit status.
 * @property {string} stdout
 * @property {string} stderr
 */

/**
 * Runs a command to completion and measures it.
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {ProcessSample}
 */
export function timeProcess(command, args, options = {}) {
  const out = join(tmpdir(), `approute-bench-time-${process.pid}.txt`);
  const [file, argv] = CAN_MEASURE_RSS ? [GNU_TIME, ['-f', '%M %U %S', '-o', out, command, ...args]] : [command, [...args]];
  const start = performance.now();
  const result = spawnSync(file, argv, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - start;
  let rssMb;
  let cpuMs;
  if (CAN_MEASURE_RSS && existsSync(out)) {
    // GNU time prefixes "Command exited with non-zero status N" when the child fails.
    const last = readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
    const [kb, user, system] = last.trim().split(/\s+/).map(Number);
    if (Number.isFinite(kb)) rssMb = kb / 1024;
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
    rmSync(out, { force: true });
  }
  if (result.error) throw result.error;
  return { wallMs, rssMb, cpuMs, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The median of a list of numbers.
 * @param {readonly number[]} values
 * @returns {number}
 */
export function median(values) {
  return percentile(values, 50);
}

/**
 * A percentile (nearest rank: the smallest value with at least p% of the values at or below it).
 * @param {readonly number[]} values
 * @param {number} p 0..100
 * @returns {number}
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/**
 * Formats milliseconds for a table: `12.3 ms` below a second, `1.23 s` above.
 * @param {number} ms
 * @returns {string}
 */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms < 1000 ? `${ms.toFixed(ms < 10 ? 2 : 1)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/**
 * @param {number | undefined} mb
 * @returns {string}
 */
export function formatMb(mb) {
  return mb === undefined || !Number.isFinite(mb) ? 'n/a' : `${mb.toFixed(0)} MB`;
}

/**
 * @param {number} ratio
 * @returns {string}
 */
export function formatRatio(ratio) {
  return Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : 'n/a';
}

/**
 * A distribution-free confidence interval for the median (the sign-test interval): the k-th
 * smallest and k-th largest values, with k the largest rank whose interval still covers the
 * median with probability `confidence` (binomial tails at p = 1/2). Needs no assumption about the
 * noise, which on a shared machine is skewed (other load only ever adds time). With too few
 * values for the confidence asked, the interval is the whole range. `coverage` is the exact
 * probability that the interval holds the median.
 * @param {readonly number[]} values
 * @param {number} [confidence] 0..1
 * @returns {{ low: number, high: number, coverage: number }}
 */
export function medianInterval(values, confidence = 0.95) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { low: Number.NaN, high: Number.NaN, coverage: 0 };
  // below[j] = P(B <= j), B ~ Binomial(n, 1/2).
  const below = [];
  let term = 0.5 ** n;
  let sum = 0;
  for (let j = 0; j < n; j++) {
    sum += term;
    below.push(sum);
    term = (term * (n - j)) / (j + 1);
  }
  let k = 1;
  while (k < n / 2 && 1 - 2 * below[k] >= confidence) k++;
  return { low: sorted[k - 1], high: sorted[n - k], coverage: 1 - 2 * below[k - 1] };
}
