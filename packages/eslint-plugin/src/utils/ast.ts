/** Small AST readers shared by the rules: the static names of member accesses and object keys. */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';

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
