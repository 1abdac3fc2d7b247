/** Renders docs/benchmarks.md from the sections' results. */

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
    `Measured ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC in ${minutes} min${quick ? ' (`--quick`: fewer runs)' : ''}, approute commit \`${machine.commit}\`.`,
    '',
    '| machine | |',
    '| --- | --- |',
    `| CPU | ${machine.cpus} x ${machine.model} |`,
    `| memory | ${machine.memoryGb} GB |`,
    `| OS | ${machine.os} |`,
    `| Node | ${machine.node} |`,
    `| load average at start (1/5/15 min) | ${machine.loadAverage} |`,
    ...Object.entries(machine.versions).map(([name, version]) => `| ${name} | ${version} |`),
    '',
    'The machine may be shared and its absolute numbers noisy; each comparison is made within one run, with the tools interleaved, so the ratios are what to read.',
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
