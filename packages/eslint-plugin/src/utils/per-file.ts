/**
 * Values computed once per linted file and shared by every rule that asks: a file's directives,
 * exports, imports from Next and route context. Keyed by the file's AST, which ESLint makes anew
 * for every lint of a file, so a value never outlives the text it was computed from.
 *
 * ESLint runs every rule over one file before it starts the next, so only the last file's value is
 * kept: no WeakMap (whose entries every garbage collection must trace), and a file's value goes
 * when the next file starts. Code blocks a processor extracts are linted one after the other too;
 * a tool that interleaves files only pays for computing a value again.
 */
import type { TSESTree } from '@typescript-eslint/utils';

export class PerFileCache<Input, Value> {
  private lastKey: TSESTree.Program | undefined;
  private lastValue: Value | undefined;

  /** `compute` derives the value from what `get` is given with the file's AST. */
  constructor(private readonly compute: (input: Input) => Value) {}

  /** The value of the file whose AST is `program`, computed from `input` the first time. */
  get(program: TSESTree.Program, input: Input): Value {
    if (program !== this.lastKey) {
      this.lastValue = this.compute(input);
      this.lastKey = program;
    }
    return this.lastValue as Value;
  }
}
