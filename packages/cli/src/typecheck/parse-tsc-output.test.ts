import { describe, expect, it } from 'vitest';
import { parseTscOutput } from './parse-tsc-output.js';

describe('parseTscOutput', () => {
  it('reads located errors, joins their elaboration and keeps config errors on the tsconfig', () => {
    const output = [
      "app/page.tsx(4,7): error TS2322: Type 'number' is not assignable to type 'string'.",
      "app/[id]/page.tsx(10,3): error TS2345: Argument of type '{ a: number; }' is not assignable to parameter of type 'P'.",
      "  Property 'b' is missing in type '{ a: number; }' but required in type 'P'.",
      'error TS18003: No inputs were found in config file.',
      '',
    ].join('\n');
    expect(parseTscOutput(output, 'tsconfig.json')).toEqual([
      { file: 'app/page.tsx', line: 4, column: 7, ruleId: 'TS2322', severity: 'error', message: "Type 'number' is not assignable to type 'string'." },
      {
        file: 'app/[id]/page.tsx',
        line: 10,
        column: 3,
        ruleId: 'TS2345',
        severity: 'error',
        message: "Argument of type '{ a: number; }' is not assignable to parameter of type 'P'.\nProperty 'b' is missing in type '{ a: number; }' but required in type 'P'.",
      },
      { file: 'tsconfig.json', ruleId: 'TS18003', severity: 'error', message: 'No inputs were found in config file.' },
    ]);
  });

  it('finds nothing in a clean run', () => {
    expect(parseTscOutput('', 'tsconfig.json')).toEqual([]);
  });
});
