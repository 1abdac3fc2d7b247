import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@approute/source'] },
  ssr: { resolve: { conditions: ['@approute/source'] } },
  test: { name: 'typegen', include: ['src/**/*.test.ts', 'test/**/*.test.ts'], testTimeout: 60_000 },
});
