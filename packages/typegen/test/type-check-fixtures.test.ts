/**
 * Type tests: run the generator on a temporary copy of every fixture app, then compile the app with
 * the TypeScript API (one program per fixture). The fixtures' own pages, layouts and handlers must
 * compile with zero errors; wrong code added to the copy (never to the committed fixtures) must fail
 * with the expected error code on the expected line of the expected file. The wrong files sit in
 * route folders but are not route files, so they do not change the generated routes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTypegen } from '../src/index.js';
import { expectedErrors, matchErrors } from './helpers/expected-errors.js';
import { copyFixture, listFixtures } from './helpers/fixtures.js';
import { formatDiagnostics, typeCheck } from './helpers/type-check.js';

/** Fixture -> files to add to its copy (path relative to the app root) -> source with markers. */
const WRONG_CODE: Record<string, Record<string, string>> = {
  'dynamic-segments': {
    'app/blog/[slug]/wrong-param-key.tsx': `
export default async function Page(props: PageProps<'/blog/[slug]'>) {
  const { nope } = await props.params; // expect TS2339 'nope'
  return <p>{nope}</p>;
}
`,
    'app/blog/[slug]/wrong-sync-params.tsx': `
export default function Page(props: PageProps<'/blog/[slug]'>) {
  return <p>{props.params.slug}</p>; // expect TS2339 'Promise<{ slug: string; }>'
}
`,
    'app/blog/[slug]/wrong-sync-search-params.tsx': `
export default function Page(props: PageProps<'/blog/[slug]'>) {
  return <p>{props.searchParams.q}</p>; // expect TS2339 'q'
}
`,
    'app/shop/[...categories]/wrong-catch-all-as-string.tsx': `
export default async function Page(props: PageProps<'/shop/[...categories]'>) {
  const { categories } = await props.params;
  const first: string = categories; // expect TS2322 'string[]'
  return <p>{first}</p>;
}
`,
    'app/docs/[[...path]]/wrong-optional-unchecked.tsx': `
export default async function Page(props: PageProps<'/docs/[[...path]]'>) {
  const { path } = await props.params;
  return <p>{path.join('/')}</p>; // expect TS18048 'path'
}
`,
    'app/blog/[slug]/wrong-route-literal.tsx': `
export default async function Page(props: PageProps<'/blog/[id]'>) { // expect TS2344 '"/blog/[id]"'
  return <p>{JSON.stringify(await props.params)}</p>;
}
`,
    'app/blog/[slug]/wrong-layout-key.tsx': `
export default function Layout(props: LayoutProps<'/blog/[slug]'>) { // expect TS2344 'LayoutRoutes'
  return <div>{props.children}</div>;
}
`,
    'app/org/[org]/wrong-layout-param.tsx': `
export default async function Layout(props: LayoutProps<'/org/[org]'>) {
  const { org, repo } = await props.params; // expect TS2339 'repo'
  return <div>{org}{repo}</div>;
}
`,
    'app/api/posts/[id]/wrong-context-param.ts': `
export async function GET(_request: Request, context: RouteContext<'/api/posts/[id]'>) {
  const { slug } = await context.params; // expect TS2339 'slug'
  return Response.json({ slug });
}
`,
    'app/api/posts/[id]/wrong-context-route.ts': `
export async function GET(_request: Request, context: RouteContext<'/api/posts/[slug]'>) { // expect TS2344 'AppRouteHandlerRoutes'
  return Response.json(await context.params);
}
`,
    'app/api/posts/[id]/wrong-context-of-a-page.ts': `
export async function GET(_request: Request, context: RouteContext<'/blog/[slug]'>) { // expect TS2344 'AppRouteHandlerRoutes'
  return Response.json(await context.params);
}
`,
    'app/api/posts/[id]/wrong-context-sync.ts': `
export async function GET(_request: Request, context: RouteContext<'/api/posts/[id]'>) {
  return Response.json({ id: context.params.id }); // expect TS2339 'id'
}
`,
  },
  'route-groups': {
    'app/(shop)/wrong-slot-of-other-group.tsx': `
export default function ShopLayout(props: LayoutProps<'/(shop)'>) {
  return <div>{props.cart}{props.banner}</div>; // expect TS2339 'banner'
}
`,
    'app/(marketing)/wrong-slot-of-other-group.tsx': `
export default function MarketingLayout(props: LayoutProps<'/(marketing)'>) {
  return <div>{props.banner}{props.cart}</div>; // expect TS2339 'cart'
}
`,
    'app/(shop)/(checkout)/wrong-slot-of-parent-group.tsx': `
export default function CheckoutLayout(props: LayoutProps<'/(shop)/(checkout)'>) {
  return <div>{props.cart}</div>; // expect TS2339 'cart'
}
`,
    'app/(shop)/wrong-group-key.tsx': `
export default function Layout(props: LayoutProps<'/(cart)'>) { // expect TS2344 '"/(cart)"'
  return <div>{props.children}</div>;
}
`,
    // The URL key carries the slots of every layout at '/', as Next's validator needs.
    'app/url-key-has-all-slots.tsx': `
export default function RootLayout(props: LayoutProps<'/'>) {
  return <div>{props.children}{props.banner}{props.cart}</div>;
}
`,
  },
  'parallel-routes': {
    'app/dashboard/@analytics/wrong-slot-of-parent.tsx': `
export default function AnalyticsLayout(props: LayoutProps<'/dashboard/@analytics'>) {
  return <div>{props.chart}{props.team}</div>; // expect TS2339 'team'
}
`,
    'app/(app)/settings/wrong-slot.tsx': `
export default function SettingsLayout(props: LayoutProps<'/(app)/settings'>) {
  return <div>{props.nav}{props.modal}</div>; // expect TS2339 'modal'
}
`,
  },
  'intercepting-routes': {
    'app/feed/(..)photo/[id]/wrong-intercepted-route.tsx': `
export default async function Page(props: PageProps<'/feed/photo/[id]'>) { // expect TS2344 '"/feed/photo/[id]"'
  return <p>{JSON.stringify(await props.params)}</p>;
}
`,
    'app/feed/(..)photo/[id]/wrong-layout-param.tsx': `
export default async function Layout(props: LayoutProps<'/feed/(..)photo/[id]'>) {
  const { id, slug } = await props.params; // expect TS2339 'slug'
  return <div data-id={id}>{slug}</div>;
}
`,
  },
  conventions: {
    'app/api/health/wrong-context-param.ts': `
export async function GET(_request: Request, context: RouteContext<'/api/health'>) {
  const { id } = await context.params; // expect TS2339 'id'
  return Response.json({ id });
}
`,
  },
  'private-folders': {
    'app/_lib/wrong-private-route.tsx': `
export default function Page(props: PageProps<'/_lib'>) { // expect TS2344 '"/_lib"'
  return <p>{String(props)}</p>;
}
`,
  },
  'pages-router': {
    'app/wrong-pages-router-route.tsx': `
export default function Page(props: PageProps<'/about'>) { // expect TS2344 '"/about"'
  return <p>{String(props)}</p>;
}
`,
  },
};

