import type { TSESLint } from '@typescript-eslint/utils';
import { getModuleExports, type ModuleExport } from './exports.js';
import { asFunction, type FunctionNode } from './function-returns.js';

type AnyContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/**
 * An export of the file and, when it is a function defined in the file, the function:
 * `export function f`, `export const f = () => ...`, `export { f }` of a local function,
 * `export default function`. `fn` is undefined for re-exports and non-function values.
 */
export function getExportedFunction(context: AnyContext, name: string): { entry: ModuleExport; fn: FunctionNode | undefined } | undefined {
  const entry = getModuleExports(context).byName.get(name);
  if (!entry) return undefined;
  return { entry, fn: asFunction(entry.value) };
}
