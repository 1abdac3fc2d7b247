import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@approute/source'] },
  ssr: { resolve: { conditions: ['@approute/source'] } },
  test: { name: 'conformance', include: ['test/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
