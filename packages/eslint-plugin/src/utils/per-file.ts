/**
 * Values computed once per linted file and shared by every rule that asks: a file's directives,
 * exports, imports from Next and route context. Keyed by the file's AST, which ESLint makes anew
 * for every lint of a file, so a value never outlives the text it was computed from.
 *
 * ESLint runs every rule over one file before it starts the next, so the last file's value answers
 * almost every call (17 rules ask per file) without a WeakMap lookup; the WeakMap answers the rest
 * (a processor's code blocks interleaved with their file).
 */
import type { TSESTree } from '@typescript-eslint/utils';

export class PerFileCache<Input, Value> {
  private readonly values = new WeakMap<TSESTree.Program, Value>();
  private lastKey: TSESTree.Program | undefined;
  private lastValue: Value | undefined;

  /** `compute` derives the value from what `get` is given with the file's AST. */
  constructor(private readonly compute: (input: Input) => Value) {}

  /** The value of the file whose AST is `program`, computed from `input` the first time. */
  get(program: TSESTree.Program, input: Input): Value {
    if (program === this.lastKey) return this.lastValue as Value;
    let value: Value;
    if (this.values.has(program)) {
      value = this.values.get(program) as Value;
    } else {
      value = this.compute(input);
      this.values.set(program, value);
    }
    this.lastKey = program;
    this.lastValue = value;
    return value;
  }
}
