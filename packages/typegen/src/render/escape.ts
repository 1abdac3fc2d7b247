/**
 * Escaping for every place a folder name can land in generated TypeScript. Folder names are user
 * input: quotes, backticks, `${`, `*\/`, newlines and backslashes all occur in the wild.
 */

/** A double-quoted TypeScript string literal for any string (JSON escaping plus U+2028/U+2029). */
export function stringLiteral(value: string): string {
  const json = JSON.stringify(value);
  // JSON leaves the line and paragraph separators raw; TypeScript accepts them in strings since
  // ES2019, but older tools do not, so they are escaped. Most names have neither: skip the scan.
  return /[\u2028\u2029]/.test(json) ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

/** Text safe inside a block comment: no `*\/` can close it early. */
export function commentText(value: string): string {
  return value.replace(/\*\//g, '*\\/').replace(/[\r\n\u2028\u2029]/g, ' ');
}
