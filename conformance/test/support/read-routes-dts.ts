/**
 * Reads a routes.d.ts (Next's or approute's) into plain data with the TypeScript parser, so the
 * two files compare by meaning, not by layout: the route unions, ParamMap (each route's params as a
 * canonical string), LayoutSlotMap, the exported names and the global declarations.
 */
import ts from 'typescript';

export const UNION_NAMES = ['AppRoutes', 'AppRouteHandlerRoutes', 'PageRoutes', 'LayoutRoutes', 'RedirectRoutes', 'RewriteRoutes'] as const;
export type UnionName = (typeof UNION_NAMES)[number];

export interface RoutesDts {
  /** Members of each route union (an alias Next omits, such as AppRouteHandlerRoutes without handlers, is empty). */
  readonly unions: Readonly<Record<UnionName, ReadonlySet<string>>>;
  /** ParamMap: route -> `{ id: string; path?: string[] }` in a canonical form (sorted, one space). */
  readonly params: ReadonlyMap<string, string>;
  /** LayoutSlotMap: layout route -> its slot names (empty for `never`). */
  readonly slots: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names in `export type { ... }` and exported declarations. */
  readonly exports: ReadonlySet<string>;
  /** Names declared in `declare global { ... }`. */
  readonly globals: ReadonlySet<string>;
  /** Syntax errors, as `line:col message`: a file with any cannot be compared. */
  readonly syntaxErrors: readonly string[];
}

function propertyName(name: ts.PropertyName): string {
  if (ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  throw new Error(`Unexpected property name kind ${ts.SyntaxKind[name.kind]}`);
}

/** The string literals of a union (`"a" | "b"`), or none for `never`. */
function literalMembers(type: ts.TypeNode, where: string): string[] {
  if (type.kind === ts.SyntaxKind.NeverKeyword) return [];
  const members = ts.isUnionTypeNode(type) ? type.types : [type];
  return members.map((member) => {
    if (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) return member.literal.text;
    throw new Error(`${where}: expected a union of string literals, found \`${member.getText()}\``);
  });
}

/** `{ "id": string; "path"?: string[]; }` -> `{ id: string; path?: string[] }`, members sorted. */
function canonicalParams(type: ts.TypeNode, where: string): string {
  if (!ts.isTypeLiteralNode(type)) throw new Error(`${where}: expected an object type, found \`${type.getText()}\``);
  const fields = type.members.map((member) => {
    if (!ts.isPropertySignature(member) || !member.type) throw new Error(`${where}: unexpected member \`${member.getText()}\``);
    return `${JSON.stringify(propertyName(member.name))}${member.questionToken ? '?' : ''}: ${member.type.getText().replace(/\s+/g, ' ')}`;
  });
  return fields.length === 0 ? '{}' : `{ ${fields.sort().join('; ')} }`;
}

/** Parses the text of a routes.d.ts. Throws (failing the test) on a shape neither generator writes. */
export function readRoutesDts(text: string, fileName = 'routes.d.ts'): RoutesDts {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const syntaxErrors = ((source as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? []).map((diagnostic) => {
    const { line, character } = source.getLineAndCharacterOfPosition(diagnostic.start);
    return `${line + 1}:${character + 1} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
  const unions = Object.fromEntries(UNION_NAMES.map((name) => [name, new Set<string>()])) as Record<UnionName, Set<string>>;
  const params = new Map<string, string>();
  const slots = new Map<string, Set<string>>();
  const exports = new Set<string>();
  const globals = new Set<string>();
  if (syntaxErrors.length > 0) return { unions, params, slots, exports, globals, syntaxErrors };

  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement)) {
      const name = statement.name.text;
      if ((UNION_NAMES as readonly string[]).includes(name)) {
        for (const member of literalMembers(statement.type, name)) unions[name as UnionName].add(member);
      }
      if (isExported(statement)) exports.add(name);
    } else if (ts.isInterfaceDeclaration(statement)) {
      const name = statement.name.text;
      if (isExported(statement)) exports.add(name);
      if (name !== 'ParamMap' && name !== 'LayoutSlotMap') continue;
      for (const member of statement.members) {
        if (!ts.isPropertySignature(member) || !member.type) throw new Error(`${name}: unexpected member \`${member.getText()}\``);
        const key = propertyName(member.name);
        if (name === 'ParamMap') params.set(key, canonicalParams(member.type, `ParamMap[${key}]`));
        else slots.set(key, new Set(literalMembers(member.type, `LayoutSlotMap[${key}]`)));
      }
    } else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) exports.add(element.name.text);
    } else if (ts.isModuleDeclaration(statement) && statement.name.text === 'global' && statement.body && ts.isModuleBlock(statement.body)) {
      for (const inner of statement.body.statements) {
        if ((ts.isInterfaceDeclaration(inner) || ts.isTypeAliasDeclaration(inner)) && inner.name) globals.add(inner.name.text);
      }
    }
  }
  return { unions, params, slots, exports, globals, syntaxErrors };
}
