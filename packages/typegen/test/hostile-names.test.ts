/**
 * Hostile folder names: the committed fixture `hostile-names` holds the ones git can carry
 * (quotes, backticks, `${x}`, `*\/`, `%`, spaces, unicode, emoji, `[__proto__]`, `[class]`,
 * `[team-slug]`, `[constructor]`); this test adds the ones it cannot carry portably (a newline, a
 * backslash, U+2028, a tab, a carriage return) to a temporary copy. Proof, with tsc: the generated
 * file compiles (also with skipLibCheck off, so the .d.ts itself is checked), every route literal
 * means exactly its folder path, and a page typed `PageProps<'<the hostile route>'>` gets its params.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTypegen } from '../src/index.js';
import { expectedErrors, matchErrors } from './helpers/expected-errors.js';
import { copyFixture } from './helpers/fixtures.js';
import { readRoutesDts } from './helpers/read-routes-dts.js';
import { formatDiagnostics, typeCheck } from './helpers/type-check.js';

/** A TypeScript string literal for any value (tests write these into source files). */
const literal = (value: string) => JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Folder paths (below app/) created by the test, with the route and params each must produce. */
const CREATED: { dirs: string[]; route: string; params: Record<string, 'string' | 'string[]'> }[] = [
  { dirs: ['new\nline'], route: '/new\nline', params: {} },
  { dirs: ['back\\slash'], route: '/back\\slash', params: {} },
  { dirs: ['ends-with-backslash\\'], route: '/ends-with-backslash\\', params: {} },
  { dirs: ['line\u2028separator'], route: '/line\u2028separator', params: {} },
  { dirs: ['tab\there'], route: '/tab\there', params: {} },
  { dirs: ['carriage\rreturn'], route: '/carriage\rreturn', params: {} },
  { dirs: ['comment', '*\\/ */ `${x}` \\u0041'], route: '/comment/*\\/ */ `${x}` \\u0041', params: {} },
  { dirs: ['params', '[new\nline]', '[...back\\slash]'], route: '/params/[new\nline]/[...back\\slash]', params: { 'new\nline': 'string', 'back\\slash': 'string[]' } },
];

const { dir, remove } = copyFixture('hostile-names');
afterAll(remove);

/** Page code typed by the route literal; it reads every param with its expected type. */
function pageSource(route: string, params: Record<string, string>, name = 'Page'): string {
  const reads = Object.entries(params)
    .map(([param, type], index) => `  const value${index}: ${type} = params[${literal(param)}];\n`)
    .join('');
  return `export default async function ${name}(props: PageProps<${literal(route)}>) {\n  const params = await props.params;\n${reads}  return <pre>{JSON.stringify(params)}</pre>;\n}\n`;
}

/**
 * TypeScript cannot open a file below a folder with a backslash in its name (it reads `\\` as a
 * path separator), so the pages of those folders are also compiled from a copy in checks/: the
 * same code, the same route literal.
 */
const copiedPages: Record<string, string> = {};
for (const [index, { dirs, route, params }] of CREATED.entries()) {
  const folder = join(dir, 'app', ...dirs);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'page.tsx'), pageSource(route, params));
  if (dirs.some((name) => name.includes('\\'))) copiedPages[`checks/page-${index}.tsx`] = pageSource(route, params);
}
// A group and a slot with a backslash and a newline: the layout's key and its slot prop.
const layoutSource = `export default function Layout(props: LayoutProps<${literal('/(g\\n)')}>) {\n  return <div>{props.children}{props[${literal('s\\lot\n')}]}</div>;\n}\n`;
mkdirSync(join(dir, 'app', '(g\\n)', '@s\\lot\n'), { recursive: true });
writeFileSync(join(dir, 'app', '(g\\n)', 'layout.tsx'), layoutSource);
copiedPages['checks/layout.tsx'] = layoutSource;
writeFileSync(join(dir, 'app', '(g\\n)', '@s\\lot\n', 'default.tsx'), 'export default function Default() {\n  return null;\n}\n');

