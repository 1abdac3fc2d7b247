/**
 * The plugin ships as one ES module: ESLint imports it in every editor and CI process, and an
 * import of ~50 small modules (the rules, their utils, the parts of @approute/typegen they use)
 * cost ~45 ms, three times @next/eslint-plugin-next's single file, mostly in the module loader's
 * file reads. Type declarations still come from tsc (`emitDeclarationOnly`).
 *
 * @approute/typegen is bundled from its built output (the route model, compiled by tsc, tree-shaken
 * to what the rules use); ESLint, typescript-eslint and the native or CommonJS packages typegen
 * depends on stay external, installed as dependencies.
 */
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: 'src/index.ts',
  platform: 'node',
  external: [/^node:/, /^eslint(\/|$)/, /^@typescript-eslint\//, /^@eslint-community\//, 'oxc-parser', 'path-to-regexp', 'chokidar'],
  resolve: { conditionNames: ['import', 'node', 'default'] },
  // A package left external is imported for what the bundle uses from it, never for side effects.
  treeshake: { moduleSideEffects: (_id, external) => !external },
  output: { file: 'dist/index.js', format: 'esm', sourcemap: true },
});
