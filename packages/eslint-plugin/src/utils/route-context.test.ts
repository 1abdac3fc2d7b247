import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTempProject } from '../../test/rule-tester.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { DISK_RECHECK_MS, fileNameMayBe, findProjectRoot, getNextConfigForPath, getRouteContextForPath, isConfigValueKnown } from './route-context.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('getRouteContextForPath', () => {
  const project = createTempProject({ config: { cacheComponents: true, experimental: { authInterrupts: true }, pageExtensions: ['tsx', 'ts', 'mdx'] } });

  it('describes a page with its route and params from the route model', () => {
    const context = getRouteContextForPath(project.file('app/(shop)/blog/[slug]/[...rest]/page.tsx'));
    expect(context).toMatchObject({
      root: project.root,
      path: 'app/(shop)/blog/[slug]/[...rest]/page.tsx',
      kind: 'page',
      route: '/blog/[slug]/[...rest]',
      params: [{ name: 'slug', kind: 'single' }, { name: 'rest', kind: 'catch-all' }],
      layoutKey: undefined,
      appDir: 'app',
      config: { cacheComponents: true, authInterrupts: true, pageExtensions: ['tsx', 'ts', 'mdx'], file: join(project.root, 'next.config.mjs'), unread: [] },
    });
  });

  it('gives a grouped layout its own key, and a route handler and a metadata file their kinds', () => {
    expect(getRouteContextForPath(project.file('app/(shop)/layout.tsx'))).toMatchObject({ kind: 'layout', route: '/', layoutKey: '/(shop)' });
    expect(getRouteContextForPath(project.file('app/api/[id]/route.ts'))).toMatchObject({ kind: 'route', route: '/api/[id]' });
    expect(getRouteContextForPath(project.file('app/[lang]/opengraph-image.tsx'))).toMatchObject({
      kind: 'metadata',
      metadata: { kind: 'opengraph-image', generated: true },
      params: [{ name: 'lang', kind: 'single' }],
    });
  });

  it('leaves alone files that are not App Router files', () => {
    expect(getRouteContextForPath(project.file('app/components/button.tsx'))).toBeUndefined();
    expect(getRouteContextForPath(project.file('lib/page.tsx'))).toBeUndefined();
    // .js is not in this project's pageExtensions
    expect(getRouteContextForPath(project.file('app/page.js'))).toBeUndefined();
    expect(getRouteContextForPath('relative/app/page.tsx')).toBeUndefined();
    expect(getRouteContextForPath('')).toBeUndefined();
  });

  it('describes a private folder as unroutable', () => {
    expect(getRouteContextForPath(project.file('app/_lib/page.tsx'))).toMatchObject({ kind: 'page', route: undefined, params: [] });
  });
});

describe('project roots', () => {
  it('finds src/app beside a package.json without a next.config', () => {
    const project = createTempProject({ config: null, srcDir: true });
    expect(findProjectRoot(join(project.root, 'src/app/deep/er'))).toBe(project.root);
    expect(getRouteContextForPath(project.file('src/app/deep/page.jsx'))).toMatchObject({ kind: 'page', route: '/deep', appDir: 'src/app' });
    expect(getNextConfigForPath(project.file('src/app/deep/page.jsx'))).toMatchObject({ file: undefined, cacheComponents: false });
  });

  it('stops at the nearest project (a nested app in a monorepo)', () => {
    const outer = createTempProject();
    const inner = outer.write('apps/web/next.config.js', 'module.exports = { cacheComponents: true };\n');
    outer.write('apps/web/app/.keep', '');
    expect(getRouteContextForPath(outer.file('apps/web/app/page.tsx'))).toMatchObject({ root: join(outer.root, 'apps/web'), config: { file: inner, cacheComponents: true } });
  });
});

describe('next.config refresh', () => {
  it('re-reads next.config when it changes on disk, and notices one created later', async () => {
    const project = createTempProject({ config: { cacheComponents: false } });
    const page = project.file('app/page.tsx');
    expect(getRouteContextForPath(page)?.config.cacheComponents).toBe(false);
    const configPath = project.file('next.config.mjs');
    writeFileSync(configPath, 'export default { cacheComponents: true, pageExtensions: ["tsx", "js"] };\n');
    // Force a different mtime even on file systems with coarse timestamps.
    utimesSync(configPath, new Date(), new Date(Date.now() + 5_000));
    // Within DISK_RECHECK_MS the answer is the cached one; after it, the new config.
    expect(getRouteContextForPath(page)?.config.cacheComponents).toBe(false);
    await sleep(DISK_RECHECK_MS + 20);
    expect(getRouteContextForPath(page)?.config).toMatchObject({ cacheComponents: true, pageExtensions: ['tsx', 'js'] });

    const bare = createTempProject({ config: null });
    expect(getRouteContextForPath(bare.file('app/page.tsx'))?.config.authInterrupts).toBe(false);
    bare.write('next.config.ts', 'const config = { experimental: { authInterrupts: true } };\nexport default config;\n');
    await sleep(DISK_RECHECK_MS + 20);
    expect(getRouteContextForPath(bare.file('app/page.tsx'))?.config.authInterrupts).toBe(true);
  });
});

