/**
 * `request.ip` / `request.geo` were removed from NextRequest in Next 15, and `ImageResponse` left
 * `next/server` for `next/og` in Next 14 (the `next/server` export is now a stub that throws).
 *
 * Without type information, a NextRequest is recognised where its type is certain from the file
 * alone: a parameter or variable annotated `NextRequest` (imported from `next/server`, type-only
 * imports included), the first parameter of the `middleware` / `proxy` function of a middleware or
 * proxy file, and the first parameter of an HTTP method exported by a route handler (Next passes
 * a NextRequest to both).
 */
import { dirname, relative, sep } from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports } from '../../utils/exports.js';
import { getNextReferences, getNextTypeBindings, outerExpression } from '../../utils/imports.js';
import { findProjectRoot, getRouteContext } from '../../utils/route-context.js';
import { memberName, propertyKeyName } from '../../utils/ast.js';
import type { FunctionNode } from '../../utils/function-returns.js';
import { IMAGE_RESPONSE } from '../../utils/next-conventions.js';

export const RULE_NAME = 'no-removed-request-apis';

export type MessageIds = 'removedIp' | 'removedGeo' | 'imageResponseFromServer';
export type Options = [];

const HTTP_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH']);
const REMOVED = new Map<string, MessageIds>([
  ['ip', 'removedIp'],
  ['geo', 'removedGeo'],
]);
/** Middleware and proxy files: at the project root or in `src/`, with a code extension. */
const MIDDLEWARE_FILE = /^(?:src\/)?(middleware|proxy)\.(?:[cm]?[jt]sx?)$/;

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const rule = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `request.ip`, `request.geo` and `ImageResponse` from `next/server`, which Next has removed',
      recommended: 'recommended',
    },
    fixable: 'code',
    schema: [],
    defaultOptions: [],
    messages: {
      removedIp:
        '`ip` was removed from NextRequest in Next 15, so this is always undefined. Read the client address from the `x-forwarded-for` header, or use your host\'s helper (`ipAddress(request)` from `@vercel/functions` on Vercel).',
      removedGeo:
        '`geo` was removed from NextRequest in Next 15, so this is always undefined. Use your host\'s geolocation (`geolocation(request)` from `@vercel/functions` on Vercel, or its geo headers).',
      imageResponseFromServer:
        '`ImageResponse` moved from `next/server` to `next/og` in Next 14; the `next/server` export now throws when constructed. Import it from `next/og`.',
    },
  },
  create(context) {
    // Most files mention neither `ImageResponse` nor `ip` / `geo`: nothing to look at in them.
    const { text } = context.sourceCode;
    const mentionsImageResponse = text.includes('ImageResponse');
    const mentionsRequestApis = /\b(?:ip|geo)\b/.test(text);
    if (!mentionsImageResponse && !mentionsRequestApis) return {};
    return {
      Program(program) {
        if (mentionsImageResponse) checkImageResponseImports(context, program);
        if (!mentionsRequestApis) return;
        for (const variable of findNextRequestVariables(context)) checkRequestVariable(context, variable);
      },
    };
  },
});

export default rule;

// ---------------------------------------------------------------------------------------------
// ImageResponse from next/server

