/** Small AST readers shared by the rules: the static names of member accesses and object keys, and variable lookup. */
import { findVariable as findVariableInScope } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

/**
 * The variable a name (or an identifier) refers to from `scope`, looking outward; null for a global
 * never declared. This is `@eslint-community/eslint-utils`' `findVariable` (what
 * `@typescript-eslint/utils/ast-utils` re-exports) typed for typescript-eslint's scopes. It is
 * imported from its own ES module: importing `ast-utils` from ESM made Node's loader lex its ~20
 * CommonJS files for named exports, about 150M instructions (~40 ms) on every ESLint start, more
 * than the rest of the plugin's import.
 */
export const findVariable = findVariableInScope as unknown as (
  initialScope: TSESLint.Scope.Scope,
  nameOrNode: string | TSESTree.Identifier,
) => TSESLint.Scope.Variable | null;

/** `a.b` -> `b`, `a['b']` -> `b`; a computed access that is not a string literal -> undefined. */
export function memberName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed) return member.property.type === AST_NODE_TYPES.Identifier ? member.property.name : undefined;
  return member.property.type === AST_NODE_TYPES.Literal && typeof member.property.value === 'string' ? member.property.value : undefined;
}

/** `{ a: 1 }`, `{ 'a': 1 }`, `{ ['a']: 1 }` -> `a`; a key computed from anything but a literal -> undefined. */
export function propertyKeyName(property: TSESTree.Property): string | undefined {
  if (!property.computed && property.key.type === AST_NODE_TYPES.Identifier) return property.key.name;
  return property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
}
