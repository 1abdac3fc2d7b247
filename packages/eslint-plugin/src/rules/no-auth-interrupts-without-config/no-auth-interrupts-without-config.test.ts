import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createRuleTester, createTempProject } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-auth-interrupts-without-config.js';

const disabled = createTempProject({ config: { experimental: { typedRoutes: true } } });
const explicitlyOff = createTempProject({ config: 'export default { experimental: { authInterrupts: false } };\n', configFile: 'next.config.ts' });
const noConfig = createTempProject({ config: null });
const enabled = createTempProject({ config: 'const nextConfig = { experimental: { authInterrupts: true } };\nexport default nextConfig;\n', configFile: 'next.config.ts' });
const unreadable = createTempProject({ config: "export default { experimental: { authInterrupts: process.env.AUTH === '1' } };\n" });
const opaque = createTempProject({ config: "import { load } from './load.mjs';\nexport default load();\n" });

const CODE = "import { forbidden } from 'next/navigation';\nexport default async function Page() {\n  forbidden();\n}";

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    { name: 'enabled in next.config', code: CODE, filename: enabled.file('app/admin/page.tsx') },
    { name: 'enabled, in a file outside app/ (a data helper)', code: CODE, filename: enabled.file('lib/auth.ts') },
    { name: 'a flag approute cannot read statically', code: CODE, filename: unreadable.file('app/page.tsx') },
    { name: 'a config approute cannot read statically', code: CODE, filename: opaque.file('app/page.tsx') },
    { name: 'a file outside any Next project', code: CODE },
    { name: 'notFound needs no flag', code: "import { notFound } from 'next/navigation';\nnotFound();", filename: disabled.file('app/page.tsx') },
    { name: 'a local forbidden', code: 'function forbidden() {}\nforbidden();', filename: disabled.file('app/page.tsx') },
    {
      name: 'a shadowing parameter',
      code: "import { unauthorized } from 'next/navigation';\nexport function check(unauthorized: () => void) { unauthorized(); }",
      filename: disabled.file('lib/check.ts'),
    },
    { name: 'a reference that is not called', code: "import { forbidden } from 'next/navigation';\nexport const deny = forbidden;", filename: disabled.file('lib/deny.ts') },
    { name: 'forbidden from another module', code: "import { forbidden } from './errors';\nforbidden();", filename: disabled.file('app/page.tsx') },
  ],
  invalid: [
    {
      name: 'forbidden() without the flag',
      code: CODE,
      filename: disabled.file('app/admin/page.tsx'),
      errors: [{ messageId: 'authInterruptsDisabled', data: { name: 'forbidden', config: '`next.config.mjs` does not enable it', status: '403' }, line: 3, column: 3 }],
    },
    {
      name: 'unauthorized() with the flag set to false, in a server action file outside app/',
      code: "'use server';\nimport { unauthorized as deny } from 'next/navigation';\nexport async function save() {\n  if (Math.random()) deny();\n}",
      filename: explicitlyOff.file('lib/actions.ts'),
      errors: [{ messageId: 'authInterruptsDisabled', data: { name: 'unauthorized', config: '`next.config.ts` does not enable it', status: '401' }, line: 4, column: 22 }],
    },
    {
      name: 'no next.config at all, through a namespace import and a non-null assertion',
      code: "import * as nav from 'next/navigation';\nexport async function GET() {\n  nav.forbidden();\n  nav.unauthorized!();\n}",
      filename: noConfig.file('app/api/route.ts'),
      errors: [
        { messageId: 'authInterruptsDisabled', data: { name: 'forbidden', config: 'this project has no next.config', status: '403' }, line: 3, column: 3 },
        { messageId: 'authInterruptsDisabled', data: { name: 'unauthorized', config: 'this project has no next.config', status: '401' }, line: 4, column: 3 },
      ],
    },
  ],
});

describe('what Next does without the flag (next 16.4.6)', () => {
  it('forbidden() and unauthorized() throw a plain error, not the 403/401 interrupt', () => {
    const require = createRequire(import.meta.url);
    const navigation = require('next/navigation') as { forbidden: () => never; unauthorized: () => never };
    const previous = process.env['__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS'];
    delete process.env['__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS'];
    try {
      expect(() => navigation.forbidden()).toThrow('`forbidden()` is experimental and only allowed to be enabled when `experimental.authInterrupts` is enabled.');
      expect(() => navigation.unauthorized()).toThrow('`unauthorized()` is experimental and only allowed to be used when `experimental.authInterrupts` is enabled.');
    } finally {
      if (previous !== undefined) process.env['__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS'] = previous;
    }
  });
});
