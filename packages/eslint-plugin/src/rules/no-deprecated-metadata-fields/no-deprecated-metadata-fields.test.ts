import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-deprecated-metadata-fields.js';

const project = createTempProject();
const page = project.file('app/page.tsx');
const layout = project.file('app/(shop)/layout.tsx');
const component = project.file('components/seo.ts');
const routeHandler = project.file('app/api/route.ts');

const lines = (...parts: string[]) => parts.join('\n');

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'a metadata export without the fields', code: "export const metadata = { title: 'x', description: 'y' };", filename: page },
    { name: 'the fields in the viewport export', code: "export const viewport = { themeColor: 'red', colorScheme: 'dark', width: 'device-width' };", filename: layout },
    { name: 'a nested field of the same name', code: "export const metadata = { openGraph: { themeColor: 'red' }, other: { viewport: 'x' } };", filename: page },
    { name: 'a computed key', code: "const k = 'themeColor';\nexport const metadata = { [k]: 'red' };", filename: page },
    { name: 'a non-exported object named metadata', code: "const metadata = { themeColor: 'red' };\nexport default function Page() { return metadata; }", filename: page },
    { name: 'a file outside the app directory', code: "export const metadata = { themeColor: 'red' };", filename: component },
    { name: 'a route handler', code: "export const metadata = { themeColor: 'red' };\nexport async function GET() { return Response.json({}); }", filename: routeHandler },
    { name: 'no route context', code: "export const metadata = { themeColor: 'red' };" },
    { name: 'generateMetadata returning other fields', code: 'export async function generateMetadata() { return { title: "x" }; }', filename: page },
  ],
  invalid: [
    {
      name: 'themeColor in a one-line metadata: moved to a new viewport export',
      code: "export const metadata = { title: 'x', themeColor: 'red' };",
      filename: page,
      output: "export const metadata = { title: 'x' };\n\nexport const viewport = {\n  themeColor: 'red',\n};",
      errors: [{ messageId: 'deprecatedField', data: { name: 'themeColor' }, line: 1, column: 39 }],
    },
    {
      name: 'all three fields, multi-line with comments, typed Metadata: Viewport imported and annotated',
      code: lines(
        "import type { Metadata } from 'next';",
        '',
        'export const metadata: Metadata = {',
        "  title: 'Shop', // the title",
        '  // brand colour',
        "  themeColor: 'black', // dark",
        "  colorScheme: 'dark',",
        "  viewport: { width: 'device-width', /* zoom */ initialScale: 1 },",
        "  description: 'All things',",
        '};',
      ),
      filename: layout,
      output: lines(
        "import type { Metadata, Viewport } from 'next';",
        '',
        'export const metadata: Metadata = {',
        "  title: 'Shop', // the title",
        "  description: 'All things',",
        '};',
        '',
        'export const viewport: Viewport = {',
        '  // brand colour',
        "  themeColor: 'black', // dark",
        "  colorScheme: 'dark',",
        "  width: 'device-width', /* zoom */",
        '  initialScale: 1,',
        '};',
      ),
      errors: [
        { messageId: 'deprecatedField', data: { name: 'themeColor' }, line: 6, column: 3 },
        { messageId: 'deprecatedField', data: { name: 'colorScheme' }, line: 7, column: 3 },
        { messageId: 'deprecatedField', data: { name: 'viewport' }, line: 8, column: 3 },
      ],
    },
    {
      name: 'first and not last: the comma after it goes; satisfies and export specifier',
      code: "const metadata = { colorScheme: 'light', title: 'x' } satisfies object;\nexport { metadata };",
      filename: page,
      output: "const metadata = { title: 'x' } satisfies object;\n\nexport const viewport = {\n  colorScheme: 'light',\n};\nexport { metadata };",
      errors: [{ messageId: 'deprecatedField', data: { name: 'colorScheme' }, line: 1, column: 20 }],
    },
    {
      name: 'a trailing comment on a shared line moves with its field',
      code: lines("export const metadata = { themeColor: 'red', // brand", "  title: 'x' };"),
      filename: page,
      output: lines("export const metadata = { title: 'x' };", '', 'export const viewport = {', "  themeColor: 'red', // brand", '};'),
      errors: [{ messageId: 'deprecatedField', line: 1, column: 27 }],
    },
    {
      name: 'last field of a multi-line object without a trailing comma',
      code: lines('export const metadata = {', "  title: 'x',", "  colorScheme: 'dark'", '};'),
      filename: layout,
      output: lines('export const metadata = {', "  title: 'x',", '};', '', 'export const viewport = {', "  colorScheme: 'dark',", '};'),
      errors: [{ messageId: 'deprecatedField', line: 3, column: 3 }],
    },
    {
      name: 'a comment alone after the last viewport field would be lost: no fix',
      code: lines('export const metadata = {', '  viewport: {', '    width: 1,', '    // more later', '  },', '};'),
      filename: page,
      errors: [{ messageId: 'deprecatedField', line: 2, column: 3, suggestions: [] }],
    },
    {
      name: 'every field moves: the metadata object becomes {}',
      code: lines('export const metadata = {', "  themeColor: 'red',", '  // dark mode', "  colorScheme: 'dark',", '};'),
      filename: page,
      output: lines('export const metadata = {};', '', 'export const viewport = {', "  themeColor: 'red',", '  // dark mode', "  colorScheme: 'dark',", '};'),
      errors: [
        { messageId: 'deprecatedField', data: { name: 'themeColor' }, line: 2, column: 3 },
        { messageId: 'deprecatedField', data: { name: 'colorScheme' }, line: 4, column: 3 },
      ],
    },
    {
      name: 'a viewport string cannot be moved: reported without a fix',
      code: "export const metadata = { viewport: 'width=device-width, initial-scale=1' };",
      filename: page,
      errors: [{ messageId: 'deprecatedField', data: { name: 'viewport' }, line: 1, column: 27, suggestions: [] }],
    },
    {
      name: 'a comment between key and value would be lost: no fix',
      code: "export const metadata = { viewport: /* keep */ { width: 'device-width' } };",
      filename: page,
      errors: [{ messageId: 'deprecatedField', line: 1, column: 27, suggestions: [] }],
    },
    {
      name: 'a key in both places would be duplicated: no fix',
      code: "export const metadata = { themeColor: 'red', viewport: { themeColor: 'blue' } };",
      filename: page,
      errors: [
        { messageId: 'deprecatedField', data: { name: 'themeColor' }, line: 1, column: 27, suggestions: [] },
        { messageId: 'deprecatedField', data: { name: 'viewport' }, line: 1, column: 46, suggestions: [] },
      ],
    },
    {
      name: 'an existing viewport object: a suggestion moves the field into it',
      code: lines("export const viewport = {", "  width: 'device-width',", '};', "export const metadata = { title: 'x', themeColor: 'red' };"),
      filename: page,
      errors: [
        {
          messageId: 'deprecatedField',
          line: 4,
          column: 39,
          suggestions: [
            {
              messageId: 'moveToViewport',
              data: { name: 'themeColor' },
              output: lines("export const viewport = {", "  width: 'device-width',", "  themeColor: 'red',", '};', "export const metadata = { title: 'x' };"),
            },
          ],
        },
      ],
    },
    {
      name: 'an existing one-line viewport object without a trailing comma',
      code: "export const viewport = { width: 'device-width' };\nexport const metadata = { colorScheme: 'dark' };",
      filename: page,
      errors: [
        {
          messageId: 'deprecatedField',
          line: 2,
          column: 27,
          suggestions: [{ messageId: 'moveToViewport', data: { name: 'colorScheme' }, output: "export const viewport = { width: 'device-width', colorScheme: 'dark' };\nexport const metadata = {};" }],
        },
      ],
    },
    {
      name: 'generateViewport exists: reported, no fix, no suggestion',
      code: "export function generateViewport() { return {}; }\nexport const metadata = { themeColor: 'red' };",
      filename: page,
      errors: [{ messageId: 'deprecatedField', line: 2, column: 27, suggestions: [] }],
    },
    {
      name: 'generateMetadata with a constant value: a suggestion, not a fix',
      code: lines('export async function generateMetadata({ params }) {', '  const { slug } = await params;', "  return { title: slug, themeColor: BRAND };", '}'),
      filename: page,
      errors: [
        {
          messageId: 'deprecatedField',
          line: 3,
          column: 25,
          suggestions: [
            {
              messageId: 'moveToViewport',
              data: { name: 'themeColor' },
              output: lines('export async function generateMetadata({ params }) {', '  const { slug } = await params;', '  return { title: slug };', '}', '', 'export const viewport = {', '  themeColor: BRAND,', '};'),
            },
          ],
        },
      ],
    },
    {
      name: 'generateMetadata with a value from its params: no suggestion',
      code: 'export const generateMetadata = async ({ params }) => ({ themeColor: (await params).color });',
      filename: layout,
      errors: [{ messageId: 'deprecatedField', line: 1, column: 58, suggestions: [] }],
    },
  ],
});
