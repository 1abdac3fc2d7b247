#!/usr/bin/env node
import { run } from './run.js';

// The only place that touches the process's exit status: everything below returns an ExitCode.
process.exitCode = await run(process.argv.slice(2));
