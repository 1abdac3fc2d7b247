/**
 * Cold run: `approute typegen` against `next typegen` on synthetic apps of 1,000 and 5,000
 * routes, in the same run, whole process (boot included): wall time and peak RSS, medians of
 * several runs after a warm-up, the tools alternating so machine noise spreads over both.
 *
 * Each tool gets its own copy of the same generated app, because both write
 * `.next/types/routes.d.ts` and `next typegen` also rewrites tsconfig.json and next-env.d.ts.
 * approute's output folder is deleted before each "cold" run so that every run writes its files (Next
 * rewrites its files on every run); a second approute row measures a re-run on an unchanged tree.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { countUnionLiterals } from '../lib/count-routes.mjs';
import { summarizeCpuProfile } from '../lib/cpu-profile.mjs';
import { generateApp } from '../lib/generate-app.mjs';
import { formatMb, formatMs, formatRatio, median, timeProcess } from '../lib/measure.mjs';

/** @typedef {import('../run.mjs').SectionContext} SectionContext */
/** @typedef {import('../run.mjs').SectionResult} SectionResult */

const SIZES = [1000, 5000];
const TARGET_RATIO = 0.5;
const AIM_RATIO = 0.25;

/**
 * @param {SectionContext} context
 * @returns {Promise<SectionResult>}
 */
