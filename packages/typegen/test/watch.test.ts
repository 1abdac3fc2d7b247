/**
 * The watcher on real files in temp folders: every scenario ends with output byte-identical to a
 * cold run of the generator on the final tree (see helpers/watch-harness.ts for how "ends" is
 * decided without sleeping).
 */
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_APP, OUT, makeProject, startWatcher, writeFile, type WatchHarness } from './helpers/watch-harness.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function watchProject(files: Record<string, string> = BASE_APP): Promise<WatchHarness> {
  const project = makeProject(files);
  cleanups.push(project.remove);
  // The audit (a rescan after activity) is off: these scenarios must converge from the events alone.
  const harness = await startWatcher(project.root, { auditMs: 0 });
  cleanups.push(() => harness.close());
  return harness;
}

describe('createTypegenWatcher', () => {
  it('writes the output on start, equal to a cold run', async () => {
    const h = await watchProject();
    expect(h.output()).toContain('"/blog/[slug]"');
    const initial = h.regenerations()[0]!;
    expect([initial.cause, initial.outcomes[0]]).toEqual(['initial', { path: OUT, status: 'written' }]);
    await h.expectConverged();
  });

  it('follows adding, deleting and renaming a page', async () => {
    const h = await watchProject();
    writeFile(h.root, 'app/about/page.tsx');
    await h.expectConverged();
    expect(h.output()).toContain('"/about"');
    const added = h.regenerations().find((event) => event.added.includes('app/about/page.tsx'));
    expect([added?.cause, added?.outcomes[0]?.status]).toEqual(['incremental', 'written']);

    renameSync(join(h.root, 'app/about/page.tsx'), join(h.root, 'app/about/page.jsx'));
    await h.expectConverged();

    rmSync(join(h.root, 'app/about/page.jsx'));
    await h.expectConverged();
    expect(h.output()).not.toContain('"/about"');
  });

  it('follows adding, renaming and deleting a route folder with nested routes', async () => {
    const h = await watchProject();
    mkdirSync(join(h.root, 'app/docs/[...path]'), { recursive: true });
    writeFile(h.root, 'app/docs/layout.tsx');
    writeFile(h.root, 'app/docs/page.tsx');
    writeFile(h.root, 'app/docs/[...path]/page.mdx');
    writeFile(h.root, 'app/docs/[...path]/page.tsx');
    await h.expectConverged();
    expect(h.output()).toContain('"/docs/[...path]"');

    renameSync(join(h.root, 'app/docs'), join(h.root, 'app/guides'));
    await h.expectConverged();
    expect(h.output()).toContain('"/guides/[...path]"');
    expect(h.output()).not.toContain('"/docs');
    // The rename is one update: no regeneration saw both folders or neither.
    const rename = h.regenerations().find((event) => event.added.includes('app/guides/page.tsx'));
    expect(rename?.removed).toContain('app/docs/page.tsx');

    rmSync(join(h.root, 'app/guides'), { recursive: true });
    await h.expectConverged();
    expect(h.output()).not.toContain('"/guides');
  });

  it('follows slots and groups', async () => {
    const h = await watchProject();
    writeFile(h.root, 'app/(shop)/@modal/default.tsx');
    writeFile(h.root, 'app/(shop)/@modal/(.)cart/page.tsx');
    await h.expectConverged();
    expect(h.output()).toContain('"/(shop)": "drawer" | "modal"');

    renameSync(join(h.root, 'app/(shop)/@modal'), join(h.root, 'app/(shop)/@sheet'));
    await h.expectConverged();
    expect(h.output()).toContain('"sheet"');
    expect(h.output()).not.toContain('"modal"');

    renameSync(join(h.root, 'app/(shop)'), join(h.root, 'app/(store)'));
    await h.expectConverged();
    expect(h.output()).toContain('"/(store)"');

    rmSync(join(h.root, 'app/(store)/@sheet'), { recursive: true });
    rmSync(join(h.root, 'app/(store)/@drawer'), { recursive: true });
    await h.expectConverged();
    expect(h.output()).not.toContain('"sheet"');
  });

  it('survives deleting app/ and recovers when it is created again', async () => {
    const h = await watchProject();
    rmSync(join(h.root, 'app'), { recursive: true });
    await h.expectConverged();
    expect(h.watcher.snapshot().diagnostics.map(({ code }) => code)).toContain('TG001');

    writeFile(h.root, 'app/layout.tsx');
    writeFile(h.root, 'app/fresh/page.tsx');
    await h.expectConverged();
    expect(h.output()).toContain('"/fresh"');
    expect(h.watcher.snapshot().diagnostics).toEqual([]);
  });

  it('moves from app/ to src/app/ and back', async () => {
    const h = await watchProject();
    mkdirSync(join(h.root, 'src'));
    renameSync(join(h.root, 'app'), join(h.root, 'src/app'));
    await h.expectConverged();
    expect(h.watcher.snapshot().context.routerDirs.app).toBe('src/app');
    writeFile(h.root, 'src/app/moved/page.tsx');
    await h.expectConverged();
    expect(h.output()).toContain('"/moved"');

    renameSync(join(h.root, 'src/app'), join(h.root, 'app'));
    await h.expectConverged();
    expect(h.watcher.snapshot().context.routerDirs.app).toBe('app');
  });

  it('rebuilds when next.config changes pageExtensions, and watches the new extensions', async () => {
    const h = await watchProject({ ...BASE_APP, 'app/notes/page.mdx': '# Notes\n' });
    expect(h.output()).not.toContain('"/notes"');
    writeFileSync(join(h.root, 'next.config.mjs'), "export default { pageExtensions: ['tsx', 'ts', 'mdx'] };\n");
    await h.expectConverged();
    expect(h.output()).toContain('"/notes"');
    expect(h.regenerations().some((event) => event.cause === 'rebuild' && event.reason?.startsWith('next.config.mjs'))).toBe(true);

    // A file of the new extension is watched: adding and removing one is seen.
    writeFile(h.root, 'app/more/page.mdx', '# More\n');
    await h.expectConverged();
    expect(h.output()).toContain('"/more"');
    rmSync(join(h.root, 'app/notes/page.mdx'));
    await h.expectConverged();
    expect(h.output()).not.toContain('"/notes"');

    rmSync(join(h.root, 'next.config.mjs'));
    await h.expectConverged();
    expect(h.output()).not.toContain('"/more"');
  });

  it('reports an invalid tree, keeps the types of the rest, and recovers when it is fixed', async () => {
    const h = await watchProject();
    writeFile(h.root, 'app/blog/[id]/edit/page.tsx');
    await h.expectConverged();
    expect(h.watcher.snapshot().diagnostics.map(({ code, file }) => `${code} ${file}`)).toEqual([expect.stringMatching(/^TG002 app\/blog\//)]);
    expect(h.regenerations().at(-1)?.diagnosticsChanged).toBe(true);

    renameSync(join(h.root, 'app/blog/[id]/edit'), join(h.root, 'app/blog/[slug]/edit'));
    rmSync(join(h.root, 'app/blog/[id]'), { recursive: true });
    await h.expectConverged();
    expect(h.watcher.snapshot().diagnostics).toEqual([]);
    expect(h.output()).toContain('"/blog/[slug]/edit"');
  });

  it('writes nothing and renders nothing for content edits', async () => {
    const h = await watchProject();
    const before = statSync(join(h.root, OUT));
    const regenerations = h.regenerations().length;
    writeFileSync(join(h.root, 'app/page.tsx'), 'export default function Page() { return "edited"; }\n');
    writeFileSync(join(h.root, 'app/_components/button.tsx'), 'export const Button = 1;\n');
    await h.sync();
    const after = statSync(join(h.root, OUT));
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    expect(h.regenerations().length).toBe(regenerations);
    await h.expectConverged();
  });

  it('writes the output again when it is deleted', async () => {
    const h = await watchProject();
    rmSync(join(h.root, '.next'), { recursive: true });
    await h.expectConverged();
    expect(h.output()).toContain('"/blog/[slug]"');
  });

  it('puts its file back when another writer (next dev) overwrites it', async () => {
    const h = await watchProject();
    const devCopy = join(h.root, '.next/dev/types/routes.d.ts');
    const ours = readFileSync(devCopy, 'utf8');
    writeFileSync(devCopy, 'declare global { type LayoutProps<R> = { next: true } }\n');
    await h.expectConverged();
    expect(readFileSync(devCopy, 'utf8')).toBe(ours);
    expect(h.regenerations().some((event) => event.cause === 'restore')).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable folder and recovers when it can be read again', async () => {
    const h = await watchProject();
    chmodSync(join(h.root, 'app/blog'), 0o000);
    writeFile(h.root, 'app/other/page.tsx'); // Something that makes the watcher look.
    rmSync(join(h.root, 'app/blog/[slug]/page.tsx'), { force: true });
    await h.expectConverged();
    chmodSync(join(h.root, 'app/blog'), 0o755);
    await h.expectConverged();
  });

  it('ends a burst of hundreds of files in a few regenerations, never one per event', async () => {
    const h = await watchProject();
    const before = h.regenerations().length;
    for (let i = 0; i < 300; i++) writeFile(h.root, `app/burst/r${i}/${i % 3 === 0 ? '[id]/' : ''}page.tsx`);
    await h.expectConverged();
    const during = h.regenerations().length - before;
    expect(during).toBeGreaterThanOrEqual(1);
    expect(during).toBeLessThan(30);
    rmSync(join(h.root, 'app/burst'), { recursive: true });
    await h.expectConverged();
  });

  it('resolves ready with a usage error for a missing root', async () => {
    const { createTypegenWatcher } = await import('../src/index.js');
    const watcher = createTypegenWatcher({ root: '/nonexistent/approute-watch-root' });
    await expect(watcher.ready).rejects.toThrow(/does not exist/);
    await watcher.close();
  });
});
