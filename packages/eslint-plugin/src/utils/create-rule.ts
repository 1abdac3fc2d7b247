import * as ESLintUtils from '@typescript-eslint/utils/eslint-utils';

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

const createNamedRule = ESLintUtils.RuleCreator<ApprouteRuleDocs>(ruleDocsUrl);

/**
 * Creates a rule with typed `meta.docs` and its docs URL. Options' defaults go in
 * `meta.defaultOptions`; `create(context, [options])` receives them merged with the user's.
 *
 * `create` runs once per rule per file, and ESLint hands every file a fresh options array (already
 * merged with `meta.defaultOptions` since ESLint 9.15; ESLint 10 copies it out of the config for
 * each file): the merge with the defaults is done once per distinct options value and shared, not
 * deep-cloned on every file. Rules never mutate options.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, ApprouteRuleDocs>>,
): ReturnType<typeof createNamedRule<Options, MessageIds>> {
  const created = createNamedRule(rule);
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  const merged = new Map<string, Options>();
  // The copies ESLint hands the files of one config hold the same option objects: the last options
  // seen answer without a key (no JSON.stringify per file and rule).
  let lastSeen: readonly unknown[] | undefined;
  let lastMerged: Options | undefined;
  return {
    ...created,
    create(context: Parameters<typeof created.create>[0]) {
      if (lastSeen !== undefined && sameItems(context.options, lastSeen)) return rule.create(context, lastMerged!);
      // Most rules have no options at all: no key to compute.
      const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
      let options = merged.get(key);
      if (!options) {
        options = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, context.options));
        if (merged.size > 100) merged.clear();
        merged.set(key, options);
      }
      lastSeen = context.options;
      lastMerged = options;
      return rule.create(context, options);
    },
  };
}

/** Whether two options arrays hold the same values (by identity, item by item). */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Freezes shared options so that a rule mutating them fails loudly in its tests. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
