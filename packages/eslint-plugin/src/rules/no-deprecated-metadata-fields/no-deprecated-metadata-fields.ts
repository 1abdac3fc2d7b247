/**
 * `themeColor`, `colorScheme` and `viewport` moved from `metadata` to the `viewport` export in
 * Next 14. next 16.4.6 ignores them in `metadata` (a build warning "Unsupported metadata themeColor
 * is configured in metadata export", and no `<meta name="theme-color">` in the HTML: measured).
 *
 * The fix moves them into a new `viewport` export placed right after the statement that holds
 * the metadata object. It is an autofix only when that is always safe: the object is the static
 * `metadata` export, the file has no `viewport` / `generateViewport` (nor an `export *` that could
 * bring one), every comment of the moved text lands in the new export, and no key would be
 * duplicated. Otherwise: a suggestion that moves them into an existing `viewport` object, or
 * (for an object `generateMetadata` returns) into a new `viewport` export when the values use
 * nothing local to the function; or no fix at all.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports } from '../../utils/exports.js';
import { asFunction, getReturnSites, settledExpression } from '../../utils/function-returns.js';
import { unwrapExpression } from '../../utils/imports.js';
import { mentionsAny } from '../../utils/mentions.js';
import { getRouteContext } from '../../utils/route-context.js';
import { staticKey } from '../../utils/static-value.js';
import { findVariable } from '../../utils/ast.js';

export const RULE_NAME = 'no-deprecated-metadata-fields';

export type MessageIds = 'deprecatedField' | 'moveToViewport';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;
type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];

const DEPRECATED_NAMES = ['themeColor', 'colorScheme', 'viewport'];
const DEPRECATED: ReadonlySet<string> = new Set(DEPRECATED_NAMES);

/** One property to move, with the text and comments that go with it. */
interface Moved {
  readonly property: TSESTree.Property;
  /** The lines of the viewport object this property becomes (comments included). */
  readonly items: readonly string[];
  /** The keys it adds to the viewport. */
  readonly keys: readonly string[];
  /** What to remove from the metadata object. */
  readonly removal: readonly [number, number];
  /** Comments in the removed range, all of which must be in `items`. */
  readonly comments: number;
  readonly carried: number;
}

export default createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `themeColor`, `colorScheme` and `viewport` in `metadata`, which Next ignores since they moved to the `viewport` export',
      recommended: 'recommended',
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      deprecatedField:
        '`{{name}}` is not a `metadata` field since Next 14: Next ignores it (with a build warning), so the page gets no such tag. Move it to the `viewport` export (or return it from `generateViewport`).',
      moveToViewport: 'Move `{{name}}` to the `viewport` export.',
    },
  },
  create(context: Context) {
    // The fields are matched by their written (non-computed) keys.
    if (!mentionsAny(context, DEPRECATED_NAMES)) return {};
    const route = getRouteContext(context);
    if (route?.kind !== 'page' && route?.kind !== 'layout') return {};
    return {
      Program() {
        const { byName, starExports } = getModuleExports(context);
        const metadata = byName.get('metadata');
        const generateMetadata = byName.get('generateMetadata');
        if (!metadata && !generateMetadata) return;
        const viewport = byName.get('viewport');
        const noViewportYet = !viewport && !byName.has('generateViewport') && starExports.length === 0;
        const existingViewport = viewport?.value && unwrapExpression(viewport.value);
        const viewportObject = existingViewport?.type === AST_NODE_TYPES.ObjectExpression && !byName.has('generateViewport') ? existingViewport : undefined;

        const staticObject = metadata?.value && unwrapExpression(metadata.value);
        if (staticObject?.type === AST_NODE_TYPES.ObjectExpression) {
          checkObject(context, staticObject, { autofix: noViewportYet, annotate: metadata?.declarator, viewportObject });
        }
        const fn = asFunction(generateMetadata?.value);
        if (fn) {
          for (const site of getReturnSites(context, fn)) {
            const returned = site.argument && settledExpression(site.argument);
            if (returned?.type === AST_NODE_TYPES.ObjectExpression) {
              checkObject(context, returned, { autofix: false, newExportSuggestion: noViewportYet ? fn : undefined, viewportObject });
            }
          }
        }
      },
    };
  },
});

