/**
 * @approute/cli as a library: `run(argv)` is what the `approute` binary calls.
 * @packageDocumentation
 */
export { run } from './run.js';
export { ExitCode, UsageError, type Io } from './io.js';
