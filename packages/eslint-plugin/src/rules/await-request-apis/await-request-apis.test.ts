import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './await-request-apis.js';

const project = createTempProject();
const page = project.file('app/blog/[slug]/page.tsx');
const layout = project.file('app/blog/[slug]/layout.tsx');
const defaultFile = project.file('app/@modal/[id]/default.tsx');
const routeHandler = project.file('app/api/items/[id]/route.ts');
const ogImage = project.file('app/blog/[slug]/opengraph-image.tsx');
const sitemap = project.file('app/product/sitemap.ts');
const template = project.file('app/blog/[slug]/template.tsx');
const component = project.file('components/post.tsx');

const HEADERS = "import { cookies, headers, draftMode } from 'next/headers';\n";

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    // cookies() / headers() / draftMode()
    { name: 'awaited request APIs', code: `${HEADERS}export async function f() { return [(await cookies()).get('a'), (await headers()).get('b'), (await draftMode()).isEnabled]; }` },
    { name: "React's use()", code: `${HEADERS}import { use } from 'react';\nexport function C() { return use(cookies()).get('a'); }` },
    { name: 'then, catch and finally on the promise', code: `${HEADERS}export function f() { return cookies().then((c) => c.get('a')).catch(() => null).finally(() => {}); }` },
    { name: 'returned or passed on', code: `${HEADERS}export function f() { g(headers()); return cookies(); }` },
    { name: 'stored, then awaited', code: `${HEADERS}export async function f() { const c = cookies(); const jar = await c; return jar.get('a'); }` },
    { name: 'a variable reassigned with the awaited value', code: `${HEADERS}export async function f() { let c = cookies(); c = await c; return c.get('a'); }` },
    { name: 'cookies from another module', code: "import { cookies } from './cookies';\nexport function f() { return cookies().get('a'); }" },
    { name: 'a shadowing local', code: `${HEADERS}export function f(cookies) { return cookies().get('a'); }` },
    // params / searchParams
    { name: 'awaited params in a page', code: 'export default async function Page({ params }) { const { slug } = await params; return slug; }', filename: page },
    { name: 'props.params awaited', code: 'export default async function Page(props) { return (await props.params).slug; }', filename: page },
    { name: 'use(params) in a client page', code: "'use client';\nimport { use } from 'react';\nexport default function Page({ params }) { const { slug } = use(params); return slug; }", filename: page },
    { name: 'params passed on as a promise', code: 'export default function Page({ params, searchParams }) { return <Post params={params} query={searchParams} />; }', filename: page },
    { name: 'params.then', code: 'export default async function Page({ params }) { return params.then((p) => p.slug); }', filename: page },
    { name: "generateMetadata's parent awaited", code: 'export async function generateMetadata({ params }, parent) { const { slug } = await params; const previous = (await parent).openGraph?.images ?? []; return { title: slug, openGraph: { images: previous } }; }', filename: page },
    { name: 'children of a layout', code: 'export default function Layout(props) { return props.children; }', filename: layout },
    { name: 'layout searchParams is not a layout prop', code: 'export default function Layout({ searchParams }) { return searchParams.q; }', filename: layout },
    { name: 'generateStaticParams gets plain params', code: 'export async function generateStaticParams({ params }) { return [{ slug: params.slug }]; }\nexport default function Layout({ children }) { return children; }', filename: layout },
    { name: 'a non-exported helper in a page', code: 'function Helper({ params }) { return params.slug; }\nexport default async function Page() { return null; }', filename: page },
    { name: 'route handler: the request is not a promise', code: 'export async function GET(request, { params }) { const { id } = await params; return Response.json([request.url, id]); }', filename: routeHandler },
    { name: 'route handler: a non-method export', code: 'export function helper(request, { params }) { return params.id; }\nexport async function GET() { return Response.json({}); }', filename: routeHandler },
    { name: 'generateImageMetadata gets plain params', code: "export function generateImageMetadata({ params }) { return [{ id: params.slug }]; }\nexport default async function Image({ id }) { return String(await id); }", filename: ogImage },
    { name: 'a template is not given params', code: 'export default function Template({ params }) { return params.slug; }', filename: template },
    { name: 'a component outside app/', code: 'export default function Post({ params }) { return params.slug; }', filename: component },
    { name: 'no route context', code: 'export default function Page({ params }) { return params.slug; }' },
    { name: 'a default export that is not a function', code: 'const Page = withAuth(({ params }) => params.slug);\nexport default Page;', filename: page },
  ],
  invalid: [
    // cookies() / headers() / draftMode()
    {
      name: 'member access on the un-awaited result, in an async function',
      code: `${HEADERS}export async function f() {\n  return cookies().get('a');\n}`,
      errors: [
        {
          messageId: 'syncRequestApi',
          data: { name: 'cookies' },
          line: 3,
          column: 10,
          suggestions: [{ messageId: 'suggestAwait', data: { name: 'cookies' }, output: `${HEADERS}export async function f() {\n  return (await cookies()).get('a');\n}` }],
        },
      ],
    },
    {
      name: 'draftMode().isEnabled in a sync function: no suggestion',
      code: `${HEADERS}export function f() {\n  return draftMode().isEnabled;\n}`,
      errors: [{ messageId: 'syncRequestApi', data: { name: 'draftMode' }, line: 3, column: 10, suggestions: [] }],
    },
    {
      name: 'destructuring the un-awaited result',
      code: `${HEADERS}export async function f() {\n  const { isEnabled } = draftMode();\n  return isEnabled;\n}`,
      errors: [
        {
          messageId: 'syncRequestApi',
          line: 3,
          column: 9,
          suggestions: [{ messageId: 'suggestAwait', data: { name: 'draftMode' }, output: `${HEADERS}export async function f() {\n  const { isEnabled } = await draftMode();\n  return isEnabled;\n}` }],
        },
      ],
    },
    {
      name: 'through a variable, renamed and namespace imports',
      code: "import { headers as h } from 'next/headers';\nimport * as next from 'next/headers';\nexport function f() {\n  const list = h();\n  return [list.get('a'), next.cookies().has('b')];\n}",
      errors: [
        { messageId: 'syncRequestApi', data: { name: 'headers' }, line: 5, column: 11, suggestions: [] },
        { messageId: 'syncRequestApi', data: { name: 'cookies' }, line: 5, column: 26, suggestions: [] },
      ],
    },
    // params / searchParams in pages
    {
      name: 'params.slug in a page, destructured in the signature',
      code: 'export default async function Page({ params }) {\n  return params.slug;\n}',
      filename: page,
      errors: [
        {
          messageId: 'syncRouteProp',
          data: { name: 'params' },
          line: 2,
          column: 10,
          suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'export default async function Page({ params }) {\n  return (await params).slug;\n}' }],
        },
      ],
    },
    {
      name: 'props.searchParams.q and Object.keys(props.params)',
      code: 'export default function Page(props) {\n  return [props.searchParams.q, Object.keys(props.params)];\n}',
      filename: page,
      errors: [
        { messageId: 'syncRouteProp', data: { name: 'searchParams' }, line: 2, column: 11, suggestions: [] },
        { messageId: 'syncRouteProp', data: { name: 'params' }, line: 2, column: 45, suggestions: [] },
      ],
    },
    {
      name: 'nested destructuring in the signature: suggestion moves it into the body',
      code: "export default async function Page({ params: { slug }, searchParams }: Props) {\n  'use strict';\n  return slug;\n}",
      filename: page,
      errors: [
        {
          messageId: 'syncRouteProp',
          data: { name: 'params' },
          line: 1,
          column: 46,
          suggestions: [
            {
              messageId: 'suggestAwaitInBody',
              data: { name: 'params' },
              output: "export default async function Page({ params, searchParams }: Props) {\n  'use strict';\n  const { slug } = await params;\n  return slug;\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'nested destructuring in a sync arrow default export: no suggestion',
      code: 'const Page = ({ searchParams: { q = "" } }) => <p>{q}</p>;\nexport default Page;',
      filename: page,
      errors: [{ messageId: 'syncRouteProp', data: { name: 'searchParams' }, line: 1, column: 31, suggestions: [] }],
    },
    {
      name: 'const { slug } = params, spread and template',
      code: 'export default async function Page({ params }) {\n  const { slug } = params;\n  const all = { ...params };\n  return `${params}`;\n}',
      filename: page,
      errors: [
        {
          messageId: 'syncRouteProp',
          line: 2,
          column: 9,
          suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'export default async function Page({ params }) {\n  const { slug } = await params;\n  const all = { ...params };\n  return `${params}`;\n}' }],
        },
        {
          messageId: 'syncRouteProp',
          line: 3,
          column: 17,
          suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'export default async function Page({ params }) {\n  const { slug } = params;\n  const all = { ...await params };\n  return `${params}`;\n}' }],
        },
        {
          messageId: 'syncRouteProp',
          line: 4,
          column: 13,
          suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'export default async function Page({ params }) {\n  const { slug } = params;\n  const all = { ...params };\n  return `${(await params)}`;\n}' }],
        },
      ],
    },
    {
      name: 'const { params } = props, then params.slug; export default by name',
      code: 'function Page(props) {\n  const { params } = props;\n  return params.slug;\n}\nexport default Page;',
      filename: page,
      errors: [{ messageId: 'syncRouteProp', line: 3, column: 10, suggestions: [] }],
    },
    {
      name: 'nested destructuring of props in the body: no suggestion (it would move above the declaration)',
      code: 'export default async function Page(props) {\n  const { params: { slug } } = props;\n  return slug;\n}',
      filename: page,
      errors: [{ messageId: 'syncRouteProp', data: { name: 'params' }, line: 2, column: 19, suggestions: [] }],
    },
    {
      name: 'generateMetadata and generateViewport of a page',
      code: 'export async function generateMetadata({ params }) {\n  return { title: params.slug };\n}\nexport function generateViewport({ searchParams }) {\n  return { themeColor: searchParams.color };\n}\nexport default function Page() { return null; }',
      filename: page,
      errors: [
        { messageId: 'syncRouteProp', data: { name: 'params' }, line: 2, column: 19, suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'export async function generateMetadata({ params }) {\n  return { title: (await params).slug };\n}\nexport function generateViewport({ searchParams }) {\n  return { themeColor: searchParams.color };\n}\nexport default function Page() { return null; }' }] },
        { messageId: 'syncRouteProp', data: { name: 'searchParams' }, line: 5, column: 24, suggestions: [] },
      ],
    },
    {
      name: "generateMetadata's parent: member access and destructuring",
      code: 'export async function generateMetadata({ params }, parent) {\n  const images = parent.openGraph?.images;\n  return { openGraph: { images } };\n}\nexport function generateViewport(props, { themeColor }) {\n  return { themeColor };\n}\nexport default function Page() { return null; }',
      filename: page,
      errors: [
        {
          messageId: 'syncRouteProp',
          data: { name: 'parent' },
          line: 2,
          column: 18,
          suggestions: [{ messageId: 'suggestAwait', data: { name: 'parent' }, output: 'export async function generateMetadata({ params }, parent) {\n  const images = (await parent).openGraph?.images;\n  return { openGraph: { images } };\n}\nexport function generateViewport(props, { themeColor }) {\n  return { themeColor };\n}\nexport default function Page() { return null; }' }],
        },
        { messageId: 'syncRouteProp', data: { name: 'parent' }, line: 5, column: 41, suggestions: [] },
      ],
    },
    {
      name: 'params in a layout and in its generateMetadata',
      code: 'export function generateMetadata(props) { return { title: props.params.slug }; }\nexport default function Layout({ children, params }) { return <div data-slug={params.slug}>{children}</div>; }',
      filename: layout,
      errors: [
        { messageId: 'syncRouteProp', line: 1, column: 59, suggestions: [] },
        { messageId: 'syncRouteProp', line: 2, column: 79, suggestions: [] },
      ],
    },
    {
      name: 'params in a default.tsx',
      code: 'export default function Default({ params }) { return params.id; }',
      filename: defaultFile,
      errors: [{ messageId: 'syncRouteProp', line: 1, column: 54, suggestions: [] }],
    },
    // route handlers
    {
      name: 'route handler: context.params.id and a destructured arrow method',
      code: 'export async function GET(request, context) {\n  return Response.json(context.params.id);\n}\nexport const DELETE = async (request, { params: { id } }) => Response.json(id);',
      filename: routeHandler,
      errors: [
        { messageId: 'syncRouteProp', line: 2, column: 24, suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'export async function GET(request, context) {\n  return Response.json((await context.params).id);\n}\nexport const DELETE = async (request, { params: { id } }) => Response.json(id);' }] },
        { messageId: 'syncRouteProp', line: 4, column: 49, suggestions: [] },
      ],
    },
    {
      name: 'route handler: export { handler as POST }',
      code: 'async function handler(request, { params }) {\n  return Response.json(params.id);\n}\nexport { handler as POST };',
      filename: routeHandler,
      errors: [{ messageId: 'syncRouteProp', line: 2, column: 24, suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'async function handler(request, { params }) {\n  return Response.json((await params).id);\n}\nexport { handler as POST };' }] }],
    },
    // metadata routes
    {
      name: 'image route: id in a template and params.slug',
      code: 'export default async function Image({ params, id }) {\n  return `${id}-${params.slug}`;\n}',
      filename: ogImage,
      errors: [
        { messageId: 'syncRouteProp', data: { name: 'id' }, line: 2, column: 13, suggestions: [{ messageId: 'suggestAwait', data: { name: 'id' }, output: 'export default async function Image({ params, id }) {\n  return `${(await id)}-${params.slug}`;\n}' }] },
        { messageId: 'syncRouteProp', data: { name: 'params' }, line: 2, column: 19, suggestions: [{ messageId: 'suggestAwait', data: { name: 'params' }, output: 'export default async function Image({ params, id }) {\n  return `${id}-${(await params).slug}`;\n}' }] },
      ],
    },
    {
      name: 'sitemap: id compared and used as a computed key',
      code: 'export default function sitemap({ id }) {\n  return id === 0 ? [] : PAGES[id];\n}',
      filename: sitemap,
      errors: [
        { messageId: 'syncRouteProp', data: { name: 'id' }, line: 2, column: 10, suggestions: [] },
        { messageId: 'syncRouteProp', data: { name: 'id' }, line: 2, column: 32, suggestions: [] },
      ],
    },
    {
      // The file never writes `params`: its name alone makes it a route that takes props.
      name: 'image route reading only id',
      code: 'export default async function Image({ id }) {\n  return new Response(id.toString());\n}',
      filename: ogImage,
      errors: [{ messageId: 'syncRouteProp', data: { name: 'id' }, line: 2, column: 23, suggestions: [{ messageId: 'suggestAwait', data: { name: 'id' }, output: 'export default async function Image({ id }) {\n  return new Response((await id).toString());\n}' }] }],
    },
  ],
});
