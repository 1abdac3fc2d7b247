import { describe, expect, it } from 'vitest';
import { sarifSchemaErrors } from './sarif-schema.js';

// The validator must be able to fail, or the SARIF tests prove nothing.
describe('the SARIF schema validator', () => {
  it('rejects logs that break the schema', () => {
    expect(sarifSchemaErrors({ version: '2.1.0' })).not.toEqual([]); // no runs
    expect(sarifSchemaErrors({ version: '2.0.0', runs: [] })).not.toEqual([]);
    const badUri = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] };
    expect(sarifSchemaErrors(badUri)).not.toEqual([]); // level is not one of none/note/warning/error
  });

  it('accepts a minimal valid log', () => {
    expect(sarifSchemaErrors({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] })).toEqual([]);
  });
});
