import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './valid-segment-config.js';

const ruleTester = createRuleTester();
const classic = createTempProject();
const cached = createTempProject({ config: { cacheComponents: true } });
const page = classic.file('app/blog/[slug]/page.tsx');
const layout = classic.file('app/blog/layout.tsx');
const handler = classic.file('app/api/feed/route.ts');

ruleTester.run(RULE_NAME, rule, {
  valid: [
    {
      name: 'every option with an accepted literal',
      filename: page,
      code: [
        "export const dynamic = 'force-static';",
        'export const dynamicParams = false;',
        'export const revalidate = 3600;',
        "export const fetchCache = 'default-no-store';",
        "export const runtime = 'nodejs';",
        "export const preferredRegion = ['iad1', 'sfo1'];",
        'export const maxDuration = 30;',
        'export const unstable_dynamicStaleTime = 0;',
      ].join('\n'),
    },
    { name: 'revalidate false, a template literal, as const and satisfies', filename: handler, code: "export const revalidate = false;\nexport const dynamic = `force-dynamic`;\nexport const runtime = 'edge' as const;\nexport const preferredRegion = 'auto' satisfies string;" },
    { name: 'a local const that is not exported', filename: page, code: 'const revalidate = 60 * 10;' },
    { name: 'type exports with config names', filename: page, code: 'export type dynamic = string;\nexport interface revalidate {}' },
    { name: 'the same exports outside a page, layout or route', filename: classic.file('app/blog/config.ts'), code: 'export const revalidate = 60 * 10;\nexport { dynamic } from "./x";' },
    { name: 'outside any Next project', filename: '/tmp/no-project-here/app/page.tsx', code: 'export const revalidate = 60 * 10;' },
    { name: 'Cache Components options with cacheComponents on', filename: cached.file('app/page.tsx'), code: "export const prefetch = 'partial';\nexport const instant = { level: 'warning' };\nexport const ensureStatic = false;\nexport const maxDuration = 10;\nexport const preferredRegion = 'home';" },
    { name: 'not a segment config name', filename: page, code: 'export const revalidatePath = 60 * 10;\nexport const constructor = 1;' },
    { name: 'runtime edge without generateStaticParams', filename: page, code: "export const runtime = 'edge';" },
    { name: 'a static metadata asset is not code; a loading file takes no config', filename: classic.file('app/loading.tsx'), code: 'export const revalidate = 60 * 10;' },
  ],
  invalid: [
    {
      name: 'a computed number: fixed to the literal',
      filename: page,
      code: 'export const revalidate = 60 * 10;\nexport const maxDuration = -(-5);',
      output: 'export const revalidate = 600;\nexport const maxDuration = 5;',
      errors: [
        { messageId: 'notStatic', data: { name: 'revalidate', reason: 'an expression (`*`)', computed: ' (its value is `600`: write that)' }, line: 1, column: 27, endLine: 1, endColumn: 34 },
        { messageId: 'notStatic', data: { name: 'maxDuration', reason: 'an expression (`-`)', computed: ' (its value is `5`: write that)' }, line: 2, column: 28 },
      ],
    },
    {
      name: 'a local constant is inlined; string concatenation in the file quote style',
      filename: layout,
      code: 'const HOUR = 60 * 60;\nexport const revalidate = HOUR;\nexport const dynamic = "force-" + "static";',
      output: 'const HOUR = 60 * 60;\nexport const revalidate = 3600;\nexport const dynamic = "force-static";',
      errors: [
        { messageId: 'notStatic', data: { name: 'revalidate', reason: 'the identifier `HOUR`', computed: ' (its value is `3600`: write that)' }, line: 2, column: 27 },
        { messageId: 'notStatic', data: { name: 'dynamic', reason: 'an expression (`+`)', computed: ' (its value is `"force-static"`: write that)' }, line: 3, column: 24 },
      ],
    },
    {
      name: 'an imported constant and a call cannot be computed; a comment blocks the fix',
      filename: handler,
      code: "import { TTL } from './config';\nexport const revalidate = TTL;\nexport const maxDuration = Number('10');\nexport const preferredRegion = ['iad1', /* east */ 'sfo1'.toString()];\nexport const dynamicParams = !(/* never */ 0);",
      errors: [
        { messageId: 'notStatic', data: { name: 'revalidate', reason: 'the identifier `TTL` (an imported or computed value)', computed: '' }, line: 2, column: 27 },
        { messageId: 'notStatic', data: { name: 'maxDuration', reason: 'a call', computed: '' }, line: 3, column: 28 },
        { messageId: 'notStatic', data: { name: 'preferredRegion', reason: 'a call', computed: '' }, line: 4, column: 52 },
        { messageId: 'notStatic', data: { name: 'dynamicParams', reason: 'an expression (`!`)', computed: ' (its value is `true`: write that)' }, line: 5, column: 30 },
      ],
    },
    {
      name: 'values outside what Next accepts, with suggestions for near misses',
      filename: page,
      code: "export const dynamic = 'force_static';\nexport const revalidate = '60';\nexport const fetchCache = 'no-store';\nexport const runtime = 'experimental-edge';\nexport const maxDuration = 1.5;\nexport const dynamicParams = 'false';",
      errors: [
        {
          messageId: 'invalidValue',
          data: { name: 'dynamic', expected: "'auto', 'error', 'force-static' or 'force-dynamic'", value: "`'force_static'`" },
          line: 1,
          column: 24,
          suggestions: [{ messageId: 'useValue', data: { replacement: "'force-static'" }, output: "export const dynamic = 'force-static';\nexport const revalidate = '60';\nexport const fetchCache = 'no-store';\nexport const runtime = 'experimental-edge';\nexport const maxDuration = 1.5;\nexport const dynamicParams = 'false';" }],
        },
        {
          messageId: 'invalidValue',
          data: { name: 'revalidate', expected: 'an integer number of seconds >= 0, or `false`', value: "`'60'`" },
          line: 2,
          column: 27,
          suggestions: [{ messageId: 'useValue', data: { replacement: '60' }, output: "export const dynamic = 'force_static';\nexport const revalidate = 60;\nexport const fetchCache = 'no-store';\nexport const runtime = 'experimental-edge';\nexport const maxDuration = 1.5;\nexport const dynamicParams = 'false';" }],
        },
        { messageId: 'invalidValue', line: 3, column: 27, suggestions: [] },
        { messageId: 'invalidValue', data: { name: 'runtime', expected: "'nodejs' or 'edge'", value: "`'experimental-edge'`" }, line: 4, column: 24, suggestions: [] },
        { messageId: 'invalidValue', data: { name: 'maxDuration', expected: 'an integer number of seconds >= 0', value: '`1.5`' }, line: 5, column: 28, suggestions: [] },
        {
          messageId: 'invalidValue',
          line: 6,
          column: 30,
          suggestions: [{ messageId: 'useValue', data: { replacement: 'false' }, output: "export const dynamic = 'force_static';\nexport const revalidate = '60';\nexport const fetchCache = 'no-store';\nexport const runtime = 'experimental-edge';\nexport const maxDuration = 1.5;\nexport const dynamicParams = false;" }],
        },
      ],
    },
    {
      name: 'an image metadata route written as code',
      filename: classic.file('app/blog/[slug]/opengraph-image.tsx'),
      code: "export const runtime = 'Edge';\nexport default function Image() { return null; }",
      errors: [{ messageId: 'invalidValue', line: 1, column: 24, suggestions: [{ messageId: 'useValue', data: { replacement: "'edge'" }, output: "export const runtime = 'edge';\nexport default function Image() { return null; }" }] }],
    },
    {
      name: 'revalidate = Infinity: suggest false',
      filename: page,
      code: 'export const revalidate = Infinity;',
      errors: [
        {
          messageId: 'notStatic',
          data: { name: 'revalidate', reason: 'the identifier `Infinity`', computed: ' (to never revalidate, write `false`)' },
          line: 1,
          column: 27,
          suggestions: [{ messageId: 'useValue', data: { replacement: 'false' }, output: 'export const revalidate = false;' }],
        },
      ],
    },
    {
      name: 'a computed value that is out of range is invalid, not fixed',
      filename: page,
      code: 'export const revalidate = 10 / 3;\nexport const maxDuration = -1;',
      errors: [
        { messageId: 'invalidValue', data: { name: 'revalidate', expected: 'an integer number of seconds >= 0, or `false`', value: '10 / 3 (`3.3333333333333335`)' }, line: 1, column: 27 },
        { messageId: 'invalidValue', data: { name: 'maxDuration', expected: 'an integer number of seconds >= 0', value: '-1 (`-1`)' }, line: 2, column: 28 },
      ],
    },
    {
      name: 're-exported and locally re-exported config',
      filename: page,
      code: "import { runtime } from './shared';\nconst revalidate = 60;\nexport { revalidate, runtime };\nexport { dynamic } from './config';\nexport { fetchCache as fetchCache } from './config';",
      errors: [
        { messageId: 'reExported', data: { name: 'revalidate', form: '`export { ... }` of a local binding' }, line: 3, column: 10 },
        { messageId: 'reExported', data: { name: 'runtime', form: "a binding imported from './shared'" }, line: 3, column: 22 },
        { messageId: 'reExported', data: { name: 'dynamic', form: "a re-export from './config'" }, line: 4, column: 10 },
        { messageId: 'reExported', data: { name: 'fetchCache', form: "a re-export from './config'" }, line: 5, column: 24 },
      ],
    },
    {
      name: 'export let and var are read like const; a function is not a value; a destructured binding is not static',
      filename: handler,
      code: "export let revalidate = 60 * 2;\nexport var dynamic = 'auto';\nexport function maxDuration() { return 5; }\nexport const { runtime } = config;",
      output: "export let revalidate = 120;\nexport var dynamic = 'auto';\nexport function maxDuration() { return 5; }\nexport const { runtime } = config;",
      errors: [
        { messageId: 'notStatic', data: { name: 'revalidate', reason: 'an expression (`*`)', computed: ' (its value is `120`: write that)' }, line: 1, column: 25 },
        { messageId: 'invalidValue', data: { name: 'maxDuration', expected: 'an integer number of seconds >= 0', value: 'a function' }, line: 3, column: 17 },
        { messageId: 'notStatic', data: { name: 'runtime', reason: 'a destructured binding', computed: '' }, line: 4, column: 16 },
      ],
    },
    {
      name: 'options that cacheComponents rejects, with a suggestion to remove them',
      filename: cached.file('app/shop/page.tsx'),
      code: "import { db } from './db';\nexport const revalidate = 60;\nexport const dynamic = 'force-static', x = 1;\nexport const runtime = 'nodejs'; // keep the comment\nexport const maxDuration = 5;",
      errors: [
        {
          messageId: 'cacheComponentsRejects',
          data: { name: 'revalidate' },
          line: 2,
          column: 14,
          suggestions: [{ messageId: 'removeExport', output: "import { db } from './db';\nexport const dynamic = 'force-static', x = 1;\nexport const runtime = 'nodejs'; // keep the comment\nexport const maxDuration = 5;" }],
        },
        { messageId: 'cacheComponentsRejects', data: { name: 'dynamic' }, line: 3, column: 14, suggestions: [] },
        {
          messageId: 'cacheComponentsRejects',
          data: { name: 'runtime' },
          line: 4,
          column: 14,
          suggestions: [{ messageId: 'removeExport', output: "import { db } from './db';\nexport const revalidate = 60;\nexport const dynamic = 'force-static', x = 1;\n// keep the comment\nexport const maxDuration = 5;" }],
        },
      ],
    },
    {
      name: 'Cache Components options without cacheComponents; a page-only option in a layout',
      filename: layout,
      code: "export const prefetch = 'partial';\nexport const unstable_dynamicStaleTime = 30;",
      errors: [
        { messageId: 'requiresCacheComponents', data: { name: 'prefetch' }, line: 1, column: 14 },
        { messageId: 'pagesOnly', data: { name: 'unstable_dynamicStaleTime' }, line: 2, column: 14 },
      ],
    },
    {
      name: 'the edge runtime with generateStaticParams',
      filename: page,
      code: "export const runtime = 'edge';\nexport function generateStaticParams() { return [{ slug: 'a' }]; }",
      errors: [{ messageId: 'edgeWithStaticParams', line: 1, column: 24 }],
    },
  ],
});
