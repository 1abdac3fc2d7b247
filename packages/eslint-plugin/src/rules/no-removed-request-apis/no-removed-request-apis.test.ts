import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-removed-request-apis.js';

const project = createTempProject();
const routeFile = project.file('app/api/geo/route.ts');
const middlewareFile = project.file('middleware.ts');
const srcProxyFile = project.file('src/proxy.js');
const componentFile = project.file('lib/request.ts');

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'ImageResponse from next/og', code: "import { ImageResponse } from 'next/og';" },
    { name: 'NextResponse from next/server', code: "import { NextResponse, NextRequest } from 'next/server';" },
    { name: 'ImageResponse from another package', code: "import { ImageResponse } from '@vercel/og';" },
    {
      name: 'request.ip on a plain Request parameter of a component file',
      code: 'export function getIp(request: Request) { return request.ip; }',
      filename: componentFile,
    },
    {
      name: 'NextRequest from somewhere else',
      code: "import type { NextRequest } from './types';\nexport function getIp(request: NextRequest) { return request.ip; }",
    },
    {
      name: 'other members of a NextRequest',
      code: "import type { NextRequest } from 'next/server';\nexport function f(request: NextRequest) { return [request.nextUrl, request.cookies, request.headers.get('x-forwarded-for')]; }",
    },
    {
      name: 'a shadowing local of the same name is a different value',
      code: "import type { NextRequest } from 'next/server';\nexport function f(request: NextRequest) { const g = (request: { ip: string }) => request.ip; return g; }",
    },
    {
      name: 'ip of another object in a route handler',
      code: 'export async function GET(request) { const client = { ip: 1 }; return Response.json(client.ip); }',
      filename: routeFile,
    },
    {
      name: 'a second parameter of a route handler',
      code: 'export async function GET(request, context) { return Response.json(context.geo); }',
      filename: routeFile,
    },
    {
      name: 'a function named middleware outside a middleware file',
      code: 'export function middleware(request) { return request.geo; }',
      filename: componentFile,
    },
    {
      name: 'a route-handler-like export outside a route file',
      code: 'export function GET(request) { return request.ip; }',
      filename: componentFile,
    },
    {
      name: 'a computed member that is not a literal',
      code: "import type { NextRequest } from 'next/server';\nexport function f(request: NextRequest, key: string) { return request[key]; }",
    },
  ],
  invalid: [
    {
      name: 'ImageResponse alone from next/server: the source is fixed',
      code: "import { ImageResponse } from 'next/server';",
      output: "import { ImageResponse } from 'next/og';",
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 10 }],
    },
    {
      name: 'double quotes stay double quotes',
      code: 'import { ImageResponse as OG } from "next/server"',
      output: 'import { ImageResponse as OG } from "next/og"',
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 10 }],
    },
    {
      name: 'a mixed import is split: ImageResponse last',
      code: "import { NextResponse, ImageResponse } from 'next/server';\nexport const x = [NextResponse, ImageResponse];",
      output:
        "import { NextResponse } from 'next/server';\nimport { ImageResponse } from 'next/og';\nexport const x = [NextResponse, ImageResponse];",
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 24 }],
    },
    {
      name: 'a mixed import is split: ImageResponse first, with a block comment',
      code: "import { /* og */ ImageResponse, NextResponse } from 'next/server'",
      output: "import { NextResponse } from 'next/server'\nimport { /* og */ ImageResponse } from 'next/og'",
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 19 }],
    },
    {
      name: 'a mixed import is split: the line comments travel with ImageResponse',
      code: [
        'import {',
        '  NextResponse, // responses',
        '  ImageResponse, // images',
        '  NextRequest,',
        "} from 'next/server';",
      ].join('\n'),
      output: [
        'import {',
        '  NextResponse, // responses',
        '  NextRequest,',
        "} from 'next/server';",
        'import {',
        '  ImageResponse // images',
        "} from 'next/og';",
      ].join('\n'),
      errors: [{ messageId: 'imageResponseFromServer', line: 3, column: 3 }],
    },
    {
      name: 'a comment on its own line before ImageResponse travels with it, the others stay',
      code: [
        'import {',
        '  // images',
        '  ImageResponse,',
        '  /* responses */ NextResponse,',
        "} from 'next/server';",
      ].join('\n'),
      output: ['import {', '  /* responses */ NextResponse,', "} from 'next/server';", 'import {', '  // images', '  ImageResponse', "} from 'next/og';"].join('\n'),
      errors: [{ messageId: 'imageResponseFromServer', line: 3, column: 3 }],
    },
    {
      name: 'last without a comma, after a commented specifier: the comma before it goes, the comment stays',
      code: ['import {', '  NextResponse, // responses', '  ImageResponse', "} from 'next/server';"].join('\n'),
      output: ['import {', '  NextResponse // responses', "} from 'next/server';", "import { ImageResponse } from 'next/og';"].join('\n'),
      errors: [{ messageId: 'imageResponseFromServer', line: 3, column: 3 }],
    },
    {
      name: 'a renamed, type-qualified specifier keeps its form',
      code: "import { NextResponse, type ImageResponse as IR } from 'next/server';",
      output: "import { NextResponse } from 'next/server';\nimport { type ImageResponse as IR } from 'next/og';",
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 24 }],
    },
    {
      name: 'a re-export',
      code: "export { ImageResponse, NextResponse } from 'next/server';",
      output: "export { NextResponse } from 'next/server';\nexport { ImageResponse } from 'next/og';",
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 10 }],
    },
    {
      name: 'beside a default import: reported, not fixed',
      code: "import server, { ImageResponse } from 'next/server';",
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 18 }],
    },
    {
      name: 'through a namespace import',
      code: "import * as server from 'next/server';\nexport const image = () => new server.ImageResponse(null);",
      errors: [{ messageId: 'imageResponseFromServer', line: 2, column: 32 }],
    },
    {
      name: 'through require',
      code: "const { ImageResponse } = require('next/server');",
      errors: [{ messageId: 'imageResponseFromServer', line: 1, column: 9 }],
    },
    {
      name: 'request.ip and request.geo on an annotated NextRequest',
      code: [
        "import { NextResponse, type NextRequest } from 'next/server';",
        'export function middleware(request: NextRequest) {',
        '  const country = request.geo?.country;',
        "  return NextResponse.json({ ip: request['ip'], country });",
        '}',
      ].join('\n'),
      filename: componentFile,
      errors: [
        { messageId: 'removedGeo', line: 3, column: 27 },
        { messageId: 'removedIp', line: 4, column: 42 },
      ],
    },
    {
      name: 'a type-only import, a renamed type, a defaulted parameter and a declared variable',
      code: [
        "import type { NextRequest as Req } from 'next/server';",
        'export function f(request: Req = undefined!) { return request.ip; }',
        'declare const incoming: Req;',
        'export const g = incoming.geo;',
      ].join('\n'),
      errors: [
        { messageId: 'removedIp', line: 2, column: 63 },
        { messageId: 'removedGeo', line: 4, column: 27 },
      ],
    },
    {
      name: 'a namespace-qualified type',
      code: "import * as server from 'next/server';\nexport const f = (req: server.NextRequest) => req.ip;",
      errors: [{ messageId: 'removedIp', line: 2, column: 51 }],
    },
    {
      name: 'destructured, in the parameter and from the variable',
      code: [
        "import type { NextRequest } from 'next/server';",
        'export function f({ ip }: NextRequest, other: NextRequest) {',
        '  const { geo: location, nextUrl } = other;',
        '  return [ip, location, nextUrl];',
        '}',
      ].join('\n'),
      errors: [
        { messageId: 'removedIp', line: 2, column: 21 },
        { messageId: 'removedGeo', line: 3, column: 11 },
      ],
    },
    {
      name: 'the request of a route handler, without annotations',
      code: 'export async function GET(request) {\n  return Response.json({ ip: request.ip });\n}\nexport const POST = ({ geo }) => Response.json(geo);',
      filename: routeFile,
      errors: [
        { messageId: 'removedIp', line: 2, column: 38 },
        { messageId: 'removedGeo', line: 4, column: 24 },
      ],
    },
    {
      name: 'the request of middleware at the project root',
      code: 'export function middleware(req) {\n  return req.geo.city;\n}',
      filename: middlewareFile,
      errors: [{ messageId: 'removedGeo', line: 2, column: 14 }],
    },
    {
      name: 'the request of a default-exported proxy in src/',
      code: 'export default function proxy(req) {\n  return req.ip;\n}',
      filename: srcProxyFile,
      errors: [{ messageId: 'removedIp', line: 2, column: 14 }],
    },
  ],
});

describe('what Next does (next 16.4.6)', () => {
  it('ImageResponse from next/server throws when constructed; the one from next/og renders', async () => {
    const require = createRequire(import.meta.url);
    const server = require('next/server') as { ImageResponse: new (element: unknown) => unknown };
    const og = require('next/og') as { ImageResponse: new (element: unknown, options: object) => Response };
    const react = require('react') as typeof import('react');
    expect(() => new server.ImageResponse(null)).toThrow('ImageResponse moved from "next/server" to "next/og" since Next.js 14');
    const image = new og.ImageResponse(react.createElement('div', { style: { display: 'flex' } }, 'a'), { width: 20, height: 10 });
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });
});
