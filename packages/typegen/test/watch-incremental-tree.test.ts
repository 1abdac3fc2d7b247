/**
 * The watcher's incremental route tree on real files: after every change that makes or clears a
 * tree diagnostic, the watcher's whole RouteTree (lists, order, diagnostics and their messages)
 * equals the tree of a cold run over the same disk.
 */
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runTypegen } from '../src/index.js';
import { makeProject, startWatcher, writeFile } from './helpers/watch-harness.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the watcher keeps its tree incrementally', () => {
  it('equals a cold run after each change, through every kind of tree diagnostic appearing and going away', async () => {
    const project = makeProject({
      'next.config.mjs': 'export default {};\n',
      'app/layout.tsx': 'export default function Layout({ children }) { return children; }\n',
      'app/page.tsx': 'export default function Page() { return null; }\n',
      'pages/about.tsx': 'export default function About() { return null; }\n',
    });
    cleanups.push(project.remove);
    const h = await startWatcher(project.root, { auditMs: 0 });
    cleanups.push(() => h.close());
    const root = project.root;
    const codes = new Set<string>();
    // A file written into a folder made a moment before can reach the watcher only with its
    // re-check of new folders: look again until the trees agree, or fail with the difference.
    const expectCold = async (step: string) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        await h.sync();
        const cold = runTypegen({ root, check: true }).tree;
        if (isDeepStrictEqual(h.watcher.snapshot().tree, cold) || Date.now() > deadline) {
          for (const { code } of cold.diagnostics) codes.add(code);
          expect(h.watcher.snapshot().tree, step).toStrictEqual(cold);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const steps: [string, () => void][] = [
      ['two groups, one URL (TG007)', () => {
        writeFile(root, 'app/(a)/dup/page.tsx');
        writeFile(root, 'app/(b)/dup/page.tsx');
      }],
      ['a slot with no layout (TG010)', () => writeFile(root, 'app/x/@modal/page.tsx')],
      ['its layout', () => writeFile(root, 'app/x/layout.tsx')],
      ['sibling dynamic names (TG002)', () => {
        writeFile(root, 'app/[a]/page.tsx');
        writeFile(root, 'app/[b]/edit/page.tsx');
      }],
      ['a pages-router page at an app URL (TG007)', () => writeFile(root, 'pages/dup.tsx')],
      ['no root layout (TG014)', () => rmSync(join(root, 'app/layout.tsx'))],
      ['the root layout back', () => writeFile(root, 'app/layout.tsx')],
      ['an invalid folder name (TG009)', () => writeFile(root, 'app/[]/page.tsx')],
      ['an optional catch-all beside a page (TG005)', () => {
        writeFile(root, 'app/o/page.tsx');
        writeFile(root, 'app/o/[[...rest]]/page.tsx');
      }],
      ['a page beside a handler (TG006)', () => writeFile(root, 'app/o/route.ts', 'export function GET() {}\n')],
      ['a repeated param (TG004) and a catch-all in the middle (TG003)', () => {
        writeFile(root, 'app/r/[id]/[id]/page.tsx');
        writeFile(root, 'app/c/[...all]/more/page.tsx');
      }],
      ['a folder renamed', () => renameSync(join(root, 'app/x'), join(root, 'app/y'))],
      ['the conflicts removed', () => {
        rmSync(join(root, 'app/(b)'), { recursive: true });
        rmSync(join(root, 'app/[b]'), { recursive: true });
        rmSync(join(root, 'pages/dup.tsx'));
        rmSync(join(root, 'app/o/route.ts'));
      }],
    ];
    for (const [step, change] of steps) {
      change();
      await expectCold(step);
    }
    for (const code of ['TG002', 'TG003', 'TG004', 'TG005', 'TG006', 'TG007', 'TG009', 'TG010', 'TG014']) expect(codes, code).toContain(code);
    expect(h.regenerations().filter(({ cause }) => cause === 'incremental').length).toBeGreaterThanOrEqual(steps.length);
  });
});
