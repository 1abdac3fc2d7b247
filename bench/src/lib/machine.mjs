/** Facts about the machine and the software under test, for the report's header. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';

/**
 * @typedef {object} MachineFacts
 * @property {number} cpus
 * @property {string} model
 * @property {number} memoryGb
 * @property {string} os
 * @property {string} node
 * @property {string} loadAverage The 1/5/15-minute load averages when the bench started.
 * @property {Record<string, string>} versions
 * @property {string} commit
 * @property {boolean} uncommitted Whether packages/ differed from the commit (the bench runs what is built from the working tree).
 */

/**
 * @param {string} repoRoot
 * @returns {MachineFacts}
 */
export function describeMachine(repoRoot) {
  let model = os.cpus()[0]?.model ?? 'unknown';
  try {
    model = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? model;
  } catch {
    // Not Linux: os.cpus() has it.
  }
  const require = createRequire(join(repoRoot, 'package.json'));
  const version = (name) => {
    try {
      return require(`${name}/package.json`).version;
    } catch {
      // Packages whose `exports` hide package.json (chokidar): read it from node_modules.
      for (const dir of ['node_modules', 'packages/typegen/node_modules']) {
        try {
          return JSON.parse(readFileSync(join(repoRoot, dir, name, 'package.json'), 'utf8')).version;
        } catch {
          // Not there: try the next place.
        }
      }
      return 'not installed';
    }
  };
  let commit = 'unknown';
  let uncommitted = false;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    // The packages are built from the working tree: say when it differs from the commit.
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'packages'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    uncommitted = dirty.length > 0;
  } catch {
    // Not a git checkout.
  }
  return {
    cpus: os.availableParallelism(),
    model,
    memoryGb: Math.round(os.totalmem() / 1024 ** 3),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverage: os.loadavg().map((n) => n.toFixed(2)).join(' / '),
    versions: Object.fromEntries(['next', 'eslint', '@next/eslint-plugin-next', '@typescript-eslint/parser', 'chokidar'].map((name) => [name, version(name)])),
    commit,
    uncommitted,
  };
}
