import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './valid-route-handler-exports.js';

const ruleTester = createRuleTester();
const project = createTempProject();
const route = project.file('app/api/users/[id]/route.ts');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'every method, segment config and generateStaticParams',
      filename: route,
      code: [
        'export async function GET() {}',
        'export const HEAD = async () => new Response();',
        'export function OPTIONS() {}',
        'export async function POST() {}',
        'async function put() {}',
        'export { put as PUT };',
        "export { DELETE, PATCH } from './handlers';",
        "export const dynamic = 'force-dynamic';",
        'export const revalidate = 60;',
        "export const runtime = 'nodejs';",
        'export const maxDuration = 5;',
        "export const preferredRegion = 'auto';",
        'export const fetchCache = "auto";',
        'export const dynamicParams = true;',
        "export async function generateStaticParams() { return [{ id: '1' }]; }",
        'export const config = { maxDuration: 5 };',
      ].join('\n'),
    },
    { name: 'type exports are not runtime exports', filename: route, code: 'export type User = { id: string };\nexport interface Body {}\nexport function GET() {}' },
    { name: 'export * may hold the methods', filename: route, code: "export * from './handlers';" },
    { name: 'an allowed helper', filename: route, code: 'export function GET() {}\nexport const testHelpers = {};', options: [{ allow: ['testHelpers'] }] },
    { name: 'a page may export anything', filename: project.file('app/api/users/[id]/page.tsx'), code: 'export default function Page() {}\nexport const get = 1;' },
    { name: 'a route.ts outside the app directory', filename: project.file('lib/route.ts'), code: 'export default function handler() {}' },
    { name: 'a route handler in src/app with a .js extension', filename: createTempProject({ config: null, srcDir: true }).file('src/app/feed/route.js'), code: 'export const GET = () => new Response("ok");' },
  ],
  invalid: [
    {
      name: 'a default export (and nothing else)',
      filename: route,
      code: 'export default async function handler(request) {\n  return Response.json({});\n}',
      errors: [{ messageId: 'defaultExport', line: 1, column: 1, endLine: 1, endColumn: 15 }],
    },
    {
      name: 'a default export through a specifier and a re-export',
      filename: route,
      code: "function handler() {}\nexport { handler as default };\nexport { GET } from './get';",
      errors: [{ messageId: 'defaultExport', line: 2, column: 21, endLine: 2, endColumn: 28 }],
    },
    {
      name: 'lowercase methods: renamed with their references, types kept',
      filename: route,
      code: "import type { Handler } from './types';\nexport async function get(request: Request) {\n  return Response.json({});\n}\nexport const post: Handler = async () => get(new Request('x'));\nexport const routes = { get };",
      // The rename of `get` spans the line of `post`, so ESLint applies the two fixes in two passes.
      output: [
        "import type { Handler } from './types';\nexport async function GET(request: Request) {\n  return Response.json({});\n}\nexport const post: Handler = async () => GET(new Request('x'));\nexport const routes = { get: GET };",
        "import type { Handler } from './types';\nexport async function GET(request: Request) {\n  return Response.json({});\n}\nexport const POST: Handler = async () => GET(new Request('x'));\nexport const routes = { get: GET };",
      ],
      errors: [
        { messageId: 'lowercaseMethod', data: { name: 'get', upper: 'GET' }, line: 2, column: 23, endLine: 2, endColumn: 26 },
        { messageId: 'lowercaseMethod', data: { name: 'post', upper: 'POST' }, line: 5, column: 14 },
        { messageId: 'unknownExport', data: { name: 'routes', methods: 'GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH' }, line: 6, column: 14 },
      ],
    },
    {
      name: 'lowercase specifiers get an upper-case exported name',
      filename: route,
      code: "function patch() {}\nfunction handler() {}\nexport { patch, handler as Delete };\nexport { options } from './cors';",
      output: "function patch() {}\nfunction handler() {}\nexport { patch as PATCH, handler as DELETE };\nexport { options as OPTIONS } from './cors';",
      errors: [
        { messageId: 'lowercaseMethod', data: { name: 'patch', upper: 'PATCH' }, line: 3, column: 10 },
        { messageId: 'lowercaseMethod', data: { name: 'Delete', upper: 'DELETE' }, line: 3, column: 28 },
        { messageId: 'lowercaseMethod', data: { name: 'options', upper: 'OPTIONS' }, line: 4, column: 10 },
      ],
    },
    {
      name: 'no fix when the upper-case export exists, or GET is bound where a reference is',
      filename: route,
      code: 'export function get() {}\nexport function GET() {}\nexport function put() {}\nfunction use(PUT) { return put(PUT); }',
      errors: [
        { messageId: 'lowercaseMethod', data: { name: 'get', upper: 'GET' }, line: 1, column: 17 },
        { messageId: 'lowercaseMethod', data: { name: 'put', upper: 'PUT' }, line: 3, column: 17 },
      ],
    },
    {
      name: 'no HTTP method at all, with a helper',
      filename: route,
      code: "export function handle() {}\nexport const revalidate = 60;",
      errors: [
        { messageId: 'unknownExport', data: { name: 'handle', methods: 'GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH' }, line: 1, column: 17 },
        { messageId: 'noMethod', line: 1, column: 17 },
      ],
    },
    {
      name: 'an empty route handler',
      filename: route,
      code: '',
      errors: [{ messageId: 'noMethod', line: 1, column: 1 }],
    },
    {
      name: 'a misspelt option and an unsupported method',
      filename: route,
      code: 'export function GET() {}\nexport const revalidat = 60;\nexport function CONNECT() {}',
      errors: [
        { messageId: 'unknownExport', data: { name: 'revalidat', methods: 'GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH' }, line: 2, column: 14 },
        { messageId: 'unknownExport', data: { name: 'CONNECT', methods: 'GET, HEAD, OPTIONS, POST, PUT, DELETE, PATCH' }, line: 3, column: 17 },
      ],
    },
  ],
});
