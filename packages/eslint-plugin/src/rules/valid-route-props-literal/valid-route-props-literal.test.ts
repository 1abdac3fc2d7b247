import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './valid-route-props-literal.js';

const project = createTempProject({
  files: {
    'app/layout.tsx': '',
    'app/(shop)/layout.tsx': '',
    'app/(shop)/cart/layout.tsx': '',
    'app/(store)/cart/layout.tsx': '',
    'app/(dashboard)/albums/layout.tsx': '',
  },
});
const srcProject = createTempProject({ srcDir: true });
const page = project.file('app/blog/[slug]/page.tsx');
const shopLayout = project.file('app/(shop)/layout.tsx');
const handler = project.file('app/api/users/[id]/route.ts');

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'a page with its own route', code: "export default async function Page(props: PageProps<'/blog/[slug]'>) { return null; }", filename: page },
    {
      name: 'a page in a route group: the URL route',
      code: "type Props = PageProps<'/cart'>;\nexport default async function Page(props: Props) { return null; }",
      filename: project.file('app/(shop)/cart/page.tsx'),
    },
    {
      name: 'an intercepting page in a slot: the route it intercepts',
      code: "export default async function Page(props: PageProps<'/photo/[id]'>) { return null; }",
      filename: project.file('app/@modal/(.)photo/[id]/page.tsx'),
    },
    { name: 'the root layout', code: "export default function Layout(props: LayoutProps<'/'>) { return props.children; }", filename: project.file('app/layout.tsx') },
    {
      name: 'a layout without a group: its URL is its own key',
      code: "export default function Layout(props: LayoutProps<'/dashboard'>) { return props.children; }",
      filename: project.file('app/dashboard/layout.tsx'),
    },
    {
      name: "a layout in a route group: its URL key, while it is the only layout at that URL",
      code: "export default function Layout(props: LayoutProps<'/albums'>) { return props.children; }",
      filename: project.file('app/(dashboard)/albums/layout.tsx'),
    },
    {
      name: 'an unsaved grouped layout, alone at its URL',
      code: "export default function Layout(props: LayoutProps<'/settings'>) { return props.children; }",
      filename: project.file('app/(account)/settings/layout.tsx'),
    },
    { name: 'a layout in a route group: its folder key', code: "export default function Layout(props: LayoutProps<'/(shop)'>) { return props.children; }", filename: shopLayout },
    {
      name: 'a layout in a slot: its folder key',
      code: "export default function Layout(props: LayoutProps<'/@modal'>) { return props.children; }",
      filename: project.file('app/@modal/layout.tsx'),
    },
    {
      name: 'a route handler with its own route',
      code: "export async function GET(request: Request, context: RouteContext<'/api/users/[id]'>) { return Response.json(await context.params); }",
      filename: handler,
    },
    {
      name: "with layoutKey 'url', a grouped layout uses its URL",
      code: "export default function Layout(props: LayoutProps<'/'>) { return props.children; }",
      options: [{ layoutKey: 'url' }],
      filename: shopLayout,
    },
    { name: 'src/app', code: "export default async function Page(props: PageProps<'/docs'>) { return null; }", filename: srcProject.file('src/app/docs/page.tsx') },
    { name: 'PageProps in a layout is not this rule\'s business', code: "type P = PageProps<'/elsewhere'>;\nexport default function Layout(props: LayoutProps<'/(shop)'>) { return props.children; }", filename: shopLayout },
    { name: 'LayoutProps in a page is not checked', code: "type L = LayoutProps<'/'>;\nexport default function Page() { return null; }", filename: page },
    {
      name: 'a PageProps declared in the file is not the global',
      code: "interface PageProps<T extends string> { route: T }\nexport default function Page(props: PageProps<'/x'>) { return null; }",
      filename: page,
    },
    {
      name: 'an imported PageProps is not the global',
      code: "import type { PageProps } from './types';\nexport default function Page(props: PageProps<'/x'>) { return null; }",
      filename: page,
    },
    { name: 'a non-literal type argument', code: "type R = '/blog/[id]';\nexport default function Page(props: PageProps<R>) { return null; }", filename: page },
    { name: 'a union of literals is left alone', code: "export default function Page(props: PageProps<'/a' | '/b'>) { return null; }", filename: page },
    { name: 'a file outside the app directory', code: "export function Card(props: PageProps<'/x'>) { return null; }", filename: project.file('components/card.tsx') },
    { name: 'a file with no route context', code: "export default function Page(props: PageProps<'/x'>) { return null; }" },
    { name: 'a private folder is not routable', code: "export default function Page(props: PageProps<'/x'>) { return null; }", filename: project.file('app/_drafts/page.tsx') },
    { name: 'a component file inside app/', code: "export function Item(props: PageProps<'/x'>) { return null; }", filename: project.file('app/blog/item.tsx') },
  ],
  invalid: [
    {
      name: "a page typed with a sibling's route",
      code: "export default async function Page(props: PageProps<'/blog/[id]'>) { return null; }",
      output: "export default async function Page(props: PageProps<'/blog/[slug]'>) { return null; }",
      filename: page,
      errors: [{ messageId: 'wrongRoute', line: 1, column: 53 }],
    },
    {
      name: 'every occurrence in the file, double quotes and a template literal kept',
      code: 'type Props = PageProps<"/blog">;\nexport async function generateMetadata(props: PageProps<`/blog/[id]`>) { return {}; }',
      output: 'type Props = PageProps<"/blog/[slug]">;\nexport async function generateMetadata(props: PageProps<`/blog/[slug]`>) { return {}; }',
      filename: page,
      errors: [
        { messageId: 'wrongRoute', line: 1, column: 24 },
        { messageId: 'wrongRoute', line: 2, column: 57 },
      ],
    },
    {
      name: 'a grouped page typed with its folder path',
      code: "export default function Page(props: PageProps<'/(shop)/cart'>) { return null; }",
      output: "export default function Page(props: PageProps<'/cart'>) { return null; }",
      filename: project.file('app/(shop)/cart/page.tsx'),
      errors: [{ messageId: 'wrongRoute', line: 1, column: 47 }],
    },
    {
      name: 'a layout in a route group typed with the shared URL key',
      code: "export default function Layout(props: LayoutProps<'/'>) { return props.children; }",
      output: "export default function Layout(props: LayoutProps<'/(shop)'>) { return props.children; }",
      filename: shopLayout,
      errors: [{ messageId: 'sharedLayoutKey', data: { literal: '"/"', expected: '"/(shop)"', others: '`app/layout.tsx`' }, line: 1, column: 51 }],
    },
    {
      name: 'two groups with a layout at one URL',
      code: "export default function Layout(props: LayoutProps<'/cart'>) { return props.children; }",
      output: "export default function Layout(props: LayoutProps<'/(store)/cart'>) { return props.children; }",
      filename: project.file('app/(store)/cart/layout.tsx'),
      errors: [{ messageId: 'sharedLayoutKey', data: { literal: '"/cart"', expected: '"/(store)/cart"', others: '`app/(shop)/cart/layout.tsx`' }, line: 1, column: 51 }],
    },
    {
      name: 'an unsaved grouped layout at the URL of an existing one',
      code: "export default function Layout(props: LayoutProps<'/albums'>) { return props.children; }",
      output: "export default function Layout(props: LayoutProps<'/(media)/albums'>) { return props.children; }",
      filename: project.file('app/(media)/albums/layout.tsx'),
      errors: [{ messageId: 'sharedLayoutKey', line: 1, column: 51 }],
    },
    {
      name: "with layoutKey 'url', the folder key is fixed to the URL",
      code: "export default function Layout(props: LayoutProps<'/(shop)'>) { return props.children; }",
      output: "export default function Layout(props: LayoutProps<'/'>) { return props.children; }",
      options: [{ layoutKey: 'url' }],
      filename: shopLayout,
      errors: [{ messageId: 'wrongRoute', line: 1, column: 51 }],
    },
    {
      name: 'a layout with a wrong route',
      code: "export default function Layout(props: LayoutProps<'/shop'>) { return props.children; }",
      output: "export default function Layout(props: LayoutProps<'/(shop)'>) { return props.children; }",
      filename: shopLayout,
      errors: [{ messageId: 'wrongRoute', line: 1, column: 51 }],
    },
    {
      name: 'the root layout typed with a group key',
      code: "export default function Layout(props: LayoutProps<'/(shop)'>) { return props.children; }",
      output: "export default function Layout(props: LayoutProps<'/'>) { return props.children; }",
      filename: project.file('app/layout.tsx'),
      errors: [{ messageId: 'wrongRoute', line: 1, column: 51 }],
    },
    {
      name: 'a route handler with a stale route',
      code: "export async function GET(request: Request, context: RouteContext<'/api/user/[id]'>) { return Response.json(await context.params); }",
      output: "export async function GET(request: Request, context: RouteContext<'/api/users/[id]'>) { return Response.json(await context.params); }",
      filename: handler,
      errors: [{ messageId: 'wrongRoute', line: 1, column: 67 }],
    },
    {
      name: 'a folder name with a quote is escaped for the quote style',
      code: "export default function Page(props: PageProps<'/x'>) { return null; }",
      output: "export default function Page(props: PageProps<'/it\\'s'>) { return null; }",
      filename: project.file("app/it's/page.tsx"),
      errors: [{ messageId: 'wrongRoute', line: 1, column: 47 }],
    },
    {
      name: 'src/app',
      code: "export default async function Page(props: PageProps<'/src/app/docs'>) { return null; }",
      output: "export default async function Page(props: PageProps<'/docs'>) { return null; }",
      filename: srcProject.file('src/app/docs/page.tsx'),
      errors: [{ messageId: 'wrongRoute', line: 1, column: 53 }],
    },
  ],
});
