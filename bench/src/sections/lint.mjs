/**
 * Lint: ESLint over one corpus with approute's `recommended` preset against
 * `@next/eslint-plugin-next`'s `recommended` config, and a baseline with the same parser and no
 * plugin rules (which separates file discovery and parsing from rule time), and each preset with
 * its rules turned into no-ops (which separates ESLint's cost of running rules at all from the
 * rules' own work). Same parser (@typescript-eslint/parser), same files, same run; each sample is
 * a fresh process with a new ESLint instance and no cache (bench/src/lint-worker.mjs), the configs
 * alternating.
 *
 * The corpus is the generated app of 1,000 routes (seed 7; its root is the Next project root, as
 * in a real app, so Next's `no-html-link-for-pages` reads its app directory) plus a copy of the
 * repository's fixtures.
 */
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summarizeSelfTime } from '../lib/cpu-profile.mjs';
import { generateApp } from '../lib/generate-app.mjs';
import { formatMs, formatRatio, median, medianInterval, timeProcess } from '../lib/measure.mjs';

/** @typedef {import('../run.mjs').SectionContext} SectionContext */
/** @typedef {import('../run.mjs').SectionResult} SectionResult */

const WORKER = join(dirname(fileURLToPath(import.meta.url)), '../lint-worker.mjs');
const VARIANTS = /** @type {const} */ (['baseline', 'next', 'approute']);
/** Each preset with its rules turned into no-ops (see lint-worker.mjs), run in the same rounds. */
const NOOP_VARIANTS = /** @type {const} */ (['next-noop', 'approute-noop']);
/** The configs that explain the pair's times: run in every REFERENCE_EVERY-th round, after the pair. */
const REFERENCE_VARIANTS = ['baseline', ...NOOP_VARIANTS];
const REFERENCE_EVERY = 3;
/** Where the code of a lint run lives, by script URL (first match wins). */
/** @type {[string, RegExp][]} */
const CODE_AREAS = [
  ['approute rules and utils', /\/packages\/eslint-plugin\/dist\//],
  ['@approute/typegen (route context)', /\/packages\/typegen\/dist\//],
  ['@typescript-eslint/utils (RuleCreator)', /@typescript-eslint\/utils\//],
  ['@next/eslint-plugin-next', /@next\/eslint-plugin-next\//],
  ['@eslint-community/eslint-utils (findVariable)', /@eslint-community\/eslint-utils\//],
  ['parser (typescript-estree, typescript)', /@typescript-eslint\/(typescript-estree|parser|types|visitor-keys)\/|\/typescript\/lib\//],
  ['scope analysis (@typescript-eslint/scope-manager)', /@typescript-eslint\/scope-manager\//],
  ['ESLint core', /\/eslint\/lib\/|@eslint\//],
  ['Node internals', /^node:/],
  ['other packages', /node_modules/],
];

const LABELS = { baseline: 'parser only (no plugin rules)', next: '`@next/eslint-plugin-next` recommended', approute: '`@approute/eslint-plugin` recommended' };

/**
 * @typedef {{ variant: string, wallMs: number, importMs: number, files: number, problems: number, fatal: number, parseMs: number, ruleMs: Record<string, number>, reports: Record<string, number>, rules: string[] }} LintRun
 */

/**
 * @param {string} variant
 * @param {string} corpus
 * @param {boolean} stats
 * @returns {LintRun & { processMs: number, cpuMs: number | undefined }}
 */
function lintOnce(variant, corpus, stats) {
  const sample = timeProcess(process.execPath, [WORKER, variant, corpus, ...(stats ? ['--stats'] : [])]);
  if (sample.status !== 0) throw new Error(`lint worker ${variant} failed (exit ${sample.status}): ${sample.stderr}`);
  const line = sample.stdout.trim().split('\n').pop() ?? '';
  return { ...JSON.parse(line), processMs: sample.wallMs, cpuMs: sample.cpuMs };
}

/**
 * @param {SectionContext} context
 * @returns {Promise<SectionResult>}
 */
export async function runLintSection({ repoRoot, workDir, quick, log }) {
  // Twenty-one rounds: single runs of a config vary by +-5-10% on a shared 2-core machine, and the
  // plugins differ by less than that. The two presets run in every round, back to back, first one
  // then the other (the order alternating by round), so the two samples a ratio compares are
  // seconds apart; the reference configs run every third round, right after the pair.
  const rounds = quick ? 2 : 21;
  const corpus = join(workDir, 'corpus');
  const app = generateApp({ root: corpus, routes: 1000, seed: 7, reuse: true });
  const fixtures = join(corpus, 'fixtures');
  rmSync(fixtures, { recursive: true, force: true });
  cpSync(join(repoRoot, 'fixtures'), fixtures, { recursive: true, filter: (source) => !/[\\/](node_modules|\.next)$/.test(source) });
  log(`lint: corpus of ${app.sourceFiles} generated files plus the fixtures; ${rounds} rounds after a stats run`);

  // The first run of each config (with per-rule stats) also warms the file system cache.
  /** @type {Record<string, LintRun & { processMs: number, cpuMs: number | undefined }>} */
  const stats = {};
  for (const variant of VARIANTS) stats[variant] = lintOnce(variant, corpus, true);
  /** @type {Record<string, number>[]} each round's lint wall by variant */
  const roundWalls = [];
  /** @type {Record<string, { wall: number[], process: number[], import: number[], cpu: number[] }>} */
  const samples = Object.fromEntries([...VARIANTS, ...NOOP_VARIANTS].map((variant) => [variant, { wall: [], process: [], import: [], cpu: [] }]));
  for (let i = 0; i < rounds; i++) {
    const pair = i % 2 === 0 ? ['next', 'approute'] : ['approute', 'next'];
    const references = i % REFERENCE_EVERY === 0 ? REFERENCE_VARIANTS.map((_, k) => REFERENCE_VARIANTS[(k + i / REFERENCE_EVERY) % REFERENCE_VARIANTS.length]) : [];
    /** @type {Record<string, number>} */
    const walls = {};
    for (const variant of [...pair, ...references]) {
      const run = lintOnce(variant, corpus, false);
      walls[variant] = run.wallMs;
      samples[variant].wall.push(run.wallMs);
      samples[variant].process.push(run.processMs);
      samples[variant].import.push(run.importMs);
      if (run.cpuMs !== undefined) samples[variant].cpu.push(run.cpuMs);
    }
    roundWalls.push(walls);
  }
  // Differences taken within a round (the rounds that ran both configs).
  const withinRounds = (a, b, combine) => median(roundWalls.filter((walls) => a in walls && b in walls).map((walls) => combine(walls[a], walls[b])));
  // What a preset's rules cost beyond ESLint's running that many rules at all.
  const ruleWork = (plugin) => withinRounds(plugin, `${plugin}-noop`, (preset, noop) => preset - noop);
  const ruleWorkShare = (plugin) => withinRounds(plugin, `${plugin}-noop`, (preset, noop) => preset / noop - 1);
  const noopOverBaseline = (plugin) => withinRounds(`${plugin}-noop`, 'baseline', (noop, baseline) => noop - baseline);
  // One more run of each config under the CPU profiler: whose code the time is spent in.
  /** @type {Record<string, ReturnType<typeof summarizeSelfTime> | undefined>} */
  const profiles = {};
  for (const variant of VARIANTS) {
    const dir = join(workDir, `profile-${variant}`);
    rmSync(dir, { recursive: true, force: true });
    const sample = timeProcess(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, WORKER, variant, corpus]);
    const file = sample.status === 0 ? readdirSync(dir).find((name) => name.endsWith('.cpuprofile')) : undefined;
    profiles[variant] = file ? summarizeSelfTime(join(dir, file), CODE_AREAS, /\/packages\/(eslint-plugin|typegen)\/|@typescript-eslint\/utils\//) : undefined;
  }

  const wall = Object.fromEntries(VARIANTS.map((variant) => [variant, median(samples[variant].wall)]));
  // The target measure. A round runs the two presets back to back (within ~10 s): load that drifts
  // over the minutes of the section hits both plugins of a round alike, so the median of the
  // per-round ratios is steadier than a ratio of the two medians, which takes each median from
  // different minutes.
  const roundRatios = roundWalls.map((walls) => walls.approute / walls.next);
  const ratio = median(roundRatios);
  const interval = medianInterval(roundRatios);
  const ratioOfMedians = wall.approute / wall.next;
  const added = { next: wall.next - wall.baseline, approute: wall.approute - wall.baseline };
  const ruleTotal = (variant) => Object.values(stats[variant].ruleMs).reduce((sum, ms) => sum + ms, 0);
  log(`lint: baseline ${formatMs(wall.baseline)}, next ${formatMs(wall.next)}, approute ${formatMs(wall.approute)}, wall ratio ${formatRatio(ratio)} (per-round median; interval ${formatRatio(interval.low)}-${formatRatio(interval.high)}), CPU ratio ${formatRatio(median(samples.approute.cpu) / median(samples.next.cpu))}, rules' own work next ${formatMs(ruleWork('next'))}, approute ${formatMs(ruleWork('approute'))}`);

  const files = stats.baseline.files;
  const table = [
    '| config | rules | runs | lint wall (median) | min / max | process wall (median) | process CPU (median) | plugin import (median) | over baseline | median / next median | rule time (stats run) | problems |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...VARIANTS.map((variant) => {
      const s = samples[variant];
      const over = variant === 'baseline' ? '' : formatMs(wall[variant] - wall.baseline);
      return `| ${LABELS[variant]} | ${stats[variant].rules.length} | ${s.wall.length} | ${formatMs(wall[variant])} | ${formatMs(Math.min(...s.wall))} / ${formatMs(Math.max(...s.wall))} | ${formatMs(median(s.process))} | ${formatMs(median(s.cpu))} | ${variant === 'baseline' ? '' : formatMs(median(s.import))} | ${over} | ${variant === 'baseline' ? '' : formatRatio(wall[variant] / wall.next)} | ${variant === 'baseline' ? '' : formatMs(ruleTotal(variant))} | ${stats[variant].problems - stats[variant].fatal} |`;
    }),
  ];
  const perRule = (variant) => {
    const rows = Object.entries(stats[variant].ruleMs).sort((a, b) => b[1] - a[1]);
    return [
      `| rule (${LABELS[variant]}) | time | share of the plugin's rule time | reports |`,
      '| --- | --- | --- | --- |',
      ...rows.map(([rule, ms]) => `| \`${rule}\` | ${formatMs(ms)} | ${((ms / (ruleTotal(variant) || 1)) * 100).toFixed(1)}% | ${stats[variant].reports[rule] ?? 0} |`),
    ];
  };
  const markdown = [
    `Corpus: ${files.toLocaleString('en-US')} files: ${app.sourceFiles.toLocaleString('en-US')} generated App Router files (a 1,000-route app from seed 7: pages, layouts, route handlers, client components, \`generateStaticParams\`, metadata and \`generateMetadata\`, segment config, imports of \`next/navigation\`, \`next/headers\`, \`next/server\`, \`next/og\`, with a few percent of misuse) plus the repository's \`fixtures/\`. Files that fail to parse: ${stats.baseline.fatal}.`,
    '',
    `Each sample is a fresh \`node\` process (\`bench/src/lint-worker.mjs\`): a new \`ESLint\` instance with \`cache: false\`, \`overrideConfigFile: true\`, the parser \`@typescript-eslint/parser\` for every file, and the plugin's preset as its users would add it (\`nextPlugin.configs.recommended\`, \`approute.configs.recommended\`). "lint wall" is loading the plugin, constructing ESLint and \`lintFiles\`; "process wall" adds Node's boot. After one run of each config with \`stats: true\`, ${rounds} rounds: each runs the two presets back to back, the order alternating by round, and every ${REFERENCE_EVERY === 3 ? 'third' : `${REFERENCE_EVERY}th`} round then runs the parser-only baseline and the no-op twins below (the order rotating). The per-rule times below come from that stats run (ESLint's own timing, as \`TIMING=all\` prints it).`,
    '',
    ...table,
    '',
    `approute / next, lint wall, median of the ${rounds} per-round ratios (a round runs the two presets back to back, the order alternating): **${formatRatio(ratio)}**, ${Math.round(interval.coverage * 100)}% interval for that median ${formatRatio(interval.low)} to ${formatRatio(interval.high)} (the sign-test interval: no assumption about the noise); the rounds' ratios, sorted: ${[...roundRatios].sort((a, b) => a - b).map((r) => r.toFixed(3)).join(', ')}. Other views of the same runs: the ratio of the two medians ${formatRatio(ratioOfMedians)}; by process CPU time (user + system, all threads) ${formatRatio(median(samples.approute.cpu) / median(samples.next.cpu))}; by the fastest run of each (other load only ever adds time) ${formatRatio(Math.min(...samples.approute.wall) / Math.min(...samples.next.wall))}; by the sum of rule times in the stats run ${formatRatio(ruleTotal('approute') / ruleTotal('next'))}. Time over the parser-only baseline (what the plugin's config adds, noisy as a difference of two medians): next ${formatMs(added.next)}, approute ${formatMs(added.approute)}.`,
    '',
    `Where a preset's time goes, from the rounds that ran the references: each preset also runs with every rule's \`create\` returning no listeners (same rules, options and import; \`<plugin>-noop\` in the worker). ESLint's cost of running the preset's rules at all (no-op preset minus parser only, median of those rounds): next (${stats.next.rules.length} rules) ${formatMs(noopOverBaseline('next'))}, approute (${stats.approute.rules.length} rules) ${formatMs(noopOverBaseline('approute'))}. That cost is per file, not per rule, and most of it is garbage collection (measured while writing the bench, ESLint 10.15, Node 20.20: \`perf stat\` and \`--trace-gc\` of one-threaded \`node\` with a repeatable collector schedule): with one active rule that does nothing, a lint of this corpus retires about 6G more instructions than with none (44.4-44.8G against 38.2-38.4G) and spends up to twice as long in young-generation collections (0.9-1.3 s against 0.67 s), the same with 17 or 22 such rules. ESLint's \`FileContext.extend\` makes each file's context the prototype of that file's rule contexts (\`Object.create\`); the hidden class V8 makes for them lives in old space and points at it, so every file's context, and through its \`sourceCode\` the file's AST, tokens and scopes, survives the young-generation collections and is copied and promoted instead of dying young. With \`extend\` copying the six fields instead, one no-op rule costs what no rule does (38.1G). Both presets pay it; \`bench/src/eslint-file-context.mjs\` reproduces it without either plugin. What the rules' own work adds in their process (preset minus its no-op twin, garbage collection and the rest of the process included): next ${formatMs(ruleWork('next'))} (${(ruleWorkShare('next') * 100).toFixed(1)}%), approute ${formatMs(ruleWork('approute'))} (${(ruleWorkShare('approute') * 100).toFixed(1)}%). No-op medians: next ${formatMs(median(samples['next-noop'].wall))}, approute ${formatMs(median(samples['approute-noop'].wall))}.`,
    '',
    `approute's preset at the time of this run: ${stats.approute.rules.length} rule(s): ${stats.approute.rules.map((rule) => `\`${rule}\``).join(', ') || 'none'}. Rules still being written are not in it, so this ratio is the preset as it stands.`,
    '',
    ...profileTable(profiles),
    '',
    ...perRule('approute'),
    '',
    'approute\'s rules share one route context per file (what the file is to the App Router, from `@approute/typegen`, computed once and cached): ESLint charges that work to whichever rule asks first, so the first rules listed carry it. (Measured while writing the bench: with `await-request-apis` turned off, `image-response-supported-css` went from 59 ms to 388 ms.)',
    '',
    ...perRule('next'),
  ].join('\n');
  return {
    title: 'Lint: `@approute/eslint-plugin` vs `@next/eslint-plugin-next`',
    markdown,
    targets: [{ name: 'lint: approute `recommended` wall time <= 1.0x `@next/eslint-plugin-next` recommended', pass: ratio <= 1, detail: `${ratio.toFixed(3)}x, median of ${rounds} per-round ratios (${Math.round(interval.coverage * 100)}% interval ${interval.low.toFixed(3)}-${interval.high.toFixed(3)}; ratio of medians ${ratioOfMedians.toFixed(3)}); ${stats.approute.rules.length} approute rules, ${stats.next.rules.length} next rules` }],
  };
}

/**
 * @param {Record<string, ReturnType<typeof summarizeSelfTime> | undefined>} profiles
 * @returns {string[]}
 */
function profileTable(profiles) {
  const variants = VARIANTS.filter((variant) => profiles[variant]);
  if (variants.length === 0) return ['(no CPU profile was written)'];
  const areas = [...new Set(variants.flatMap((variant) => Object.keys(profiles[variant]?.byCategory ?? {})))].sort((a, b) => (profiles.approute?.byCategory[b] ?? 0) - (profiles.approute?.byCategory[a] ?? 0));
  const lines = [
    'Whose code the time is spent in: self time from one more run of each config under `node --cpu-prof` (sampling; a single run, so read the large differences):',
    '',
    `| code | ${variants.map((variant) => LABELS[variant]).join(' | ')} |`,
    `| --- | ${variants.map(() => '---').join(' | ')} |`,
    ...areas.map((area) => `| ${area} | ${variants.map((variant) => formatMs(profiles[variant]?.byCategory[area] ?? 0)).join(' | ')} |`),
    `| total profiled | ${variants.map((variant) => formatMs(profiles[variant]?.totalMs ?? Number.NaN)).join(' | ')} |`,
  ];
  const top = profiles.approute?.topSelf ?? [];
  if (top.length > 0) lines.push('', `approute's heaviest functions by self time: ${top.map(({ name, ms }) => `${name.replace(/\|/g, '\\|')} ${formatMs(ms)}`).join('; ')}.`);
  return lines;
}
