/**
 * Realistic source text for the files of a synthetic App Router app. Typegen reads only names, so
 * contents matter for the lint bench (and for content-only edits in the watch bench): each file
 * looks like what a real app holds (imports of next/navigation, next/headers, next/server,
 * generateStaticParams, metadata, segment config, client components), with a small, seeded rate
 * of the misuse that both plugins look for, so rules do real work.
 */

/** @typedef {import('./random.mjs').Random} Random */

/**
 * @typedef {object} PageInput
 * @property {string} route The route literal, e.g. `/shop-3/[id]`.
 * @property {readonly { name: string, kind: 'single' | 'catch-all' | 'optional-catch-all' }[]} params
 * @property {string} title
 * @property {Random} random
 * @property {boolean} [slot] A page inside a `@slot` (no metadata of its own).
 * @property {{ title: string, from: string }} [card] The section's card component: its title and the import path.
 */

const pascal = (text) => text.replace(/(^|[^a-zA-Z0-9])([a-zA-Z0-9])/g, (_, __, c) => c.toUpperCase()).replace(/^[0-9]/, 'P$&');

/**
 * Source of a `page.tsx`.
 * @param {PageInput} input
 * @returns {string}
 */
export function pageSource({ route, params, title, random, slot = false, card }) {
  const flavor = random.weighted([['server', 5], ['client', 2], ['static', 2], ['action', 1]]);
  const name = `${pascal(title)}Page`;
  if (flavor === 'client') return clientPageSource({ route, params, title, random, name });
  const lines = [];
  const imports = new Set(["import Link from 'next/link';"]);
  const body = [];
  const misuse = random.next();
  if (flavor === 'server' || flavor === 'action') {
    imports.add(flavor === 'action' || random.chance(0.6) ? "import { notFound, redirect } from 'next/navigation';" : "import { notFound } from 'next/navigation';");
    if (random.chance(0.5)) imports.add("import { cookies, headers } from 'next/headers';");
  }
  if (!slot && random.chance(0.6)) imports.add("import type { Metadata } from 'next';");
  if (random.chance(0.3)) imports.add("import Image from 'next/image';");
  if (card) imports.add(`import { ${pascal(card.title)}Card } from '${card.from}';`);
  lines.push(...imports, '');
  if (!slot && imports.has("import type { Metadata } from 'next';")) {
    if (random.chance(0.5)) {
      lines.push('export const metadata: Metadata = {', `  title: '${title}',`, `  description: 'All about ${title}.',`);
      if (misuse < 0.04) lines.push("  themeColor: '#0a0a0a',");
      lines.push('};', '');
    } else {
      lines.push(
        `export async function generateMetadata(props: PageProps<'${route}'>): Promise<Metadata> {`,
        params.length ? `  const { ${params.map((p) => p.name).join(', ')} } = await props.params;` : '  await props.params;',
        `  return { title: \`${title}${params.length ? ` \${${params[0].name}}` : ''}\` };`,
        '}',
        '',
      );
    }
  }
  if (params.length && params.every((p) => p.kind === 'single') && random.chance(0.5)) {
    lines.push(
      'export async function generateStaticParams() {',
      `  const items = await fetch('https://api.example.com/${title}').then((res) => res.json());`,
      `  return items.map((item: { ${params.map((p) => `${p.name}: string`).join('; ')} }) => ({ ${params.map((p) => `${p.name}: item.${p.name}`).join(', ')} }));`,
      '}',
      '',
    );
  }
  if (random.chance(0.3)) lines.push(random.pick(["export const revalidate = 60;", "export const dynamic = 'force-dynamic';", "export const dynamicParams = false;", "export const fetchCache = 'default-cache';", "export const runtime = 'nodejs';"]), '');
  if (flavor === 'action') {
    lines.push(
      `async function save${pascal(title)}(formData: FormData) {`,
      "  'use server';",
      "  const value = String(formData.get('value') ?? '');",
      "  if (!value) return;",
      `  await fetch('https://api.example.com/${title}', { method: 'POST', body: JSON.stringify({ value }) });`,
      misuse < 0.1 ? `  try {\n    redirect('${route.replace(/\[.*$/, '')}');\n  } catch (error) {\n    console.error(error);\n  }` : `  redirect('${route.replace(/\[.*$/, '') || '/'}');`,
      '}',
      '',
    );
  }
  lines.push(`export default async function ${name}(props: PageProps<'${route}'>) {`);
  if (params.length) {
    if (misuse > 0.97) lines.push(`  const ${params[0].name} = (props.params as any).${params[0].name};`);
    else lines.push(`  const { ${params.map((p) => p.name).join(', ')} } = await props.params;`);
  }
  if (random.chance(0.4)) lines.push('  const query = await props.searchParams;');
  if (imports.has("import { cookies, headers } from 'next/headers';")) {
    if (misuse > 0.93 && misuse <= 0.97) lines.push("  const theme = (cookies() as any).get('theme')?.value;");
    else lines.push("  const store = await cookies();", "  const theme = store.get('theme')?.value ?? 'light';", "  const agent = (await headers()).get('user-agent');");
  }
  if (flavor === 'server' || flavor === 'action') {
    const key = params[0]?.name ?? "'index'";
    lines.push(
      `  const res = await fetch(\`https://api.example.com/${title}/\${${params[0] ? params[0].name : "'all'"}}\`, { next: { revalidate: 300 } });`,
      '  if (!res.ok) notFound();',
      '  const data: { items: { id: string; name: string }[] } = await res.json();',
      `  void ${key};`,
    );
  } else {
    body.push(`  const items = [${Array.from({ length: 3 + random.int(4) }, (_, i) => `{ id: '${i}', name: '${title} ${i}' }`).join(', ')}];`);
    lines.push(...body, '  const data = { items };');
  }
  lines.push(
    '  return (',
    '    <main className="page">',
    `      <h1>${title}</h1>`,
    misuse > 0.9 && misuse <= 0.93 ? `      <img src="/images/${title}.png" alt="${title}" />` : `      <p>Browse everything about ${title}.</p>`,
    imports.has("import Image from 'next/image';") ? `      <Image src="/images/${title}.png" alt="${title}" width={640} height={320} />` : '      <hr />',
    '      <ul>',
    '        {data.items.map((item) => (',
    '          <li key={item.id}>',
    card ? `            <${pascal(card.title)}Card name={item.name} />` : '            <strong>{item.name}</strong>',
    `            <Link href={\`${route.replace(/\/\[.*$/, '') || ''}/\${item.id}\`}>{item.name}</Link>`,
    '          </li>',
    '        ))}',
    '      </ul>',
    flavor === 'action' ? `      <form action={save${pascal(title)}}>\n        <input name="value" />\n        <button type="submit">Save</button>\n      </form>` : misuse > 0.86 && misuse <= 0.9 ? '      <a href="/">Home</a>' : '      <Link href="/">Home</Link>',
    '    </main>',
    '  );',
    '}',
    '',
  );
  return lines.join('\n');
}