function checkImageResponseImports(context: Context, program: TSESTree.Program): void {
  for (const statement of program.body) {
    if (
      (statement.type === AST_NODE_TYPES.ImportDeclaration || (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.source)) &&
      statement.source?.value === 'next/server'
    ) {
      const specifiers = statement.specifiers as readonly (TSESTree.ImportClause | TSESTree.ExportSpecifier)[];
      const index = specifiers.findIndex((specifier) => specifierName(specifier) === 'ImageResponse');
      if (index === -1) continue;
      const specifier = specifiers[index]!;
      // A default import beside the braces (`import s, { ImageResponse }`) is left to the user.
      const fixable = specifiers.length === 1 || specifiers.every((item) => item.type === AST_NODE_TYPES.ImportSpecifier || item.type === AST_NODE_TYPES.ExportSpecifier);
      context.report({
        node: specifier,
        messageId: 'imageResponseFromServer',
        fix: fixable ? (fixer) => fixImageResponseImport(context, fixer, statement as TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration, index) : null,
      });
    }
  }
  // `import * as server from 'next/server'` / `const server = require('next/server')`.
  for (const reference of getNextReferences(context, 'next/server', IMAGE_RESPONSE)) {
    if (reference.node.type === AST_NODE_TYPES.MemberExpression) context.report({ node: reference.node, messageId: 'imageResponseFromServer' });
  }
  // const { ImageResponse } = require('next/server')
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) continue;
    for (const declarator of statement.declarations) {
      if (!isRequireOf(declarator.init, 'next/server') || declarator.id.type !== AST_NODE_TYPES.ObjectPattern) continue;
      for (const property of declarator.id.properties) {
        if (property.type === AST_NODE_TYPES.Property && propertyKeyName(property) === 'ImageResponse') {
          context.report({ node: property, messageId: 'imageResponseFromServer' });
        }
      }
    }
  }
}

function isRequireOf(node: TSESTree.Expression | null, source: string): boolean {
  return (
    node?.type === AST_NODE_TYPES.CallExpression &&
    node.callee.type === AST_NODE_TYPES.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1 &&
    node.arguments[0]!.type === AST_NODE_TYPES.Literal &&
    node.arguments[0]!.value === source
  );
}

function specifierName(specifier: TSESTree.ImportClause | TSESTree.ExportSpecifier): string | undefined {
  if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
    return specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
  }
  if (specifier.type === AST_NODE_TYPES.ExportSpecifier) {
    return specifier.local.type === AST_NODE_TYPES.Identifier ? specifier.local.name : specifier.local.value;
  }
  return undefined;
}

/**
 * `import { ImageResponse } from 'next/server'` -> `'next/og'` (the source only). With other
 * specifiers, ImageResponse leaves the braces, with the comments around it, for a new declaration
 * of its own right after the original; nothing else moves.
 */
function fixImageResponseImport(
  context: Context,
  fixer: TSESLint.RuleFixer,
  statement: TSESTree.ImportDeclaration | TSESTree.ExportNamedDeclaration,
  index: number,
): TSESLint.RuleFix | TSESLint.RuleFix[] {
  const { sourceCode } = context;
  const source = statement.source!;
  const quote = source.raw.startsWith('"') ? '"' : "'";
  const newSource = `${quote}next/og${quote}`;
  const specifiers = statement.specifiers as readonly TSESTree.Node[];
  if (specifiers.length === 1) return fixer.replaceText(source, newSource);

  const units = specifiers.map((_, position) => specifierUnit(sourceCode, specifiers, position));
  const unit = units[index]!;
  const removals: TSESLint.RuleFix[] = [];
  if (index === 0) {
    removals.push(fixer.removeRange([unit.start, units[1]!.start]));
  } else {
    const previous = units[index - 1]!;
    // The last specifier has no comma of its own: drop the one before it instead.
    if (!unit.comma && previous.comma) {
      if (previous.end === previous.comma.range[1]) {
        removals.push(fixer.removeRange([previous.comma.range[0], unit.end]));
      } else {
        removals.push(fixer.remove(previous.comma), fixer.removeRange([previous.end, unit.end]));
      }
    } else {
      removals.push(fixer.removeRange([previous.end, unit.end]));
    }
  }
  const start = unit.start;
  const end = unit.end;
  // The moved text: the specifier with its own comments, without its comma.
  const moved = (
    unit.comma ? sourceCode.text.slice(start, unit.comma.range[0]) + sourceCode.text.slice(unit.comma.range[1], end) : sourceCode.text.slice(start, end)
  ).trim();
  const hasLineComment = sourceCode
    .getCommentsInside(statement)
    .some((comment) => comment.type === 'Line' && comment.range[0] >= start && comment.range[1] <= end);
  const braces = hasLineComment ? `{\n  ${moved}\n}` : `{ ${moved} }`;
  const keyword = statement.type === AST_NODE_TYPES.ImportDeclaration ? 'import' : 'export';
  const kind =
    (statement.type === AST_NODE_TYPES.ImportDeclaration && statement.importKind === 'type') ||
    (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.exportKind === 'type')
      ? ' type'
      : '';
  const semicolon = sourceCode.getLastToken(statement)?.value === ';' ? ';' : '';
  const declaration = `${keyword}${kind} ${braces} from ${newSource}${semicolon}`;
  return [...removals, fixer.insertTextAfter(statement, `\n${declaration}`)];
}

