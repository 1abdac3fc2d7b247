import { defineConfig } from 'vitest/config';

/**
 * One vitest run over every workspace. Sources resolve through the `@approute/source` export
 * condition, so a test of the plugin sees the typegen source it imports without a rebuild; only the
 * CLI's end-to-end tests need `dist/` (the root `test` script builds first).
 */
export default defineConfig({
  resolve: { conditions: ['@approute/source'] },
  ssr: { resolve: { conditions: ['@approute/source'] } },
  test: {
    projects: ['packages/*', 'conformance'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
});