function clientPageSource({ route, params, title, random, name }) {
  const misuse = random.next();
  const lines = [
    "'use client';",
    '',
    "import { useState, useEffect } from 'react';",
    "import { useRouter, useSearchParams, usePathname, useParams } from 'next/navigation';",
    misuse < 0.08 ? "import { redirect } from 'next/navigation';" : "import Link from 'next/link';",
    '',
  ];
  if (misuse > 0.95) lines.push(`export const metadata = { title: '${title}' };`, '');
  lines.push(
    `export default function ${name}() {`,
    '  const router = useRouter();',
    '  const pathname = usePathname();',
    '  const searchParams = useSearchParams();',
    params.length ? `  const params = useParams<{ ${params.map((p) => `${p.name}: ${p.kind === 'single' ? 'string' : 'string[]'}`).join('; ')} }>();` : '  const params = useParams();',
    '  const [count, setCount] = useState(0);',
    '  useEffect(() => {',
    "    const page = Number(searchParams.get('page') ?? '1');",
    '    setCount(page);',
    '  }, [searchParams]);',
    '  function handleNext() {',
    misuse < 0.08 ? `    redirect('${route}');` : "    router.push(`${pathname}?page=${count + 1}`);",
    '  }',
    '  return (',
    '    <section>',
    `      <h1>${title}</h1>`,
    '      <p>{JSON.stringify(params)}</p>',
    '      <button type="button" onClick={handleNext}>',
    '        Next page ({count})',
    '      </button>',
    misuse < 0.08 ? '' : '      <Link href="/">Home</Link>',
    '    </section>',
    '  );',
    '}',
    '',
  );
  return lines.join('\n');
}