interface CheckOptions {
  /** Fix by creating a `viewport` export (no viewport of any kind exists). */
  readonly autofix: boolean;
  /** The metadata declarator, to carry a `: Metadata` annotation over as `: Viewport`. */
  readonly annotate?: TSESTree.VariableDeclarator | undefined;
  /** Suggest creating a `viewport` export for values that use nothing local to this function. */
  readonly newExportSuggestion?: TSESTree.Node | undefined;
  /** An existing `viewport = { ... }` to suggest moving into. */
  readonly viewportObject: TSESTree.ObjectExpression | undefined;
}

function checkObject(context: Context, object: TSESTree.ObjectExpression, options: CheckOptions): void {
  const deprecated = object.properties.filter(
    (property): property is TSESTree.Property => property.type === AST_NODE_TYPES.Property && !property.computed && DEPRECATED.has(staticKey(property) ?? ''),
  );
  if (deprecated.length === 0) return;
  const moved = deprecated.map((property) => planMove(context, object, property));
  const all = moved.every((move): move is Moved => move !== undefined) ? moved : undefined;
  const safe = all !== undefined && all.every((move) => move.comments === move.carried) && !hasDuplicateKeys(all.flatMap((move) => move.keys));

  for (const property of deprecated) {
    const name = staticKey(property)!;
    let fix: Fix | undefined;
    const suggest: { messageId: 'moveToViewport'; data: { name: string }; fix: Fix }[] = [];
    if (safe && options.autofix) {
      fix = newExportFix(context, object, all, options.annotate);
    } else if (safe && options.newExportSuggestion && all.every((move) => usesNothingLocal(context, move.property, options.newExportSuggestion!))) {
      suggest.push({ messageId: 'moveToViewport', data: { name }, fix: newExportFix(context, object, all, undefined) });
    } else if (safe && options.viewportObject) {
      const existing = options.viewportObject.properties.map((p) => (p.type === AST_NODE_TYPES.Property ? staticKey(p) : undefined));
      if (!existing.includes(undefined) && !hasDuplicateKeys([...(existing as string[]), ...all.flatMap((move) => move.keys)])) {
        suggest.push({ messageId: 'moveToViewport', data: { name }, fix: intoExistingFix(context, object, options.viewportObject, all) });
      }
    }
    context.report({ node: property.key, messageId: 'deprecatedField', data: { name }, fix, suggest });
  }
}

// ---------------------------------------------------------------------------------------------
// Planning what moves

function planMove(context: Context, object: TSESTree.ObjectExpression, property: TSESTree.Property): Moved | undefined {
  const { sourceCode } = context;
  const name = staticKey(property)!;
  const span = propertySpan(context, property);
  const removal = removalRange(context, object, property, span);
  const comments = sourceCode.getAllComments().filter((comment) => comment.range[0] >= removal[0] && comment.range[1] <= removal[1]).length;
  if (name !== 'viewport') {
    const text = sourceCode.text.slice(property.range[0], property.range[1]);
    return { property, items: itemLines(span, text), keys: [name], removal, comments, carried: span.leading.length + span.trailing.length + countComments(context, property) };
  }
  // `viewport: { width, initialScale }` in metadata becomes the fields of the viewport export.
  const value = unwrapExpression(property.value);
  if (value.type !== AST_NODE_TYPES.ObjectExpression || property.shorthand) return undefined;
  const items: string[] = [];
  const keys: string[] = [];
  let carried = span.leading.length + span.trailing.length;
  for (const inner of value.properties) {
    if (inner.type !== AST_NODE_TYPES.Property || inner.computed) return undefined;
    const key = staticKey(inner);
    if (key === undefined) return undefined;
    const innerSpan = propertySpan(context, inner);
    items.push(...itemLines(innerSpan, sourceCode.text.slice(inner.range[0], inner.range[1])));
    keys.push(key);
    carried += innerSpan.leading.length + innerSpan.trailing.length + countComments(context, inner);
  }
  // Leading comments of the `viewport:` property itself go first.
  return { property, items: [...span.leading.map((c) => sourceCode.getText(c as never)), ...items, ...span.trailing.map((c) => sourceCode.getText(c as never))], keys, removal, comments, carried };
}

