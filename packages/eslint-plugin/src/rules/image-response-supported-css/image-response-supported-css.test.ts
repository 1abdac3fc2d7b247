import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './image-response-supported-css.js';

const project = createTempProject();
const ogImage = project.file('app/blog/[slug]/opengraph-image.tsx');
const OG = "import { ImageResponse } from 'next/og';\n";

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    {
      name: "the docs' example: flex, absolute positioning, centering",
      code: `${OG}export async function GET() {\n  return new ImageResponse(<div style={{ display: 'flex', position: 'absolute', alignItems: 'center', justifyContent: 'center', flexDirection: 'column' }}>Hi</div>);\n}`,
    },
    { name: 'every display satori accepts', code: `${OG}new ImageResponse(<><div style={{ display: 'block' }} /><div style={{ display: 'none' }} /><div style={{ display: 'contents' }} /><div style={{ display: '-webkit-box' }} /></>);` },
    { name: 'grid outside ImageResponse (a normal page)', code: "export default function Page() { return <div style={{ display: 'grid' }} />; }", filename: project.file('app/page.tsx') },
    { name: 'an ImageResponse that is not Next\'s', code: "import { ImageResponse } from './og';\nnew ImageResponse(<div style={{ display: 'grid' }} />);" },
    { name: 'a value that is not literal', code: `${OG}declare const layout: string;\nnew ImageResponse(<div style={{ display: layout }} />);` },
    { name: 'properties satori does not restrict', code: `${OG}new ImageResponse(<div style={{ display: 'flex', color: 'grid', fontSize: 40, gap: '1rem' }} />);` },
    { name: 'a component from another file is not followed', code: `${OG}import { Card } from './card';\nnew ImageResponse(<Card />);` },
    {
      name: 'ttf, otf and woff fonts',
      code: `${OG}import { readFile } from 'node:fs/promises';\nexport async function GET() {\n  const inter = await readFile('assets/Inter.ttf');\n  return new ImageResponse(<div />, { fonts: [{ name: 'Inter', data: inter, weight: 400, style: 'normal' }, { name: 'B', data: await readFile('b.otf'), weight: 400, style: 'normal' }, { name: 'C', data: await readFile('c.woff'), weight: 400, style: 'normal' }] });\n}`,
    },
    { name: 'a woff2 string that is not font data', code: `${OG}new ImageResponse(<div>{'font.woff2'}</div>, { headers: { 'x-font': 'a.woff2' } });` },
    {
      name: 'a metadata image file that renders only supported styles',
      code: "import { ImageResponse } from 'next/og';\nexport default function Image() {\n  return new ImageResponse(<div style={{ display: 'flex' }} />);\n}",
      filename: ogImage,
    },
    {
      name: 'a component file named like an image that is not a metadata file',
      code: "import { ImageResponse } from '@vercel/og';\nexport default function Icon() {\n  return new ImageResponse(<div style={{ display: 'table' }} />);\n}",
      filename: project.file('components/icon-button.tsx'),
    },
    {
      name: 'a static metadata image is not code',
      code: "export default function Icon() { return <div style={{ display: 'grid' }} />; }",
      filename: project.file('app/sitemap.tsx'),
    },
  ],
  invalid: [
    {
      name: 'display grid inline',
      code: `${OG}export async function GET() {\n  return new ImageResponse(<div style={{ display: 'grid' }}>Hi</div>);\n}`,
      errors: [{ messageId: 'unsupportedValue', data: { property: 'display', value: "'grid'", allowed: 'flex, block, contents, none, -webkit-box' }, line: 3, column: 51 }],
    },
    {
      name: 'nested elements, a map callback, a conditional and a template literal',
      code: `${OG}declare const items: string[];\ndeclare const wide: boolean;\nnew ImageResponse(\n  <div style={{ display: 'flex' }}>\n    {items.map((item) => <span key={item} style={{ position: 'fixed' }}>{item}</span>)}\n    <p style={{ display: wide ? \`inline\` : 'flex', 'justifyContent': 'space-evenly' }} />\n  </div>,\n);`,
      errors: [
        { messageId: 'unsupportedValue', line: 6, column: 62 },
        { messageId: 'unsupportedValue', line: 7, column: 33 },
        { messageId: 'unsupportedValue', line: 7, column: 70 },
      ],
    },
    {
      name: 'an element in a const, a style object in a const, a same-file component',
      code: `${OG}const box = { overflow: 'scroll' } as const;\nfunction Badge() {\n  return <b style={{ display: 'inline-block' }} />;\n}\nconst element = <div style={box}><Badge /></div>;\nexport const image = () => new ImageResponse(element);`,
      errors: [
        { messageId: 'unsupportedValue', line: 2, column: 25 },
        { messageId: 'unsupportedValue', line: 4, column: 31 },
      ],
    },
    {
      name: 'ImageResponse from next/server, renamed',
      code: "import { ImageResponse as Img } from 'next/server';\nnew Img(<div style={{ flexWrap: 'balance' }} />);",
      errors: [{ messageId: 'unsupportedValue', line: 2, column: 33 }],
    },
    {
      name: "a metadata image file's default export, through a component it renders",
      code: "import { ImageResponse } from 'next/og';\nconst Title = ({ text }: { text: string }) => <h1 style={{ display: 'inline' }}>{text}</h1>;\nexport default async function Image() {\n  return new ImageResponse(<div style={{ display: 'flex' }}><Title text=\"x\" /></div>);\n}",
      filename: ogImage,
      errors: [{ messageId: 'unsupportedValue', line: 2, column: 69 }],
    },
    {
      name: 'a numbered apple-icon whose ImageResponse comes from @vercel/og: its default export is still the image',
      code: "import { ImageResponse } from '@vercel/og';\nexport default function Icon() {\n  return new ImageResponse(<div style={{ display: 'table' }} />);\n}",
      filename: project.file('app/apple-icon1.tsx'),
      errors: [{ messageId: 'unsupportedValue', line: 3, column: 51 }],
    },
    {
      name: 'a woff2 font read from disk, and one fetched through a local helper',
      code: `${OG}import { readFile } from 'node:fs/promises';\nimport { join } from 'node:path';\nconst loadFont = () => fetch(new URL('./Inter-Bold.woff2', import.meta.url)).then((r) => r.arrayBuffer());\nexport async function GET() {\n  const regular = await readFile(join(process.cwd(), 'assets/Inter-Regular.woff2'));\n  return new ImageResponse(<div />, {\n    fonts: [\n      { name: 'Inter', data: regular, weight: 400, style: 'normal' },\n      { name: 'Inter', data: await loadFont(), weight: 700, style: 'normal' },\n    ],\n  });\n}`,
      errors: [
        { messageId: 'woff2Font', line: 4, column: 38 },
        { messageId: 'woff2Font', line: 6, column: 54 },
      ],
    },
    {
      name: 'a woff2 URL in a template literal, options in a const',
      code: `${OG}declare const base: string;\nconst options = { fonts: [{ name: 'A', data: await fetch(\`\${base}/a.woff2\`).then((r) => r.arrayBuffer()) }] };\nnew ImageResponse(<div />, options);`,
      errors: [{ messageId: 'woff2Font', line: 3, column: 58 }],
    },
  ],
});