export async function runColdSection({ repoRoot, workDir, quick, log }) {
  const runs = quick ? 3 : 7;
  const cli = join(repoRoot, 'packages/cli/dist/bin.js');
  const next = join(repoRoot, 'node_modules/.bin/next');
  const nextEnv = { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1' };
  /** @type {{ size: number, files: number, tools: Record<string, { wall: number[], rss: number[], cpu: number[] }>, stages: string, profile: ReturnType<typeof summarizeCpuProfile> | undefined, typed: Record<string, number> }[]} */
  const rows = [];

  for (const size of SIZES) {
    const approuteApp = generateApp({ root: join(workDir, `cold-${size}/approute`), routes: size, reuse: true });
    const nextApp = generateApp({ root: join(workDir, `cold-${size}/next`), routes: size, reuse: true });
    const output = join(approuteApp.root, '.next/types/routes.d.ts');
    // Everything approute writes lives under .next: a cold run starts without it.
    const outputDir = join(approuteApp.root, '.next');
    log(`cold: ${size} routes (${approuteApp.files} files), ${runs} runs per tool after a warm-up`);

    /** @type {Record<string, () => ReturnType<typeof timeProcess>>} */
    const tools = {
      approute: () => {
        rmSync(outputDir, { recursive: true, force: true });
        return timeProcess(process.execPath, [cli, 'typegen', '--root', approuteApp.root]);
      },
      'approute (up to date)': () => timeProcess(process.execPath, [cli, 'typegen', '--root', approuteApp.root]),
      next: () => timeProcess(next, ['typegen', nextApp.root], { env: nextEnv }),
      // The floor: starting and stopping Node itself, which both tools pay.
      'node (empty script)': () => timeProcess(process.execPath, ['-e', '']),
    };
    // Warm-up: also lets `next typegen` create tsconfig.json and next-env.d.ts once.
    for (const [name, run] of Object.entries(tools)) {
      const sample = run();
      if (sample.status !== 0) throw new Error(`${name} typegen failed on the ${size}-route app (exit ${sample.status}):\n${sample.stdout}${sample.stderr}`);
    }
    if (!existsSync(output)) throw new Error(`approute wrote no ${output}`);
    // Both tools must have typed every generated route (pages and route handlers).
    const typed = Object.fromEntries(
      [['approute', output], ['next', join(nextApp.root, '.next/types/routes.d.ts')]].map(([tool, file]) => {
        const text = readFileSync(file, 'utf8');
        return [tool, (countUnionLiterals(text, 'AppRoutes') ?? 0) + (countUnionLiterals(text, 'AppRouteHandlerRoutes') ?? 0)];
      }),
    );

    /** @type {Record<string, { wall: number[], rss: number[], cpu: number[] }>} */
    const samples = Object.fromEntries(Object.keys(tools).map((name) => [name, { wall: [], rss: [], cpu: [] }]));
    const names = Object.keys(tools);
    for (let i = 0; i < runs; i++) {
      // Rotate the order each round so no tool always runs right after another.
      const order = names.map((_, k) => names[(k + i) % names.length]);
      for (const name of order) {
        const sample = tools[name]();
        if (sample.status !== 0) throw new Error(`${name} failed (exit ${sample.status}): ${sample.stderr}`);
        samples[name].wall.push(sample.wallMs);
        if (sample.rssMb !== undefined) samples[name].rss.push(sample.rssMb);
        if (sample.cpuMs !== undefined) samples[name].cpu.push(sample.cpuMs);
      }
    }
    // The in-process stage timings of one more run, to show where approute's time goes.
    rmSync(outputDir, { recursive: true, force: true });
    const verbose = timeProcess(process.execPath, [cli, 'typegen', '--verbose', '--root', approuteApp.root]);
    const stages = (verbose.stdout.match(/timings: (.*)/)?.[1] ?? 'n/a').trim();
    // One more cold run under the CPU profiler: where the process's time goes, by category.
    const profileDir = join(workDir, `profile-${size}`);
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(outputDir, { recursive: true, force: true });
    timeProcess(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profileDir, cli, 'typegen', '--root', approuteApp.root]);
    const profileFile = readdirSync(profileDir).find((name) => name.endsWith('.cpuprofile'));
    const profile = profileFile ? summarizeCpuProfile(join(profileDir, profileFile)) : undefined;
    rows.push({ size, files: approuteApp.files, tools: samples, stages, profile, typed });
    const a = median(samples.approute.wall);
    const n = median(samples.next.wall);
    const rssRatio = median(samples.approute.rss) / median(samples.next.rss);
    log(`cold: ${size} routes: approute ${formatMs(a)}, next ${formatMs(n)}, wall ratio ${formatRatio(a / n)}; peak RSS ${formatMb(median(samples.approute.rss))} vs ${formatMb(median(samples.next.rss))}, ratio ${formatRatio(rssRatio)}`);
  }

  const table = [
    '| routes (files) | tool | wall (median) | min / max | CPU, user + system (median) | peak RSS (median) | wall vs next | RSS vs next |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { size, files, tools } of rows) {
    const next = tools.next;
    for (const [name, { wall, rss, cpu }] of Object.entries(tools)) {
      const ratio = name === 'next' ? '1.00x' : formatRatio(median(wall) / median(next.wall));
      const rssRatio = name === 'next' ? '1.00x' : formatRatio(median(rss) / median(next.rss));
      const label = name === 'next' ? '`next typegen`' : name === 'approute' ? '`approute typegen`' : name === 'approute (up to date)' ? '`approute typegen` (output up to date)' : '`node -e ""` (Node boot, the floor)';
      table.push(`| ${size.toLocaleString('en-US')} (${files.toLocaleString('en-US')}) | ${label} | ${formatMs(median(wall))} | ${formatMs(Math.min(...wall))} / ${formatMs(Math.max(...wall))} | ${formatMs(median(cpu))} | ${formatMb(median(rss))} | ${ratio} | ${rssRatio} |`);
    }
  }
  const big = rows.find((row) => row.size === 5000);
  const ratio5000 = big ? median(big.tools.approute.wall) / median(big.tools.next.wall) : Number.NaN;
  const markdown = [
    `Synthetic apps generated from seed 42 (\`bench/src/lib/generate-app.mjs\`): static pages, \`[id]\`, \`[...slug]\`, \`[[...filters]]\`, route groups with layouts, parallel \`@slots\` with \`default\` files, intercepting routes, route handlers under \`api/\`, metadata files, private \`_folders\` and components next to pages. "routes" counts distinct page and route-handler URLs; approute finds no error in them (it exits 0), and the check below counts the routes each tool typed.`,
    '',
    `Whole process, boot included: \`node packages/cli/dist/bin.js typegen --root <app>\` against \`next typegen <app>\` (with \`CI=true NEXT_TELEMETRY_DISABLED=1\`), each on its own copy of the app. Wall time is measured around the spawn; peak RSS is GNU time's \`%M\` (the child's \`ru_maxrss\`). One warm-up run each (it lets Next create \`tsconfig.json\` and \`next-env.d.ts\`), then ${runs} runs each, the order rotating every round. approute's output folder (\`.next\`) is deleted before each cold run so every run writes its files (Next rewrites its files on every run); the "output up to date" row is a re-run on an unchanged tree, which compares and writes nothing.`,
    '',
    ...table,
    '',
    ...rows.map(({ size, typed }) => `Routes typed at ${size.toLocaleString('en-US')} (literals in \`AppRoutes\` plus \`AppRouteHandlerRoutes\`): approute ${typed.approute}, next ${typed.next}${typed.approute === size && typed.next === size ? ': all of them.' : ` (**expected ${size}**).`}`),
    '',
    ...rows.map(({ size, tools }) => {
      const floor = median(tools['node (empty script)'].wall);
      const a = median(tools.approute.wall) - floor;
      const n = median(tools.next.wall) - floor;
      const fastest = Math.min(...tools.approute.wall) / Math.min(...tools.next.wall);
      return `At ${size.toLocaleString('en-US')} routes, above Node's own boot (median wall minus the \`node -e ""\` median): approute ${formatMs(a)}, next ${formatMs(n)}, ratio ${formatRatio(a / n)}. Fastest run of each (other load only ever adds time): ratio ${formatRatio(fastest)}.`;
    }),
    '',
    'approute\'s own stage timings (`--verbose`, one extra cold run; the rest of the wall time is Node\'s boot and module loading):',
    '',
    ...rows.map(({ size, stages }) => `- ${size.toLocaleString('en-US')} routes: ${stages}`),
    '',
    'Where the time of one cold `approute typegen` process goes, from one more run under `node --cpu-prof` (sampling; the profiler slows the run a little, and Node\'s boot before the profiler starts is not in it). Each sample is charged to the innermost pipeline stage on its stack, else to module loading when Node\'s loader is on the stack:',
    '',
    ...profileTable(rows),
  ].join('\n');
  return {
    title: 'Cold run: `approute typegen` vs `next typegen`',
    markdown,
    targets: [
      { name: 'cold run at 5,000 routes: approute wall time <= 0.5x `next typegen`', pass: ratio5000 <= TARGET_RATIO, detail: `${ratio5000.toFixed(3)}x${ratio5000 <= AIM_RATIO ? ` (also within the 0.25x aim)` : ` (aim: ${AIM_RATIO}x)`}` },
    ],
  };
}

