import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule } from './create-rule.js';

type Options = [{ mode?: 'a' | 'b'; list?: string[] }];

/** Reports the options `create` received, and keeps them to compare identities. */
function optionsProbe() {
  const received: Options[0][] = [];
  const rule = createRule<Options, 'got'>({
    name: 'options-probe',
    meta: {
      type: 'problem',
      docs: { description: 'Report the options', recommended: 'strict' },
      schema: [
        {
          type: 'object',
          properties: { mode: { type: 'string', enum: ['a', 'b'] }, list: { type: 'array', items: { type: 'string' } } },
          additionalProperties: false,
        },
      ],
      defaultOptions: [{ mode: 'a', list: [] }],
      messages: { got: '{{options}}' },
    },
    create(context, [options]) {
      received.push(options);
      return { Program: (node) => context.report({ node, messageId: 'got', data: { options: JSON.stringify(options) } }) };
    },
  });
  return { rule, received };
}

describe('createRule options', () => {
  it('gives each file its own config merged with the defaults, shared between files of one config', () => {
    const { rule, received } = optionsProbe();
    const plugin = { rules: { probe: rule as never } };
    const linter = new Linter();
    const configs: Linter.Config[][] = [
      [{ plugins: { x: plugin }, rules: { 'x/probe': 'error' } }],
      [{ plugins: { x: plugin }, rules: { 'x/probe': ['error', { mode: 'b' }] } }],
      [{ plugins: { x: plugin }, rules: { 'x/probe': ['error', { list: ['y'] }] } }],
    ];
    const seen: string[] = [];
    // Files of different configs interleaved, as an editor or a monorepo lint does.
    for (const config of [...configs, ...configs, configs[0]!]) {
      seen.push(linter.verify('x;', config, { filename: 'file.js' })[0]!.message);
    }
    const expected = ['{"mode":"a","list":[]}', '{"mode":"b","list":[]}', '{"mode":"a","list":["y"]}'];
    expect(seen).toEqual([...expected, ...expected, expected[0]]);
    // Merged once per distinct options value: the same frozen object for every file of a config.
    expect(received[3]).toBe(received[0]);
    expect(received[4]).toBe(received[1]);
    expect(received[6]).toBe(received[0]);
    expect(received[1]).not.toBe(received[0]);
    expect(Object.isFrozen(received[0]) && Object.isFrozen(received[2]!.list)).toBe(true);
  });
});
