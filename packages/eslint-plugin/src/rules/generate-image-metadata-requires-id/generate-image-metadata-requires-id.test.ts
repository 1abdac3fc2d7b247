import { createRuleTester } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './generate-image-metadata-requires-id.js';

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    {
      name: "the docs' example: every item has an id",
      code: "export function generateImageMetadata() {\n  return [\n    { contentType: 'image/png', size: { width: 48, height: 48 }, id: 'small' },\n    { contentType: 'image/png', size: { width: 72, height: 72 }, id: 'medium' },\n  ];\n}",
    },
    {
      name: 'map with an index id (0 is a valid id)',
      code: 'declare function getImages(): Promise<{ text: string }[]>;\nexport async function generateImageMetadata() {\n  const images = await getImages();\n  return images.map((image, idx) => ({ id: idx, alt: image.text }));\n}',
    },
    { name: 'a spread may carry the id', code: "const base = { id: 'a' };\nexport const generateImageMetadata = () => [{ ...base, alt: 'x' }];" },
    { name: 'a computed key may be the id', code: "const key = 'id';\nexport const generateImageMetadata = () => [{ [key]: 'a' }];" },
    { name: 'a string key', code: "export const generateImageMetadata = () => [{ 'id': 'a' }];" },
    { name: 'items that are not literal', code: 'declare const items: { id: string }[];\nexport function generateImageMetadata() { return items; }' },
    { name: 'a function that is not exported', code: "function generateImageMetadata() { return [{ alt: 'x' }]; }\nexport default generateImageMetadata;" },
    { name: 'another export', code: "export function generateStaticParams() { return [{ slug: 'a' }]; }" },
    { name: 'a nested function returns its own items', code: "export function generateImageMetadata() {\n  const other = () => [{ alt: 'x' }];\n  return [{ id: 'a', alt: String(other) }];\n}" },
    { name: 'an undefined that is a local binding', code: "export function generateImageMetadata(undefined: string) { return [{ id: undefined }]; }" },
  ],
  invalid: [
    {
      name: 'an item without id in a returned array',
      code: "export function generateImageMetadata() {\n  return [\n    { id: 'small', contentType: 'image/png' },\n    { contentType: 'image/png' },\n  ];\n}",
      errors: [
        {
          messageId: 'missingId',
          line: 4,
          column: 5,
          suggestions: [
            { messageId: 'addId', data: { id: "'1'" }, output: "export function generateImageMetadata() {\n  return [\n    { id: 'small', contentType: 'image/png' },\n    { id: '1', contentType: 'image/png' },\n  ];\n}" },
          ],
        },
      ],
    },
    {
      name: 'an async arrow with an expression body and an empty item; an export of another name is not checked',
      code: "export const generateImageMetadata = async () => [{}];\nconst items = [{ alt: 'a' }];\nexport { meta as generateImageMetadata2 };\nfunction meta() { return items; }",
      errors: [{ messageId: 'missingId', line: 1, column: 51, suggestions: [{ messageId: 'addId', data: { id: "'0'" }, output: "export const generateImageMetadata = async () => [{ id: '0' }];\nconst items = [{ alt: 'a' }];\nexport { meta as generateImageMetadata2 };\nfunction meta() { return items; }" }] }],
    },
    {
      name: 'through export { x as generateImageMetadata } and a const array; the position id is taken',
      code: "const items = [{ id: '1' }, { alt: 'b' }];\nfunction meta() { return items; }\nexport { meta as generateImageMetadata };",
      errors: [{ messageId: 'missingId', line: 1, column: 29, suggestions: [] }],
    },
    {
      name: 'the objects a .map callback returns, and both branches of a conditional',
      code: "declare const list: string[];\nexport function generateImageMetadata({ params }: { params: { big: boolean } }) {\n  if (params.big) return list.map((text) => { return { alt: text }; });\n  return params.big ? [{ id: 'a' }] : [{ alt: 'b' }];\n}",
      errors: [
        { messageId: 'missingId', line: 3, column: 54, suggestions: [] },
        { messageId: 'missingId', line: 4, column: 40, suggestions: [{ messageId: 'addId', data: { id: "'0'" }, output: "declare const list: string[];\nexport function generateImageMetadata({ params }: { params: { big: boolean } }) {\n  if (params.big) return list.map((text) => { return { alt: text }; });\n  return params.big ? [{ id: 'a' }] : [{ id: '0', alt: 'b' }];\n}" }] },
      ],
    },
    {
      name: 'id: null and id: undefined',
      code: "export const generateImageMetadata = () => [{ id: null }, { id: undefined }];",
      errors: [
        { messageId: 'nullId', line: 1, column: 47 },
        { messageId: 'nullId', line: 1, column: 61 },
      ],
    },
  ],
});
