import type { DiagnosticCode } from '@approute/typegen';
import { TYPEGEN_DEV_STUB, TYPEGEN_MISSING, TYPEGEN_STALE } from './results.js';

/**
 * One-line descriptions of the findings that are not ESLint rules, for formats that list rules
 * (SARIF's `tool.driver.rules`). The full explanation is in each finding's message.
 */
export const TYPEGEN_RULE_DESCRIPTIONS: Readonly<Record<DiagnosticCode | typeof TYPEGEN_MISSING | typeof TYPEGEN_STALE | typeof TYPEGEN_DEV_STUB, string>> = {
  TG001: 'No app directory',
  TG002: 'Sibling dynamic segments with different names, or two catch-alls at one level',
  TG003: 'A catch-all segment that is not the last segment',
  TG004: 'The same param twice in one path',
  TG005: 'An optional catch-all beside a page at the same level',
  TG006: 'page and route serving the same URL',
  TG007: 'Two pages or route handlers resolving to the same URL',
  TG008: 'An interception marker above the root',
  TG009: 'A folder name Next cannot route',
  TG010: 'A parallel-route slot with no layout beside it',
  TG011: 'A next.config value approute cannot read without running it',
  TG012: 'An unreadable file or folder',
  TG013: 'A symlink loop',
  TG014: 'A page with no root layout',
  [TYPEGEN_MISSING]: 'The generated route types file is missing',
  [TYPEGEN_STALE]: 'The generated route types file is stale',
  [TYPEGEN_DEV_STUB]: "approute's stub at next dev's route types path was replaced by next dev or is missing (a warning)",
};
