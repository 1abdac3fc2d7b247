/**
 * Generates a synthetic Next.js App Router app of an exact number of routes (pages plus route
 * handlers, counted by URL), deterministically from a seed. The mix is what real apps hold: static
 * pages, `[id]`, `[...slug]`, `[[...filters]]`, route groups with layouts, parallel `@slots` with
 * `default` files, intercepting routes, route handlers, metadata files, private folders, and
 * components next to pages. The tree is valid (no TG error), so both tools do their full work.
 *
 * The generator builds each name itself and so knows its URL: it never parses folder names.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRandom } from './random.mjs';
import {
  componentSource,
  defaultSource,
  errorSource,
  helperSource,
  imageSource,
  layoutSource,
  loadingSource,
  pageSource,
  robotsSource,
  routeHandlerSource,
  sitemapSource,
} from './file-contents.mjs';

const WORDS = ['products', 'orders', 'users', 'teams', 'projects', 'invoices', 'reports', 'docs', 'blog', 'photos', 'settings', 'billing', 'events', 'tickets', 'courses', 'recipes', 'jobs', 'listings', 'articles', 'albums'];
const GROUPS = ['', '(marketing)', '(shop)', '(dashboard)'];
const PNG = Buffer.from('89504e470d0a1a0a', 'hex');

/**
 * @typedef {{ name: string, kind: 'single' | 'catch-all' | 'optional-catch-all' }} Param
 * @typedef {object} GeneratedApp
 * @property {string} root The project folder (holds app/, next.config.mjs, package.json).
 * @property {number} routes Distinct page and route-handler URLs.
 * @property {number} files Files written.
 * @property {number} sourceFiles .ts/.tsx files written.
 * @property {{ dir: string, url: string }[]} sections Static section folders (relative to root) that hold a page.
 * @property {string[]} pages Every page file, relative to root.
 */

/** Written last into a generated app: what it holds, and which generator made it. */
const MANIFEST = '.bench-app.json';

/** A hash of the generator's own source: a changed generator never reuses an old tree. */
const GENERATOR_HASH = (() => {
  const hash = createHash('sha256');
  for (const file of ['generate-app.mjs', 'file-contents.mjs', 'random.mjs']) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  return hash.digest('hex').slice(0, 16);
})();

/**
 * Writes a synthetic app into `root` (emptied first). With `reuse`, an app that this generator
 * already wrote there from the same size and seed, and that was not marked dirty since, is kept
 * as it is: deleting and rewriting 13,000 files takes seconds, and minutes on a busy disk.
 * @param {{ root: string, routes: number, seed?: number, reuse?: boolean }} options
 * @returns {GeneratedApp}
 */
export function generateApp({ root, routes, seed = 42, reuse = false }) {
  const manifest = join(root, MANIFEST);
  if (reuse && existsSync(manifest)) {
    try {
      const saved = JSON.parse(readFileSync(manifest, 'utf8'));
      if (saved.generator === GENERATOR_HASH && saved.seed === seed && saved.app.routes === routes) return { ...saved.app, root };
    } catch {
      // A damaged manifest: write the app again.
    }
  }
  const app = writeApp({ root, routes, seed });
  writeFileSync(manifest, JSON.stringify({ generator: GENERATOR_HASH, seed, app }));
  return app;
}

/**
 * Marks a generated app as modified (a bench that edits it calls this first, and
 * `markAppClean` once it has undone its edits), so the next `generateApp({ reuse: true })`
 * writes it again if the edits were not undone.
 * @param {string} root
 */
export function markAppDirty(root) {
  rmSync(join(root, MANIFEST), { force: true });
}

/**
 * @param {GeneratedApp} app
 * @param {number} seed
 */
export function markAppClean(app, seed) {
  writeFileSync(join(app.root, MANIFEST), JSON.stringify({ generator: GENERATOR_HASH, seed, app }));
}

/**
 * @param {{ root: string, routes: number, seed: number }} options
 * @returns {GeneratedApp}
 */
