import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-server-exports-in-client.js';

const project = createTempProject();
const page = project.file('app/blog/[slug]/page.tsx');
const layout = project.file('app/(shop)/layout.tsx');
const routeHandler = project.file('app/api/items/route.ts');
const ogImage = project.file('app/blog/opengraph-image.tsx');
const template = project.file('app/template.tsx');
const component = project.file('components/counter.tsx');

const PAGE = 'export default function Page() { return <p />; }';

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'a server page exports metadata', code: `export const metadata = { title: 'x' };\n${PAGE}`, filename: page },
    {
      name: 'a server layout exports every server-only name',
      code: "export const viewport = {};\nexport const dynamic = 'force-dynamic';\nexport const revalidate = 60;\nexport async function generateStaticParams() { return [{ slug: 'a' }]; }\nexport default function Layout({ children }) { return children; }",
      filename: layout,
    },
    { name: "a client page with only a default export", code: `'use client';\n${PAGE}`, filename: page },
    {
      name: 'a client page with other named exports',
      code: `'use client';\nexport const meta = 1;\nexport function useTitle() { return 'x'; }\n${PAGE}`,
      filename: page,
    },
    {
      name: 'a non-exported local named metadata in a client page',
      code: `'use client';\nconst metadata = { title: 'x' };\nexport default function Page() { return <p>{metadata.title}</p>; }`,
      filename: page,
    },
    {
      name: "'use client' after an import is not a directive",
      code: `import x from 'x';\n'use client';\nexport const metadata = { title: x };\n${PAGE}`,
      filename: page,
    },
    {
      name: 'a type-only export of the same name',
      code: `'use client';\nexport type metadata = { title: string };\n${PAGE}`,
      filename: page,
    },
    {
      name: 'a client template is not read for these exports',
      code: "'use client';\nexport const dynamic = 'force-dynamic';\nexport default function Template({ children }) { return children; }",
      filename: template,
    },
    {
      name: 'a client component module, by default',
      code: "'use client';\nexport const metadata = { title: 'x' };\nexport const runtime = 'edge';\nexport function Counter() { return null; }",
      filename: component,
    },
    {
      name: 'no route context (not in a Next project), by default',
      code: "'use client';\nexport const metadata = { title: 'x' };",
    },
  ],
  invalid: [
    {
      name: 'metadata from a client page',
      code: `'use client';\nexport const metadata = { title: 'x' };\n${PAGE}`,
      filename: page,
      errors: [{ messageId: 'metadataInClient', data: { name: 'metadata' }, line: 2, column: 14 }],
    },
    {
      name: 'generateMetadata (async function) with double-quoted directive',
      code: `"use client"\nexport async function generateMetadata() { return {}; }\n${PAGE}`,
      filename: page,
      errors: [{ messageId: 'metadataInClient', data: { name: 'generateMetadata' }, line: 2, column: 23 }],
    },
    {
      name: 'viewport and generateViewport from a client layout',
      code: "'use client';\nexport const viewport = { themeColor: 'red' };\nexport function generateViewport() { return {}; }\nexport default function Layout({ children }) { return children; }",
      filename: layout,
      errors: [
        { messageId: 'viewportInClient', data: { name: 'viewport' }, line: 2, column: 14 },
        { messageId: 'viewportInClient', data: { name: 'generateViewport' }, line: 3, column: 17 },
      ],
    },
    {
      name: 'generateStaticParams from a client page',
      code: `'use client';\nexport function generateStaticParams() { return [{ slug: 'a' }]; }\n${PAGE}`,
      filename: page,
      errors: [{ messageId: 'staticParamsInClient', line: 2, column: 17 }],
    },
    {
      name: 'every segment config option',
      code: [
        "'use client';",
        "export const dynamic = 'force-dynamic';",
        'export const dynamicParams = false;',
        'export const revalidate = 60;',
        "export const fetchCache = 'force-no-store';",
        "export const runtime = 'edge';",
        "export const preferredRegion = 'auto';",
        'export const maxDuration = 5;',
        PAGE,
      ].join('\n'),
      filename: page,
      errors: [
        { messageId: 'segmentConfigInClient', data: { name: 'dynamic' }, line: 2, column: 14 },
        { messageId: 'segmentConfigInClient', data: { name: 'dynamicParams' }, line: 3, column: 14 },
        { messageId: 'segmentConfigInClient', data: { name: 'revalidate' }, line: 4, column: 14 },
        { messageId: 'segmentConfigInClient', data: { name: 'fetchCache' }, line: 5, column: 14 },
        { messageId: 'segmentConfigInClient', data: { name: 'runtime' }, line: 6, column: 14 },
        { messageId: 'segmentConfigInClient', data: { name: 'preferredRegion' }, line: 7, column: 14 },
        { messageId: 'segmentConfigInClient', data: { name: 'maxDuration' }, line: 8, column: 14 },
      ],
    },
    {
      name: 'segment config from a client route handler',
      code: "'use client';\nexport const dynamic = 'force-static';\nexport async function GET() { return Response.json({}); }",
      filename: routeHandler,
      errors: [{ messageId: 'segmentConfigInClient', line: 2, column: 14 }],
    },
    {
      name: 'export specifiers, renamed and local',
      code: `'use client';\nconst meta = { title: 'x' };\nconst dynamic = 'force-dynamic';\nexport { meta as metadata, dynamic };\n${PAGE}`,
      filename: page,
      errors: [
        { messageId: 'metadataInClient', data: { name: 'metadata' }, line: 4, column: 18 },
        { messageId: 'segmentConfigInClient', data: { name: 'dynamic' }, line: 4, column: 28 },
      ],
    },
    {
      name: 'a re-export from another module',
      code: `'use client';\nexport { metadata } from './metadata';\n${PAGE}`,
      filename: page,
      errors: [{ messageId: 'metadataInClient', line: 2, column: 10 }],
    },
    {
      name: 'generateImageMetadata from a client opengraph-image route',
      code: "'use client';\nexport function generateImageMetadata() { return [{ id: 'a' }]; }\nexport default function Image() { return null; }",
      filename: ogImage,
      errors: [{ messageId: 'imageMetadataInClient', line: 2, column: 17 }],
    },
    {
      name: 'checkAllClientModules: a client component module',
      code: "'use client';\nexport const metadata = { title: 'x' };\nexport function Counter() { return null; }",
      filename: component,
      options: [{ checkAllClientModules: true }],
      errors: [{ messageId: 'metadataInClient', line: 2, column: 14 }],
    },
  ],
});
