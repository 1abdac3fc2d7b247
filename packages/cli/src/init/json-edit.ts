/**
 * Edits of JSON and JSONC files (package.json, tsconfig.json) that keep everything the user wrote:
 * comments, key order, indentation and line endings. jsonc-parser computes minimal text edits;
 * we only say which value goes where.
 */
import { applyEdits, findNodeAtLocation, modify, parse, parseTree, printParseErrorCode, type FormattingOptions, type JSONPath, type ParseError } from 'jsonc-parser';
import { UsageError } from '../io.js';

/** The indentation and line ending a file already uses (two spaces and LF when it has none). */
export function detectFormatting(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /^([ \t]+)\S/m.exec(text);
  const indent = indented?.[1] ?? '  ';
  return indent.startsWith('\t') ? { insertSpaces: false, tabSize: 1, eol } : { insertSpaces: true, tabSize: indent.length, eol };
}

/** Parses JSON with comments and trailing commas, or throws a UsageError naming the line. */
export function parseJsonc(text: string, file: string): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const line = text.slice(0, first.offset).split('\n').length;
    throw new UsageError(`${file} is not valid JSON (${printParseErrorCode(first.error)} at line ${line}). Fix it and run approute init again; nothing was changed.`);
  }
  return value;
}

/** Sets `path` to `value` (jsonc-parser formats only the new text, in the file's indentation). */
export function setJsonValue(text: string, path: JSONPath, value: unknown): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions: detectFormatting(text) }));
}

/**
 * Appends `value` to the array at `path`, in the array's own layout: `["a", "b"]` stays on one
 * line, a one-item-per-line array gets a new line with the same indentation. (jsonc-parser's own
 * array insertion re-indents the whole array.)
 */
export function appendToJsonArray(text: string, path: JSONPath, value: unknown): string {
  const array = findNodeAtLocation(parseTree(text, [], { allowTrailingComma: true }) ?? { type: 'null', offset: 0, length: 0 }, path);
  if (array?.type !== 'array') return setJsonValue(text, path, [value]);
  const item = JSON.stringify(value);
  const close = array.offset + array.length - 1;
  const last = array.children?.at(-1);
  if (!last) return `${text.slice(0, close)}${item}${text.slice(close)}`;
  const lastEnd = last.offset + last.length;
  const trailingComma = text.slice(lastEnd, close).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').includes(',');
  const lineStart = text.lastIndexOf('\n', close - 1) + 1;
  if (text.slice(lineStart, close).trim() === '' && text.slice(array.offset, close).includes('\n')) {
    const lastLineStart = text.lastIndexOf('\n', last.offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lastLineStart))?.[0] ?? '';
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    const withComma = trailingComma ? text : `${text.slice(0, lastEnd)},${text.slice(lastEnd)}`;
    const at = trailingComma ? lineStart : lineStart + 1;
    return `${withComma.slice(0, at)}${indent}${item}${trailingComma ? ',' : ''}${eol}${withComma.slice(at)}`;
  }
  return trailingComma ? `${text.slice(0, close)} ${item}${text.slice(close)}` : `${text.slice(0, lastEnd)}, ${item}${text.slice(lastEnd)}`;
}