/**
 * Source of a `layout.tsx`.
 * @param {{ route: string, key: string, slots: readonly string[], title: string, random: Random, root?: boolean }} input
 * @returns {string}
 */
export function layoutSource({ key, slots, title, random, root = false }) {
  const name = `${pascal(title)}Layout`;
  const lines = ["import type { Metadata, Viewport } from 'next';", "import Link from 'next/link';"];
  if (root && random.chance(0.5)) lines.push("import { Inter } from 'next/font/google';", '', "const inter = Inter({ subsets: ['latin'], display: 'swap' });");
  if (root) lines.push("import Script from 'next/script';");
  lines.push('', `export const metadata: Metadata = { title: { template: '%s | ${title}', default: '${title}' } };`);
  if (random.chance(0.3)) lines.push("export const viewport: Viewport = { themeColor: '#ffffff' };");
  lines.push(
    '',
    `export default function ${name}(props: LayoutProps<'${key}'>) {`,
    '  return (',
    root ? '    <html lang="en">\n      <body>' : '    <div className="layout">',
    '      <nav>',
    '        <Link href="/">Home</Link>',
    '      </nav>',
    '      {props.children}',
    ...slots.map((slot) => `      <aside>{props.${slot}}</aside>`),
    root ? '      <Script src="https://example.com/analytics.js" strategy="afterInteractive" />' : '',
    root ? '      </body>\n    </html>' : '    </div>',
    '  );',
    '}',
    '',
  );
  return lines.join('\n');
}

/**
 * Source of a `route.ts` handler.
 * @param {{ route: string, params: PageInput['params'], title: string, random: Random }} input
 * @returns {string}
 */
export function routeHandlerSource({ route, params, title, random }) {
  const misuse = random.next();
  const lines = ["import { NextResponse, type NextRequest } from 'next/server';", "import { headers } from 'next/headers';", ''];
  if (random.chance(0.3)) lines.push(random.pick(["export const dynamic = 'force-dynamic';", "export const runtime = 'edge';", 'export const revalidate = 0;', 'export const maxDuration = 30;']), '');
  const ctx = `context: RouteContext<'${route}'>`;
  const destructure = params.length ? `  const { ${params.map((p) => p.name).join(', ')} } = await context.params;` : '  await context.params;';
  lines.push(
    `export async function GET(request: NextRequest, ${ctx}) {`,
    destructure,
    "  const limit = Number(request.nextUrl.searchParams.get('limit') ?? '20');",
    "  const auth = (await headers()).get('authorization');",
    "  if (!auth) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });",
    misuse < 0.05 ? '  const ip = (request as any).ip;' : "  const ip = request.headers.get('x-forwarded-for');",
    `  const res = await fetch(\`https://api.example.com/${title}?limit=\${limit}\`, { headers: { authorization: auth } });`,
    '  const data = await res.json();',
    `  return NextResponse.json({ data, ip${params.length ? `, ${params.map((p) => p.name).join(', ')}` : ''} });`,
    '}',
    '',
  );
  if (random.chance(0.6)) {
    lines.push(
      `export async function POST(request: Request, ${ctx}) {`,
      destructure,
      '  const body = await request.json();',
      "  if (typeof body !== 'object' || body === null) return new Response('Bad request', { status: 400 });",
      `  const res = await fetch('https://api.example.com/${title}', { method: 'POST', body: JSON.stringify(body) });`,
      '  return NextResponse.json(await res.json(), { status: 201 });',
      '}',
      '',
    );
  }
  if (misuse > 0.95) lines.push('export default function handler() {', "  return new Response('ok');", '}', '');
  return lines.join('\n');
}

