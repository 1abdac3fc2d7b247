import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-empty-generate-static-params.js';

const ruleTester = createRuleTester();
const cached = createTempProject({ config: { cacheComponents: true } });
const classic = createTempProject({ config: { cacheComponents: false } });
const page = cached.file('app/blog/[slug]/page.tsx');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    { name: 'returns a param', filename: page, code: "export function generateStaticParams() { return [{ slug: 'hello' }]; }" },
    { name: 'returns a computed list (not provably empty)', filename: page, code: 'export async function generateStaticParams() { const posts = await load(); return posts.map((p) => ({ slug: p.slug })); }' },
    { name: 'without cacheComponents, [] is the documented way to render on demand', filename: classic.file('app/blog/[slug]/page.tsx'), code: 'export async function generateStaticParams() { return []; }' },
    { name: 'an empty array returned by a nested function', filename: page, code: "export function generateStaticParams() { const none = () => []; return [{ slug: 'a' }]; }" },
    { name: 'a function that is not generateStaticParams', filename: page, code: 'export function generateSitemaps() { return []; }' },
    { name: 'not exported', filename: page, code: 'function generateStaticParams() { return []; }' },
    { name: 'a file that is not a page, layout or route', filename: cached.file('app/blog/[slug]/loading.tsx'), code: 'export function generateStaticParams() { return []; }' },
    { name: 'a route without dynamic segments', filename: cached.file('app/about/page.tsx'), code: 'export function generateStaticParams() { return []; }' },
    { name: 'outside the app directory', filename: cached.file('lib/params.ts'), code: 'export function generateStaticParams() { return []; }' },
    { name: 're-exported from elsewhere (not visible here)', filename: page, code: "export { generateStaticParams } from './params';" },
  ],
  invalid: [
    {
      name: 'return [] in an async page function; the page gets a notFound() guard',
      filename: page,
      code: "import { cache } from 'react';\n\nexport async function generateStaticParams() {\n  return [];\n}\n\nexport default async function Page({ params }: PageProps<'/blog/[slug]'>) {\n  const { slug } = await params;\n  return <h1>{slug}</h1>;\n}",
      errors: [
        {
          messageId: 'emptyStaticParams',
          line: 4,
          column: 10,
          endLine: 4,
          endColumn: 12,
          suggestions: [
            {
              messageId: 'usePlaceholderWithNotFound',
              data: { placeholder: "[{ slug: '__placeholder__' }]", kind: 'page' },
              output: "import { cache } from 'react';\nimport { notFound } from 'next/navigation';\n\nexport async function generateStaticParams() {\n  return [{ slug: '__placeholder__' }];\n}\n\nexport default async function Page({ params }: PageProps<'/blog/[slug]'>) {\n  if ((await params).slug === '__placeholder__') notFound();\n  const { slug } = await params;\n  return <h1>{slug}</h1>;\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'an early return [] on a path, an arrow with props, notFound already imported, double quotes',
      filename: cached.file('app/[lang]/docs/[...path]/page.tsx'),
      code: 'import { notFound } from "next/navigation";\nexport const generateStaticParams = async () => {\n  const docs = await load();\n  if (!docs) return [] as const;\n  return docs.map((d) => ({ lang: d.lang, path: d.path }));\n};\nexport default async function Page(props) {\n  return null;\n}',
      errors: [
        {
          messageId: 'emptyStaticParams',
          line: 4,
          column: 21,
          suggestions: [
            {
              messageId: 'usePlaceholderWithNotFound',
              data: { placeholder: '[{ lang: "__placeholder__", path: ["__placeholder__"] }]', kind: 'page' },
              output: 'import { notFound } from "next/navigation";\nexport const generateStaticParams = async () => {\n  const docs = await load();\n  if (!docs) return [{ lang: "__placeholder__", path: ["__placeholder__"] }] as const;\n  return docs.map((d) => ({ lang: d.lang, path: d.path }));\n};\nexport default async function Page(props) {\n  if ((await props.params).lang === "__placeholder__") notFound();\n  return null;\n}',
            },
          ],
        },
      ],
    },
    {
      name: 'an arrow with an expression body in a route handler: placeholder only',
      filename: cached.file('app/api/posts/[id]/route.ts'),
      code: 'export const generateStaticParams = () => [];\nexport async function GET() { return Response.json({}); }',
      errors: [
        {
          messageId: 'emptyStaticParams',
          line: 1,
          column: 43,
          suggestions: [
            {
              messageId: 'usePlaceholder',
              data: { placeholder: "[{ id: '__placeholder__' }]" },
              output: "export const generateStaticParams = () => [{ id: '__placeholder__' }];\nexport async function GET() { return Response.json({}); }",
            },
          ],
        },
      ],
    },
    {
      name: 'Promise.resolve([]) in a layout whose component is not async: placeholder only; optional catch-all',
      filename: cached.file('app/shop/[[...filters]]/layout.js'),
      code: 'export function generateStaticParams() {\n  return Promise.resolve([]);\n}\nexport default function Layout({ children }) { return children; }',
      errors: [
        {
          messageId: 'emptyStaticParams',
          line: 2,
          column: 26,
          suggestions: [
            {
              messageId: 'usePlaceholder',
              data: { placeholder: "[{ filters: ['__placeholder__'] }]" },
              output: "export function generateStaticParams() {\n  return Promise.resolve([{ filters: ['__placeholder__'] }]);\n}\nexport default function Layout({ children }) { return children; }",
            },
          ],
        },
      ],
    },
    {
      name: 'export { local as generateStaticParams }, with a comment inside the array: no suggestion',
      filename: page,
      code: 'function none() {\n  return [/* filled at runtime */];\n}\nexport { none as generateStaticParams };',
      errors: [{ messageId: 'emptyStaticParams', line: 2, column: 10, suggestions: [] }],
    },
  ],
});
