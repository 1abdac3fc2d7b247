/**
 * Every rule of the plugin, by name. One import and one entry per rule, sorted by name; the
 * integrity test checks that this record, the rule folders and the docs agree.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { ApprouteRuleDocs } from '../utils/create-rule.js';
import awaitRequestApis from './await-request-apis/await-request-apis.js';
import generateImageMetadataRequiresId from './generate-image-metadata-requires-id/generate-image-metadata-requires-id.js';
import imageResponseSupportedCss from './image-response-supported-css/image-response-supported-css.js';
import noAuthInterruptsWithoutConfig from './no-auth-interrupts-without-config/no-auth-interrupts-without-config.js';
import noConflictingMetadataExports from './no-conflicting-metadata-exports/no-conflicting-metadata-exports.js';
import noDeprecatedMetadataFields from './no-deprecated-metadata-fields/no-deprecated-metadata-fields.js';
import noEmptyGenerateStaticParams from './no-empty-generate-static-params/no-empty-generate-static-params.js';
import noHeadersMutation from './no-headers-mutation/no-headers-mutation.js';
import noNextResponseNextHeaders from './no-next-response-next-headers/no-next-response-next-headers.js';
import noRedirectInClientHandler from './no-redirect-in-client-handler/no-redirect-in-client-handler.js';
import noRedirectInTry from './no-redirect-in-try/no-redirect-in-try.js';
import noRemovedRequestApis from './no-removed-request-apis/no-removed-request-apis.js';
import noRequestApisInUseCache from './no-request-apis-in-use-cache/no-request-apis-in-use-cache.js';
import noServerExportsInClient from './no-server-exports-in-client/no-server-exports-in-client.js';
import noUnfilteredHeaderForwarding from './no-unfiltered-header-forwarding/no-unfiltered-header-forwarding.js';
import validGenerateStaticParams from './valid-generate-static-params/valid-generate-static-params.js';
import validRouteHandlerExports from './valid-route-handler-exports/valid-route-handler-exports.js';
import validRoutePropsLiteral from './valid-route-props-literal/valid-route-props-literal.js';
import validSegmentConfig from './valid-segment-config/valid-segment-config.js';

/** A rule of this plugin: its `meta.docs.recommended` decides the presets it is in. */
export type ApprouteRule = TSESLint.RuleModule<string, readonly unknown[], ApprouteRuleDocs>;

export const rules: Readonly<Record<string, ApprouteRule>> = {
  'await-request-apis': awaitRequestApis,
  'generate-image-metadata-requires-id': generateImageMetadataRequiresId,
  'image-response-supported-css': imageResponseSupportedCss,
  'no-auth-interrupts-without-config': noAuthInterruptsWithoutConfig,
  'no-conflicting-metadata-exports': noConflictingMetadataExports,
  'no-deprecated-metadata-fields': noDeprecatedMetadataFields,
  'no-empty-generate-static-params': noEmptyGenerateStaticParams,
  'no-headers-mutation': noHeadersMutation,
  'no-next-response-next-headers': noNextResponseNextHeaders,
  'no-redirect-in-client-handler': noRedirectInClientHandler,
  'no-redirect-in-try': noRedirectInTry,
  'no-removed-request-apis': noRemovedRequestApis,
  'no-request-apis-in-use-cache': noRequestApisInUseCache,
  'no-server-exports-in-client': noServerExportsInClient,
  'no-unfiltered-header-forwarding': noUnfilteredHeaderForwarding,
  'valid-generate-static-params': validGenerateStaticParams,
  'valid-route-handler-exports': validRouteHandlerExports,
  'valid-route-props-literal': validRoutePropsLiteral,
  'valid-segment-config': validSegmentConfig,
};
