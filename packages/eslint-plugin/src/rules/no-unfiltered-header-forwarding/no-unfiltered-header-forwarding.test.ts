import { createRuleTester } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-unfiltered-header-forwarding.js';

const IMPORT = "import { NextResponse, type NextRequest } from 'next/server';\n";

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    {
      name: "the allow-list from Next's docs",
      code: `${IMPORT}export function proxy(request: NextRequest) {
  const incoming = new Headers(request.headers);
  const forwarded = new Headers();
  for (const [name, value] of incoming) {
    if (!name.toLowerCase().startsWith('x-')) forwarded.set(name, value);
  }
  return NextResponse.next({ request: { headers: forwarded } });
}`,
    },
    {
      name: 'a copy that is filtered with delete',
      code: `${IMPORT}export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.delete('cookie');
  return NextResponse.next({ request: { headers } });
}`,
    },
    {
      name: 'a copy passed to a function (which may filter it)',
      code: `${IMPORT}declare function strip(h: Headers): void;\nexport function proxy(request: NextRequest) {\n  const headers = new Headers(request.headers);\n  strip(headers);\n  return NextResponse.next({ request: { headers } });\n}`,
    },
    {
      name: 'a reassigned variable',
      code: `${IMPORT}export function proxy(request: NextRequest) {\n  let headers = new Headers(request.headers);\n  headers = new Headers();\n  return NextResponse.next({ request: { headers } });\n}`,
    },
    {
      name: 'new headers built from literals',
      code: `${IMPORT}export function proxy() { return NextResponse.next({ request: { headers: new Headers({ 'x-version': '1' }) } }); }`,
    },
    {
      name: 'headers of a non-parameter object',
      code: `${IMPORT}const config = { headers: new Headers() };\nexport function proxy() { return NextResponse.next({ request: { headers: new Headers(config.headers) } }); }`,
    },
    {
      name: 'a local Headers class',
      code: `${IMPORT}class Headers { constructor(_h: unknown) {} }\nexport function proxy(request: NextRequest) { return NextResponse.next({ request: { headers: new Headers(request.headers) as never } }); }`,
    },
    {
      name: 'response headers: the other rule',
      code: `${IMPORT}export function proxy(request: NextRequest) { return NextResponse.next({ headers: request.headers }); }`,
    },
    {
      name: 'a headers() that is not next/headers',
      code: `${IMPORT}declare function headers(): Headers;\nexport function proxy() { return NextResponse.next({ request: { headers: new Headers(headers()) } }); }`,
    },
  ],
  invalid: [
    {
      name: "the copy-and-add example of Next's docs",
      code: `${IMPORT}export function proxy(request: NextRequest) {
  const newHeaders = new Headers(request.headers);
  newHeaders.set('x-version', '123');
  return NextResponse.next({
    request: {
      headers: newHeaders,
    },
  });
}`,
      errors: [{ messageId: 'unfilteredForwarding', line: 7, column: 7 }],
    },
    {
      name: 'inline copy, and the incoming headers themselves',
      code: `${IMPORT}export function proxy(req: NextRequest) {
  if (req.nextUrl.pathname === '/a') return NextResponse.next({ request: { headers: new Headers(req.headers) } });
  return NextResponse.next({ request: { headers: req.headers } });
}`,
      errors: [
        { messageId: 'unfilteredForwarding', line: 3, column: 76 },
        { messageId: 'unfilteredForwarding', line: 4, column: 41 },
      ],
    },
    {
      name: 'rewrite with a copy of headers() from next/headers, through constants',
      code: `${IMPORT}import { headers as incoming } from 'next/headers';
export async function proxy(request: NextRequest) {
  const copy = new Headers(await incoming());
  copy.append('x-a', '1');
  const requestInit = { headers: copy };
  return NextResponse.rewrite(new URL('/b', request.url), { request: requestInit });
}`,
      errors: [{ messageId: 'unfilteredForwarding', line: 6, column: 25 }],
    },
  ],
});