describe('isConfigValueKnown', () => {
  it('is false for a value, or a config, approute could not read statically', () => {
    const unreadable = createTempProject({ config: 'export default { experimental: { authInterrupts: process.env.AUTH === "1" } };\n' });
    const config = getRouteContextForPath(unreadable.file('app/page.tsx'))!.config;
    expect(config.authInterrupts).toBe(false);
    expect(isConfigValueKnown(config, 'experimental.authInterrupts')).toBe(false);
    expect(isConfigValueKnown(config, 'cacheComponents')).toBe(true);
    const opaque = createTempProject({ config: 'export default loadConfig();\n' });
    expect(isConfigValueKnown(getRouteContextForPath(opaque.file('app/page.tsx'))!.config, 'cacheComponents')).toBe(false);
    const literal = createTempProject({ config: { experimental: { authInterrupts: false } } });
    expect(isConfigValueKnown(getRouteContextForPath(literal.file('app/page.tsx'))!.config, 'experimental.authInterrupts')).toBe(true);
  });
});

describe('odd projects', () => {
  it('leaves pages/ files alone and describes default, template and metadata files', () => {
    const project = createTempProject({ files: { 'pages/about.tsx': '' } });
    expect(getRouteContextForPath(project.file('pages/about.tsx'))).toBeUndefined();
    expect(getRouteContextForPath(project.file('app/@modal/default.tsx'))).toMatchObject({ kind: 'default', route: '/' });
    expect(getRouteContextForPath(project.file('app/(.)photos/[id]/template.tsx'))).toMatchObject({ kind: 'template', route: '/photos/[id]' });
    expect(getRouteContextForPath(project.file('app/sitemap.ts'))).toMatchObject({ kind: 'metadata', metadata: { kind: 'sitemap', generated: true } });
  });

  it('falls back to Next defaults when next.config cannot be read statically or disappears', async () => {
    const project = createTempProject({ config: 'export default {{ not js', configFile: 'next.config.js' });
    const page = project.file('app/page.tsx');
    expect(getRouteContextForPath(page)?.config).toMatchObject({ cacheComponents: false, pageExtensions: ['tsx', 'ts', 'jsx', 'js'] });
    rmSync(project.file('next.config.js'));
    await sleep(DISK_RECHECK_MS + 20);
    // The root is still a project (app/ beside package.json); the config is now Next's defaults.
    expect(getRouteContextForPath(page)?.config).toMatchObject({ file: undefined, cacheComponents: false });
  });

  it('notices an app directory created after the first lint', () => {
    const project = createTempProject({ config: {} });
    rmSync(project.file('app'), { recursive: true });
    expect(getRouteContextForPath(project.file('app/page.tsx'))).toBeUndefined();
    mkdirSync(project.file('app'));
    expect(getRouteContextForPath(project.file('app/page.tsx'))).toMatchObject({ kind: 'page', route: '/' });
  });
});

describe('fileNameMayBe', () => {
  const named = (filename: string, physicalFilename = filename) =>
    ({ filename, physicalFilename }) as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
  const images = new Set(['icon', 'opengraph-image'] as const);

  it('reads the name as the route model does, before any project lookup', () => {
    expect(fileNameMayBe(named('/nowhere/app/api/route.ts'), new Set(['route']))).toBe(true);
    expect(fileNameMayBe(named('/nowhere/app/api/routes.ts'), new Set(['route']))).toBe(false);
    expect(fileNameMayBe(named('/nowhere/app/icon2.tsx'), images)).toBe(true);
    expect(fileNameMayBe(named('/nowhere/app/icon12.tsx'), images)).toBe(false);
    expect(fileNameMayBe(named('/nowhere/app/apple-icon.tsx'), images)).toBe(false);
    expect(fileNameMayBe(named('/nowhere/app/opengraph-image.alt.txt'), images)).toBe(true);
  });

  it("uses the physical file name, so a code block of a page keeps the page's name", () => {
    expect(fileNameMayBe(named('/nowhere/app/route.mdx/0.ts', '/nowhere/app/route.mdx'), new Set(['route']))).toBe(true);
  });
});
