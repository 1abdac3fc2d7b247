/**
 * Whether a tsconfig reaches the generated file, and the edit that makes it. Matching follows
 * TypeScript's rules for `include` / `exclude` (its matchFiles): `*` and `?` never cross `/`, a
 * component that starts with a wildcard does not match a name starting with `.`, and `**` does not
 * enter folders whose names start with `.` (nor node_modules). That is why the default `**\/*`
 * does not reach `.next/types/routes.d.ts` and Next adds `.next/types/**\/*.ts` itself.
 */
import { appendToJsonArray, parseJsonc, setJsonValue } from './json-edit.js';

const IMPLICIT_EXCLUDES = '(?!(?:node_modules|bower_components|jspm_packages)(?:/|$))';

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

function componentRegex(component: string): string {
  const body = escapeRegExp(component).replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
  return /^[*?]/.test(component) ? `(?!\\.)${body}` : body;
}

function normalize(pattern: string): string[] {
  const parts = pattern.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.');
  const last = parts.at(-1);
  // A last component without a wildcard or a dot names a folder: TypeScript adds `/**/*`
  // (its isImplicitGlob; so `"include": [".next"]` means a file named .next, not the folder).
  if (last === '**' || (last !== undefined && !/[.*?]/.test(last))) {
    if (last === '**') parts.pop();
    parts.push('**', '*');
  }
  return parts;
}

/** A regex for an include pattern (relative to the tsconfig's folder) over `/`-separated paths. */
export function includePatternToRegex(pattern: string): RegExp {
  const parts = normalize(pattern);
  let source = '';
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    if (part === '**') source += `(?:${IMPLICIT_EXCLUDES}(?!\\.)[^/]+/)*`;
    else source += componentRegex(part) + (last ? '' : '/');
  });
  return new RegExp(`^${source}$`);
}

/** Whether an exclude pattern matches the file or one of the folders it is in. */
function excludes(pattern: string, file: string): boolean {
  const parts = file.split('/');
  const regex = includePatternToRegex(pattern);
  const literal = pattern.replace(/\\/g, '/').split('/').filter((part) => part !== '' && part !== '.').join('/');
  for (let length = 1; length <= parts.length; length++) {
    const prefix = parts.slice(0, length).join('/');
    if (regex.test(prefix) || prefix === literal) return true;
  }
  return false;
}

export interface TsconfigShape {
  readonly include?: unknown;
  readonly files?: unknown;
  readonly exclude?: unknown;
  readonly extends?: unknown;
}

const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined);
const clean = (path: string): string => path.replace(/\\/g, '/').replace(/^\.\//, '');

/** `reached`, `excluded` (an exclude pattern hides it), or `missing`. `file` is relative to the tsconfig's folder. */
export function tsconfigReaches(config: TsconfigShape, file: string): 'reached' | 'excluded' | 'missing' {
  const files = strings(config.files) ?? [];
  if (files.some((entry) => clean(entry) === file)) return 'reached';
  const include = strings(config.include) ?? (config.files === undefined ? ['**/*'] : []);
  if (!include.some((pattern) => includePatternToRegex(pattern).test(file))) return 'missing';
  const exclude = strings(config.exclude) ?? [];
  return exclude.some((pattern) => excludes(pattern, file)) ? 'excluded' : 'reached';
}

export type TsconfigPlan =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'edit'; readonly content: string; readonly pattern: string }
  | { readonly kind: 'manual'; readonly reason: string; readonly snippet: string };

/**
 * The include pattern for the generated file: Next's own `.next/types/**\/*.ts` when the file is in
 * `<distDir>/types/`, so the same line also covers what `next dev` writes there; else the file.
 */
export function includePatternFor(out: string, distDir: string): string {
  const dir = `${clean(distDir)}/types/`;
  return out.startsWith(dir) ? `${dir}**/*.ts` : out;
}

/** Plans the tsconfig.json edit that makes it reach `out` (relative to the tsconfig's folder). */
export function planTsconfig(text: string, out: string, distDir: string, file = 'tsconfig.json'): TsconfigPlan {
  const config = parseJsonc(text, file);
  const pattern = includePatternFor(out, distDir);
  const snippet = `"include": [..., ${JSON.stringify(pattern)}]`;
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return { kind: 'manual', reason: `${file} is not a JSON object`, snippet };
  const shape = config as TsconfigShape;
  const state = tsconfigReaches(shape, out);
  if (state === 'reached') return { kind: 'unchanged' };
  if (state === 'excluded') return { kind: 'manual', reason: `its "exclude" hides ${out}; remove that exclusion`, snippet };
  const include = strings(shape.include);
  if (include) return { kind: 'edit', content: appendToJsonArray(text, ['include'], pattern), pattern };
  if (shape.include !== undefined) return { kind: 'manual', reason: `its "include" is not a list of strings`, snippet };
  // No include: TypeScript would inherit the base config's (with "extends") or use "**/*".
  if (shape.extends !== undefined) return { kind: 'manual', reason: 'it has no "include" of its own and extends another config, whose include would be replaced', snippet };
  const value = shape.files === undefined ? ['**/*', pattern] : [pattern];
  return { kind: 'edit', content: setJsonValue(text, ['include'], value), pattern };
}
