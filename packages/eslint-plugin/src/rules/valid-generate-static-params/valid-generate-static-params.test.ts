import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './valid-generate-static-params.js';

const ruleTester = createRuleTester();
const project = createTempProject({
  files: {
    'app/products/[category]/[product]/page.tsx': '',
    'app/products/[category]/(list)/[page]/page.tsx': '',
    'app/products/[category]/_private/[hidden]/page.tsx': '',
  },
});
const product = project.file('app/products/[category]/[product]/page.tsx');
const categoryLayout = project.file('app/products/[category]/layout.tsx');
const docs = project.file('app/docs/[...path]/page.tsx');
const shop = project.file('app/shop/[[...filters]]/page.js');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    { name: 'literal params for every segment', filename: product, code: "export function generateStaticParams() { return [{ category: 'a', product: '1' }, { category: 'b', product: `2` }]; }" },
    { name: 'a map over fetched data', filename: product, code: 'export async function generateStaticParams() { const list = await load(); return list.map((p) => ({ category: p.category, product: p.id })); }' },
    { name: 'only the segments above, from a layout', filename: categoryLayout, code: "export async function generateStaticParams() { return [{ category: 'shoes' }]; }" },
    { name: 'a catch-all given arrays', filename: docs, code: "export const generateStaticParams = () => [{ path: ['a', 'b'] }, { path: [] }];" },
    { name: 'an optional catch-all given undefined, null or false', filename: shop, code: 'export function generateStaticParams() { return [{ filters: undefined }, { filters: null }, { filters: false }, { filters: [\'x\'] }]; }' },
    { name: 'values that are not literals are not judged', filename: docs, code: 'export function generateStaticParams() { return [{ path: slug }, { path: parts.join("/") }, { ...base }]; }' },
    { name: 'a returned variable is not judged', filename: product, code: 'export async function generateStaticParams() { const params = await load(); return params; }' },
    { name: 'a conditional of two arrays', filename: product, code: "export function generateStaticParams() { return ok ? [{ category: 'a', product: 'b' }] : []; }" },
    { name: 'a function that throws', filename: product, code: "export function generateStaticParams() { throw new Error('not yet'); }" },
    { name: 'a re-export is not visible here', filename: product, code: "export { generateStaticParams } from './params';" },
    { name: 'a file that is not a page, layout or route', filename: project.file('app/products/[category]/template.tsx'), code: 'export function generateStaticParams() { return {}; }' },
    { name: 'outside the app directory', filename: project.file('lib/params.ts'), code: 'export function generateStaticParams() { return [{ nope: 1 }]; }' },
    { name: 'not exported', filename: product, code: 'function generateStaticParams() { return {}; }' },
    { name: 'keys of objects in nested functions are not the result', filename: product, code: "export function generateStaticParams() { const f = () => ({ other: 1 }); return [{ category: 'a', product: 'b' }]; }" },
    { name: 'a generator is not judged', filename: product, code: 'export function* generateStaticParams() { yield {}; }' },
  ],
  invalid: [
    {
      name: 'an object instead of an array',
      filename: product,
      code: "export function generateStaticParams() {\n  return { category: 'a', product: '1' };\n}",
      errors: [{ messageId: 'notAnArray', data: { what: 'returning an object', example: "{ category: 'a', product: 'a' }" }, line: 2, column: 10, endLine: 2, endColumn: 41 }],
    },
    {
      name: 'a bare return, null, and no return at all',
      filename: docs,
      code: 'export async function generateStaticParams() {\n  if (skip) return;\n  return null;\n}',
      errors: [
        { messageId: 'notAnArray', data: { what: 'returning undefined', example: "{ path: ['a', 'b'] }" }, line: 2, column: 13 },
        { messageId: 'notAnArray', data: { what: 'returning `null`', example: "{ path: ['a', 'b'] }" }, line: 3, column: 10 },
      ],
    },
    {
      name: 'a function that returns nothing',
      filename: docs,
      code: 'export function generateStaticParams() {\n  load();\n}',
      errors: [{ messageId: 'noReturn', data: { example: "{ path: ['a', 'b'] }" }, line: 1, column: 17 }],
    },
    {
      name: 'not a function at all',
      filename: product,
      code: "export const generateStaticParams = [{ category: 'a', product: '1' }];",
      errors: [{ messageId: 'notAFunction', data: { what: 'an array' }, line: 1, column: 14 }],
    },
    {
      name: 'items that are not objects, in a literal and in a map',
      filename: product,
      code: "export function generateStaticParams() {\n  return ['a', ['b']];\n}\nexport default function Page() {}\nfunction other() { return list.map((x) => 'c'); }",
      errors: [
        { messageId: 'notAnObject', data: { what: 'a string', example: "{ category: 'a', product: 'a' }" }, line: 2, column: 11 },
        { messageId: 'notAnObject', data: { what: 'an array', example: "{ category: 'a', product: 'a' }" }, line: 2, column: 16 },
      ],
    },
    {
      name: 'a key that is not a segment of the route, in a literal and in a map',
      filename: product,
      code: "export async function generateStaticParams() {\n  const list = await load();\n  if (!list) return [{ category: 'a', id: '1' }];\n  return list.map((p) => ({ category: p.category, 'slug': p.id }));\n}",
      errors: [
        { messageId: 'unknownKey', data: { key: 'id', route: '/products/[category]/[product]', segments: 'its dynamic segments: `category`, `product`' }, line: 3, column: 39 },
        { messageId: 'unknownKey', data: { key: 'slug', route: '/products/[category]/[product]', segments: 'its dynamic segments: `category`, `product`' }, line: 4, column: 51 },
      ],
    },
    {
      name: 'a layout returning a key for a segment below it, and a key that is nowhere (a private folder does not count)',
      filename: categoryLayout,
      code: "export function generateStaticParams() {\n  return [{ category: 'a', product: '1', page: '2', hidden: '3' }];\n}",
      errors: [
        { messageId: 'keyBelowLayout', data: { key: 'product', segments: 'its dynamic segments: `category`' }, line: 2, column: 28 },
        { messageId: 'keyBelowLayout', data: { key: 'page', segments: 'its dynamic segments: `category`' }, line: 2, column: 42 },
        { messageId: 'unknownKey', data: { key: 'hidden', route: '/products/[category]', segments: 'its dynamic segments: `category`' }, line: 2, column: 53 },
      ],
    },
    {
      name: 'a catch-all given a string: suggest the segments as an array',
      filename: docs,
      code: "export const generateStaticParams = () => [{ path: 'guides/intro' }, { path: `x` }];",
      errors: [
        {
          messageId: 'catchAllNeedsArray',
          data: { key: 'path', what: 'a string' },
          line: 1,
          column: 52,
          suggestions: [
            { messageId: 'useArray', data: { replacement: "['guides', 'intro']" }, output: "export const generateStaticParams = () => [{ path: ['guides', 'intro'] }, { path: `x` }];" },
          ],
        },
        {
          messageId: 'catchAllNeedsArray',
          data: { key: 'path', what: 'a string' },
          line: 1,
          column: 78,
          suggestions: [
            { messageId: 'useArray', data: { replacement: '[`x`]' }, output: "export const generateStaticParams = () => [{ path: 'guides/intro' }, { path: [`x`] }];" },
          ],
        },
      ],
    },
    {
      name: 'an optional catch-all given a string, in a .js page',
      filename: shop,
      code: 'export function generateStaticParams() { return [{ filters: "red" }]; }',
      errors: [
        {
          messageId: 'catchAllNeedsArray',
          line: 1,
          column: 61,
          suggestions: [{ messageId: 'useArray', data: { replacement: '["red"]' }, output: 'export function generateStaticParams() { return [{ filters: ["red"] }]; }' }],
        },
      ],
    },
    {
      name: 'a single segment given a number or an array',
      filename: product,
      code: "export function generateStaticParams() { return [{ category: 1, product: ['a'] }]; }",
      errors: [
        {
          messageId: 'singleNeedsString',
          data: { key: 'category', what: 'a number' },
          line: 1,
          column: 62,
          suggestions: [{ messageId: 'useString', data: { replacement: "'1'" }, output: "export function generateStaticParams() { return [{ category: '1', product: ['a'] }]; }" }],
        },
        { messageId: 'singleNeedsString', data: { key: 'product', what: 'an array' }, line: 1, column: 74, suggestions: [] },
      ],
    },
    {
      name: 'a route handler under a static route: every key is unknown',
      filename: project.file('app/api/feed/route.ts'),
      code: "export function generateStaticParams() { return [{ id: '1' }]; }\nexport function GET() {}",
      errors: [{ messageId: 'unknownKey', data: { key: 'id', route: '/api/feed', segments: 'it has no dynamic segments' }, line: 1, column: 52 }],
    },
  ],
});