const temps: (() => void)[] = [];
afterAll(() => temps.forEach((remove) => remove()));

/** The no-app-dir fixture gets no routes.d.ts, so there is nothing to compile against. */
const COMPILED = listFixtures().filter((name) => name !== 'invalid-tg001-no-app-dir');

describe.each(COMPILED)('%s compiles against its generated types', (name) => {
  it('its pages, layouts and handlers type-check; wrong code fails where marked', () => {
    const { dir, remove } = copyFixture(name);
    temps.push(remove);
    const wrong = Object.fromEntries(Object.entries(WRONG_CODE[name] ?? {}).map(([file, source]) => [file, source.replace(/^\n/, '')]));
    for (const [file, source] of Object.entries(wrong)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), source);
    }
    const result = runTypegen({ root: dir });
    expect(result.outcomes).toContainEqual({ path: result.context.out, status: 'written' });

    const diagnostics = typeCheck(dir);
    const inFixture = diagnostics.filter(({ file }) => !(file in wrong));
    expect(formatDiagnostics(inFixture)).toEqual([]);
    const comparison = matchErrors(
      diagnostics.filter(({ file }) => file in wrong),
      expectedErrors(wrong),
    );
    expect(comparison.actual, formatDiagnostics(diagnostics).join('\n')).toEqual(comparison.expected);
    expect(comparison.missingText, formatDiagnostics(diagnostics).join('\n')).toEqual([]);
  });
});

it('the harness sees errors inside the generated routes.d.ts itself', () => {
  const { dir, remove } = copyFixture('dynamic-segments');
  temps.push(remove);
  const { context } = runTypegen({ root: dir });
  const path = join(dir, context.out);
  // What a renderer bug would look like: a duplicate param key and a dangling type name.
  const broken = readFileSync(path, 'utf8').replace('"/blog/[slug]": { "slug": string; }', '"/blog/[slug]": { "slug": string; "slug": string; }') + '\ntype Dangling = Missing\n';
  writeFileSync(path, broken);
  const codes = typeCheck(dir)
    .filter(({ file }) => file === context.out)
    .map(({ code }) => code)
    .sort();
  expect(codes).toEqual([2300, 2300, 2304]);
});

it('every fixture with wrong code exists', () => {
  for (const name of Object.keys(WRONG_CODE)) expect(COMPILED).toContain(name);
});
