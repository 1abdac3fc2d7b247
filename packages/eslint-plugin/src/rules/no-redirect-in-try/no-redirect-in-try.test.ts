import { createRuleTester } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-redirect-in-try.js';

const ruleTester = createRuleTester();

const NAV = "import { redirect, notFound } from 'next/navigation';\n";

ruleTester.run(RULE_NAME, rule, {
  valid: [
    { name: 'redirect outside any try', code: `${NAV}export default async function Page() { const user = await getUser(); if (!user) redirect('/login'); }` },
    { name: 'redirect after the try/catch', code: `${NAV}async function f() { let ok; try { ok = await check(); } catch { ok = false; } if (!ok) redirect('/login'); }` },
    { name: 'redirect in the catch clause', code: `${NAV}async function f() { try { await check(); } catch (error) { redirect('/error'); } }` },
    { name: 'redirect in the finally clause', code: `${NAV}async function f() { try { await check(); } catch { log(); } finally { redirect('/done'); } }` },
    { name: 'try with finally and no catch lets the error through', code: `${NAV}function f() { try { redirect('/a'); } finally { cleanup(); } }` },
    { name: 'inside a callback defined in the try and not called there', code: `${NAV}function f(items) { try { items.forEach(() => notFound()); } catch (e) { log(e); } }` },
    { name: 'inside a function declared in the try and not called there', code: `${NAV}function f() { try { function go() { redirect('/a'); } register(go); } catch (e) { log(e); } }` },
    { name: 'inside an async IIFE that is not awaited', code: `${NAV}function f() { try { (async () => { redirect('/a'); })(); } catch (e) { log(e); } }` },
    {
      name: 'catch begins with unstable_rethrow(error)',
      code: "import { redirect, unstable_rethrow } from 'next/navigation';\nasync function f() { try { redirect('/a'); } catch (error) { unstable_rethrow(error); log(error); } }",
    },
    {
      name: 'catch begins with a namespaced unstable_rethrow',
      code: "import * as nav from 'next/navigation';\nasync function f() { try { nav.redirect('/a'); } catch (error) { nav.unstable_rethrow(error); } }",
    },
    { name: 'catch rethrows unconditionally', code: `${NAV}function f() { try { redirect('/a'); } catch (e) { console.error(e); throw e; } }` },
    { name: 'a local function named redirect', code: "function redirect(to) {}\nfunction f() { try { redirect('/a'); } catch {} }" },
    { name: 'redirect imported from another module', code: "import { redirect } from './navigation';\nfunction f() { try { redirect('/a'); } catch {} }" },
    { name: 'a parameter shadows the import', code: `${NAV}function f(redirect) { try { redirect('/a'); } catch {} }` },
    { name: 'a file without the navigation functions', code: "import { useRouter } from 'next/navigation';\nfunction f() { try { useRouter(); } catch {} }" },
    { name: 'a reference that is not a call', code: `${NAV}function f() { try { register(redirect); } catch {} }` },
  ],
  invalid: [
    {
      name: 'redirect as the last statement of a try with a catch',
      code: `${NAV}async function f() {\n  try {\n    await check();\n    redirect('/dashboard');\n  } catch (error) {\n    log(error);\n  }\n}`,
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 5,
          column: 5,
          endLine: 5,
          endColumn: 27,
          data: { name: 'redirect', effect: 'redirect' },
          suggestions: [
            {
              messageId: 'moveAfterTry',
              data: { name: 'redirect' },
              output: `${NAV}async function f() {\n  try {\n    await check();\n  } catch (error) {\n    log(error);\n  }\n  redirect('/dashboard');\n}`,
            },
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'error' },
              output: "import { redirect, notFound, unstable_rethrow } from 'next/navigation';\nasync function f() {\n  try {\n    await check();\n    redirect('/dashboard');\n  } catch (error) {\n    unstable_rethrow(error);\n    log(error);\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'a renamed notFound nested in an if: no move, rethrow only',
      code: "import { notFound as nf } from 'next/navigation';\nasync function f(id) {\n  try {\n    const post = await load(id);\n    if (!post) nf();\n  } catch (e) {\n    return null;\n  }\n}",
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 5,
          column: 16,
          data: { name: 'notFound', effect: '404 page' },
          suggestions: [
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'e' },
              output: "import { notFound as nf, unstable_rethrow } from 'next/navigation';\nasync function f(id) {\n  try {\n    const post = await load(id);\n    if (!post) nf();\n  } catch (e) {\n    unstable_rethrow(e);\n    return null;\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'a namespace import: the rethrow goes through the namespace; a catch with no param gets one',
      code: "import * as nav from 'next/navigation';\nfunction f() {\n  try {\n    nav.permanentRedirect('/new');\n  } catch {\n    fallback();\n  }\n}",
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 4,
          column: 5,
          data: { name: 'permanentRedirect', effect: 'redirect' },
          suggestions: [
            {
              messageId: 'moveAfterTry',
              data: { name: 'permanentRedirect' },
              output: "import * as nav from 'next/navigation';\nfunction f() {\n  try {\n  } catch {\n    fallback();\n  }\n  nav.permanentRedirect('/new');\n}",
            },
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'error' },
              output: "import * as nav from 'next/navigation';\nfunction f() {\n  try {\n    nav.permanentRedirect('/new');\n  } catch (error) {\n    nav.unstable_rethrow(error);\n    fallback();\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'forbidden and unauthorized, with an empty catch; a block-scoped argument blocks the move',
      code: "import { forbidden, unauthorized } from 'next/navigation';\nfunction f(user) {\n  try {\n    if (!user) unauthorized();\n    const role = user.role;\n    forbidden(role);\n  } catch (e) {}\n}",
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 4,
          column: 16,
          data: { name: 'unauthorized', effect: '401 page' },
          suggestions: [
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'e' },
              output: "import { forbidden, unauthorized, unstable_rethrow } from 'next/navigation';\nfunction f(user) {\n  try {\n    if (!user) unauthorized();\n    const role = user.role;\n    forbidden(role);\n  } catch (e) {\n    unstable_rethrow(e);\n  }\n}",
            },
          ],
        },
        {
          messageId: 'noRedirectInTry',
          line: 6,
          column: 5,
          data: { name: 'forbidden', effect: '403 page' },
          suggestions: [
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'e' },
              output: "import { forbidden, unauthorized, unstable_rethrow } from 'next/navigation';\nfunction f(user) {\n  try {\n    if (!user) unauthorized();\n    const role = user.role;\n    forbidden(role);\n  } catch (e) {\n    unstable_rethrow(e);\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'unstable_rethrow that is not the first statement of the catch',
      code: "import { redirect, unstable_rethrow } from 'next/navigation';\nfunction f() {\n  try {\n    go();\n    return redirect('/a');\n  } catch (err) {\n    log(err);\n    unstable_rethrow(err);\n  }\n}",
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 5,
          column: 12,
          suggestions: [
            {
              messageId: 'moveAfterTry',
              data: { name: 'redirect' },
              output: "import { redirect, unstable_rethrow } from 'next/navigation';\nfunction f() {\n  try {\n    go();\n  } catch (err) {\n    log(err);\n    unstable_rethrow(err);\n  }\n  return redirect('/a');\n}",
            },
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'err' },
              output: "import { redirect, unstable_rethrow } from 'next/navigation';\nfunction f() {\n  try {\n    go();\n    return redirect('/a');\n  } catch (err) {\n    unstable_rethrow(err);\n    log(err);\n    unstable_rethrow(err);\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'a conditional rethrow, and a rethrow of another error, still swallow it',
      code: `${NAV}function f() { try { redirect('/a'); } catch (e) { if (x) throw e; } }\nfunction g() { try { redirect('/b'); } catch (e) { throw new Error('wrapped'); } }\nfunction h() { try { redirect('/c'); } catch (e) { return; throw e; } }`,
      errors: [
        { messageId: 'noRedirectInTry', line: 2, column: 22, suggestions: 2 },
        { messageId: 'noRedirectInTry', line: 3, column: 22, suggestions: 2 },
        { messageId: 'noRedirectInTry', line: 4, column: 22, suggestions: 2 },
      ] as never,
    },
    {
      name: 'inside a synchronous IIFE and inside an awaited async IIFE',
      code: `${NAV}async function f() { try { (() => redirect('/a'))(); await (async () => { notFound(); })(); } catch (e) { log(e); } }`,
      errors: [
        { messageId: 'noRedirectInTry', line: 2, column: 35, suggestions: 1 },
        { messageId: 'noRedirectInTry', line: 2, column: 75, suggestions: 1 },
      ] as never,
    },
    {
      name: 'the inner catch rethrows, the outer one swallows',
      code: `${NAV}function f() {\n  try {\n    try {\n      redirect('/a');\n    } catch (e) {\n      throw e;\n    }\n  } catch {\n    recover();\n  }\n}`,
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 5,
          column: 7,
          suggestions: [
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'error' },
              output: "import { redirect, notFound, unstable_rethrow } from 'next/navigation';\nfunction f() {\n  try {\n    try {\n      redirect('/a');\n    } catch (e) {\n      throw e;\n    }\n  } catch (error) {\n    unstable_rethrow(error);\n    recover();\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'require() and a non-null assertion',
      code: "const { redirect } = require('next/navigation');\nfunction f() {\n  try {\n    redirect!('/a');\n  } catch (e) {\n    log(e);\n  }\n}",
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 4,
          column: 5,
          suggestions: [
            {
              messageId: 'moveAfterTry',
              data: { name: 'redirect' },
              output: "const { redirect } = require('next/navigation');\nfunction f() {\n  try {\n  } catch (e) {\n    log(e);\n  }\n  redirect!('/a');\n}",
            },
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'e' },
              output: "const { redirect, unstable_rethrow } = require('next/navigation');\nfunction f() {\n  try {\n    redirect!('/a');\n  } catch (e) {\n    unstable_rethrow(e);\n    log(e);\n  }\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'comments around the moved call stay in place',
      code: `${NAV}function f() {\n  try {\n    check(); // checked\n    // now go\n    redirect('/a');\n  } catch (e) {\n    log(e);\n  }\n}`,
      errors: [
        {
          messageId: 'noRedirectInTry',
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'moveAfterTry',
              data: { name: 'redirect' },
              output: `${NAV}function f() {\n  try {\n    check(); // checked\n    // now go\n  } catch (e) {\n    log(e);\n  }\n  redirect('/a');\n}`,
            },
            {
              messageId: 'addUnstableRethrow',
              data: { param: 'e' },
              output: "import { redirect, notFound, unstable_rethrow } from 'next/navigation';\nfunction f() {\n  try {\n    check(); // checked\n    // now go\n    redirect('/a');\n  } catch (e) {\n    unstable_rethrow(e);\n    log(e);\n  }\n}",
            },
          ],
        },
      ],
    },
  ],
});
