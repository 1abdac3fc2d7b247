/**
 * `forbidden()` and `unauthorized()` throw a plain Error at run time unless next.config enables
 * `experimental.authInterrupts` (Next checks `process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS`).
 * The config is read statically through the route context; when approute cannot read the flag
 * (or the config) without running it, the rule stays silent rather than guess.
 */
import { basename } from 'node:path';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getNextReferences, importsFromNext, outerExpression } from '../../utils/imports.js';
import { getNextConfigForPath, isConfigValueKnown } from '../../utils/route-context.js';

export const RULE_NAME = 'no-auth-interrupts-without-config';

export type MessageIds = 'authInterruptsDisabled';
export type Options = [];

const INTERRUPTS = ['forbidden', 'unauthorized'] as const;

const rule = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `forbidden()` and `unauthorized()` while `experimental.authInterrupts` is not enabled in next.config',
      recommended: 'recommended',
    },
    schema: [],
    defaultOptions: [],
    messages: {
      authInterruptsDisabled:
        '`{{name}}()` needs `experimental.authInterrupts`, and {{config}}: instead of rendering the {{status}} page, Next throws an error at run time ("`{{name}}()` is experimental and only allowed ... when `experimental.authInterrupts` is enabled"). Set `experimental: { authInterrupts: true }` in next.config.',
    },
  },
  create(context) {
    if (!importsFromNext(context, 'next/navigation', INTERRUPTS)) return {};
    const config = getNextConfigForPath(context.physicalFilename || context.filename);
    // Outside a Next project, or with a flag approute cannot read: nothing certain to say.
    if (!config || config.authInterrupts || !isConfigValueKnown(config, 'experimental.authInterrupts')) return {};
    const configName = config.file ? `\`${basename(config.file)}\` does not enable it` : 'this project has no next.config';
    return {
      Program() {
        for (const reference of getNextReferences(context, 'next/navigation', INTERRUPTS)) {
          // forbidden(), nav.forbidden(), forbidden!()
          const callee = outerExpression(reference.node);
          const call = callee.parent;
          if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== callee) continue;
          context.report({
            node: call,
            messageId: 'authInterruptsDisabled',
            data: { name: reference.imported, config: configName, status: reference.imported === 'forbidden' ? '403' : '401' },
          });
        }
      },
    };
  },
});

export default rule;

