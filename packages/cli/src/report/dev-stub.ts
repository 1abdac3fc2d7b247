/**
 * For the default output path approute also writes a stub at `next dev`'s own copy of the route
 * types, `<distDir>/dev/types/routes.d.ts` (see render-dev-types-stub.ts in @approute/typegen and
 * docs/coexistence.md). `next dev` rewrites that path on every route change, and the file is a
 * git-ignored dev artifact, not part of any commit. So its drift (stale or missing) is a warning
 * in `typegen --check` and `check`, never a failure: failing the pre-commit gate right after
 * `next dev` ran would be a false alarm that teaches people to skip the hook. The main file
 * (`<distDir>/types/routes.d.ts`, or `--out`) still fails when it is missing or stale.
 */
import type { FileOutcome } from '@approute/typegen';

/** The generated files that are missing or stale, split by what their drift means for the exit code. */
export interface Drift {
  /** The route types themselves: missing or stale fails the check (exit 1). */
  readonly failing: readonly FileOutcome[];
  /** approute's stub at `next dev`'s path: missing or stale is a warning. */
  readonly devStub: readonly FileOutcome[];
}

export const isDrift = (outcome: FileOutcome): boolean => outcome.status === 'missing' || outcome.status === 'stale';

/** Splits the drifted outcomes; `devOut` is the stub's path (the project context's `devOut`). */
export function splitDrift(outcomes: readonly FileOutcome[], devOut: string | undefined): Drift {
  const drifted = outcomes.filter(isDrift);
  return {
    failing: drifted.filter(({ path }) => path !== devOut),
    devStub: drifted.filter(({ path }) => devOut !== undefined && path === devOut),
  };
}

const FIX = 'Run `approute typegen`, or keep `approute typegen --watch` running beside `next dev`.';

/** The warning for a stale or missing stub: what happened, what it means for the editor, the fix. */
export function describeDevStubDrift(outcome: FileOutcome): string {
  const what =
    outcome.status === 'missing'
      ? `${outcome.path} is missing: approute's stub that takes the place of \`next dev\`'s route types is not there, so once \`next dev\` writes its own copy, your editor and tsc use Next's route types instead of approute's.`
      : `${outcome.path} is not approute's stub: \`next dev\` replaced it (it rewrites this file on every route change), so your editor and tsc use Next's route types instead of approute's until approute writes the stub again.`;
  return `${what} ${FIX} It does not fail the check: the file is a git-ignored dev artifact of \`next dev\`.`;
}
