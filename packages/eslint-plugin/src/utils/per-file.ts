/**
 * Values computed once per linted file and shared by every rule that asks: a file's directives,
 * exports, imports from Next and route context. Keyed by the file's AST, which ESLint makes anew
 * for every lint of a file, so a value never outlives the text it was computed from.
 *
 * The AST is held weakly, so the plugin never keeps a tree alive that ESLint no longer needs: a
 * file's values go when its AST does. (ESLint 10.15 itself keeps each file's AST alive until the
 * next full garbage collection, through its rule contexts; see "Cost" in docs/eslint-plugin.md.
 * Under that, a one-entry cache of the last file's values measured the same: instructions and
 * collector time within the noise of the bench's corpus.)
 */
import type { TSESTree } from '@typescript-eslint/utils';

export class PerFileCache<Input, Value> {
  private readonly values = new WeakMap<TSESTree.Program, Value>();

  /** `compute` derives the value from what `get` is given with the file's AST. */
  constructor(private readonly compute: (input: Input) => Value) {}

  /** The value of the file whose AST is `program`, computed from `input` the first time. */
  get(program: TSESTree.Program, input: Input): Value {
    let value = this.values.get(program);
    if (value === undefined && !this.values.has(program)) {
      value = this.compute(input);
      this.values.set(program, value);
    }
    return value as Value;
  }
}