function writeApp({ root, routes: target, seed }) {
  const random = createRandom(seed);
  /** @type {Map<string, string | Buffer>} */
  const files = new Map();
  const urls = new Set();
  /** @type {GeneratedApp['sections']} */
  const sections = [];
  const pages = [];

  const add = (path, content) => {
    if (files.has(path)) throw new Error(`generator bug: ${path} written twice`);
    files.set(path, content);
  };
  const addRoute = (url) => {
    if (urls.has(url)) throw new Error(`generator bug: two routes at ${url}`);
    urls.add(url);
  };
  /** A page at `dir` (relative to app/) serving `url`. */
  /** The section being generated: its pages import its `_components/card`. */
  let section;
  const addPage = (dir, url, params, title, { slot = false, countRoute = true } = {}) => {
    const path = `app/${dir ? `${dir}/` : ''}page.tsx`;
    const from = section && posix.relative(`app/${dir}`, `app/${section.dir}/_components/card`);
    const card = section && { title: section.title, from: from.startsWith('.') ? from : `./${from}` };
    add(path, pageSource({ route: url, params, title, random, slot, card }));
    pages.push(path);
    if (countRoute) addRoute(url);
  };
  const addHandler = (dir, url, params, title) => {
    add(`app/${dir}/route.ts`, routeHandlerSource({ route: url, params, title, random }));
    addRoute(url);
  };
  const addLayout = (dir, url, title, slots = []) => add(`app/${dir ? `${dir}/` : ''}layout.tsx`, layoutSource({ route: url, key: url, slots, title, random }));
  const addExtras = (dir, title) => {
    add(`app/${dir}/_components/card.tsx`, componentSource(title, random));
    if (random.chance(0.3)) add(`app/${dir}/loading.tsx`, loadingSource(title));
    if (random.chance(0.3)) add(`app/${dir}/error.tsx`, errorSource(title));
    if (random.chance(0.2)) add(`app/${dir}/template.tsx`, defaultSource(`${title}-template`).replace('return null;', 'return <>{children}</>;').replace('()', '({ children }: { children: React.ReactNode })'));
    if (random.chance(0.4)) add(`app/${dir}/${title}-list.tsx`, componentSource(`${title}-list`, random));
    if (random.chance(0.3)) add(`app/${dir}/styles.module.css`, `.page {\n  display: grid;\n  gap: 1rem;\n}\n`);
    if (random.chance(0.2)) add(`app/${dir}/_lib/data.ts`, helperSource(title));
    if (random.chance(0.15)) add(`app/${dir}/opengraph-image.png`, PNG);
  };

  // The root of the app.
  add('package.json', `${JSON.stringify({ name: `synthetic-${target}`, private: true, version: '0.0.0' }, null, 2)}\n`);
  add('next.config.mjs', "/** @type {import('next').NextConfig} */\nconst nextConfig = { reactStrictMode: true };\n\nexport default nextConfig;\n");
  add('app/layout.tsx', layoutSource({ route: '/', key: '/', slots: [], title: 'synthetic', random, root: true }));
  addPage('', '/', [], 'home');
  add('app/not-found.tsx', defaultSource('not-found').replace('return null;', 'return <h1>Not found</h1>;'));
  add('app/global-error.tsx', errorSource('global'));
  add('app/icon.png', PNG);
  add('app/apple-icon.png', PNG);
  add('app/sitemap.ts', sitemapSource());
  add('app/robots.ts', robotsSource());
  add('app/_lib/utils.ts', helperSource('shared'));
  for (const group of GROUPS.filter(Boolean)) addLayout(group, '/', group.slice(1, -1));

  /** Section templates: each returns the routes it added. `max` is what is left to add. */
  const templates = {
    resource(dir, base, title, max) {
      addPage(dir, base, [], title);
      if (random.chance(0.5)) addLayout(dir, base, title);
      /** @type {Param[]} */
      const id = [{ name: 'id', kind: 'single' }];
      let n = 1;
      if (n < max) {
        addPage(`${dir}/[id]`, `${base}/[id]`, id, `${title}-item`);
        if (random.chance(0.3)) add(`app/${dir}/[id]/opengraph-image.tsx`, imageSource({ route: `${base}/[id]`, params: id, title }));
        n++;
      }
      if (n < max && random.chance(0.5)) (addPage(`${dir}/[id]/edit`, `${base}/[id]/edit`, id, `${title}-edit`), n++);
      if (n < max && random.chance(0.4)) (addPage(`${dir}/new`, `${base}/new`, [], `${title}-new`), n++);
      return n;
    },
    docs(dir, base, title, max) {
      addLayout(dir, base, title);
      addPage(dir, base, [], title);
      if (max > 1) addPage(`${dir}/[...slug]`, `${base}/[...slug]`, [{ name: 'slug', kind: 'catch-all' }], `${title}-doc`);
      return Math.min(max, 2);
    },
    filters(dir, base, title) {
      addLayout(dir, base, title);
      addPage(`${dir}/[[...filters]]`, `${base}/[[...filters]]`, [{ name: 'filters', kind: 'optional-catch-all' }], `${title}-filtered`);
      return 1;
    },
    slots(dir, base, title, max) {
      addLayout(dir, base, title, ['analytics', 'team']);
      addPage(dir, base, [], title);
      for (const slot of ['analytics', 'team']) {
        addPage(`${dir}/@${slot}`, base, [], `${title}-${slot}`, { slot: true, countRoute: false });
        add(`app/${dir}/@${slot}/default.tsx`, defaultSource(`${title}-${slot}`));
      }
      add(`app/${dir}/default.tsx`, defaultSource(title));
      if (max > 1) addPage(`${dir}/settings`, `${base}/settings`, [], `${title}-settings`);
      return Math.min(max, 2);
    },
    gallery(dir, base, title, max) {
      if (max < 2) return templates.content(dir, base, title, max);
      /** @type {Param[]} */
      const id = [{ name: 'id', kind: 'single' }];
      addLayout(dir, base, title, ['modal']);
      addPage(dir, base, [], title);
      add(`app/${dir}/@modal/default.tsx`, defaultSource(`${title}-modal`));
      addPage(`${dir}/@modal/(.)photo/[id]`, `${base}/photo/[id]`, id, `${title}-photo-modal`, { slot: true, countRoute: false });
      addPage(`${dir}/photo/[id]`, `${base}/photo/[id]`, id, `${title}-photo`);
      return 2;
    },
    nested(dir, base, title, max) {
      if (max < 3) return templates.content(dir, base, title, max);
      /** @type {Param[]} */
      const org = [{ name: 'org', kind: 'single' }];
      /** @type {Param[]} */
      const project = [...org, { name: 'project', kind: 'single' }];
      addPage(`${dir}/[org]`, `${base}/[org]`, org, `${title}-org`);
      addLayout(`${dir}/[org]`, `${base}/[org]`, `${title}-org`);
      addPage(`${dir}/[org]/[project]`, `${base}/[org]/[project]`, project, `${title}-project`);
      addPage(`${dir}/[org]/[project]/settings`, `${base}/[org]/[project]/settings`, project, `${title}-project-settings`);
      return 3;
    },
    content(dir, base, title, max) {
      addPage(dir, base, [], title);
      let n = 1;
      for (const sub of ['about', 'contact', 'faq']) {
        if (n >= max || !random.chance(0.5)) break;
        addPage(`${dir}/${sub}`, `${base}/${sub}`, [], `${title}-${sub}`);
        n++;
      }
      if (random.chance(0.3)) add(`app/${dir}/twitter-image.png`, PNG);
      return n;
    },
  };

  let index = 0;
  while (urls.size < target) {
    const left = target - urls.size;
    const word = random.pick(WORDS);
    const title = `${word}-${index++}`;
    if (random.chance(0.12)) {
      // Route handlers live under api/.
      const dir = `api/${title}`;
      const base = `/api/${title}`;
      addHandler(dir, base, [], title);
      if (left > 1) addHandler(`${dir}/[id]`, `${base}/[id]`, [{ name: 'id', kind: 'single' }], title);
      if (left > 2 && random.chance(0.5)) addHandler(`${dir}/[id]/comments`, `${base}/[id]/comments`, [{ name: 'id', kind: 'single' }], `${title}-comments`);
      continue;
    }
    const group = random.pick(GROUPS);
    const dir = group ? `${group}/${title}` : title;
    const base = `/${title}`;
    const kind = random.weighted([['resource', 5], ['content', 3], ['docs', 1], ['filters', 1], ['slots', 1], ['gallery', 1], ['nested', 1]]);
    const before = urls.size;
    section = { dir, title };
    templates[kind](dir, base, title, left);
    if (files.has(`app/${dir}/page.tsx`)) sections.push({ dir: `app/${dir}`, url: base });
    addExtras(dir, title);
    if (urls.size === before) throw new Error(`generator bug: template ${kind} added no route`);
  }

  rmSync(root, { recursive: true, force: true });
  const made = new Set();
  let sourceFiles = 0;
  for (const [path, content] of files) {
    const folder = dirname(join(root, path));
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(join(root, path), content);
    if (/\.tsx?$/.test(path)) sourceFiles++;
  }
  return { root, routes: urls.size, files: files.size, sourceFiles, sections, pages };
}
