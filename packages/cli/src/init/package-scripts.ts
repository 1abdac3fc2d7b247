import { parseJsonc, setJsonValue } from './json-edit.js';

/** The scripts `init` adds to package.json. */
export const SCRIPTS: Readonly<Record<string, string>> = {
  typegen: 'approute typegen',
  'typegen:watch': 'approute typegen --watch',
  check: 'approute check',
};

export interface ScriptsPlan {
  readonly content: string;
  readonly added: string[];
  /** Scripts of the same name with other commands: left as they are. */
  readonly kept: { name: string; command: string }[];
}

/** Adds the missing scripts; an existing script of the same name is never replaced. */
export function planPackageScripts(text: string, file = 'package.json'): ScriptsPlan {
  const manifest = parseJsonc(text, file);
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return { content: text, added: [], kept: [] };
  }
  const scripts = (manifest as { scripts?: unknown }).scripts;
  const existing = typeof scripts === 'object' && scripts !== null && !Array.isArray(scripts) ? (scripts as Record<string, unknown>) : undefined;
  let content = text;
  const added: string[] = [];
  const kept: { name: string; command: string }[] = [];
  for (const [name, command] of Object.entries(SCRIPTS)) {
    const current = existing?.[name];
    if (current === command) continue;
    if (current !== undefined) {
      kept.push({ name, command: String(current) });
      continue;
    }
    content = setJsonValue(content, ['scripts', name], command);
    added.push(name);
  }
  return { content, added, kept };
}