const result = runTypegen({ root: dir });
const generated = readFileSync(join(dir, '.next/types/routes.d.ts'), 'utf8');

describe('hostile folder names', () => {
  it('produce no diagnostics and a routes.d.ts whose literals are exactly the folder paths', () => {
    expect(result.diagnostics).toEqual([]);
    const dts = readRoutesDts(generated);
    for (const { route, params } of CREATED) {
      expect(dts.unions.AppRoutes).toContain(route);
      expect(dts.paramMap[route]).toEqual(params);
    }
    expect(dts.unions.LayoutRoutes).toContain('/(g\\n)');
    expect(dts.slotMap['/(g\\n)']).toEqual(['s\\lot\n']);
  });

  it('keep every line of the generated file a line of code: no raw newline inside a literal', () => {
    for (const line of generated.split('\n')) expect(line).not.toMatch(/[\r\u2028\u2029]/);
  });

  it('compile: the generated file and every page using them, with skipLibCheck off and on', () => {
    const checks = {
      'checks/params.ts': `
import type { ParamsOf } from '../.next/types/routes';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type Checks = [
  Expect<Equal<ParamsOf<'/proto/[__proto__]'>, { ['__proto__']: string }>>,
  Expect<Equal<ParamsOf<'/kw/[class]'>, { class: string }>>,
  Expect<Equal<ParamsOf<'/ctor/[constructor]'>, { constructor: string }>>,
  Expect<Equal<ParamsOf<'/teams/[team-slug]'>, { 'team-slug': string }>>,
  Expect<Equal<ParamsOf<'/api/[\`id\`]'>, { '\`id\`': string }>>,
  Expect<Equal<ParamsOf<${literal('/params/[new\nline]/[...back\\slash]')}>, { ${literal('new\nline')}: string; ${literal('back\\slash')}: string[] }>>,
  Expect<Equal<ParamsOf<'/\${x}'>, {}>>,
];
`,
      // Near misses of the hostile literals must not be routes: each literal means one folder path.
      'checks/near-misses.tsx': `
export function A(props: PageProps<'/new line'>) { return <p>{String(props)}</p>; } // expect TS2344
export function B(props: PageProps<'/back/slash'>) { return <p>{String(props)}</p>; } // expect TS2344
export function C(props: PageProps<'/backslash'>) { return <p>{String(props)}</p>; } // expect TS2344
export function D(props: PageProps<'/x'>) { return <p>{String(props)}</p>; } // expect TS2344
export function E(props: PageProps<'/say hi'>) { return <p>{String(props)}</p>; } // expect TS2344
export function F(props: PageProps<'/proto/[proto]'>) { return <p>{String(props)}</p>; } // expect TS2344
export async function G(props: PageProps<'/teams/[team-slug]'>) { const { teamSlug } = await props.params; return <p>{teamSlug}</p>; } // expect TS2339 'teamSlug'
`,
    };
    const wrong: Record<string, string> = {};
    for (const [file, source] of Object.entries({ ...checks, ...copiedPages })) {
      mkdirSync(join(dir, 'checks'), { recursive: true });
      writeFileSync(join(dir, file), source.replace(/^\n/, ''));
      wrong[file] = source.replace(/^\n/, '');
    }
    for (const skipLibCheck of [false, true]) {
      const diagnostics = typeCheck(dir, { skipLibCheck });
      const message = `skipLibCheck ${skipLibCheck}:\n${formatDiagnostics(diagnostics).join('\n')}`;
      expect(formatDiagnostics(diagnostics.filter(({ file }) => !file.startsWith('checks/'))), message).toEqual([]);
      const comparison = matchErrors(
        diagnostics.filter(({ file }) => file.startsWith('checks/')),
        expectedErrors(wrong),
      );
      expect(comparison.actual, message).toEqual(comparison.expected);
      expect(comparison.missingText, message).toEqual([]);
    }
  });
});
