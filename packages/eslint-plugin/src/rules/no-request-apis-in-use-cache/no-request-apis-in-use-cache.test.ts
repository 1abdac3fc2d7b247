import { createRuleTester } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-request-apis-in-use-cache.js';

const IMPORT = "import { cookies, headers, draftMode } from 'next/headers';\n";

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'cookies outside any cache scope', code: `${IMPORT}export async function f() { return (await cookies()).get('a'); }` },
    {
      name: 'read outside, passed in as an argument',
      code: `${IMPORT}async function getData(token) { 'use cache'; return token; }\nexport default async function Page() { return getData((await cookies()).get('t')?.value); }`,
    },
    { name: "'use cache: private' may read cookies and headers", code: `${IMPORT}async function f() { 'use cache: private'; return [(await cookies()).get('a'), (await headers()).get('b')]; }` },
    { name: 'reading draftMode inside use cache', code: `${IMPORT}async function f() { 'use cache'; const { isEnabled } = await draftMode(); return isEnabled; }` },
    { name: 'a use cache string that is not a directive', code: `${IMPORT}async function f() { await g(); 'use cache'; return cookies(); }` },
    { name: 'a local cookies function inside use cache', code: `async function f() { 'use cache'; const cookies = () => 1; return cookies(); }` },
    { name: 'cookies from another module', code: `import { cookies } from './cookies';\nasync function f() { 'use cache'; return cookies(); }` },
    { name: 'unstable_cache from another module', code: `${IMPORT}import { unstable_cache } from './cache';\nexport const f = unstable_cache(async () => (await cookies()).get('a'));` },
    { name: 'the second argument of unstable_cache is not the callback', code: `${IMPORT}import { unstable_cache } from 'next/cache';\nexport const f = (key) => unstable_cache(async () => 1, [key]);\nexport async function g() { return (await cookies()).get('a'); }` },
    {
      name: 'a cached function defined beside (not around) the call',
      code: `${IMPORT}export async function Page() {\n  async function cached() { 'use cache'; return 1; }\n  return [(await headers()).get('a'), await cached()];\n}`,
    },
    { name: 'draftMode enable outside a cache scope', code: `${IMPORT}export async function GET() { (await draftMode()).enable(); return new Response(); }` },
  ],
  invalid: [
    {
      name: 'cookies() in a use cache function',
      code: `${IMPORT}export async function getUser() {\n  'use cache';\n  const token = (await cookies()).get('token');\n  return token;\n}`,
      errors: [{ messageId: 'requestApiInCache', data: { name: 'cookies', directive: 'use cache' }, line: 4, column: 24 }],
    },
    {
      name: "headers() in a 'use cache: remote' arrow function",
      code: `${IMPORT}export const f = async () => {\n  "use cache: remote";\n  return (await headers()).get('x');\n};`,
      errors: [{ messageId: 'requestApiInCache', data: { name: 'headers', directive: 'use cache: remote' }, line: 4, column: 17 }],
    },
    {
      name: 'a file marked use cache',
      code: `'use cache';\n${IMPORT}export async function f() {\n  return (await cookies()).has('a');\n}`,
      errors: [{ messageId: 'requestApiInCache', data: { name: 'cookies', directive: 'use cache' }, line: 4, column: 17 }],
    },
    {
      name: 'in a function nested in a cached function, renamed and namespace imports',
      code: "import { cookies as c } from 'next/headers';\nimport * as h from 'next/headers';\nexport async function f() {\n  'use cache';\n  const read = async () => [(await c()).get('a'), (await h.headers()).get('b')];\n  return read();\n}",
      errors: [
        { messageId: 'requestApiInCache', data: { name: 'cookies', directive: 'use cache' }, line: 5, column: 36 },
        { messageId: 'requestApiInCache', data: { name: 'headers', directive: 'use cache' }, line: 5, column: 58 },
      ],
    },
    {
      name: 'the nearest marked function wins: use cache inside use cache: private',
      code: `${IMPORT}async function outer() {\n  'use cache: private';\n  async function inner() { 'use cache'; return cookies(); }\n  return [await cookies(), await inner()];\n}`,
      errors: [{ messageId: 'requestApiInCache', line: 4, column: 48 }],
    },
    {
      name: 'an unstable_cache callback',
      code: `${IMPORT}import { unstable_cache } from 'next/cache';\nexport const getUser = unstable_cache(async () => {\n  return (await cookies()).get('a');\n}, ['user']);`,
      errors: [{ messageId: 'requestApiInUnstableCache', data: { name: 'cookies' }, line: 4, column: 17 }],
    },
    {
      name: 'draftMode().enable() and disable() inside use cache, even private',
      code: `${IMPORT}import { use } from 'react';\nasync function a() {\n  'use cache';\n  (await draftMode()).enable();\n}\nfunction b() {\n  'use cache: private';\n  const mode = use(draftMode());\n  mode.disable();\n}`,
      errors: [
        { messageId: 'draftModeChangeInCache', data: { method: 'enable' }, line: 5, column: 3 },
        { messageId: 'draftModeChangeInCache', data: { method: 'disable' }, line: 10, column: 3 },
      ],
    },
  ],
});
