import { describe, expect, it } from 'vitest';
import { formatParam, parseSegment } from './parse-segment.js';

describe('parseSegment', () => {
  it.each([
    ['blog', 'blog'],
    ['feed.xml', 'feed.xml'],
    ['%5Fescaped', '_escaped'],
    ['%5F', '_'],
    // Next decodes every upper-case %5F, and only that spelling.
    ['a%5Fb%5F', 'a_b_'],
    ['%5fescaped', '%5fescaped'],
    ['%20', '%20'],
    ['with space', 'with space'],
    ['[a', '[a'],
    ['a]', 'a]'],
    ['[a]b', '[a]b'],
    ['(x', '(x'],
    ['()', '()'],
    ['café', 'café'],
  ])('reads %j as the static segment %j', (raw, value) => {
    expect(parseSegment(raw)).toEqual({ kind: 'static', raw, value });
  });

  it.each(['_components', '_', '__proto__', '_lib'])('reads %j as private', (raw) => {
    expect(parseSegment(raw)).toEqual({ kind: 'private', raw });
  });

  it.each([
    ['(shop)', 'shop'],
    ['(group "q")', 'group "q"'],
    ['(.x)', '.x'],
  ])('reads %j as the route group %j', (raw, name) => {
    expect(parseSegment(raw)).toEqual({ kind: 'group', raw, name });
  });

  it.each([
    ['@modal', 'modal'],
    ['@side-bar', 'side-bar'],
    ['@children', 'children'],
  ])('reads %j as the slot %j', (raw, name) => {
    expect(parseSegment(raw)).toEqual({ kind: 'slot', raw, name });
  });

  it.each([
    ['[id]', 'id', 'single'],
    ['[team-slug]', 'team-slug', 'single'],
    ['[__proto__]', '__proto__', 'single'],
    ['[...parts]', 'parts', 'catch-all'],
    ['[[...path]]', 'path', 'optional-catch-all'],
    ['[a b]', 'a b', 'single'],
    ['[%5Fid]', '_id', 'single'],
  ] as const)('reads %j as the dynamic param %j (%s)', (raw, name, kind) => {
    expect(parseSegment(raw)).toEqual({ kind: 'dynamic', raw, param: { name, kind } });
  });

  it.each([
    ['(.)photo', 0, { kind: 'static', raw: 'photo', value: 'photo' }],
    ['(..)photo', 1, { kind: 'static', raw: 'photo', value: 'photo' }],
    ['(..)(..)photo', 2, { kind: 'static', raw: 'photo', value: 'photo' }],
    ['(...)photo', 'root', { kind: 'static', raw: 'photo', value: 'photo' }],
    ['(.)[id]', 0, { kind: 'dynamic', raw: '[id]', param: { name: 'id', kind: 'single' } }],
    ['(...)[...all]', 'root', { kind: 'dynamic', raw: '[...all]', param: { name: 'all', kind: 'catch-all' } }],
  ] as const)('reads %j as an interception climbing %j', (raw, levels, inner) => {
    expect(parseSegment(raw)).toEqual({ kind: 'intercept', raw, levels, inner });
  });

  it.each([
    ['[]', 'needs a parameter name'],
    ['[[id]]', 'no optional single parameters'],
    ['[...]', 'needs a parameter name'],
    ['[[...]]', 'needs a parameter name'],
    ['[…slug]', 'ellipsis'],
    ['[.slug]', 'period'],
    ['[....slug]', 'period'],
    ['[[[x]]]', 'extra brackets'],
    ['[[...x]', 'extra brackets'],
    ['@', 'slot needs a name'],
    ['(.)', 'needs the segment it intercepts'],
    ['(...)', 'needs the segment it intercepts'],
    ['(..)(..)(..)x', '`(...)` from the root'],
    ['(.)[]', 'needs a parameter name'],
  ])('rejects %j: %s', (raw, reason) => {
    const segment = parseSegment(raw);
    expect(segment).toMatchObject({ kind: 'invalid', raw });
    expect(segment.kind === 'invalid' && segment.reason).toContain(reason);
  });
});

describe('formatParam', () => {
  it('writes each kind back as its folder name', () => {
    expect(formatParam({ name: 'id', kind: 'single' })).toBe('[id]');
    expect(formatParam({ name: 'rest', kind: 'catch-all' })).toBe('[...rest]');
    expect(formatParam({ name: 'path', kind: 'optional-catch-all' })).toBe('[[...path]]');
  });

  it('round-trips through parseSegment', () => {
    for (const raw of ['[id]', '[...rest]', '[[...path]]', '[team-slug]']) {
      const segment = parseSegment(raw);
      expect(segment.kind === 'dynamic' && formatParam(segment.param)).toBe(raw);
    }
  });
});
