/**
 * Values computed once per linted file and shared by every rule that asks: a file's directives,
 * exports, imports from Next and route context. Keyed by the file's AST, which ESLint makes anew
 * for every lint of a file, so a value never outlives the text it was computed from.
 *
 * The AST is held weakly. ESLint lets go of a file's SourceCode before it parses the next file; a
 * cache that kept the last AST (and values pointing into it) alive through that parse made the
 * garbage collector copy the whole previous tree while the parser was at work: about 2.5% of the
 * wall time of a lint of the bench's corpus (10 paired runs, one process each). With a WeakMap, a
 * file's values go when ESLint drops its AST.
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
