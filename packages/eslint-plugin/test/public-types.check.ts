/**
 * Compile-time check of the public types (run by `tsc -p packages/eslint-plugin/tsconfig.json`, not
 * by vitest): the plugin and its presets must be accepted where users put them in an
 * `eslint.config.ts`, by ESLint's own types.
 */
import type { Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import approute from '../src/index.js';

export const withDefineConfig = defineConfig([approute.configs.recommended, approute.configs.strict, approute.configs.all]);

export const asConfigArray: Linter.Config[] = [
  approute.configs.recommended,
  { plugins: { '@approute': approute }, rules: { '@approute/valid-route-handler-exports': ['error', { allow: ['helper'] }] } },
];
