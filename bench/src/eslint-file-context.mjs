/**
 * A stand-alone reproduction, for ESLint's maintainers, of what the lint section calls ESLint's
 * per-file cost of running rules at all: with one configured rule that does nothing, a lint spends
 * about twice as long in young-generation garbage collection as with no rule.
 *
 * The cause is `FileContext#extend` (eslint/lib/linter/file-context.js, ESLint 10): every rule
 * context is `Object.create(fileContext)`, so every file's context becomes a prototype, and the
 * hidden class V8 makes for the rule contexts (allocated in old space) points at it. Old space is
 * not collected by a scavenge, so until the next full collection that pointer keeps the file's
 * context alive, and through its `sourceCode` the file's AST, tokens and scope manager: each file's
 * trees are copied by the scavenger and promoted instead of dying young.
 *
 *   node bench/src/eslint-file-context.mjs [rounds]
 *
 * Lints a generated corpus of plain JavaScript (ESLint's default parser, no plugin) in fresh
 * processes, three ways, the order rotating by round: no rule; one rule whose `create` returns no
 * listeners; the same with `extend` copying the file context's six fields instead (patched in the
 * child process's memory, never on disk). Prints the medians: lint wall time and the main thread's
 * garbage-collection pauses (`PerformanceObserver`, entry type `gc`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { median } from './lib/measure.mjs';

const MODES = ['no rule', 'one no-op rule', 'one no-op rule, extend copies'];
const FILES = 2_000;
const scriptPath = fileURLToPath(import.meta.url);
const corpusDir = resolve(dirname(scriptPath), '..', '.work', 'eslint-file-context');

if (process.argv[2] === '--child') await child(MODES[Number(process.argv[3])]);
else parent(Number(process.argv[2] ?? 7));

function parent(rounds) {
  if (!Number.isInteger(rounds) || rounds < 1) {
    console.error('Usage: node bench/src/eslint-file-context.mjs [rounds (a positive integer, default 7)]');
    process.exit(2);
  }
  writeCorpus();
  /** @type {Record<string, { wall: number, minor: number, major: number, minorCount: number }[]>} */
  const samples = Object.fromEntries(MODES.map((mode) => [mode, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < MODES.length; k++) {
      const index = (k + round) % MODES.length;
      const run = spawnSync(process.execPath, [scriptPath, '--child', String(index)], { encoding: 'utf8' });
      if (run.status !== 0) {
        console.error(run.stderr.trim() || `the lint with ${MODES[index]} failed (exit ${run.status})`);
        process.exit(2);
      }
      samples[MODES[index]].push(JSON.parse(run.stdout));
    }
    process.stderr.write(`round ${round + 1}/${rounds}\n`);
  }
  const require = createRequire(import.meta.url);
  console.log(`ESLint ${require('eslint/package.json').version}, Node ${process.version}, ${FILES} files, ${rounds} rounds (medians)\n`);
  console.log('| config | lint wall | scavenges | scavenge pauses | full-collection pauses |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const mode of MODES) {
    const of = (key) => median(samples[mode].map((sample) => sample[key]));
    console.log(`| ${mode} | ${of('wall').toFixed(0)} ms | ${of('minorCount')} | ${of('minor').toFixed(0)} ms | ${of('major').toFixed(0)} ms |`);
  }
}

async function child(mode) {
  const require = createRequire(import.meta.url);
  if (mode === 'one no-op rule, extend copies') {
    const file = join(dirname(require.resolve('eslint')), 'linter', 'file-context.js');
    let FileContext;
    try {
      ({ FileContext } = require(file));
    } catch {}
    if (typeof FileContext?.prototype?.extend !== 'function') {
      console.error(`${file} has no FileContext#extend: this reproduction is for the ESLint versions that have it (added in 2025, in 9.x; 10.x).`);
      process.exit(2);
    }
    FileContext.prototype.extend = function extend(extension) {
      const { cwd, filename, physicalFilename, sourceCode, languageOptions, settings } = this;
      return Object.freeze({ cwd, filename, physicalFilename, sourceCode, languageOptions, settings, ...extension });
    };
  }
  const { ESLint } = require('eslint');
  const gc = { minor: 0, major: 0, minorCount: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const { detail } = /** @type {import('node:perf_hooks').PerformanceEntry & { detail?: { kind: number } }} */ (entry);
      if (detail?.kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        gc.minor += entry.duration;
        gc.minorCount++;
      } else gc.major += entry.duration;
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  /** @type {import('eslint').Rule.RuleModule} */
  const noop = { meta: { type: 'problem', schema: [] }, create: () => ({}) };
  const eslint = new ESLint({
    cwd: corpusDir,
    cache: false,
    overrideConfigFile: true,
    overrideConfig: mode === 'no rule' ? [] : [{ plugins: { repro: { rules: { noop } } }, rules: { 'repro/noop': 'error' } }],
  });
  const start = performance.now();
  await eslint.lintFiles(['**/*.js']);
  const wall = performance.now() - start;
  await new Promise((done) => setImmediate(done)); // let the observer see the last collections
  observer.disconnect();
  process.stdout.write(JSON.stringify({ wall, ...gc }));
}

/** Plain ES modules of ~80 lines: functions, objects, arrays, classes, template literals. */
function writeCorpus() {
  rmSync(corpusDir, { recursive: true, force: true });
  for (let i = 0; i < FILES; i++) {
    const dir = join(corpusDir, `part${i % 20}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `module${i}.js`), moduleSource(i));
  }
}

function moduleSource(i) {
  const functions = Array.from({ length: 6 }, (_, k) => {
    const name = `handle${i}_${k}`;
    return `export async function ${name}(input, options = {}) {
  const { limit = ${k + 1}, tags = [] } = options;
  const items = input.filter((item) => item.score > ${k} && !tags.includes(item.tag));
  for (const item of items.slice(0, limit)) {
    if (item.kind === 'group') await Promise.all(item.children.map((child) => ${name}(child, options)));
    else item.label = \`\${item.name} (\${item.score.toFixed(${k % 3})})\`;
  }
  return { count: items.length, first: items[0]?.name ?? null, ratio: items.length / (input.length || 1) };
}`;
  });
  return `import { helper${i % 50} } from './helpers.js';

const DEFAULTS = { retries: ${i % 5}, timeout: ${1000 + i}, names: ['a${i}', 'b${i}', 'c${i}'] };

export class Store${i} {
  #items = new Map();
  get size() { return this.#items.size; }
  set(key, value) { this.#items.set(key, { value, at: Date.now(), ...DEFAULTS }); return this; }
}

${functions.join('\n\n')}
`;
}
