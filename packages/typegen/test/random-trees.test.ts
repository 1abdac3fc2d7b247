/**
 * Seeded random app trees built from hostile and convention folder names: the generator never
 * throws, the file it renders always parses as TypeScript, and reading it back gives exactly the
 * routes, params and slots of the tree. Deterministic (a fixed seed), in memory, no disk.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRouteTree, classifyFile, renderRoutesDts, type RouteFile } from '../src/index.js';
import { makeTempDir } from './helpers/fixtures.js';
import { readRoutesDts } from './helpers/read-routes-dts.js';
import { formatDiagnostics, typeCheck } from './helpers/type-check.js';
import { seededRandom as random } from './helpers/random.js';

const NAMES = [
  'blog', 'a', 'b', '[id]', '[slug]', '[...rest]', '[[...opt]]', '(shop)', '(g "q")', '@modal', '@side-bar', '(.)x', '(..)y',
  '(...)z', '(..)(..)w', '_private', '%5Fesc', "it's", 'say "hi"', 'back`tick', '${x}', 'star*', 'new\nline', 'back\\slash',
  'u\u2028v', '🚀', '[__proto__]', '[class]', '[constructor]', '[team-slug]', '[]', '[[x]]', '[…e]', 'constructor', 'toString',
];
const FILES = ['page.tsx', 'route.ts', 'layout.tsx', 'default.tsx', 'loading.tsx', 'icon.png', 'page.mdx', 'page.js'];
const OPTIONS = { pageExtensions: ['tsx', 'ts', 'jsx', 'js', 'mdx'] };

function randomTree(next: () => number): RouteFile[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const files: RouteFile[] = [];
  const count = 1 + Math.floor(next() * 25);
  for (let index = 0; index < count; index++) {
    const depth = Math.floor(next() * 5);
    const dirs = Array.from({ length: depth }, () => pick(NAMES));
    const file = classifyFile('app', 'app', dirs, pick(FILES), OPTIONS);
    if (file) files.push(file);
  }
  if (next() < 0.3) {
    const file = classifyFile('pages', 'pages', [pick(NAMES)], `${pick(NAMES)}.tsx`, OPTIONS);
    if (file) files.push(file);
  }
  return files;
}

const parseErrors = (content: string) =>
  (ts.createSourceFile('routes.d.ts', content, ts.ScriptTarget.Latest, true) as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.length;

const temp = makeTempDir('random-trees');
afterAll(temp.remove);

describe('random trees', () => {
  it('render a file that parses and says exactly what the tree holds, for 500 seeded trees', () => {
    const next = random(20261121);
    for (let run = 0; run < 500; run++) {
      const files = randomTree(next);
      const tree = buildRouteTree(files);
      const { content } = renderRoutesDts(tree);
      expect({ run, errors: parseErrors(content) }).toEqual({ run, errors: 0 });
      const dts = readRoutesDts(content);
      expect(dts.unions.AppRoutes).toEqual([...new Set(tree.pages.map(({ route }) => route))].sort());
      expect(dts.unions.AppRouteHandlerRoutes).toEqual([...new Set(tree.handlers.map(({ route }) => route))].sort());
      expect(dts.unions.PageRoutes).toEqual([...new Set(tree.pagesRouter.map(({ route }) => route))].sort());
      for (const entry of [...tree.pages, ...tree.handlers]) {
        // Repeated names (TG004) collapse to one key; the last segment's kind wins.
        const expected: Record<string, string> = Object.create(null);
        for (const { name, kind } of entry.params) expected[name] = kind === 'single' ? 'string' : kind === 'catch-all' ? 'string[]' : 'string[]?';
        expect({ ...dts.paramMap[entry.route] }).toEqual({ ...expected });
      }
      if (run % 50 === 0) {
        // Every 50th file also goes through the type checker (duplicate keys do not show in a parse).
        const dir = join(temp.dir, String(run));
        mkdirSync(join(dir, '.next/types'), { recursive: true });
        writeFileSync(join(dir, '.next/types/routes.d.ts'), content);
        expect(formatDiagnostics(typeCheck(dir))).toEqual([]);
      }
      for (const layout of tree.layouts) {
        expect(dts.slotMap[layout.key]).toEqual(expect.arrayContaining([...layout.slots]));
      }
    }
  });
});
