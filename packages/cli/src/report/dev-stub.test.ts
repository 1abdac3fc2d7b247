import type { FileOutcome } from '@approute/typegen';
import { describe, expect, it } from 'vitest';
import { describeDevStubDrift, splitDrift } from './dev-stub.js';
import { driftFindings, TYPEGEN_DEV_STUB, TYPEGEN_MISSING, TYPEGEN_STALE } from './results.js';

const ROUTES = '.next/types/routes.d.ts';
const STUB = '.next/dev/types/routes.d.ts';

const outcome = (path: string, status: FileOutcome['status']): FileOutcome => ({ path, status });

describe('splitDrift', () => {
  it('puts the stub at devOut apart from the route types, and leaves out files that match', () => {
    const outcomes = [outcome(ROUTES, 'stale'), outcome(STUB, 'missing'), outcome('other.d.ts', 'unchanged')];
    expect(splitDrift(outcomes, STUB)).toEqual({ failing: [outcome(ROUTES, 'stale')], devStub: [outcome(STUB, 'missing')] });
  });

  it('without a devOut (a custom --out) every drifted file fails', () => {
    const outcomes = [outcome('types/routes.d.ts', 'stale'), outcome(STUB, 'stale')];
    expect(splitDrift(outcomes, undefined)).toEqual({ failing: outcomes, devStub: [] });
  });

  it('a current stub is not drift', () => {
    expect(splitDrift([outcome(ROUTES, 'unchanged'), outcome(STUB, 'unchanged')], STUB)).toEqual({ failing: [], devStub: [] });
  });
});

describe('driftFindings', () => {
  it('the route types are errors, the stub a warning with its own rule id', () => {
    const findings = driftFindings([outcome(ROUTES, 'missing'), outcome(STUB, 'stale')], STUB);
    expect(findings.map(({ file, ruleId, severity }) => ({ file, ruleId, severity }))).toEqual([
      { file: ROUTES, ruleId: TYPEGEN_MISSING, severity: 'error' },
      { file: STUB, ruleId: TYPEGEN_DEV_STUB, severity: 'warning' },
    ]);
    expect(findings[1]?.message).toBe(describeDevStubDrift(outcome(STUB, 'stale')));
  });

  it('without devOut the same file is an error, as before', () => {
    expect(driftFindings([outcome(STUB, 'stale')]).map(({ ruleId, severity }) => ({ ruleId, severity }))).toEqual([{ ruleId: TYPEGEN_STALE, severity: 'error' }]);
  });
});

describe('describeDevStubDrift', () => {
  it('names the file, says what next dev did and gives the fix', () => {
    expect(describeDevStubDrift(outcome(STUB, 'stale'))).toBe(
      ".next/dev/types/routes.d.ts is not approute's stub: `next dev` replaced it (it rewrites this file on every route change), so your editor and tsc use Next's route types instead of approute's until approute writes the stub again. Run `approute typegen`, or keep `approute typegen --watch` running beside `next dev`. It does not fail the check: the file is a git-ignored dev artifact of `next dev`.",
    );
  });

  it('says so when the stub is missing', () => {
    const message = describeDevStubDrift(outcome(STUB, 'missing'));
    expect(message).toMatch(/^\.next\/dev\/types\/routes\.d\.ts is missing: /);
    expect(message).toContain('Run `approute typegen`, or keep `approute typegen --watch` running beside `next dev`.');
  });
});
