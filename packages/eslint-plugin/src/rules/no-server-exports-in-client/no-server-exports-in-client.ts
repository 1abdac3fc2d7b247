/**
 * Exports that Next reads on the server (metadata, viewport, the `generate*` functions, route
 * segment config) from a `'use client'` file. Next turns every export of a client file into a
 * client reference, so what the server gets is a stub, not the value (measured with next 16.4.6):
 * `metadata` / `generateMetadata` and `generateStaticParams` fail `next build`; `viewport`,
 * `generateViewport`, `generateImageMetadata` and `revalidate` fail the prerender; `dynamic`,
 * `fetchCache`, `maxDuration`... are silently ignored (`dynamic = 'force-dynamic'` left the page
 * static).
 *
 * By default only the files Next reads these exports from are checked (pages, layouts, route
 * handlers, metadata image and sitemap routes); `checkAllClientModules` extends it to every
 * `'use client'` module, because a page that re-exports such a module's `metadata` fails too.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { createRule } from '../../utils/create-rule.js';
import { hasFileDirective } from '../../utils/directives.js';
import { getModuleExports } from '../../utils/exports.js';
import { SEGMENT_CONFIG_KEYS } from '../../utils/next-conventions.js';
import { getRouteContext, type RouteContext } from '../../utils/route-context.js';

export const RULE_NAME = 'no-server-exports-in-client';

export type MessageIds = 'metadataInClient' | 'viewportInClient' | 'staticParamsInClient' | 'imageMetadataInClient' | 'segmentConfigInClient';
export type Options = [{ checkAllClientModules?: boolean }];

/** Each server-only export name, and the message that says what Next does with it. */
const SERVER_EXPORTS: ReadonlyMap<string, MessageIds> = new Map<string, MessageIds>([
  ['metadata', 'metadataInClient'],
  ['generateMetadata', 'metadataInClient'],
  ['viewport', 'viewportInClient'],
  ['generateViewport', 'viewportInClient'],
  ['generateStaticParams', 'staticParamsInClient'],
  ['generateImageMetadata', 'imageMetadataInClient'],
  ...[...SEGMENT_CONFIG_KEYS].map((key) => [key, 'segmentConfigInClient'] as const),
]);

/** The App Router files Next reads server exports from. */
function isServerExportFile(route: RouteContext): boolean {
  if (route.kind === 'page' || route.kind === 'layout' || route.kind === 'route') return true;
  return route.kind === 'metadata' && route.metadata?.generated === true;
}

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow exporting metadata, viewport, `generate*` functions or route segment config from a `\'use client\'` file',
      recommended: 'recommended',
    },
    schema: [
      {
        type: 'object',
        properties: {
          checkAllClientModules: {
            type: 'boolean',
            description:
              "Also check 'use client' modules that are not pages, layouts, route handlers or metadata routes (a page that re-exports their `metadata` fails the same way).",
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ checkAllClientModules: false }],
    messages: {
      metadataInClient:
        "`{{name}}` is exported from a 'use client' file, so the server gets a client reference instead of it and `next build` fails. Keep this file a Server Component: move the client code into a component file of its own and import it here.",
      viewportInClient:
        "`{{name}}` is exported from a 'use client' file, so the server gets a client reference instead of it and the prerender fails with a cryptic error. Keep this file a Server Component: move the client code into a component file of its own and import it here.",
      staticParamsInClient:
        "`generateStaticParams` is exported from a 'use client' file, which `next build` rejects. Keep this file a Server Component: move the client code into a component file of its own and import it here.",
      imageMetadataInClient:
        "`generateImageMetadata` is exported from a 'use client' file, so the server cannot call it and `next build` fails collecting the image routes. Remove 'use client' from this metadata route.",
      segmentConfigInClient:
        "Route segment config `{{name}}` is exported from a 'use client' file: Next supports segment config only in Server Components, and from a client file it is silently ignored (`dynamic = 'force-dynamic'` leaves the page static) or fails the prerender (`revalidate`). Move it to a server page or layout, or move the client code into a component file of its own.",
    },
  },
  create(context: Context, [options]) {
    if (!hasFileDirective(context, 'use client')) return {};
    if (!options.checkAllClientModules) {
      const route = getRouteContext(context);
      if (!route || !isServerExportFile(route)) return {};
    }
    return {
      Program() {
        for (const entry of getModuleExports(context).all) {
          const messageId = SERVER_EXPORTS.get(entry.name);
          if (messageId) context.report({ node: entry.node, messageId, data: { name: entry.name } });
        }
      },
    };
  },
});
