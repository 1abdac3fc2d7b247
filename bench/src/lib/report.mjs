/** Renders docs/benchmarks.md from the sections' results. */
import os from 'node:os';

/** @typedef {import('../run.mjs').SectionResult} SectionResult */
/** @typedef {import('./machine.mjs').MachineFacts} MachineFacts */

/**
 * @param {{ machine: MachineFacts, started: Date, finished: Date, command: string, quick: boolean, results: SectionResult[] }} input
 * @returns {string}
 */
export function renderReport({ machine, started, finished, command, quick, results }) {
  const minutes = ((finished.getTime() - started.getTime()) / 60000).toFixed(1);
  const targets = results.flatMap((result) => result.targets);
  return [
    '# Benchmarks',
    '',
    '<!-- Written by `npm run bench` (bench/src/run.mjs). Do not edit by hand: rerun the bench. -->',
    '',
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${minutes} min${quick ? ' (`--quick`: fewer runs)' : ''}, approute commit \`${machine.commit}\`${machine.uncommitted ? ' plus uncommitted changes in packages/ (the bench runs what the working tree builds)' : ''}.`,
    '',
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${machine.cpus} x ${machine.model} |`,
    `| memory | ${machine.memoryGb} GB |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| load average at start (1/5/15 min) | ${machine.loadAverage} |`,
    `| load average at the end | ${os.loadavg().map((n) => n.toFixed(2)).join(' / ')} |`,
    ...Object.entries(machine.versions).map(([name, version]) => `| ${name} | ${version} |`),
    '',
    'The machine may be shared (a load average above the CPU count means other work competed with the bench) and its absolute numbers noisy; each comparison is made within one run, with the tools interleaved, so the ratios are what to read.',
    '',
    'Options: `--quick` (fewer runs and operations; writes bench/.work/benchmarks.md), `--only cold,watch,lint` (some sections; also written to bench/.work/benchmarks.md), `--out FILE`.',
    '',
    'Reproduce (from the repository root, on a fresh clone):',
    '',
    '```sh',
    command,
    '```',
    '',
    '## Targets',
    '',
    '| target | result | |',
    '| --- | --- | --- |',
    ...targets.map((target) => `| ${target.name} | ${target.detail} | ${target.pass === undefined ? 'not measured' : target.pass ? 'pass' : '**fail**'} |`),
    '',
    ...results.flatMap((result) => [`## ${result.title}`, '', result.markdown, '']),
  ].join('\n');
}
