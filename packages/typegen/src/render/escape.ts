/**
 * Escaping for every place a folder name can land in generated TypeScript. Folder names are user
 * input: quotes, backticks, `${`, `*\/`, newlines and backslashes all occur in the wild.
 */

/** A double-quoted TypeScript string literal for any string (JSON escaping plus U+2028/U+2029). */
export function stringLiteral(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/** Text safe inside a block comment: no `*\/` can close it early. */
export function commentText(value: string): string {
  return value.replace(/\*\//g, '*\\/').replace(/[\r\n\u2028\u2029]/g, ' ');
}
