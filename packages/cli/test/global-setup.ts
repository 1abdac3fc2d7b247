/**
 * The end-to-end tests spawn the built `approute` binary, so it is built once before them (turbo
 * replays its cache when nothing changed: the root `npm test` has just built it). A failed build
 * stops the run with turbo's output rather than letting every test fail on a missing dist/.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export default function setup(): void {
  // For quick local reruns against an existing dist/ (say while another package is mid-edit).
  if (process.env['APPROUTE_SKIP_BUILD'] === '1') return;
  try {
    execFileSync(process.execPath, [fileURLToPath(new URL('../../../node_modules/turbo/bin/turbo', import.meta.url)), 'run', 'build', '--filter=@approute/cli', '--output-logs=errors-only'], {
      cwd: REPO,
      stdio: 'pipe',
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    });
  } catch (error) {
    const output = `${(error as { stdout?: Buffer }).stdout ?? ''}${(error as { stderr?: Buffer }).stderr ?? ''}`;
    throw new Error(`Building @approute/cli for the end-to-end tests failed (npx turbo run build --filter=@approute/cli):\n${output}`);
  }
}