/**
 * @param {{ size: number, profile: ReturnType<typeof summarizeCpuProfile> | undefined }[]} rows
 * @returns {string[]}
 */
function profileTable(rows) {
  const profiled = /** @type {{ size: number, profile: ReturnType<typeof summarizeCpuProfile> }[]} */ (rows.filter((row) => row.profile));
  const last = profiled.at(-1);
  if (!last) return ['(no profile was written)'];
  const categories = [...new Set(profiled.flatMap((row) => Object.keys(row.profile.byCategory)))].sort((a, b) => (last.profile.byCategory[b] ?? 0) - (last.profile.byCategory[a] ?? 0));
  const lines = [
    `| category | ${profiled.map(({ size }) => `${size.toLocaleString('en-US')} routes`).join(' | ')} |`,
    `| --- | ${profiled.map(() => '---').join(' | ')} |`,
    ...categories.map((category) => `| ${category} | ${profiled.map(({ profile }) => `${formatMs(profile.byCategory[category] ?? 0)} (${(((profile.byCategory[category] ?? 0) / profile.totalMs) * 100).toFixed(0)}%)`).join(' | ')} |`),
    `| total profiled | ${profiled.map(({ profile }) => formatMs(profile.totalMs)).join(' | ')} |`,
  ];
  lines.push('', `Top functions by self time at ${last.size.toLocaleString('en-US')} routes: ${last.profile.topSelf.map(({ name, ms }) => `${name.replace(/\|/g, '\\|')} ${formatMs(ms)}`).join('; ')}.`);
  return lines;
}
