/**
 * A generated corpus of odd but valid syntax for the stress test: every export form, deep nesting,
 * JSX, decorators, `using`, empty files, BOMs, and near-misuse of every rule's subject (segment
 * config, generateStaticParams, redirect in try, route handler exports, metadata exports,
 * directives). Each snippet says whether it is TypeScript-only (ESLint's default parser cannot read
 * it) and whether it holds JSX.
 */
export interface CorpusFile {
  readonly name: string;
  readonly code: string;
  /** Only @typescript-eslint/parser reads it. */
  readonly tsOnly: boolean;
  readonly jsx: boolean;
}

const NAV = "import { redirect, notFound, permanentRedirect, forbidden, unauthorized, unstable_rethrow } from 'next/navigation';\n";

function nest(depth: number, open: (level: number) => string, close: string, inner: string): string {
  let code = inner;
  for (let level = depth; level > 0; level--) code = `${open(level)}${code}${close}`;
  return code;
}

const exportForms = `
export const a = 1, b = () => 2;
export let c;
export var d = 3;
export const { e, f: [g, ...h], ...i } = obj;
export function j() {}
export async function k() {}
export function* l() {}
export async function* m() {}
export class N {}
const o = 1;
function p() {}
export { o, p as q, o as 'string name' };
export { r as s, default as t } from './elsewhere';
export * from './star';
export * as ns from './ns';
export {};
export default function () {}
`;

