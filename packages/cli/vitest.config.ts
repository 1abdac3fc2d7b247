import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@approute/source'] },
  ssr: { resolve: { conditions: ['@approute/source'] } },
  test: {
    name: 'cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The end-to-end tests spawn dist/bin.js: build it once first.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