interface SpecifierUnit {
  /** Start of the specifier or of its leading comments. */
  readonly start: number;
  /** End of the specifier, its comma and the comments after them on the same line. */
  readonly end: number;
  readonly comma: TSESTree.Token | undefined;
}

/**
 * A specifier with the comments that belong to it, so moving it never drops or misplaces one: a
 * comment before it belongs to it when it sits on a line of its own or, as a block comment, on the
 * specifier's line; a comment after it (and its comma) on the same line is its trailing comment,
 * unless that is a block comment on the next specifier's line.
 */
function specifierUnit(sourceCode: Readonly<TSESLint.SourceCode>, specifiers: readonly TSESTree.Node[], index: number): SpecifierUnit {
  const specifier = specifiers[index]!;
  const previousToken = sourceCode.getTokenBefore(specifier)!;
  let start = specifier.range[0];
  for (const comment of sourceCode.getCommentsBefore(specifier)) {
    const ownLine = comment.loc.start.line > previousToken.loc.end.line;
    const blockOnSpecifierLine = comment.type === 'Block' && comment.loc.end.line === specifier.loc.start.line;
    if (ownLine || blockOnSpecifierLine) {
      start = comment.range[0];
      break;
    }
  }
  const after = sourceCode.getTokenAfter(specifier)!;
  const comma = after.value === ',' ? after : undefined;
  const anchor = comma ?? specifier;
  const next = specifiers[index + 1];
  let end = anchor.range[1];
  for (const comment of sourceCode.getCommentsAfter(anchor)) {
    if (comment.loc.start.line !== anchor.loc.end.line) break;
    if (comment.type === 'Block' && next && comment.loc.end.line === next.loc.start.line) break;
    end = comment.range[1];
  }
  return { start, end, comma };
}

// ---------------------------------------------------------------------------------------------
// request.ip / request.geo

/** The variables of the file that certainly hold a NextRequest. */
function findNextRequestVariables(context: Context): TSESLint.Scope.Variable[] {
  const found = new Set<TSESLint.Scope.Variable>();
  const { sourceCode } = context;

  // 1. Anything annotated `NextRequest` (from next/server), found through the import's type references.
  for (const annotated of annotatedBindings(context)) {
    if (annotated.pattern.type === AST_NODE_TYPES.ObjectPattern) {
      reportPattern(context, annotated.pattern);
      continue;
    }
    for (const variable of sourceCode.getDeclaredVariables(annotated.owner)) {
      if (variable.name === annotated.pattern.name) found.add(variable);
    }
  }

  // 2. The request parameter of middleware/proxy and of route handler methods.
  for (const fn of entryFunctions(context)) {
    const first = fn.params[0];
    if (!first) continue;
    const pattern = first.type === AST_NODE_TYPES.AssignmentPattern ? first.left : first;
    if (pattern.type === AST_NODE_TYPES.ObjectPattern) {
      // An annotated pattern was reported above.
      if (!pattern.typeAnnotation) reportPattern(context, pattern);
      continue;
    }
    if (pattern.type !== AST_NODE_TYPES.Identifier) continue;
    for (const variable of sourceCode.getDeclaredVariables(fn)) if (variable.name === pattern.name) found.add(variable);
  }
  return [...found];
}

interface AnnotatedBinding {
  /** The node whose declared variables include the binding: a function or a declarator. */
  readonly owner: TSESTree.Node;
  readonly pattern: TSESTree.Identifier | TSESTree.ObjectPattern;
}

/**
 * Parameters and variables annotated `NextRequest` (or `ns.NextRequest`) imported from next/server,
 * type-only imports included: each type reference of the import is followed up to its annotation.
 */
