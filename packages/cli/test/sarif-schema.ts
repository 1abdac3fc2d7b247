/**
 * Validates SARIF logs against the SARIF 2.1.0 JSON schema (the OASIS schema, draft-04, as shipped
 * in @microsoft/jest-sarif), with ajv 8 and its draft-04 class; `uri`, `uri-reference` and
 * `date-time` formats are checked too.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
// CommonJS packages, loaded with require so their `default` interop needs no guessing.
const { default: Ajv } = require('ajv-draft-04') as typeof import('ajv-draft-04');
const { default: addFormats } = require('ajv-formats') as typeof import('ajv-formats');
const SCHEMA_PATH = join(dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');

let validator: ValidateFunction | undefined;

/** The schema's errors for `log` (an empty list when it is valid SARIF 2.1.0). */
export function sarifSchemaErrors(log: unknown): unknown[] {
  if (!validator) {
    // unicodeRegExp off: the schema's language-tag pattern is not a valid regex with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validator = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as object);
  }
  return validator(log) ? [] : (validator.errors ?? []);
}
