import { createRuleTester } from '../../../test/rule-tester.js';
import rule, { RULE_NAME } from './no-redirect-in-client-handler.js';

const CLIENT = "'use client';\nimport { redirect } from 'next/navigation';\n";
const lines = (...parts: string[]) => parts.join('\n');

createRuleTester().run(RULE_NAME, rule, {
  valid: [
    {
      name: 'redirect during render',
      code: `${CLIENT}export function Guard({ user }) {\n  if (!user) redirect('/login');\n  return <p>{user.name}</p>;\n}`,
    },
    {
      name: 'a server file (no use client) with an onClick-like prop',
      code: "import { redirect } from 'next/navigation';\nexport function C() { return <Form onSubmit={async () => { 'use server'; redirect('/done'); }} />; }",
    },
    {
      name: 'router.push in a handler',
      code: "'use client';\nimport { useRouter } from 'next/navigation';\nexport function C() { const router = useRouter(); return <button onClick={() => router.push('/x')} />; }",
    },
    {
      name: 'a local redirect function',
      code: "'use client';\nimport { redirect } from 'next/navigation';\nexport function C() { const redirect = (to) => location.assign(to); return <button onClick={() => redirect('/x')} />; }",
    },
    {
      name: 'redirect from another module',
      code: "'use client';\nimport { redirect } from './navigation';\nexport function C() { return <button onClick={() => redirect('/x')} />; }",
    },
    {
      name: 'a non-event prop (render prop) calling redirect',
      code: `${CLIENT}export function C() { return <Gate render={() => redirect('/x')} />; }`,
    },
    {
      name: 'a helper called during render, not from a handler',
      code: `${CLIENT}function check(user) { if (!user) redirect('/login'); }\nexport function C({ user }) { check(user); return <button onClick={() => console.log(user)} />; }`,
    },
    {
      name: 'useEffect from another module',
      code: `${CLIENT}import { useEffect } from './hooks';\nexport function C() { useEffect(() => { redirect('/x'); }); return null; }`,
    },
    {
      name: 'a handler that is a prop (unknown function)',
      code: `${CLIENT}export function C({ onGo }) { return <button onClick={onGo} />; }\nexport function D() { redirect('/x'); }`,
    },
  ],
  invalid: [
    {
      name: 'inline onClick arrow, no router yet: suggestions add useRouter',
      code: lines(CLIENT + 'export function Nav() {', "  return <button onClick={() => redirect('/home')}>Home</button>;", '}'),
      errors: [
        {
          messageId: 'redirectInHandler',
          data: { name: 'redirect', where: 'an `onClick` handler' },
          line: 4,
          column: 33,
          suggestions: [
            {
              messageId: 'suggestPush',
              data: { router: 'router' },
              output: lines(
                "'use client';",
                "import { redirect, useRouter } from 'next/navigation';",
                'export function Nav() {',
                '  const router = useRouter();',
                "  return <button onClick={() => router.push('/home')}>Home</button>;",
                '}',
              ),
            },
            {
              messageId: 'suggestReplace',
              data: { router: 'router' },
              output: lines(
                "'use client';",
                "import { redirect, useRouter } from 'next/navigation';",
                'export function Nav() {',
                '  const router = useRouter();',
                "  return <button onClick={() => router.replace('/home')}>Home</button>;",
                '}',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a local handler function with an existing router and RedirectType.push',
      code: lines(
        "'use client';",
        "import { permanentRedirect, RedirectType, useRouter as useNav } from 'next/navigation';",
        'export default function Page() {',
        '  const nav = useNav();',
        '  function onSave() {',
        "    permanentRedirect('/saved', RedirectType.push);",
        '  }',
        '  return <form onSubmit={onSave} />;',
        '}',
      ),
      errors: [
        {
          messageId: 'redirectInHandler',
          data: { name: 'permanentRedirect', where: 'an `onSubmit` handler' },
          line: 6,
          column: 5,
          suggestions: [
            {
              messageId: 'suggestPush',
              data: { router: 'nav' },
              output: lines(
                "'use client';",
                "import { permanentRedirect, RedirectType, useRouter as useNav } from 'next/navigation';",
                'export default function Page() {',
                '  const nav = useNav();',
                '  function onSave() {',
                "    nav.push('/saved');",
                '  }',
                '  return <form onSubmit={onSave} />;',
                '}',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'useCallback handler and a helper it calls at module level: no suggestion outside a component',
      code: lines(
        "'use client';",
        "import { useCallback } from 'react';",
        "import * as nav from 'next/navigation';",
        'function leave() {',
        "  nav.redirect('/bye');",
        '}',
        'export function C() {',
        '  const onClick = useCallback(() => { leave(); }, []);',
        '  return <a onClick={onClick} />;',
        '}',
      ),
      errors: [{ messageId: 'redirectInHandler', data: { name: 'redirect', where: 'an `onClick` handler' }, line: 5, column: 3, suggestions: [] }],
    },
    {
      name: 'useEffect callback, React namespace, and a nested then-callback',
      code: lines(
        "'use client';",
        "import React from 'react';",
        "import { redirect } from 'next/navigation';",
        'export function C({ load }) {',
        '  React.useEffect(() => {',
        "    load().then(() => redirect('/ready', 'replace'));",
        '  }, [load]);',
        '  return null;',
        '}',
      ),
      errors: [
        {
          messageId: 'redirectInHandler',
          data: { name: 'redirect', where: 'a `useEffect` callback' },
          line: 6,
          column: 23,
          suggestions: [
            {
              messageId: 'suggestReplace',
              data: { router: 'router' },
              output: lines(
                "'use client';",
                "import React from 'react';",
                "import { redirect, useRouter } from 'next/navigation';",
                'export function C({ load }) {',
                '  const router = useRouter();',
                '  React.useEffect(() => {',
                "    load().then(() => router.replace('/ready'));",
                '  }, [load]);',
                '  return null;',
                '}',
              ),
            },
          ],
        },
      ],
    },
    {
      name: 'a const arrow handler calling a function declared in the component; router taken: no suggestion',
      code: lines(
        CLIENT + 'export const Menu = ({ router }) => {',
        '  const go = (to) => redirect(to);',
        '  const handle = () => go("/x");',
        '  return <li onKeyDown={handle} />;',
        '};',
      ),
      errors: [{ messageId: 'redirectInHandler', data: { name: 'redirect', where: 'an `onKeyDown` handler' }, line: 4, column: 22, suggestions: [] }],
    },
  ],
});
