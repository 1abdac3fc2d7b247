/**
 * @approute/eslint-plugin. The rules arrive with the ESLint plugin issues; this is the package's
 * entry point.
 * @packageDocumentation
 */
const plugin = {
  meta: { name: '@approute/eslint-plugin', version: '0.1.0' },
  rules: {},
};

export default plugin;
