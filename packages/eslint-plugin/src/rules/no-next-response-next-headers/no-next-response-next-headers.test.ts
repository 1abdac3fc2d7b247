import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createRuleTester } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-next-response-next-headers.js';

const IMPORT = "import { NextResponse, type NextRequest } from 'next/server';\n";

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'forwarding upstream', code: `${IMPORT}export function proxy(request: NextRequest) { return NextResponse.next({ request: { headers: new Headers() } }); }` },
    { name: 'no init', code: `${IMPORT}export function proxy() { return NextResponse.next(); }` },
    { name: 'status only', code: `${IMPORT}export function proxy() { return NextResponse.next({ status: 200 }); }` },
    {
      name: 'headers set on the returned response',
      code: `${IMPORT}export function proxy() { const response = NextResponse.next(); response.headers.set('x-a', '1'); return response; }`,
    },
    { name: 'NextResponse.json with headers', code: `${IMPORT}export function GET() { return NextResponse.json({}, { headers: { 'cache-control': 'no-store' } }); }` },
    { name: 'NextResponse.rewrite with headers is not next()', code: `${IMPORT}export function proxy(request: NextRequest) { return NextResponse.rewrite(new URL('/a', request.url), { headers: {} }); }` },
    { name: 'a NextResponse that is not Next\'s', code: "const NextResponse = { next: (init: unknown) => init };\nexport const r = NextResponse.next({ headers: {} });" },
    { name: 'a shadowing parameter', code: `${IMPORT}export function f(NextResponse: { next(x: unknown): void }) { NextResponse.next({ headers: {} }); }` },
    { name: 'a computed headers key is unknown', code: `${IMPORT}const key = 'headers';\nexport const r = NextResponse.next({ [key]: {} });` },
    { name: 'a spread init is unknown', code: `${IMPORT}export function proxy(init: ResponseInit) { return NextResponse.next({ ...init }); }` },
    { name: 'a let init is not followed', code: `${IMPORT}let init = { headers: {} };\ninit = {};\nexport const r = NextResponse.next(init);` },
  ],
  invalid: [
    {
      name: 'shorthand headers',
      code: `${IMPORT}export async function proxy(request: NextRequest) {\n  const headers = new Headers();\n  return NextResponse.next({ headers });\n}`,
      errors: [
        {
          messageId: 'headersToClient',
          line: 4,
          column: 30,
          suggestions: [
            {
              messageId: 'forwardUpstream',
              output: `${IMPORT}export async function proxy(request: NextRequest) {\n  const headers = new Headers();\n  return NextResponse.next({ request: { headers } });\n}`,
            },
          ],
        },
      ],
    },
    {
      name: 'headers: value, with a comment and another property',
      code: `${IMPORT}export const r = NextResponse.next({ status: 200, headers: /* auth */ { 'x-user': '1' } });`,
      errors: [
        {
          messageId: 'headersToClient',
          line: 2,
          column: 51,
          suggestions: [
            {
              messageId: 'forwardUpstream',
              output: `${IMPORT}export const r = NextResponse.next({ status: 200, request: { headers: /* auth */ { 'x-user': '1' } } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'a string key, a renamed import',
      code: "import { NextResponse as R } from 'next/server';\nexport const r = R.next({ 'headers': {} });",
      errors: [
        {
          messageId: 'headersToClient',
          line: 2,
          column: 27,
          suggestions: [{ messageId: 'forwardUpstream', output: "import { NextResponse as R } from 'next/server';\nexport const r = R.next({ request: { 'headers': {} } });" }],
        },
      ],
    },
    {
      name: 'through a namespace import and require',
      code: "import * as server from 'next/server';\nconst { NextResponse } = require('next/server');\nexport const a = server.NextResponse.next({ headers: {} });\nexport const b = NextResponse.next({ headers: {} });",
      errors: [
        {
          messageId: 'headersToClient',
          line: 3,
          column: 45,
          suggestions: [
            {
              messageId: 'forwardUpstream',
              output:
                "import * as server from 'next/server';\nconst { NextResponse } = require('next/server');\nexport const a = server.NextResponse.next({ request: { headers: {} } });\nexport const b = NextResponse.next({ headers: {} });",
            },
          ],
        },
        {
          messageId: 'headersToClient',
          line: 4,
          column: 38,
          suggestions: [
            {
              messageId: 'forwardUpstream',
              output:
                "import * as server from 'next/server';\nconst { NextResponse } = require('next/server');\nexport const a = server.NextResponse.next({ headers: {} });\nexport const b = NextResponse.next({ request: { headers: {} } });",
            },
          ],
        },
      ],
    },
    {
      name: 'an init constant: reported where headers is, no suggestion',
      code: `${IMPORT}const init = { headers: { 'x-a': '1' } };\nexport const r = NextResponse.next(init);`,
      errors: [{ messageId: 'headersToClient', line: 2, column: 16, suggestions: [] }],
    },
    {
      name: 'beside a request property: reported, no suggestion',
      code: `${IMPORT}export const r = NextResponse.next({ request: { headers: new Headers() }, headers: {} });`,
      errors: [{ messageId: 'headersToClient', line: 2, column: 75, suggestions: [] }],
    },
  ],
});

describe('what Next does (next 16.4.6)', () => {
  const require = createRequire(import.meta.url);
  const { NextResponse } = require('next/server') as { NextResponse: { next(init?: object): Response } };

  it('{ headers } become headers of the response to the client', () => {
    const response = NextResponse.next({ headers: { 'x-user': '1' } });
    expect(response.headers.get('x-user')).toBe('1');
    expect(response.headers.get('x-middleware-override-headers')).toBeNull();
  });

  it('{ request: { headers } } are forwarded upstream (override headers), not sent as response headers', () => {
    const response = NextResponse.next({ request: { headers: new Headers({ 'x-user': '1' }) } });
    expect(response.headers.get('x-user')).toBeNull();
    expect(response.headers.get('x-middleware-override-headers')).toBe('x-user');
    expect(response.headers.get('x-middleware-request-x-user')).toBe('1');
  });
});
