/**
 * A page or layout exports its metadata either as an object or from a function, not both: with
 * `metadata` and `generateMetadata` the build fails; with `viewport` and `generateViewport`,
 * `generateViewport` silently wins and the object is ignored.
 */
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports } from '../../utils/exports.js';
import { mentionsAny } from '../../utils/mentions.js';
import { getRouteContext } from '../../utils/route-context.js';

export const RULE_NAME = 'no-conflicting-metadata-exports';

type MessageIds = 'conflictingMetadata' | 'conflictingViewport';
type Options = [];

/** Files whose metadata exports Next reads. */
const METADATA_FILE_KINDS: ReadonlySet<string> = new Set(['page', 'layout']);

const PAIRS = [
  { object: 'metadata', fn: 'generateMetadata', messageId: 'conflictingMetadata' },
  { object: 'viewport', fn: 'generateViewport', messageId: 'conflictingViewport' },
] as const;
const GENERATE_FUNCTIONS = PAIRS.map((pair) => pair.fn);

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow exporting both `metadata` and `generateMetadata`, or both `viewport` and `generateViewport`, from one page or layout',
      recommended: 'recommended',
    },
    messages: {
      conflictingMetadata:
        'This file exports both `metadata` and `generateMetadata` (line {{line}}), which fails `next build`. Keep one: move these fields into what `generateMetadata` returns, or make the metadata static.',
      conflictingViewport:
        'This `viewport` export is ignored: the file also exports `generateViewport` (line {{line}}), and Next uses only that. Move these fields into what `generateViewport` returns, or remove `generateViewport`.',
    },
    schema: [],
    defaultOptions: [],
  },
  create(context) {
    // Every pair has a generate* half: a file that writes neither name has no conflict.
    if (!mentionsAny(context, GENERATE_FUNCTIONS)) return {};
    const route = getRouteContext(context);
    if (!route || !METADATA_FILE_KINDS.has(route.kind)) return {};
    return {
      Program() {
        const { byName } = getModuleExports(context);
        for (const pair of PAIRS) {
          const object = byName.get(pair.object);
          const fn = byName.get(pair.fn);
          if (!object || !fn) continue;
          context.report({ node: object.node, messageId: pair.messageId, data: { line: fn.node.loc.start.line } });
        }
      },
    };
  },
});
