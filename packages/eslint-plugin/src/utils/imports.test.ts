import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { getModuleImportName, getNextBindings, getNextImportName, getNextReferences, getNextTypeBindings, importsFromNext, outerExpression } from './imports.js';

type Found = { text: string; found: string | undefined };

/** Runs a throwaway rule that records what getNextImportName says of every callee. */
function calleesOf(code: string, parser: 'ts' | 'default' = 'ts'): Found[] {
  const found: Found[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: parser === 'ts' ? { parser: tsParser as Linter.Parser } : { sourceType: 'module' },
        plugins: {
          probe: {
            rules: {
              callees: {
                create(context) {
                  return {
                    CallExpression(node: unknown) {
                      const call = node as TSESTree.CallExpression;
                      const next = getNextImportName(context as never, call.callee);
                      found.push({ text: (context.sourceCode as unknown as { getText(node: unknown): string }).getText(call.callee), found: next && `${next.source}#${next.imported}` });
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/callees': 'error' },
      },
    ],
    'file.ts',
  );
  expect(messages).toEqual([]);
  return found;
}

function referencesOf(code: string, names: string[]): string[] {
  const found: string[] = [];
  const linter = new Linter({ configType: 'flat' });
  linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: {
          probe: {
            rules: {
              refs: {
                create(context) {
                  const ctx = context as never;
                  return {
                    Program() {
                      found.push(`imports:${importsFromNext(ctx, 'next/navigation', names)}`);
                      for (const ref of getNextReferences(ctx, 'next/navigation', names)) {
                        found.push(`${ref.imported}@${ref.node.loc.start.line}:${ref.node.loc.start.column}`);
                      }
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/refs': 'error' },
      },
    ],
    'file.ts',
  );
  return found;
}

describe('getNextImportName', () => {
  it('recognises named, renamed, string-named and namespace imports', () => {
    const code = [
      "import { redirect, notFound as nf, 'permanentRedirect' as pr } from 'next/navigation';",
      "import * as nav from 'next/navigation';",
      "import { cookies } from 'next/headers';",
      "import { NextResponse } from 'next/server';",
      "import { revalidatePath } from 'next/cache';",
      "redirect('/'); nf(); pr('/'); nav.redirect('/'); nav['notFound'](); cookies(); NextResponse.next(); revalidatePath('/'); redirect!('/');",
    ].join('\n');
    expect(calleesOf(code)).toEqual([
      { text: 'redirect', found: 'next/navigation#redirect' },
      { text: 'nf', found: 'next/navigation#notFound' },
      { text: 'pr', found: 'next/navigation#permanentRedirect' },
      { text: 'nav.redirect', found: 'next/navigation#redirect' },
      { text: "nav['notFound']", found: 'next/navigation#notFound' },
      { text: 'cookies', found: 'next/headers#cookies' },
      { text: 'NextResponse.next', found: undefined },
      { text: 'revalidatePath', found: 'next/cache#revalidatePath' },
      { text: 'redirect!', found: 'next/navigation#redirect' },
    ]);
  });

  it('recognises the .js specifier of strict ESM projects', () => {
    const code = "import { redirect } from 'next/navigation.js';\nimport * as h from 'next/headers.js';\nredirect('/'); h.cookies();";
    expect(calleesOf(code).map((f) => f.found)).toEqual(['next/navigation#redirect', 'next/headers#cookies']);
  });

  it('recognises require forms with the default parser', () => {
    const code = [
      "const { redirect, notFound: nf } = require('next/navigation');",
      "const nav = require('next/navigation');",
      "const pr = require('next/navigation').permanentRedirect;",
      "redirect('/'); nf(); nav.redirect('/'); pr('/');",
    ].join('\n');
    expect(calleesOf(code, 'default').filter((f) => f.text !== 'require')).toEqual([
      { text: 'redirect', found: 'next/navigation#redirect' },
      { text: 'nf', found: 'next/navigation#notFound' },
      { text: 'nav.redirect', found: 'next/navigation#redirect' },
      { text: 'pr', found: 'next/navigation#permanentRedirect' },
    ]);
  });

  it('does not take a local function, a parameter or another module for Next', () => {
    const code = [
      "import { redirect } from './my-redirect';",
      "import * as nav from 'next/navigation';",
      "import type { notFound } from 'next/navigation';",
      'function a(nav) { nav.redirect("/"); }',
      "function b() { const redirect = () => {}; redirect('/'); }",
      "redirect('/'); notFound(); nav.other(); nav[key]();",
    ].join('\n');
    expect(calleesOf(code).map((f) => f.found)).toEqual([undefined, undefined, undefined, undefined, 'next/navigation#other', undefined]);
  });

  it('answers undefined in a file without Next imports', () => {
    expect(calleesOf("function redirect() {}\nredirect('/');")).toEqual([{ text: 'redirect', found: undefined }]);
  });
});

describe('getNextReferences', () => {
  it('lists the references of the imports through the scope manager, skipping shadowed names', () => {
    const code = [
      "import { redirect as r } from 'next/navigation';",
      "import * as nav from 'next/navigation';",
      'r("/");',
      'function f(r) { r(); }',
      'nav.notFound(); nav.other();',
      'const alias = r;',
    ].join('\n');
    expect(referencesOf(code, ['redirect', 'notFound'])).toEqual(['imports:true', 'redirect@3:0', 'redirect@6:14', 'notFound@5:0']);
  });

  it('says a file does not import the names', () => {
    expect(referencesOf("import { useRouter } from 'next/navigation';\nuseRouter();", ['redirect'])).toEqual(['imports:false']);
  });
});

describe('getNextBindings', () => {
  it('indexes each top-level binding once', () => {
    let bindings: string[] = [];
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      "import def, { a as b } from 'next/og';\nimport { c } from 'react';",
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser as Linter.Parser },
          plugins: { probe: { rules: { b: { create: (context) => ({ Program() { bindings = getNextBindings(context as never).map((x) => `${x.local}=${x.source}#${x.imported}`); } }) } } } },
          rules: { 'probe/b': 'error' },
        },
      ],
      'file.ts',
    );
    expect(bindings).toEqual(['def=next/og#default', 'b=next/og#a']);
  });

  it('leaves type-only imports to getNextTypeBindings', () => {
    let values: string[] = [];
    let withTypes: string[] = [];
    const linter = new Linter({ configType: 'flat' });
    const describe = (x: { local: string; imported: string; typeOnly: boolean }) => `${x.local}#${x.imported}${x.typeOnly ? ' (type)' : ''}`;
    linter.verify(
      "import type { NextRequest } from 'next/server';\nimport { type NextResponse as R, after } from 'next/server';\nimport * as server from 'next/server';",
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser as Linter.Parser },
          plugins: {
            probe: {
              rules: {
                b: {
                  create: (context) => ({
                    Program() {
                      values = getNextBindings(context as never).map(describe);
                      withTypes = getNextTypeBindings(context as never).map(describe);
                    },
                  }),
                },
              },
            },
          },
          rules: { 'probe/b': 'error' },
        },
      ],
      'file.ts',
    );
    expect(values).toEqual(['after#after', 'server#*']);
    expect(withTypes).toEqual(['NextRequest#NextRequest (type)', 'R#NextResponse (type)', 'after#after', 'server#*']);
  });
});

/** Runs a throwaway rule that records getModuleImportName(callee, 'react') for every call. */
function reactCalleesOf(code: string): Found[] {
  const found: Found[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: {
          probe: {
            rules: {
              callees: {
                create(context) {
                  return {
                    CallExpression(node: unknown) {
                      const call = node as TSESTree.CallExpression;
                      found.push({
                        text: (context.sourceCode as unknown as { getText(node: unknown): string }).getText(call.callee),
                        found: getModuleImportName(context as never, call.callee, 'react'),
                      });
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/callees': 'error' },
      },
    ],
    'file.ts',
  );
  expect(messages).toEqual([]);
  return found;
}

describe('getModuleImportName', () => {
  it('recognises named, renamed, namespace and default-member imports of any module', () => {
    const code = [
      "import React, { useEffect, use as unwrap } from 'react';",
      "import * as R from 'react';",
      "import { useEffect as other } from 'preact/hooks';",
      'useEffect(); unwrap(); React.useEffect(); R.useLayoutEffect(); other(); R["use"]();',
      'function f(useEffect: () => void) { useEffect(); }',
    ].join('\n');
    expect(reactCalleesOf(code)).toEqual([
      { text: 'useEffect', found: 'useEffect' },
      { text: 'unwrap', found: 'use' },
      { text: 'React.useEffect', found: 'useEffect' },
      { text: 'R.useLayoutEffect', found: 'useLayoutEffect' },
      { text: 'other', found: undefined },
      { text: 'R["use"]', found: 'use' },
      { text: 'useEffect', found: undefined },
    ]);
  });
});

describe('outerExpression', () => {
  it('climbs TS wrappers to the outermost one', () => {
    const found: string[] = [];
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      'const a = (x! as unknown) satisfies unknown;',
      [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser as Linter.Parser },
          plugins: {
            probe: {
              rules: {
                outer: {
                  create(context) {
                    return {
                      'VariableDeclarator > * Identifier'(node: unknown) {
                        found.push((context.sourceCode as unknown as { getText(node: unknown): string }).getText(outerExpression(node as TSESTree.Node) as never));
                      },
                    };
                  },
                },
              },
            },
          },
          rules: { 'probe/outer': 'error' },
        },
      ],
      'file.ts',
    );
    expect(found).toEqual(['(x! as unknown) satisfies unknown']);
  });
});
