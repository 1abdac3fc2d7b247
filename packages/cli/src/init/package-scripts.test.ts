import { describe, expect, it } from 'vitest';
import { planPackageScripts } from './package-scripts.js';

describe('planPackageScripts', () => {
  it('adds the scripts and keeps tabs, key order and other scripts', () => {
    const text = '{\n\t"name": "web",\n\t"scripts": {\n\t\t"dev": "next dev"\n\t}\n}\n';
    const plan = planPackageScripts(text);
    expect(plan.added).toEqual(['typegen', 'typegen:watch', 'check']);
    expect(plan.content).toBe(
      '{\n\t"name": "web",\n\t"scripts": {\n\t\t"dev": "next dev",\n\t\t"typegen": "approute typegen",\n\t\t"typegen:watch": "approute typegen --watch",\n\t\t"check": "approute check"\n\t}\n}\n',
    );
  });

  it('creates "scripts" when there is none, and changes nothing the second time', () => {
    const first = planPackageScripts('{ "name": "web" }\n');
    expect(JSON.parse(first.content)).toEqual({ name: 'web', scripts: { typegen: 'approute typegen', 'typegen:watch': 'approute typegen --watch', check: 'approute check' } });
    const second = planPackageScripts(first.content);
    expect(second.added).toEqual([]);
    expect(second.content).toBe(first.content);
  });

  it('never replaces a script of the same name', () => {
    const text = '{ "scripts": { "check": "npm run lint && npm test" } }';
    const plan = planPackageScripts(text);
    expect(plan.kept).toEqual([{ name: 'check', command: 'npm run lint && npm test' }]);
    expect(JSON.parse(plan.content).scripts.check).toBe('npm run lint && npm test');
  });
});
