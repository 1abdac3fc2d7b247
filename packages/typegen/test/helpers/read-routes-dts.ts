/**
 * Reads a generated routes.d.ts back into plain data with the TypeScript parser, so tests assert
 * what the file says (after escaping) rather than what the generator meant to write.
 */
import ts from 'typescript';

export const UNION_NAMES = ['AppRoutes', 'AppRouteHandlerRoutes', 'PageRoutes', 'LayoutRoutes', 'RedirectRoutes', 'RewriteRoutes'] as const;
export type UnionName = (typeof UNION_NAMES)[number];

/** `string`, `string[]`, or `string[]?` for an optional catch-all. */
export type ParamType = 'string' | 'string[]' | 'string[]?';

export interface RoutesDts {
  readonly unions: Record<UnionName, string[]>;
  readonly paramMap: Record<string, Record<string, ParamType>>;
  readonly slotMap: Record<string, string[]>;
}

function literals(node: ts.TypeNode): string[] {
  if (node.kind === ts.SyntaxKind.NeverKeyword) return [];
  if (ts.isUnionTypeNode(node)) return node.types.flatMap(literals);
  if (ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal)) return [node.literal.text];
  throw new Error(`Expected a union of string literals, got: ${node.getText()}`);
}

function propertyName(name: ts.PropertyName): string {
  if (ts.isStringLiteral(name) || ts.isIdentifier(name) || ts.isNumericLiteral(name)) return name.text;
  throw new Error(`Unexpected property name ${name.getText()}`);
}

function members(declaration: ts.InterfaceDeclaration | ts.TypeLiteralNode): ts.PropertySignature[] {
  return declaration.members.map((member) => {
    if (!ts.isPropertySignature(member) || !member.type) throw new Error(`Unexpected member ${member.getText()}`);
    return member;
  });
}

export function readRoutesDts(content: string): RoutesDts {
  const source = ts.createSourceFile('routes.d.ts', content, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const unions = Object.fromEntries(UNION_NAMES.map((name) => [name, [] as string[]])) as Record<UnionName, string[]>;
  const paramMap: Record<string, Record<string, ParamType>> = Object.create(null);
  const slotMap: Record<string, string[]> = Object.create(null);
  const seen = new Set<string>();
  for (const statement of source.statements) {
    if (ts.isTypeAliasDeclaration(statement) && (UNION_NAMES as readonly string[]).includes(statement.name.text)) {
      unions[statement.name.text as UnionName] = literals(statement.type).sort();
      seen.add(statement.name.text);
    } else if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'ParamMap') {
      seen.add('ParamMap');
      for (const member of members(statement)) {
        const route = propertyName(member.name);
        const type = member.type!;
        if (!ts.isTypeLiteralNode(type)) throw new Error(`ParamMap[${route}] is not an object type`);
        if (route in paramMap) throw new Error(`ParamMap has the key ${route} twice`);
        const params: Record<string, ParamType> = Object.create(null);
        for (const param of members(type)) {
          if (propertyName(param.name) in params) throw new Error(`ParamMap[${route}] has the param ${propertyName(param.name)} twice`);
          const text = param.type!.getText();
          if (text !== 'string' && text !== 'string[]') throw new Error(`Unexpected param type ${text}`);
          params[propertyName(param.name)] = (param.questionToken ? `${text}?` : text) as ParamType;
        }
        paramMap[route] = params;
      }
    } else if (ts.isInterfaceDeclaration(statement) && statement.name.text === 'LayoutSlotMap') {
      seen.add('LayoutSlotMap');
      for (const member of members(statement)) {
        const key = propertyName(member.name);
        if (key in slotMap) throw new Error(`LayoutSlotMap has the key ${key} twice`);
        slotMap[key] = literals(member.type!).sort();
      }
    }
  }
  for (const name of [...UNION_NAMES, 'ParamMap', 'LayoutSlotMap']) {
    if (!seen.has(name)) throw new Error(`routes.d.ts has no ${name}`);
  }
  return { unions, paramMap, slotMap };
}
