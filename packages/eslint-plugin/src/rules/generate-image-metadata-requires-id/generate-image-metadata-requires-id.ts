/**
 * Every item `generateImageMetadata` returns needs an `id`: Next builds each image's URL from it and
 * throws `id property is required for every item returned from generateImageMetadata` (checked
 * with `item?.id == null`, so `id: null` and `id: undefined` fail too; `id: 0` is fine).
 *
 * Checked where the items are literal in the file: object literals in a returned array (inline or
 * a `const`), and object literals returned by the callback of a returned `.map(...)`. An item with a
 * spread (`{ ...base }`) may carry its id and is left alone.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/types';
import { createRule } from '../../utils/create-rule.js';
import { getModuleExports } from '../../utils/exports.js';
import { mentionsAny } from '../../utils/mentions.js';
import { unwrapExpression } from '../../utils/imports.js';
import type { FunctionNode } from '../../utils/function-returns.js';
import { findVariable } from '../../utils/ast.js';

export const RULE_NAME = 'generate-image-metadata-requires-id';

export type MessageIds = 'missingId' | 'nullId' | 'addId';
export type Options = [];

type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const rule = createRule<Options, MessageIds>({
  name: RULE_NAME,
  meta: {
    type: 'problem',
    docs: {
      description: 'Require an `id` on every item that `generateImageMetadata` returns',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    schema: [],
    defaultOptions: [],
    messages: {
      missingId:
        'This item returned by `generateImageMetadata` has no `id`. Next builds each image\'s URL from the id and throws "id property is required for every item returned from generateImageMetadata" at build or request time. Give every item a unique `id` (a string or a number).',
      nullId:
        'This `id` is {{value}}, which Next treats as missing: it throws "id property is required for every item returned from generateImageMetadata". Give every item a unique string or number `id`.',
      addId: 'Add `id: {{id}}`.',
    },
  },
  create(context) {
    if (!mentionsAny(context, ['generateImageMetadata'])) return {};
    return {
      Program() {
        const exported = getModuleExports(context).byName.get('generateImageMetadata');
        const fn = exported?.value && asFunction(exported.value);
        if (!fn) return;
        for (const returned of returnedExpressions(fn)) checkReturned(context, returned, 0);
      },
    };
  },
});

export default rule;

function asFunction(node: TSESTree.Node): FunctionNode | undefined {
  const inner = unwrapExpression(node);
  return inner.type === AST_NODE_TYPES.FunctionDeclaration ||
    inner.type === AST_NODE_TYPES.FunctionExpression ||
    inner.type === AST_NODE_TYPES.ArrowFunctionExpression
    ? inner
    : undefined;
}

/** The expressions a function returns (its own `return`s; nested functions are theirs). */
function returnedExpressions(fn: FunctionNode): TSESTree.Expression[] {
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const found: TSESTree.Expression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (!child || typeof (child as TSESTree.Node).type !== 'string') continue;
        const type = (child as TSESTree.Node).type;
        if (type === AST_NODE_TYPES.FunctionDeclaration || type === AST_NODE_TYPES.FunctionExpression || type === AST_NODE_TYPES.ArrowFunctionExpression || type === AST_NODE_TYPES.ClassDeclaration || type === AST_NODE_TYPES.ClassExpression) continue;
        if (type.startsWith('TS')) continue;
        visit(child as TSESTree.Node);
      }
    }
  };
  visit(fn.body);
  return found;
}

function checkReturned(context: Context, node: TSESTree.Node, depth: number): void {
  if (depth > 4) return;
  let expression = unwrapExpression(node);
  while (expression.type === AST_NODE_TYPES.AwaitExpression) expression = unwrapExpression(expression.argument);
  switch (expression.type) {
    case AST_NODE_TYPES.ArrayExpression:
      checkArray(context, expression);
      return;
    case AST_NODE_TYPES.ConditionalExpression:
      checkReturned(context, expression.consequent, depth + 1);
      checkReturned(context, expression.alternate, depth + 1);
      return;
    case AST_NODE_TYPES.Identifier: {
      const init = constInitializer(context, expression);
      if (init) checkReturned(context, init, depth + 1);
      return;
    }
    case AST_NODE_TYPES.CallExpression: {
      // items.map((item, index) => ({ ... }))
      const callee = expression.callee;
      const callback = expression.arguments[0];
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'map') return;
      const fn = callback && asFunction(callback);
      if (!fn) return;
      for (const returned of returnedExpressions(fn)) {
        const item = unwrapExpression(returned);
        if (item.type === AST_NODE_TYPES.ObjectExpression) checkItem(context, item, undefined);
      }
      return;
    }
    default:
      return;
  }
}

function checkArray(context: Context, array: TSESTree.ArrayExpression): void {
  const taken = new Set<string>();
  for (const element of array.elements) {
    const id = element?.type === AST_NODE_TYPES.ObjectExpression ? findProperty(element, 'id') : undefined;
    if (id?.value.type === AST_NODE_TYPES.Literal) taken.add(String(id.value.value));
  }
  array.elements.forEach((element, index) => {
    if (element?.type !== AST_NODE_TYPES.ObjectExpression) return;
    // The suggested id: the item's position, unless another item already uses it.
    const suggested = taken.has(String(index)) ? undefined : `'${index}'`;
    checkItem(context, element, suggested);
  });
}

function checkItem(context: Context, item: TSESTree.ObjectExpression, suggested: string | undefined): void {
  // A spread or a computed key may supply the id: not provable from the file.
  const unknowable = item.properties.some(
    (property) => property.type === AST_NODE_TYPES.SpreadElement || (property.computed && property.key.type !== AST_NODE_TYPES.Literal),
  );
  if (unknowable) return;
  const id = findProperty(item, 'id');
  if (!id) {
    context.report({
      node: item,
      messageId: 'missingId',
      suggest: suggested
        ? [
            {
              messageId: 'addId',
              data: { id: suggested },
              fix: (fixer) => {
                const open = context.sourceCode.getFirstToken(item)!;
                return item.properties.length === 0 ? fixer.replaceText(item, `{ id: ${suggested} }`) : fixer.insertTextAfter(open, ` id: ${suggested},`);
              },
            },
          ]
        : [],
    });
    return;
  }
  const value = unwrapExpression(id.value);
  const isNull = value.type === AST_NODE_TYPES.Literal && value.value === null && value.raw === 'null';
  const isUndefined = value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined' && isGlobal(context, value);
  if (isNull || isUndefined) context.report({ node: id, messageId: 'nullId', data: { value: isNull ? '`null`' : '`undefined`' } });
}

function isGlobal(context: Context, identifier: TSESTree.Identifier): boolean {
  const variable = findVariable(context.sourceCode.getScope(identifier), identifier);
  return !variable || variable.defs.length === 0;
}

function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const name = !property.computed && property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : property.key.type === AST_NODE_TYPES.Literal ? String(property.key.value) : undefined;
    if (name === key) return property;
  }
  return undefined;
}

function constInitializer(context: Context, node: TSESTree.Identifier): TSESTree.Node | undefined {
  const variable = findVariable(context.sourceCode.getScope(node), node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.parent.kind !== 'const' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  return def.node.init;
}
