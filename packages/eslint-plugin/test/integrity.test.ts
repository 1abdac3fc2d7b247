/**
 * One test over all rules (as eslint-plugin-unicorn does): the rule folders, the rules index, the
 * plugin export and the docs agree; each rule has code, test and doc; `meta` follows the house
 * style; the presets are exactly what `meta.docs.recommended` says, and each loads in a real ESLint.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin, { PLUGIN_NAMESPACE, PRESET_NAMES } from '../src/index.js';
import { rules } from '../src/rules/index.js';
import { ruleDocsUrl } from '../src/utils/create-rule.js';
import { PACKAGE_DIR, REPO_DIR, RULES_DIR, listRuleFolders, parserConfigs } from './lint-helpers.js';

const folders = listRuleFolders();
const packageJson = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { name: string; version: string };

describe('plugin', () => {
  it('names itself after its package', () => {
    expect(plugin.meta).toEqual({ name: packageJson.name, version: packageJson.version });
  });

  it('exports exactly the rules of the rules index, which are exactly the rule folders', () => {
    expect(Object.keys(rules).sort()).toEqual(folders);
    expect(plugin.rules).toBe(rules);
  });

  it('lists the rules index in sorted order', () => {
    const names = Object.keys(rules);
    expect(names).toEqual([...names].sort());
  });

  it('has presets recommended, strict and all that reference the plugin object itself', () => {
    expect(Object.keys(plugin.configs).sort()).toEqual([...PRESET_NAMES].sort());
    for (const name of PRESET_NAMES) {
      const preset = plugin.configs[name];
      expect(preset.name).toBe(`${PLUGIN_NAMESPACE}/${name}`);
      expect(preset.plugins[PLUGIN_NAMESPACE]).toBe(plugin);
    }
  });

  it('puts each rule in the presets its meta.docs.recommended says, and nowhere else', () => {
    const expected = { recommended: [] as string[], strict: [] as string[], all: [] as string[] };
    for (const [name, rule] of Object.entries(rules)) {
      const id = `${PLUGIN_NAMESPACE}/${name}`;
      expected.all.push(id);
      if (rule.meta.docs?.recommended === 'recommended') expected.recommended.push(id);
      if (rule.meta.docs?.recommended === 'recommended' || rule.meta.docs?.recommended === 'strict') expected.strict.push(id);
    }
    for (const name of PRESET_NAMES) {
      expect(Object.keys(plugin.configs[name].rules).sort()).toEqual(expected[name].sort());
      expect(new Set(Object.values(plugin.configs[name].rules))).toEqual(new Set(expected[name].length > 0 ? ['error'] : []));
    }
  });

  for (const preset of PRESET_NAMES) {
    for (const parser of ['@typescript-eslint/parser', 'the default parser'] as const) {
      it(`loads the ${preset} preset in a real ESLint with ${parser}`, async () => {
        const eslint = new ESLint({
          cwd: PACKAGE_DIR,
          overrideConfigFile: true,
          overrideConfig: [...parserConfigs({ defaultParserForJs: parser === 'the default parser' }), plugin.configs[preset] as never],
        });
        const filePath = join(PACKAGE_DIR, parser === 'the default parser' ? 'app/page.jsx' : 'app/page.tsx');
        const code = "import { redirect } from 'next/navigation';\nexport default function Page() { return <main />; }\n";
        const [result] = await eslint.lintText(code, { filePath });
        expect(result!.messages).toEqual([]);
        const config = (await eslint.calculateConfigForFile(filePath)) as { rules: Record<string, unknown> };
        const enabled = Object.keys(config.rules).filter((id) => id.startsWith(`${PLUGIN_NAMESPACE}/`)).sort();
        expect(enabled).toEqual(Object.keys(plugin.configs[preset].rules).sort());
      });
    }
  }
});

/** The rules table of docs/eslint-plugin.md, as each rule's meta says it should read. */
function renderRulesTable(): string {
  const rows = Object.keys(rules)
    .sort()
    .map((name) => {
      const { meta } = rules[name]!;
      const extras = [meta.fixable ? 'fix' : '', meta.hasSuggestions ? 'suggestions' : ''].filter(Boolean).join(', ');
      return `| [\`${name}\`](../packages/eslint-plugin/src/rules/${name}/${name}.md) | ${meta.docs!.description.replace(/\|/g, '\\|')} | ${meta.docs!.recommended} | ${extras} |`;
    });
  return ['| rule | what | preset | fixes |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

describe('docs/eslint-plugin.md', () => {
  const path = join(REPO_DIR, 'docs/eslint-plugin.md');
  const BEGIN = /<!-- begin rules table[^>]*-->\n/;
  const END = '<!-- end rules table -->';

  it('lists every rule with its description, preset and fixes, as their meta says', () => {
    const doc = readFileSync(path, 'utf8');
    const begin = BEGIN.exec(doc);
    const end = doc.indexOf(END);
    expect(begin && end > begin.index, 'the doc keeps its begin/end markers').toBe(true);
    const current = doc.slice(begin!.index + begin![0].length, end).trim();
    const expected = renderRulesTable();
    if (current !== expected && process.env['UPDATE_DOCS'] === '1') {
      writeFileSync(path, `${doc.slice(0, begin!.index + begin![0].length)}${expected}\n${doc.slice(end)}`);
      return;
    }
    expect(current, 'run UPDATE_DOCS=1 npx vitest run --project eslint-plugin integrity to refresh the table').toBe(expected);
  });
});

describe.each(folders.length > 0 ? folders : ['(none yet)'])('rule %s', (name) => {
  if (name === '(none yet)') {
    it.skip('has no rules yet', () => {});
    return;
  }
  const rule = rules[name]!;
  const folder = join(RULES_DIR, name);

  it('is registered in src/rules/index.ts', () => {
    expect(rules[name], `add ${name} to src/rules/index.ts`).toBeDefined();
  });

  it('has its code, its test and its doc side by side', () => {
    for (const file of [`${name}.ts`, `${name}.test.ts`, `${name}.md`]) expect(existsSync(join(folder, file)), file).toBe(true);
  });

  it('has meta that follows the house style', () => {
    expect(rule, `add ${name} to src/rules/index.ts`).toBeDefined();
    const { meta } = rule;
    expect((rule as { name?: string }).name).toBe(name);
    expect(meta.docs?.url).toBe(ruleDocsUrl(name));
    expect(meta.docs?.description).toMatch(/^(Enforce|Require|Disallow) /);
    expect(['recommended', 'strict']).toContain(meta.docs?.recommended);
    expect(['problem', 'suggestion', 'layout']).toContain(meta.type);
    const messages = Object.entries(meta.messages);
    expect(messages.length).toBeGreaterThan(0);
    for (const [id, text] of messages) {
      expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(text, id).toMatch(/^[A-Z`'"{].*[.)]$/s);
    }
    if (meta.hasSuggestions) expect(meta.hasSuggestions).toBe(true);
    for (const schema of Array.isArray(meta.schema) ? meta.schema : [meta.schema]) {
      const properties = (schema as { properties?: Record<string, { description?: string }> } | undefined)?.properties ?? {};
      for (const [key, property] of Object.entries(properties)) expect(property.description, `${name} option ${key}`).toBeTruthy();
    }
  });

  it('is tested with RuleTester', () => {
    const test = readFileSync(join(folder, `${name}.test.ts`), 'utf8');
    expect(test).toMatch(/createRuleTester\(\)|new RuleTester\(/);
    expect(test).toContain(`.run(`);
  });

  it('documents why (with a link to the Next.js doc), failing and passing examples, options and when not to use it', () => {
    expect(rule, `add ${name} to src/rules/index.ts`).toBeDefined();
    const doc = readFileSync(join(folder, `${name}.md`), 'utf8');
    expect(doc.startsWith(`# ${name}`), 'first line is `# <rule name>`').toBe(true);
    expect(doc).toContain(rule.meta.docs!.description);
    expect(doc).toMatch(/https:\/\/nextjs\.org\/docs\//);
    expect(doc).toMatch(/^## Options$/m);
    expect(doc).toMatch(/^## When not to use it$/m);
    expect(doc).toMatch(/^```\w+ fail/m);
    expect(doc).toMatch(/^```\w+ pass/m);
  });
});