function annotatedBindings(context: Context): AnnotatedBinding[] {
  const found: AnnotatedBinding[] = [];
  for (const binding of getNextTypeBindings(context)) {
    if (binding.source !== 'next/server' || (binding.imported !== 'NextRequest' && binding.imported !== '*')) continue;
    const namespace = binding.imported === '*';
    for (const variable of context.sourceCode.getDeclaredVariables(binding.declaration)) {
      for (const reference of variable.references) {
        let typeName: TSESTree.Node = reference.identifier as TSESTree.Node;
        if (namespace) {
          const qualified = typeName.parent;
          if (qualified?.type !== AST_NODE_TYPES.TSQualifiedName || qualified.left !== typeName || qualified.right.name !== 'NextRequest') continue;
          typeName = qualified;
        }
        const annotated = annotatedBinding(typeName);
        if (annotated) found.push(annotated);
      }
    }
  }
  return found;
}

/** `req: NextRequest` (a parameter, possibly defaulted, or a declarator) from the type name's node. */
function annotatedBinding(typeName: TSESTree.Node): AnnotatedBinding | undefined {
  const reference = typeName.parent;
  if (reference?.type !== AST_NODE_TYPES.TSTypeReference || reference.typeName !== typeName) return undefined;
  const annotation = reference.parent;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeAnnotation) return undefined;
  const pattern = annotation.parent;
  if (pattern?.type !== AST_NODE_TYPES.Identifier && pattern?.type !== AST_NODE_TYPES.ObjectPattern) return undefined;
  let owner: TSESTree.Node | undefined = pattern.parent;
  if (owner?.type === AST_NODE_TYPES.AssignmentPattern || owner?.type === AST_NODE_TYPES.TSParameterProperty) owner = owner.parent;
  if (
    owner?.type === AST_NODE_TYPES.FunctionDeclaration ||
    owner?.type === AST_NODE_TYPES.FunctionExpression ||
    owner?.type === AST_NODE_TYPES.ArrowFunctionExpression ||
    (owner?.type === AST_NODE_TYPES.VariableDeclarator && owner.id === pattern)
  ) {
    return { owner, pattern };
  }
  return undefined;
}

/** The functions Next calls with a NextRequest: middleware/proxy, and route handler methods. */
function entryFunctions(context: Context): FunctionNode[] {
  const exports = getModuleExports(context);
  const names: string[] = [];
  const routeContext = getRouteContext(context);
  if (routeContext?.kind === 'route') names.push(...HTTP_METHODS);
  else if (isMiddlewareFile(context)) names.push('middleware', 'proxy', 'default');
  const functions: FunctionNode[] = [];
  for (const name of names) {
    const value = exports.byName.get(name)?.value;
    const fn = value && asFunction(value);
    if (fn) functions.push(fn);
  }
  return functions;
}

function asFunction(node: TSESTree.Node): FunctionNode | undefined {
  if (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  ) {
    return node;
  }
  return undefined;
}

function isMiddlewareFile(context: Context): boolean {
  const filename = context.physicalFilename || context.filename;
  const root = findProjectRoot(dirname(filename));
  if (!root) return false;
  return MIDDLEWARE_FILE.test(relative(root, filename).split(sep).join('/'));
}

function checkRequestVariable(context: Context, variable: TSESLint.Scope.Variable): void {
  for (const reference of variable.references) {
    if (reference.init || !reference.isRead()) continue;
    const node = outerExpression(reference.identifier as TSESTree.Node);
    const parent = node.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === node) {
      const messageId = REMOVED.get(memberName(parent) ?? '');
      if (messageId) context.report({ node: parent.property, messageId });
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === node && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
      reportPattern(context, parent.id);
    }
  }
}

/** `{ ip, geo }` destructured from a NextRequest. */
function reportPattern(context: Context, pattern: TSESTree.ObjectPattern): void {
  for (const property of pattern.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const messageId = REMOVED.get(propertyKeyName(property) ?? '');
    if (messageId) context.report({ node: property.key, messageId });
  }
}

