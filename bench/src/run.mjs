/**
 * `npm run bench`: measures approute against the references in one run and writes the report.
 *
 *   npm run bench                              # all sections, full runs -> docs/benchmarks.md
 *   npm run bench -- --quick                   # fewer runs
 *   npm run bench -- --only cold,lint          # some sections
 *
 * A partial run (`--quick` or `--only`) writes bench/.work/benchmarks.md instead, so it never
 * replaces the committed full report; `--out FILE` picks the file. The root script builds the
 * packages first (the cold and watch sections run the built CLI and library).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeMachine } from './lib/machine.mjs';
import { renderReport } from './lib/report.mjs';

/**
 * @typedef {object} SectionContext
 * @property {string} repoRoot
 * @property {string} workDir Scratch space (gitignored); each section uses its own subfolder.
 * @property {boolean} quick
 * @property {(line: string) => void} log
 *
 * @typedef {object} Target
 * @property {string} name
 * @property {boolean | undefined} pass undefined when it could not be measured.
 * @property {string} detail
 *
 * @typedef {object} SectionResult
 * @property {string} title
 * @property {string} markdown
 * @property {Target[]} targets
 */

const SECTIONS = {
  cold: () => import('./sections/cold.mjs').then((m) => m.runColdSection),
  watch: () => import('./sections/watch.mjs').then((m) => m.runWatchSection),
  lint: () => import('./sections/lint.mjs').then((m) => m.runLintSection),
};

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(benchDir, '..');

const USAGE = 'Usage: npm run bench [-- [--quick] [--only cold,watch,lint] [--out FILE]]';
/** @type {{ quick?: boolean, only?: string, out?: string, help?: boolean }} */
let values;
try {
  ({ values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const selected = values.only ? values.only.split(',').map((name) => name.trim()).filter(Boolean) : Object.keys(SECTIONS);
const unknown = selected.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown section ${unknown.join(', ')}: expected a comma-separated list of ${Object.keys(SECTIONS).join(', ')}, e.g. --only cold,lint.`);
  process.exitCode = 2;
} else {
  const partial = values.quick || selected.length < Object.keys(SECTIONS).length;
  // npm runs the script in bench/; a relative --out means relative to where npm was invoked.
  const out = values.out ? resolve(process.env.INIT_CWD ?? process.cwd(), values.out) : partial ? join(benchDir, '.work/benchmarks.md') : join(repoRoot, 'docs/benchmarks.md');
  const workDir = join(benchDir, '.work');
  mkdirSync(workDir, { recursive: true });
  const machine = describeMachine(repoRoot);
  const started = new Date();
  const log = (line) => console.log(`[bench ${((Date.now() - started.getTime()) / 1000).toFixed(0).padStart(3)} s] ${line}`);
  log(`${machine.cpus} CPUs (${machine.model}), Node ${machine.node}, load ${machine.loadAverage}`);
  /** @type {SectionResult[]} */
  const results = [];
  for (const name of selected) {
    const run = await SECTIONS[name]();
    try {
      results.push(await run({ repoRoot, workDir: join(workDir, name), quick: values.quick === true, log }));
    } catch (error) {
      // One broken section must not hide the others' numbers.
      console.error(error);
      results.push({ title: name, markdown: `This section failed: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`, targets: [{ name, pass: undefined, detail: 'failed to run' }] });
      process.exitCode = 1;
    }
  }
  const args = process.argv.slice(2).join(' ');
  const report = renderReport({ machine, started, finished: new Date(), command: `npm ci && npm run bench${args ? ` -- ${args}` : ''}`, quick: values.quick === true, results });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report);
  log(`wrote ${relative(process.cwd(), out)}`);
  for (const { targets } of results) for (const target of targets) log(`${target.pass === undefined ? 'n/a ' : target.pass ? 'PASS' : 'FAIL'} ${target.name}: ${target.detail}`);
}
