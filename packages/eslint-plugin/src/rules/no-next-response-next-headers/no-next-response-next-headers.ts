/**
 * `NextResponse.next({ headers })` sets headers on the response to the client; what authors almost
 * always mean is to forward headers upstream, which is `NextResponse.next({ request: { headers } })`.
 * Found through the references of the `NextResponse` import (no AST walk), so a file that does not
 * import it from `next/server` costs one lookup.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';
import { importsFromNext } from '../../utils/imports.js';
import { findProperty, NEXT_RESPONSE, nextResponseCalls, resolveObject } from './next-response-calls.js';

export const RULE_NAME = 'no-next-response-next-headers';

export type MessageIds = 'headersToClient' | 'forwardUpstream';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const NEXT: ReadonlySet<string> = new Set(['next']);

const rule = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `NextResponse.next({ headers })`, which sends the headers to the client instead of forwarding them upstream',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      headersToClient:
        '`NextResponse.next({ headers })` sets these headers on the response sent to the client, not on the request your pages, routes and server actions receive; it can leak what was meant for upstream and override headers Next relies on (such as the `Content-Type` of server actions). To forward them upstream, use `NextResponse.next({ request: { headers } })`.',
      forwardUpstream: 'Forward the headers upstream: `NextResponse.next({ request: { headers } })`.',
    },
  },
  create(context) {
    if (!importsFromNext(context, 'next/server', NEXT_RESPONSE)) return {};
    return {
      Program() {
        for (const { call } of nextResponseCalls(context, NEXT)) {
          const init = call.arguments[0];
          if (init) checkInit(context, init);
        }
      },
    };
  },
});

export default rule;

function checkInit(context: Context, argument: TSESTree.CallExpressionArgument): void {
  const resolved = resolveObject(context, argument);
  const headers = resolved && findProperty(resolved.object, 'headers');
  if (!resolved || !headers) return;
  // Only an inline object is rewritten: a shared `init` constant may be used elsewhere too. With a
  // `request` already there, merging the two is a decision for the author.
  const canSuggest = resolved.inline && !findProperty(resolved.object, 'request');
  context.report({
    node: headers,
    messageId: 'headersToClient',
    suggest: canSuggest
      ? [
          {
            messageId: 'forwardUpstream',
            fix: (fixer) => fixer.replaceText(headers, `request: { ${context.sourceCode.getText(headers)} }`),
          },
        ]
      : [],
  });
}