interface Span {
  readonly leading: readonly TSESTree.Comment[];
  readonly trailing: readonly TSESTree.Comment[];
  readonly start: number;
  /** After the property, its comma, and the comments on the same line. */
  readonly end: number;
}

/** A property with the comments on the lines above it and on its own line after it. */
function propertySpan(context: Context, property: TSESTree.Property): Span {
  const { sourceCode } = context;
  const before = sourceCode.getTokenBefore(property)!;
  const leading = sourceCode.getCommentsBefore(property).filter((comment) => comment.loc.start.line > before.loc.end.line);
  let end = property.range[1];
  const after = sourceCode.getTokenAfter(property);
  let last: TSESTree.Token | TSESTree.Node = property;
  if (after?.value === ',' && after.type === 'Punctuator') {
    end = after.range[1];
    last = after;
  }
  const trailing = sourceCode.getCommentsAfter(last).filter((comment) => comment.loc.start.line === property.loc.end.line);
  if (trailing.length > 0) end = trailing.at(-1)!.range[1];
  return { leading, trailing, start: leading[0]?.range[0] ?? property.range[0], end };
}

/** The lines a property becomes in the new object: leading comments, `key: value,`, trailing comment. */
function itemLines(span: Span, text: string): string[] {
  const lines = span.leading.map((comment) => commentText(comment));
  const trailing = span.trailing.map((comment) => commentText(comment)).join(' ');
  lines.push(`${text},${trailing ? ` ${trailing}` : ''}`);
  return lines;
}

function commentText(comment: TSESTree.Comment): string {
  return comment.type === 'Line' ? `//${comment.value}` : `/*${comment.value}*/`;
}

function countComments(context: Context, node: TSESTree.Node): number {
  return context.sourceCode.getAllComments().filter((comment) => comment.range[0] >= node.range[0] && comment.range[1] <= node.range[1]).length;
}

/**
 * What to delete from the metadata object: whole lines when the property has lines of its own,
 * else the property and one comma (its own, or the one before it when it is last).
 */
function removalRange(context: Context, object: TSESTree.ObjectExpression, property: TSESTree.Property, span: Span): [number, number] {
  const { text } = context.sourceCode;
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  const newline = text.indexOf('\n', span.end);
  const lineEnd = newline === -1 ? text.length : newline;
  if (/^[ \t]*$/.test(text.slice(lineStart, span.start)) && /^[ \t]*$/.test(text.slice(span.end, lineEnd)) && newline !== -1) {
    return [lineStart, newline + 1];
  }
  const isLast = object.properties.at(-1) === property;
  const after = context.sourceCode.getTokenAfter(property);
  if (!isLast || after?.value === ',') {
    // Up to what follows the comma and the comments on the property's line (they move with it).
    const next = context.sourceCode.getTokenAfter(span.trailing.at(-1) ?? after!, { includeComments: true })!;
    return [span.start, next.range[0]];
  }
  const comma = context.sourceCode.getTokenBefore(property, { filter: (token) => token.value === ',' });
  const previous = object.properties[object.properties.indexOf(property) - 1];
  return [previous && comma && comma.range[0] >= previous.range[1] ? comma.range[0] : span.start, span.end];
}

function hasDuplicateKeys(keys: readonly string[]): boolean {
  return new Set(keys).size !== keys.length;
}

/** True when every identifier `property` reads resolves outside `fn` (module scope or global). */
function usesNothingLocal(context: Context, property: TSESTree.Property, fn: TSESTree.Node): boolean {
  let local = false;
  const visit = (node: TSESTree.Node): void => {
    if (local) return;
    if (node.type === AST_NODE_TYPES.Identifier && isRead(node)) {
      const variable = findVariable(context.sourceCode.getScope(node), node);
      const declared = variable?.defs[0]?.name;
      if (declared && declared.range[0] >= fn.range[0] && declared.range[1] <= fn.range[1]) local = true;
    }
    for (const key of context.sourceCode.visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      for (const item of Array.isArray(child) ? child : [child]) {
        if (item && typeof (item as TSESTree.Node).type === 'string') visit(item as TSESTree.Node);
      }
    }
  };
  visit(property.value);
  return !local;
}

function isRead(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === identifier && !parent.computed) return false;
  if (parent?.type === AST_NODE_TYPES.Property && parent.key === identifier && !parent.computed && !parent.shorthand) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Fixes