/** @param {string} title @returns {string} */
export function defaultSource(title) {
  return `export default function ${pascal(title)}Default() {\n  return null;\n}\n`;
}

/** @param {string} title @returns {string} */
export function loadingSource(title) {
  return `export default function ${pascal(title)}Loading() {\n  return <p aria-busy="true">Loading ${title}...</p>;\n}\n`;
}

/** @param {string} title @returns {string} */
export function errorSource(title) {
  return [
    "'use client';",
    '',
    "import { useEffect } from 'react';",
    '',
    `export default function ${pascal(title)}Error({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {`,
    '  useEffect(() => {',
    '    console.error(error);',
    '  }, [error]);',
    '  return (',
    '    <div role="alert">',
    `      <h2>Something went wrong in ${title}.</h2>`,
    '      <button type="button" onClick={() => reset()}>Try again</button>',
    '    </div>',
    '  );',
    '}',
    '',
  ].join('\n');
}

/** @param {string} title @param {Random} random @returns {string} */
export function componentSource(title, random) {
  const client = random.chance(0.4);
  return [
    client ? "'use client';\n" : '',
    client ? "import { useState } from 'react';" : "import Link from 'next/link';",
    '',
    `export function ${pascal(title)}Card({ name }: { name: string }) {`,
    client ? '  const [open, setOpen] = useState(false);' : '',
    '  return (',
    '    <article className="card">',
    '      <h3>{name}</h3>',
    client ? '      <button type="button" onClick={() => setOpen(!open)}>{open ? "Less" : "More"}</button>' : `      <Link href="/${title}">More</Link>`,
    '    </article>',
    '  );',
    '}',
    '',
  ].join('\n');
}

/** @param {{ route: string, params: PageInput['params'], title: string }} input @returns {string} */
export function imageSource({ params, title }) {
  return [
    "import { ImageResponse } from 'next/og';",
    '',
    `export const alt = '${title}';`,
    'export const size = { width: 1200, height: 630 };',
    "export const contentType = 'image/png';",
    '',
    `export default async function Image(props: { params: Promise<{ ${params.map((p) => `${p.name}: ${p.kind === 'single' ? 'string' : 'string[]'}`).join('; ')} }> }) {`,
    params.length ? `  const { ${params.map((p) => p.name).join(', ')} } = await props.params;` : '  await props.params;',
    '  return new ImageResponse(',
    `    <div style={{ display: 'flex', fontSize: 64, background: 'white', width: '100%', height: '100%' }}>${title}</div>,`,
    '    size,',
    '  );',
    '}',
    '',
  ].join('\n');
}

/** @returns {string} */
export function sitemapSource() {
  return [
    "import type { MetadataRoute } from 'next';",
    '',
    'export default function sitemap(): MetadataRoute.Sitemap {',
    "  return [{ url: 'https://example.com', lastModified: new Date(), changeFrequency: 'weekly', priority: 1 }];",
    '}',
    '',
  ].join('\n');
}

/** @returns {string} */
export function robotsSource() {
  return [
    "import type { MetadataRoute } from 'next';",
    '',
    'export default function robots(): MetadataRoute.Robots {',
    "  return { rules: { userAgent: '*', allow: '/', disallow: '/private/' }, sitemap: 'https://example.com/sitemap.xml' };",
    '}',
    '',
  ].join('\n');
}

/** @param {string} title @returns {string} */
export function helperSource(title) {
  return [
    `export interface ${pascal(title)}Item {`,
    '  id: string;',
    '  name: string;',
    '  createdAt: string;',
    '}',
    '',
    `export async function load${pascal(title)}(id: string): Promise<${pascal(title)}Item | undefined> {`,
    `  const res = await fetch(\`https://api.example.com/${title}/\${id}\`);`,
    '  if (!res.ok) return undefined;',
    '  return res.json();',
    '}',
    '',
    `export function sort${pascal(title)}(items: ${pascal(title)}Item[]): ${pascal(title)}Item[] {`,
    '  return [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));',
    '}',
    '',
  ].join('\n');
}
