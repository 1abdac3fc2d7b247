import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_NEXT_CONFIG, findNextConfig, interpretNextConfig, readNextConfig } from './read-next-config.js';

const read = (source: string, file = 'next.config.ts') => interpretNextConfig(file, source);
const codes = (source: string, file?: string) => read(source, file).diagnostics.map(({ code }) => code);

describe('interpretNextConfig', () => {
  it.each([
    ['export default an object literal', `export default { pageExtensions: ['tsx', 'mdx'] };`, 'next.config.mjs'],
    ['module.exports', `module.exports = { pageExtensions: ['tsx', 'mdx'] };`, 'next.config.js'],
    ['a const binding', `const config = { pageExtensions: ['tsx', 'mdx'] };\nexport default config;`, 'next.config.mjs'],
    ['a typed const', `import type { NextConfig } from 'next';\nconst config: NextConfig = { pageExtensions: ['tsx', 'mdx'] };\nexport default config;`, 'next.config.ts'],
    ['satisfies', `const config = { pageExtensions: ['tsx', 'mdx'] } satisfies NextConfig;\nexport default config;`, 'next.config.ts'],
    ['as', `export default { pageExtensions: ['tsx', 'mdx'] } as NextConfig;`, 'next.config.ts'],
    ['a plugin call', `const withMDX = require('@next/mdx')();\nmodule.exports = withMDX({ pageExtensions: ['tsx', 'mdx'] });`, 'next.config.js'],
    ['a curried plugin', `import analyzer from '@next/bundle-analyzer';\nconst config = { pageExtensions: ['tsx', 'mdx'] };\nexport default analyzer({ enabled: true })(config);`, 'next.config.mjs'],
    ['a plugin with options after the config', `export default withSentryConfig({ pageExtensions: ['tsx', 'mdx'] }, { org: 'acme', silent: true });`, 'next.config.mjs'],
    ['nested plugins', `const config = { pageExtensions: ['tsx', 'mdx'] };\nexport default withA(withB(withC(config)));`, 'next.config.mjs'],
    ['an arrow config function', `export default (phase) => ({ pageExtensions: ['tsx', 'mdx'] });`, 'next.config.mjs'],
    ['a config function declaration', `export default function config(phase) {\n  if (phase) { /* ... */ }\n  return { pageExtensions: ['tsx', 'mdx'] };\n}`, 'next.config.mjs'],
    ['a spread of a const', `const base = { pageExtensions: ['tsx', 'mdx'] };\nexport default { ...base, reactStrictMode: true };`, 'next.config.mjs'],
    ['a template literal and a const array', `const exts = [\`tsx\`, 'mdx'];\nexport default { pageExtensions: exts };`, 'next.config.mjs'],
    ['leading dots', `export default { pageExtensions: ['.tsx', '.mdx'] };`, 'next.config.mjs'],
    ['export { x as default }', `const nextConfig = { pageExtensions: ['tsx', 'mdx'] };\nexport { nextConfig as default };`, 'next.config.mjs'],
    ['exports.default', `exports.default = { pageExtensions: ['tsx', 'mdx'] };`, 'next.config.js'],
    ['module.exports.default', `const c = { pageExtensions: ['tsx', 'mdx'] };\nmodule.exports.default = c;`, 'next.config.js'],
    ['a config function with local bindings', `module.exports = (phase, { defaultConfig }) => {\n  const nextConfig = { pageExtensions: ['tsx', 'mdx'] };\n  return nextConfig;\n};`, 'next.config.js'],
    ['an async config function returning a plugin call', `export default async function config() {\n  const base = { pageExtensions: ['tsx', 'mdx'] };\n  return withX(base);\n}`, 'next.config.mjs'],
    ['a config function bound to a const', `const config = async (phase) => {\n  const { PHASE } = await import('next/constants');\n  return withMDX({ pageExtensions: ['tsx', 'mdx'] });\n};\nexport default config;`, 'next.config.mjs'],
    ['Object.assign', `export default Object.assign({}, { pageExtensions: ['tsx', 'mdx'] });`, 'next.config.mjs'],
    ['withPlugins and an array of plugins', `module.exports = withPlugins([[withImages], [withMDX, { extension: /\\.mdx?$/ }]], { pageExtensions: ['tsx', 'mdx'] });`, 'next.config.js'],
  ])('reads pageExtensions through %s', (_name, source, file) => {
    const facts = read(source, file);
    expect(facts.pageExtensions).toEqual(['tsx', 'mdx']);
    expect(facts.diagnostics).toEqual([]);
    expect(facts.file).toBe(file);
  });

  it('reads distDir, cacheComponents, authInterrupts and typedRoutes', () => {
    const facts = read(`export default {
      distDir: 'build',
      cacheComponents: true,
      typedRoutes: true,
      experimental: { authInterrupts: true },
    };`);
    expect(facts).toMatchObject({ distDir: 'build', cacheComponents: true, authInterrupts: true, typedRoutes: true });
    expect(read(`export default { experimental: { typedRoutes: true } };`).typedRoutes).toBe(true);
  });

  it("uses Next's defaults for an empty config, and for a file with no export", () => {
    for (const source of ['export default {};', 'const x = 1;', '']) {
      expect(read(source)).toEqual({ ...DEFAULT_NEXT_CONFIG, file: 'next.config.ts' });
    }
  });

  it('reads the literal sources of redirects() and rewrites(), in both shapes', () => {
    const facts = read(`export default {
      async redirects() {
        return [{ source: '/old/:id', destination: '/new/:id', permanent: true }, { source: dynamicSource, destination: '/' }];
      },
      rewrites: async () => ({
        beforeFiles: [{ source: '/a/:path*', destination: '/b' }],
        afterFiles: [{ source: '/c', destination: '/d' }],
        fallback: [{ source: '/:slug+', destination: 'https://example.com' }],
      }),
    };`);
    expect(facts.redirects).toEqual(['/old/:id']);
    expect(facts.rewrites).toEqual(['/a/:path*', '/c', '/:slug+']);
  });

  it('warns with TG011 and falls back for each value it cannot read', () => {
    const facts = read(`const exts = process.env.MDX ? ['tsx', 'mdx'] : ['tsx'];
export default { pageExtensions: exts, distDir: process.env.DIST, cacheComponents: isProd, experimental: { authInterrupts: flag } };`);
    expect(facts).toMatchObject({ pageExtensions: ['tsx', 'ts', 'jsx', 'js'], distDir: '.next', cacheComponents: false, authInterrupts: false });
    expect(facts.diagnostics.map(({ code, file }) => [code, file])).toEqual([
      ['TG011', 'next.config.ts'],
      ['TG011', 'next.config.ts'],
      ['TG011', 'next.config.ts'],
      ['TG011', 'next.config.ts'],
    ]);
    expect(facts.diagnostics.map(({ message }) => message.slice(0, message.indexOf(' in ')))).toEqual([
      '`pageExtensions`',
      '`distDir`',
      '`cacheComponents`',
      '`experimental.authInterrupts`',
    ]);
  });

  it('lists the values it could not read in unread (`*` for the whole config), so consumers can stay silent', () => {
    expect(read(`export default { distDir: process.env.DIST, experimental: { authInterrupts: flag }, cacheComponents: true };`).unread).toEqual([
      'distDir',
      'experimental.authInterrupts',
    ]);
    expect(read(`export default { experimental: { authInterrupts: false } };`).unread).toEqual([]);
    expect(read(`export default loadConfig();`).unread).toEqual(['*']);
    expect(read(`export default {`).unread).toEqual(['*']);
  });

  it('warns when a value may come from a spread it cannot follow', () => {
    expect(codes(`export default { ...require('./base.js') };`)).toEqual(['TG011', 'TG011', 'TG011', 'TG011', 'TG011', 'TG011']);
    // A literal value written after the spread is still read.
    expect(read(`export default { ...base, pageExtensions: ['tsx'] };`).pageExtensions).toEqual(['tsx']);
  });

  it('rejects an empty or non-string pageExtensions', () => {
    expect(codes(`export default { pageExtensions: [] };`)).toEqual(['TG011']);
    expect(codes(`export default { pageExtensions: ['tsx', 1] };`)).toEqual(['TG011']);
  });

  it('warns when the exported value is not a config it can find', () => {
    const facts = read(`import { createConfig } from './config.js';\nexport default createConfig();`);
    expect(facts.pageExtensions).toEqual(DEFAULT_NEXT_CONFIG.pageExtensions);
    expect(facts.diagnostics.map(({ code }) => code)).toEqual(['TG011']);
    expect(facts.diagnostics[0]!.message).toContain('could not find the config object');
  });

  it('warns about a config re-exported from another module', () => {
    const facts = read(`export { default } from './next.config.base.mjs';`, 'next.config.mjs');
    expect(facts.pageExtensions).toEqual(DEFAULT_NEXT_CONFIG.pageExtensions);
    expect(facts.diagnostics.map(({ code }) => code)).toEqual(['TG011']);
  });

  it('warns about a syntax error and uses the defaults', () => {
    const facts = read(`export default { pageExtensions: ['tsx', `);
    expect(facts.pageExtensions).toEqual(DEFAULT_NEXT_CONFIG.pageExtensions);
    expect(facts.diagnostics.map(({ code }) => code)).toEqual(['TG011']);
  });

  it('terminates on self-referencing bindings', () => {
    expect(read(`const a = b;\nconst b = a;\nexport default a;`).pageExtensions).toEqual(DEFAULT_NEXT_CONFIG.pageExtensions);
    expect(read(`const a = { pageExtensions: a.pageExtensions };\nexport default a;`).pageExtensions).toEqual(DEFAULT_NEXT_CONFIG.pageExtensions);
  });
});

