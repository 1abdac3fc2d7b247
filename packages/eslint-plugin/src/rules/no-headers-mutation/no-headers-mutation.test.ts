import { createRuleTester } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-headers-mutation.js';

const IMPORT = "import { headers } from 'next/headers';\n";

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'reading headers', code: `${IMPORT}export async function GET() { const h = await headers(); return Response.json([h.get('a'), h.has('b'), [...h.keys()]]); }` },
    { name: 'a copy is mutable', code: `${IMPORT}export async function f() { const h = new Headers(await headers()); h.set('x', '1'); return fetch('/', { headers: h }); }` },
    { name: 'headers of a Response', code: `export async function GET() { const res = new Response(null); res.headers.set('x', '1'); return res; }` },
    { name: 'a request.headers mutation is not headers()', code: `export function middleware(request) { request.headers.set('x', '1'); }` },
    { name: 'headers from another module', code: `import { headers } from './headers';\nexport async function f() { (await headers()).set('x', '1'); }` },
    { name: 'a shadowing local function', code: `${IMPORT}export async function f() { const headers = async () => new Headers(); (await headers()).set('x', '1'); }` },
    { name: 'a variable reassigned before the mutation', code: `${IMPORT}export async function f() { let h = await headers(); h = new Headers(h); h.set('x', '1'); }` },
    { name: 'use() from another module', code: `${IMPORT}import { use } from './use';\nexport function C() { use(headers()).set('x', '1'); return null; }` },
    { name: 'the un-awaited call is left to await-request-apis', code: `${IMPORT}export function f() { headers().set('x', '1'); }` },
    { name: 'a mutator name used as a value, not called', code: `${IMPORT}export async function f() { const h = await headers(); return typeof h.set; }` },
  ],
  invalid: [
    {
      name: 'set on the awaited result',
      code: `${IMPORT}export async function f() {\n  (await headers()).set('x', '1');\n}`,
      errors: [{ messageId: 'readOnlyHeaders', data: { method: 'set' }, line: 3, column: 3 }],
    },
    {
      name: 'append and delete through a const',
      code: `${IMPORT}export async function f() {\n  const h = await headers();\n  h.append('x', '1');\n  h['delete']('y');\n}`,
      errors: [
        { messageId: 'readOnlyHeaders', data: { method: 'append' }, line: 4, column: 3 },
        { messageId: 'readOnlyHeaders', data: { method: 'delete' }, line: 5, column: 3 },
      ],
    },
    {
      name: 'optional chaining and a TS cast',
      code: `${IMPORT}export async function f() {\n  const h = (await headers()) as Headers;\n  h?.set('x', '1');\n}`,
      errors: [{ messageId: 'readOnlyHeaders', line: 4, column: 3 }],
    },
    {
      name: "React's use()",
      code: `${IMPORT}import { use } from 'react';\nexport function C() {\n  const h = use(headers());\n  h.set('x', '1');\n  return null;\n}`,
      errors: [{ messageId: 'readOnlyHeaders', line: 5, column: 3 }],
    },
    {
      name: 'renamed and namespace imports, React.use',
      code: "import * as next from 'next/headers';\nimport { headers as h } from 'next/headers';\nimport React from 'react';\nexport async function f() {\n  (await next.headers()).delete('a');\n  React.use(h()).set('b', '1');\n}",
      errors: [
        { messageId: 'readOnlyHeaders', data: { method: 'delete' }, line: 5, column: 3 },
        { messageId: 'readOnlyHeaders', data: { method: 'set' }, line: 6, column: 3 },
      ],
    },
    {
      name: 'a let that is never reassigned, in a nested function',
      code: `${IMPORT}export async function f() {\n  let h = await headers();\n  return () => h.set('x', '1');\n}`,
      errors: [{ messageId: 'readOnlyHeaders', line: 4, column: 16 }],
    },
  ],
});
