import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { PerFileCache } from './per-file.js';

const program = () => ({ type: 'Program', body: [] }) as unknown as TSESTree.Program;
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('PerFileCache', () => {
  it('computes a value once per AST, for files linted in any order', () => {
    const calls: string[] = [];
    const cache = new PerFileCache((name: string) => {
      calls.push(name);
      return { name };
    });
    const a = program();
    const b = program();
    const first = cache.get(a, 'a');
    expect(cache.get(a, 'a')).toBe(first);
    expect(cache.get(b, 'b')).toEqual({ name: 'b' });
    expect(cache.get(a, 'a')).toBe(first);
    // A new lint of the same text is a new AST: computed again.
    expect(cache.get(program(), 'a')).not.toBe(first);
    expect(calls).toEqual(['a', 'b', 'a']);
  });

  it('caches an undefined value too', () => {
    let calls = 0;
    const cache = new PerFileCache(() => {
      calls++;
      return undefined;
    });
    const a = program();
    cache.get(a, null);
    cache.get(a, null);
    expect(calls).toBe(1);
  });

  it('does not keep a file\'s AST alive once the linter lets go of it', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const cache = new PerFileCache((ast: TSESTree.Program) => ({ first: ast.body }));
    let ast: TSESTree.Program | undefined = program();
    // The value points into the AST, as the import and export indexes do.
    cache.get(ast, ast);
    const ref = new WeakRef(ast);
    ast = undefined;
    await tick();
    gc();
    expect(ref.deref()).toBeUndefined();
  });
});
