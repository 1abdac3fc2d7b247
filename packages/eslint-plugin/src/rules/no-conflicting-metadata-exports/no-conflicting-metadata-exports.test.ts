import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-conflicting-metadata-exports.js';

const ruleTester = createRuleTester();
const project = createTempProject();
const page = project.file('app/blog/[slug]/page.tsx');
const layout = project.file('app/(shop)/layout.tsx');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    { name: 'only metadata', filename: page, code: "export const metadata = { title: 'Blog' };\nexport const viewport = { themeColor: 'black' };" },
    { name: 'only generateMetadata and generateViewport', filename: page, code: 'export async function generateMetadata() { return {}; }\nexport function generateViewport() { return {}; }' },
    { name: 'metadata with generateViewport (different pairs)', filename: layout, code: "export const metadata = { title: 'Shop' };\nexport function generateViewport() { return {}; }" },
    { name: 'both in a file that is not a page or layout', filename: project.file('app/lib/seo.ts'), code: 'export const metadata = {};\nexport function generateMetadata() {}' },
    { name: 'both in a route handler', filename: project.file('app/api/route.ts'), code: 'export const metadata = {};\nexport function generateMetadata() {}' },
    { name: 'both outside any Next project', filename: '/nowhere/app/page.tsx', code: 'export const metadata = {};\nexport function generateMetadata() {}' },
    { name: 'no filename', code: 'export const metadata = {};\nexport function generateMetadata() {}' },
    { name: 'a type export named metadata', filename: page, code: 'export type metadata = {};\nexport function generateMetadata() {}' },
    { name: 'a local not exported', filename: page, code: 'const metadata = {};\nexport function generateMetadata() { return metadata; }' },
    { name: 'export * hides the names (unknown)', filename: page, code: "export * from './seo';\nexport function generateMetadata() {}" },
  ],
  invalid: [
    {
      name: 'metadata and generateMetadata as const and function',
      filename: page,
      code: "export const metadata = { title: 'Blog' };\n\nexport async function generateMetadata() {\n  return { title: 'Post' };\n}",
      errors: [{ messageId: 'conflictingMetadata', data: { line: 3 }, line: 1, column: 14, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'viewport and generateViewport in a layout, as const arrow and object',
      filename: layout,
      code: "export const generateViewport = () => ({ themeColor: 'red' });\nexport const viewport = { themeColor: 'black' };",
      errors: [{ messageId: 'conflictingViewport', data: { line: 1 }, line: 2, column: 14 }],
    },
    {
      name: 'export { x } and export { x as metadata }',
      filename: page,
      code: "const base = { title: 'x' };\nfunction makeMetadata() { return base; }\nexport { base as metadata, makeMetadata as generateMetadata };",
      errors: [{ messageId: 'conflictingMetadata', data: { line: 3 }, line: 3, column: 18 }],
    },
    {
      name: 're-exports from another module',
      filename: page,
      code: "export { viewport } from './shared';\nexport { generateViewport } from './dynamic';",
      errors: [{ messageId: 'conflictingViewport', data: { line: 2 }, line: 1, column: 10 }],
    },
    {
      name: 'both pairs at once, in a JS page under src/app',
      filename: createTempProject({ config: null, srcDir: true }).file('src/app/page.jsx'),
      code: 'export const metadata = {};\nexport const viewport = {};\nexport function generateMetadata() {}\nexport function generateViewport() {}',
      errors: [
        { messageId: 'conflictingMetadata', data: { line: 3 }, line: 1, column: 14 },
        { messageId: 'conflictingViewport', data: { line: 4 }, line: 2, column: 14 },
      ],
    },
  ],
});
