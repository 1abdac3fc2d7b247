import { ESLintUtils } from '@typescript-eslint/utils';

/** Where the rule docs live; each rule's `meta.docs.url` points at its `<rule>.md` there. */
export const DOCS_BASE_URL = 'https://github.com/approute/approute/blob/main/packages/eslint-plugin/src/rules';

/**
 * The plugin's part of `meta.docs`. `recommended` names the lightest preset that enables the rule:
 * `recommended` (certain errors; also in `strict` and `all`) or `strict` (also in `all`). The presets
 * are computed from this field alone, so it is the single source of truth.
 */
export interface ApprouteRuleDocs {
  /** Starts with Enforce, Require or Disallow. */
  readonly description: string;
  readonly recommended: 'recommended' | 'strict';
}

/** The URL of a rule's documentation. */
export function ruleDocsUrl(name: string): string {
  return `${DOCS_BASE_URL}/${name}/${name}.md`;
}

/**
 * Creates a rule with typed `meta.docs` and its docs URL. Options' defaults go in
 * `meta.defaultOptions`; `create(context, [options])` receives them merged with the user's.
 */
export const createRule = ESLintUtils.RuleCreator<ApprouteRuleDocs>(ruleDocsUrl);
