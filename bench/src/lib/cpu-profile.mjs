/**
 * Summarises a V8 CPU profile (`node --cpu-prof`) of `approute typegen` by where the time goes:
 * each sample is charged to the innermost approute pipeline stage on its stack (config, scan,
 * tree, render, write), else to module loading when Node's module loader is on the stack, else to
 * the garbage collector or to the rest (CLI, Node's own startup work after the profiler started).
 */
import { readFileSync } from 'node:fs';

/** @type {[string, RegExp][]} */
const STAGES = [
  ['config', /\/typegen\/dist\/config\//],
  ['scan', /\/typegen\/dist\/scan\//],
  ['tree', /\/typegen\/dist\/tree\//],
  ['render', /\/typegen\/dist\/render\//],
  ['write', /\/typegen\/dist\/write\//],
];

/**
 * @param {string} file a .cpuprofile
 * @returns {{ totalMs: number, byCategory: Record<string, number>, topSelf: { name: string, ms: number }[] }}
 */
export function summarizeCpuProfile(file) {
  const { nodes, parent, self } = readProfile(file);

  /** @type {Record<string, number>} */
  const byCategory = {};
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const node = nodes.get(id);
    const name = node.callFrame.functionName || '(anonymous)';
    total += us;
    let category = name === '(garbage collector)' ? 'garbage collector' : name === '(idle)' ? 'idle (waiting on I/O)' : undefined;
    let loading = false;
    for (let cursor = /** @type {number | undefined} */ (id); category === undefined && cursor !== undefined; cursor = parent.get(cursor)) {
      const url = nodes.get(cursor).callFrame.url;
      const stage = STAGES.find(([, pattern]) => pattern.test(url));
      if (stage) category = stage[0];
      else if (/node:internal\/modules\//.test(url)) loading = true;
    }
    category ??= loading ? 'module loading' : 'other (CLI, Node startup, exit)';
    byCategory[category] = (byCategory[category] ?? 0) + us / 1000;
    const key = `${name} (${node.callFrame.url.replace(/^.*\/(packages|node_modules)\//, '$1/').replace(/^node:/, 'node:') || 'native'})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us / 1000);
  }
  const topSelf = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => ({ name, ms }));
  return { totalMs: total / 1000, byCategory, topSelf };
}

/**
 * Self time of a CPU profile by where the code lives (the first matching pattern of its script's
 * URL), plus the heaviest functions whose URL matches `focus`.
 * @param {string} file a .cpuprofile
 * @param {[string, RegExp][]} categories
 * @param {RegExp} focus
 * @returns {{ totalMs: number, byCategory: Record<string, number>, topSelf: { name: string, ms: number }[] }}
 */
export function summarizeSelfTime(file, categories, focus) {
  const { nodes, self } = readProfile(file);
  /** @type {Record<string, number>} */
  const byCategory = {};
  /** @type {Map<string, number>} */
  const byFunction = new Map();
  let total = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    total += us;
    const name = functionName === '(garbage collector)' ? 'garbage collector' : functionName === '(idle)' ? 'idle' : (categories.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other');
    byCategory[name] = (byCategory[name] ?? 0) + us / 1000;
    if (focus.test(url)) {
      const key = `${functionName || '(anonymous)'} (${url.replace(/^.*\/(packages|node_modules)\//, '$1/')}:${lineNumber + 1})`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + us / 1000);
    }
  }
  const topSelf = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, ms]) => ({ name, ms }));
  return { totalMs: total / 1000, byCategory, topSelf };
}

/**
 * A .cpuprofile's nodes by id, each node's parent, and the self time (microseconds) sampled in each.
 * @param {string} file
 */
function readProfile(file) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  /** @type {Map<number, any>} */
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  /** @type {Map<number, number>} */
  const self = new Map();
  profile.samples.forEach((/** @type {number} */ id, /** @type {number} */ i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return { nodes, parent, self };
}