export const CORPUS: readonly CorpusFile[] = [
  { name: 'empty', code: '', tsOnly: false, jsx: false },
  { name: 'bom-only', code: '\uFEFF', tsOnly: false, jsx: false },
  { name: 'bom-with-directive', code: '\uFEFF"use client";\nexport default function Page() { return null; }\n', tsOnly: false, jsx: false },
  { name: 'only-comments', code: '// nothing here\n/* really */\n/** @type {never} */\n', tsOnly: false, jsx: false },
  { name: 'hashbang', code: '#!/usr/bin/env node\nexport const GET = () => new Response();\n', tsOnly: false, jsx: false },
  { name: 'whitespace-and-semicolons', code: '\n\n   ;;;\n\t\n', tsOnly: false, jsx: false },
  { name: 'every-export-form', code: exportForms, tsOnly: false, jsx: false },
  {
    name: 'every-default-form',
    code: 'export default class extends Base { static { init(); } #x = 1; get y() { return this.#x; } }\n',
    tsOnly: false,
    jsx: false,
  },
  { name: 'default-arrow', code: 'export default async () => { await using r = open(); return r; };\n', tsOnly: false, jsx: false },
  { name: 'default-expression', code: 'export default (1, 2);\n', tsOnly: false, jsx: false },
  { name: 'default-as-specifier', code: 'const handler = () => {};\nexport { handler as default, handler as GET, handler as get };\n', tsOnly: false, jsx: false },
  {
    name: 'ts-export-forms',
    code: [
      'export type T = { a: string };',
      'export interface I { b: number }',
      'export enum E { A, B }',
      'export const enum CE { X }',
      'export declare const dc: number;',
      'export declare function df(): void;',
      'export namespace NS { export const x = 1; }',
      'export abstract class AC<T> { abstract m(): T; accessor z = 1; }',
      "export type { Q } from './q';",
      "export type * from './types';",
      "import type { Z } from './z';",
      'export { type Z };',
      'export function GET(): Response;',
      'export function GET(request?: Request): Response { return new Response(); }',
      "export import Alias = NS.x;",
    ].join('\n'),
    tsOnly: true,
    jsx: false,
  },
  {
    name: 'decorators',
    code: '@sealed\nexport class A {\n  @observable accessor value = 1;\n  @log() method(@inject() dep: unknown) {}\n}\nfunction sealed(c: unknown) {}\n',
    tsOnly: true,
    jsx: false,
  },
  {
    name: 'using-declarations',
    code: 'export async function GET() {\n  using a = lock();\n  await using b = open();\n  for (using c of items) {}\n  return new Response();\n}\n',
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'modern-syntax',
    code: [
      "import data from './data.json' with { type: 'json' };",
      'const big = 10n ** 20n;',
      'const sep = 1_000_000;',
      'const re = /[\\p{L}--[a-z]]/v;',
      'label: for (const x of [1]) { if (x) continue label; }',
      'let v = a?.b?.[c]?.(d) ?? e;',
      'v ||= 1; v &&= 2; v ??= 3;',
      'const { ...rest } = obj;',
      "export const meta = import.meta.url;",
      "export const lazy = () => import('./lazy');",
      'class P { #p = 1; static has(o) { return #p in o; } }',
      'function f() { return new.target; }',
      'await Promise.resolve();',
    ].join('\n'),
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'ts-syntax',
    code: [
      'const id = <T,>(x: T): T => x;',
      "const cfg = { runtime: 'edge' } as const satisfies Record<string, string>;",
      'let n!: number;',
      'const m = maybe!.value!;',
      'function assert(x: unknown): asserts x is string {}',
      'type U = typeof import("./x");',
      'declare global { interface Window { x: 1 } }',
      "declare module 'm' { export const y: 2; }",
      'class K { constructor(private readonly a: string, public b = 1) {} }',
      'const t = <const T extends readonly unknown[]>(x: T) => x;',
      'export { id, cfg, n, m, assert, K, t };',
    ].join('\n'),
    tsOnly: true,
    jsx: false,
  },
  {
    name: 'jsx',
    code: [
      "'use client';",
      'export default function Page({ items, ...props }) {',
      '  return (',
      '    <>',
      '      <svg:rect xlink:href="#a" />',
      '      <Foo.Bar {...props} data-x="1" render={() => <b>{items.length}</b>}>',
      '        {items.map((item) => <li key={item}>{item}</li>)}',
      '        {cond ? <A /> : null}',
      '        text &amp; more {/* comment */}',
      '      </Foo.Bar>',
      '    </>',
      '  );',
      '}',
    ].join('\n'),
    tsOnly: false,
    jsx: true,
  },
  {
    name: 'deep-nesting-functions',
    code: `${NAV}export async function GET() {\n${nest(50, (level) => `const f${level} = () => { try { `, ' } catch (e) { return e; } };\n', "redirect('/deep');")}\n  return new Response();\n}\n`,
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'deep-nesting-arrays',
    code: `export function generateStaticParams() { return [${nest(150, () => "[", "]", "{ slug: \"x\" }")}]; }\nexport const preferredRegion = ${nest(200, () => '[', ']', "'iad1'")};\n`,
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'deep-nesting-expressions',
    code: `export const revalidate = ${nest(150, () => "(1 + ", ")", "1")};\nexport const maxDuration = ${'-'.repeat(1)}${nest(100, () => '(', ')', '5')};\n`,
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'deep-nesting-jsx',
    code: `export default function Page() { return ${nest(80, () => "<div>", '</div>', '{x}')}; }\n`,
    tsOnly: false,
    jsx: true,
  },
  {
    name: 'deep-nesting-try',
    code: `${NAV}export default async function Page() {\n${nest(50, () => "try { ", ' } catch (e) { if (e) throw e; }\n', "notFound();")}\n}\n`,
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'many-exports',
    code: Array.from({ length: 2000 }, (_, index) => `export const value${index} = ${index};`).join('\n'),
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'segment-config-oddities',
    code: [
      'export const revalidate = 1n;',
      'export const dynamic = /force-static/g;',
      'export const fetchCache = `auto${suffix}`;',
      'export const preferredRegion = [...regions, , "b"];',
      'export const runtime = { ...base };',
      'export const maxDuration = 1e400;',
      'export const dynamicParams = !!1;',
      "export const instant = { [key]: 1, a, b() {}, get c() { return 1; }, 'd': 2, 3: 4 };",
      'export const prefetch = ((((\'auto\'))));',
      'export const ensureStatic = -0;',
      'export const unstable_dynamicStaleTime = 0x10;',
      'export const { constructor } = {};',
      'export const toString = 1, hasOwnProperty = 2, __proto__ = 3;',
    ].join('\n'),
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'segment-config-let-var',
    code: "export let revalidate;\nexport var maxDuration = 1, other = 2;\nmaxDuration++;\nexport let dynamic = 'auto', runtime = 'nodejs';\nconsole.log(dynamic);\n",
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'segment-config-ts',
    code: "export const revalidate = 60 as number;\nexport const dynamic = <const>'force-static';\nexport const runtime = 'edge' satisfies string;\nexport const maxDuration: number = 10!;\n",
    tsOnly: true,
    jsx: false,
  },
  {
    name: 'static-params-oddities',
    code: [
      'export async function* notIt() { yield 1; }',
      'export const generateStaticParams = async function ({ params: { lang } }) {',
      '  if (a) return;',
      '  if (b) return [];',
      '  if (c) return [, , { [k]: 1, ...s, "quoted-key": "v", 1: "n", m() {}, get g() { return 1; } }];',
      '  if (d) return cond ? [{ lang }] : [{ slug: ["a"] }, { rest: "a/b" }, { rest: 1 }, { rest: `a${b}` }];',
      '  if (e) return list.map(function (x) { if (x) return { slug: x }; return "nope"; });',
      '  if (f) return list.map(async (x) => ({ lang: x }));',
      '  if (g) return Promise.resolve(await [{ lang: "x" }]);',
      '  if (h) return new Map();',
      '  return items.flatMap((x) => x).map(({ lang }) => ({ lang }));',
      '};',
    ].join('\n'),
    tsOnly: false,
    jsx: false,
  },
  { name: 'static-params-not-function', code: 'export const generateStaticParams = [{ slug: "a" }];\n', tsOnly: false, jsx: false },
  { name: 'static-params-generator', code: 'export function* generateStaticParams() { yield { slug: "a" }; }\n', tsOnly: false, jsx: false },
  { name: 'static-params-no-return', code: 'export function generateStaticParams() {}\nexport default async function Page(props) { return null; }\n', tsOnly: false, jsx: false },
  { name: 'static-params-empty-with-component', code: 'export const generateStaticParams = () => [];\nexport default async function Page({ params: { nested } = {} }) {}\n', tsOnly: false, jsx: false },
  { name: 'static-params-empty-arrow-component', code: 'export const generateStaticParams = async () => [];\nconst Page = async ({ params }) => null;\nexport default Page;\n', tsOnly: false, jsx: false },
  {
    name: 'redirect-oddities',
    code: [
      NAV,
      "import * as nav from 'next/navigation';",
      "const req = require('next/navigation');",
      'export async function action() {',
      '  try { redirect; new redirect("/"); } catch {}',
      '  try { redirect?.("/"); nav?.redirect("/"); nav["notFound"](); (0, redirect)("/"); req.redirect("/"); } catch {}',
      '  try { label: { permanentRedirect("/"); break label; } } catch ({ message }) { log(message); }',
      '  try { class C { static { forbidden(); } } } catch (e) { unstable_rethrow(e); }',
      '  try { unauthorized(); } catch (e) { throw e; } finally { redirect("/f"); }',
      '  try { try { notFound(); } finally {} } catch (e) { if (e) { throw e; } }',
      '  try { await (async () => redirect("/"))(); } catch { return; }',
      '  try { return redirect("/") } catch (err) { unstable_rethrow(err.cause); }',
      '  try {} catch {}',
      '}',
    ].join('\n'),
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'redirect-ts-oddities',
    code: `${NAV}export function f() {\n  try { (redirect as (u: string) => never)('/'); redirect!('/'); redirect<string>('/'); } catch (e: unknown) { console.log(e); }\n}\n`,
    tsOnly: true,
    jsx: false,
  },
  {
    name: 'route-handler-oddities',
    code: [
      "export { default } from './handler';",
      'export const get = 1, put = 2;',
      'export function post() {}',
      'post.x = 1;',
      'export { post as Post };',
      "export { post as 'DELETE' };",
      'export const { patch } = handlers;',
      'export class options {}',
      'export const head = { head };',
    ].join('\n'),
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'metadata-oddities',
    code: [
      "export { metadata as generateMetadata } from './m';",
      'export const [metadata] = list;',
      'export function viewport() {}',
      'export { viewport as generateViewport };',
      'export * from "./more";',
    ].join('\n'),
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'directive-oddities',
    code: [
      "import x from 'y';",
      "'use client';",
      'export async function cached() {',
      '  "use cache: remote";',
      '  "use cache";',
      '  `use server`;',
      '  return x;',
      '}',
      "export const arrow = async () => { 'use server'; };",
    ].join('\n'),
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'unicode-identifiers',
    code: 'export const \\u0072evalidate = 60 * 2;\nexport function \\u0067et() {}\nexport const café = "ü";\nexport { café as \'ünïcode\' };\n',
    tsOnly: false,
    jsx: false,
  },
  {
    name: 'commonjs-style',
    code: "const { redirect } = require('next/navigation');\nconst nav = require('next/navigation');\nmodule.exports = { GET() {} };\nexports.revalidate = 60;\ntry { redirect('/'); nav.notFound(); } catch (e) {}\n",
    tsOnly: false,
    jsx: false,
  },
];