/** Removes the fields and adds `export const viewport = { ... };` after the metadata's statement. */
function newExportFix(context: Context, object: TSESTree.ObjectExpression, moved: readonly Moved[], declarator: TSESTree.VariableDeclarator | undefined): Fix {
  const statement = topLevelStatement(object);
  const indent = '  ';
  const items = moved.flatMap((move) => move.items);
  const annotation = viewportAnnotation(context, declarator);
  const text = `\n\nexport const viewport${annotation ? ': Viewport' : ''} = {\n${items.map((item) => `${indent}${item}`).join('\n')}\n};`;
  return (fixer) => [
    ...removeFields(context, fixer, object, moved),
    fixer.insertTextAfter(statement, text),
    ...(annotation ? annotation(fixer) : []),
  ];
}

/** Adds the fields at the end of an existing `viewport = { ... }`. */
function intoExistingFix(context: Context, object: TSESTree.ObjectExpression, viewport: TSESTree.ObjectExpression, moved: readonly Moved[]): Fix {
  const { sourceCode } = context;
  const closing = sourceCode.getLastToken(viewport)!;
  const beforeClosing = sourceCode.getTokenBefore(closing, { includeComments: false })!;
  const needsComma = viewport.properties.length > 0 && beforeClosing.value !== ',';
  const items = moved.flatMap((move) => move.items);
  const multiline = viewport.loc.start.line !== viewport.loc.end.line;
  const indent = multiline ? `${/^\s*/.exec(sourceCode.lines[closing.loc.start.line - 1] ?? '')![0]}  ` : ' ';
  const joined = multiline ? items.map((item) => `\n${indent}${item}`).join('') : ` ${items.join(' ')}`;
  return (fixer) => [
    ...removeFields(context, fixer, object, moved),
    fixer.insertTextAfter(beforeClosing, `${needsComma ? ',' : ''}${multiline ? joined : joined.replace(/,$/, '')}`),
  ];
}

/** Removes the moved fields; `{}` when they were all the object had (and no other comment is in it). */
function removeFields(context: Context, fixer: TSESLint.RuleFixer, object: TSESTree.ObjectExpression, moved: readonly Moved[]): TSESLint.RuleFix[] {
  const movedComments = moved.reduce((sum, move) => sum + move.comments, 0);
  if (moved.length === object.properties.length && countComments(context, object) === movedComments) return [fixer.replaceText(object, '{}')];
  return moved.map((move) => fixer.removeRange(move.removal));
}

/**
 * `export const metadata: Metadata` with `Metadata` imported from 'next': annotate the new export
 * `: Viewport` too, importing `Viewport` beside `Metadata` when it is not imported yet.
 */
function viewportAnnotation(context: Context, declarator: TSESTree.VariableDeclarator | undefined): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  const annotation = declarator?.id.type === AST_NODE_TYPES.Identifier ? declarator.id.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference || annotation.typeName.type !== AST_NODE_TYPES.Identifier) return undefined;
  const imports = context.sourceCode.ast.body.filter((s): s is TSESTree.ImportDeclaration => s.type === AST_NODE_TYPES.ImportDeclaration && s.source.value === 'next');
  const specifiers = imports.flatMap((declaration) => declaration.specifiers.filter((s): s is TSESTree.ImportSpecifier => s.type === AST_NODE_TYPES.ImportSpecifier));
  const importedAs = (name: string) => specifiers.find((s) => s.imported.type === AST_NODE_TYPES.Identifier && s.imported.name === name && s.local.name === name);
  const metadataSpecifier = importedAs('Metadata');
  if (annotation.typeName.name !== 'Metadata' || !metadataSpecifier) return undefined;
  if (importedAs('Viewport')) return () => [];
  if (findVariable(context.sourceCode.getScope(declarator!), 'Viewport')) return undefined;
  const typeOnlyDeclaration = (metadataSpecifier.parent as TSESTree.ImportDeclaration).importKind === 'type';
  const prefix = typeOnlyDeclaration || metadataSpecifier.importKind !== 'type' ? '' : 'type ';
  return (fixer) => [fixer.insertTextAfter(metadataSpecifier, `, ${prefix}Viewport`)];
}

function topLevelStatement(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && current.parent.type !== AST_NODE_TYPES.Program) current = current.parent;
  return current;
}
