import { describe, expect, test } from 'vitest';
import { devTypesPathOf, renderDevTypesStub } from './render-dev-types-stub.js';

describe('devTypesPathOf', () => {
  test('pairs the default output with the folder next dev writes', () => {
    expect(devTypesPathOf('.next/types/routes.d.ts', '.next')).toBe('.next/dev/types/routes.d.ts');
    expect(devTypesPathOf('build/types/routes.d.ts', './build/')).toBe('build/dev/types/routes.d.ts');
    expect(devTypesPathOf('out/next/types/routes.d.ts', 'out\\next')).toBe('out/next/dev/types/routes.d.ts');
  });

  test('gives nothing for an output path of the user’s own', () => {
    expect(devTypesPathOf('types/routes.d.ts', '.next')).toBeUndefined();
    expect(devTypesPathOf('.next/types/app-routes.d.ts', '.next')).toBeUndefined();
    expect(devTypesPathOf('.next/types/routes.d.ts', 'build')).toBeUndefined();
  });
});

describe('renderDevTypesStub', () => {
  test('re-exports the route types from the main file and declares no globals', () => {
    const stub = renderDevTypesStub('.next/dev/types/routes.d.ts', '.next/types/routes.d.ts');
    expect(stub.path).toBe('.next/dev/types/routes.d.ts');
    expect(stub.content.split('\n').filter((line) => !line.startsWith('//'))).toEqual(['', 'export type * from "../../types/routes.js"', '']);
    expect(stub.content).not.toContain('declare global');
  });
});
