/**
 * Keeps the keyword table honest: every accepted value renders through the real `next/og`, and a
 * value outside the table throws satori's error; WOFF2 font data throws, TTF renders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SATORI_KEYWORD_PROPERTIES, isAcceptedKeyword, isWoff2Path } from './satori-css.js';

const require = createRequire(import.meta.url);
// Loaded through require: next/og is CommonJS, and the plugin package has no type dependency on next.
const { ImageResponse } = require('next/og') as {
  ImageResponse: new (element: unknown, options: Record<string, unknown>) => Response;
};
const React = require('react') as typeof import('react');

/** Renders a 40x20 image with `style` on its root; resolves to the error message, or undefined. */
async function render(style: Record<string, string>, fonts?: { name: string; data: Buffer; weight: 400; style: 'normal' }[]): Promise<string | undefined> {
  try {
    const element = React.createElement('div', { style: { display: 'flex', ...style } }, 'a');
    const response = new ImageResponse(element, { width: 40, height: 20, ...(fonts ? { fonts } : {}) });
    await response.arrayBuffer();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A value outside each property's table, and the error satori gives for it. */
const REJECTED: Record<string, string> = {
  display: 'grid',
  position: 'fixed',
  overflow: 'scroll',
  alignContent: 'start',
  alignItems: 'start',
  alignSelf: 'end',
  justifyContent: 'space-evenly',
  flexDirection: 'col',
  flexWrap: 'none',
  boxSizing: 'padding-box',
};

describe('SATORI_KEYWORD_PROPERTIES against next/og', () => {
  for (const [property, allowed] of Object.entries(SATORI_KEYWORD_PROPERTIES)) {
    it(`${property}: renders ${allowed.join(', ')}; throws for ${REJECTED[property]}`, async () => {
      for (const value of allowed) expect(await render({ [property]: value }), `${property}: ${value}`).toBeUndefined();
      const rejected = REJECTED[property]!;
      expect(isAcceptedKeyword(allowed, rejected)).toBe(false);
      expect(await render({ [property]: rejected })).toContain(`Invalid value for CSS property "${property}"`);
    });
  }

  it('trims like satori, and is case-sensitive like satori', async () => {
    expect(isAcceptedKeyword(SATORI_KEYWORD_PROPERTIES['display']!, ' flex ')).toBe(true);
    expect(await render({ display: ' flex ' })).toBeUndefined();
    expect(isAcceptedKeyword(SATORI_KEYWORD_PROPERTIES['display']!, 'Flex')).toBe(false);
    expect(await render({ display: 'Flex' })).toContain('Invalid value for CSS property "display"');
  });
});

describe('fonts', () => {
  const nextDir = require.resolve('next/package.json').replace(/package\.json$/, '');
  it('WOFF2 data throws; TTF renders', async () => {
    const woff2 = readFileSync(`${nextDir}dist/next-devtools/server/font/geist-latin.woff2`);
    const ttf = readFileSync(`${nextDir}dist/compiled/@vercel/og/Geist-Regular.ttf`);
    expect(await render({ fontFamily: 'X' }, [{ name: 'X', data: woff2, weight: 400, style: 'normal' }])).toContain('Unsupported OpenType signature wOF2');
    expect(await render({ fontFamily: 'X' }, [{ name: 'X', data: ttf, weight: 400, style: 'normal' }])).toBeUndefined();
  });

  it('recognises WOFF2 paths and URLs, not other fonts', () => {
    expect(isWoff2Path('assets/Inter.woff2')).toBe(true);
    expect(isWoff2Path('https://fonts.example.com/inter.WOFF2?v=3')).toBe(true);
    expect(isWoff2Path('./Inter.woff2#x')).toBe(true);
    expect(isWoff2Path('assets/Inter.woff')).toBe(false);
    expect(isWoff2Path('assets/Inter.ttf')).toBe(false);
    expect(isWoff2Path('woff2-notes.txt')).toBe(false);
  });
});