describe('readNextConfig never runs the config', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'approute-config-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it.each(['next.config.js', 'next.config.mjs', 'next.config.ts', 'next.config.mts'])(
    'a %s that throws, writes a file and exits when evaluated is only read',
    (name) => {
      const marker = join(root, 'evaluated.txt');
      const isCommonJs = name.endsWith('.js') || name.endsWith('.cjs');
      const source = `${isCommonJs ? "const fs = require('node:fs');" : "import fs from 'node:fs';"}
fs.writeFileSync(${JSON.stringify(marker)}, 'the config ran');
if (!globalThis.__approute) throw new Error('next.config evaluated');
process.exit(3);
${isCommonJs ? 'module.exports =' : 'export default'} { pageExtensions: ['tsx', 'mdx'], distDir: 'out' };
`;
      writeFileSync(join(root, name), source);
      expect(findNextConfig(root, existsSync)).toBe(name);
      const facts = readNextConfig(root, name);
      expect(facts).toMatchObject({ file: name, pageExtensions: ['tsx', 'mdx'], distDir: 'out', diagnostics: [] });
      expect(existsSync(marker)).toBe(false);
      expect(readdirSync(root)).toEqual([name]);
    },
  );

  it('reads a next.config.cjs, which Next 16 refuses, with a TG011 that says so; Next order first', () => {
    const marker = join(root, 'evaluated.txt');
    writeFileSync(join(root, 'next.config.cjs'), `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran');\nmodule.exports = { pageExtensions: ['tsx', 'mdx'] };\n`);
    expect(findNextConfig(root, existsSync)).toBe('next.config.cjs');
    const facts = readNextConfig(root, 'next.config.cjs');
    expect(facts.pageExtensions).toEqual(['tsx', 'mdx']);
    expect(facts.diagnostics.map(({ code, file }) => [code, file])).toEqual([['TG011', 'next.config.cjs']]);
    expect(facts.diagnostics[0]!.message).toContain('is not supported');
    expect(existsSync(marker)).toBe(false);
    writeFileSync(join(root, 'next.config.ts'), 'export default {};');
    expect(findNextConfig(root, existsSync)).toBe('next.config.ts');
  });

  it('reads a config whose plugins are not installed', () => {
    writeFileSync(
      join(root, 'next.config.mjs'),
      `import { withSentryConfig } from '@sentry/nextjs';\nimport bundleAnalyzer from '@next/bundle-analyzer';\nconst withAnalyzer = bundleAnalyzer({ enabled: process.env.ANALYZE === 'true' });\nexport default withSentryConfig(withAnalyzer({ pageExtensions: ['ts', 'tsx', 'mdx'] }), { silent: true });\n`,
    );
    expect(readNextConfig(root, 'next.config.mjs')).toMatchObject({ pageExtensions: ['ts', 'tsx', 'mdx'], diagnostics: [] });
  });

  it('finds config files in Next order and reports an unreadable one as TG012', () => {
    writeFileSync(join(root, 'next.config.ts'), 'export default {};');
    writeFileSync(join(root, 'next.config.mjs'), 'export default {};');
    expect(findNextConfig(root, existsSync)).toBe('next.config.mjs');
    expect(findNextConfig(join(root, 'missing'), existsSync)).toBeUndefined();
    expect(readNextConfig(root, undefined)).toBe(DEFAULT_NEXT_CONFIG);
    // A folder where the file should be: reading it fails (EISDIR) even as root.
    rmSync(join(root, 'next.config.mjs'));
    mkdirSync(join(root, 'next.config.mjs'));
    const facts = readNextConfig(root, 'next.config.mjs');
    expect(facts).toMatchObject({ ...DEFAULT_NEXT_CONFIG, file: 'next.config.mjs', diagnostics: facts.diagnostics, unread: ['*'] });
    expect(facts.diagnostics.map(({ code, severity, file }) => [code, severity, file])).toEqual([['TG012', 'warning', 'next.config.mjs']]);
    expect(facts.diagnostics[0]!.message).toContain('EISDIR');
  });
});
