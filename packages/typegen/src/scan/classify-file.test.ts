import { describe, expect, it } from 'vitest';
import { classifyFile, conventionOfFileName, mayBeAppConventionFile, DEFAULT_PAGE_EXTENSIONS } from './classify-file.js';

const defaults = { pageExtensions: DEFAULT_PAGE_EXTENSIONS };
const withMdx = { pageExtensions: [...DEFAULT_PAGE_EXTENSIONS, 'mdx'] };
const app = (dirs: string[], name: string, options = defaults) => classifyFile('app', 'app', dirs, name, options);

describe('classifyFile in app/', () => {
  it.each(['page', 'layout', 'route', 'default', 'template', 'loading', 'error', 'global-error', 'not-found', 'forbidden', 'unauthorized'])(
    'knows the %s convention in every page extension',
    (kind) => {
      for (const ext of DEFAULT_PAGE_EXTENSIONS) {
        expect(app(['blog'], `${kind}.${ext}`)).toEqual({
          path: `app/blog/${kind}.${ext}`,
          router: 'app',
          root: 'app',
          dirs: ['blog'],
          name: kind,
          ext,
          kind,
        });
      }
    },
  );

  it('follows pageExtensions: mdx only when configured, js not when left out', () => {
    expect(app([], 'page.mdx')).toBeUndefined();
    expect(app([], 'page.mdx', withMdx)).toMatchObject({ kind: 'page', ext: 'mdx' });
    expect(app([], 'page.js', { pageExtensions: ['tsx', 'mdx'] })).toBeUndefined();
    expect(app([], 'page.md', { pageExtensions: ['md', 'mdx'] })).toMatchObject({ kind: 'page', ext: 'md' });
  });

  it('takes the longest matching page extension', () => {
    expect(app([], 'page.page.tsx', { pageExtensions: ['tsx', 'page.tsx'] })).toMatchObject({ name: 'page', ext: 'page.tsx', kind: 'page' });
  });

  it.each(['page.test.tsx', 'Page.tsx', 'pages.tsx', 'page.d.ts', 'layout.css', 'button.tsx', 'page', '.tsx', 'route.json'])(
    'ignores %j',
    (name) => {
      expect(app([], name)).toBeUndefined();
    },
  );

  it.each([
    ['icon.png', 'icon', false],
    ['icon1.png', 'icon', false],
    ['icon9.svg', 'icon', false],
    ['icon.tsx', 'icon', true],
    ['apple-icon.jpg', 'apple-icon', false],
    ['apple-icon2.tsx', 'apple-icon', true],
    ['opengraph-image.png', 'opengraph-image', false],
    ['opengraph-image.tsx', 'opengraph-image', true],
    ['opengraph-image3.jpeg', 'opengraph-image', false],
    ['twitter-image.gif', 'twitter-image', false],
    ['twitter-image.js', 'twitter-image', true],
    ['sitemap.xml', 'sitemap', false],
    ['sitemap.ts', 'sitemap', true],
  ] as const)('knows the metadata file %j as %s (generated: %s) in any folder', (name, kind, generated) => {
    expect(app(['blog', '[slug]'], name)).toMatchObject({ kind: 'metadata', metadata: { kind, generated }, dirs: ['blog', '[slug]'] });
    expect(app([], name)).toMatchObject({ kind: 'metadata', metadata: { kind, generated }, dirs: [] });
  });

  it.each([
    ['favicon.ico', 'favicon', false],
    ['robots.txt', 'robots', false],
    ['robots.js', 'robots', true],
    ['manifest.json', 'manifest', false],
    ['manifest.webmanifest', 'manifest', false],
    ['manifest.ts', 'manifest', true],
  ] as const)('knows %j as %s (generated: %s) directly in app/ only', (name, kind, generated) => {
    expect(app([], name)).toMatchObject({ kind: 'metadata', metadata: { kind, generated } });
    expect(app(['blog'], name)).toBeUndefined();
    expect(app(['(group)'], name)).toBeUndefined();
  });

  it.each(['favicon.png', 'favicon.tsx', 'favicon1.ico', 'icon.webp', 'icon.PNG', 'icon12.png', 'apple-icon.svg', 'opengraph-image.webp', 'sitemap1.xml', 'robots.json', 'icon-1.png', 'manifest.xml'])(
    'ignores %j, which is no metadata convention',
    (name) => {
      expect(app([], name)).toBeUndefined();
    },
  );
});

describe('classifyFile in pages/', () => {
  const pages = (dirs: string[], name: string) => classifyFile('pages', 'src/pages', dirs, name, defaults);

  it('keeps pages with their name and folders', () => {
    expect(pages(['blog'], '[slug].tsx')).toEqual({ path: 'src/pages/blog/[slug].tsx', router: 'pages', root: 'src/pages', dirs: ['blog'], name: '[slug]', ext: 'tsx' });
    expect(pages([], 'index.js')).toMatchObject({ name: 'index', ext: 'js' });
    expect(pages(['docs'], 'api.tsx')).toMatchObject({ name: 'api' });
    expect(pages([], 'apis.tsx')).toMatchObject({ name: 'apis' });
    // Only the top-level special files are reserved, as in Next.
    expect(pages(['blog'], '_app.tsx')).toMatchObject({ name: '_app' });
    expect(pages([], '_middleware.ts')).toMatchObject({ name: '_middleware' });
  });

  it.each([
    [[], '_app.tsx'],
    [[], '_document.tsx'],
    [[], '_error.tsx'],
    [['api'], 'users.ts'],
    [['api', 'v1'], '[id].ts'],
    [[], 'styles.css'],
    [[], 'about.mdx'],
    [[], 'env.d.ts'],
    [[], 'api.ts'],
    [['api'], 'index.ts'],
    [['_app'], 'x.tsx'],
    [['types'], 'global.d.mts'],
  ])('ignores %j %j', (dirs, name) => {
    expect(pages(dirs, name)).toBeUndefined();
  });
});

describe('conventionOfFileName and mayBeAppConventionFile', () => {
  it('name the kind of every file classifyFile accepts in app/, whatever the pageExtensions', () => {
    const names = [
      'page', 'layout', 'route', 'default', 'template', 'loading', 'error', 'global-error', 'not-found', 'forbidden', 'unauthorized',
      'icon', 'icon1', 'icon12', 'apple-icon', 'opengraph-image', 'opengraph-image3', 'twitter-image', 'favicon', 'sitemap', 'robots', 'manifest',
      'Button', 'page-header', 'pages', 'utils', 'index', '', '.page',
    ];
    const extensions = ['tsx', 'ts', 'js', 'mdx', 'page.tsx', 'md.tsx', 'png', 'ico', 'xml', 'txt', 'json', 'webmanifest', 'd.ts', 'client.tsx'];
    const configs = [['tsx', 'ts', 'jsx', 'js'], ['page.tsx', 'page.ts'], ['mdx', 'md.tsx', 'tsx']];
    let accepted = 0;
    for (const name of names) {
      for (const ext of extensions) {
        const fileName = `${name}.${ext}`;
        for (const pageExtensions of configs) {
          const file = classifyFile('app', 'app', [], fileName, { pageExtensions });
          if (!file) continue;
          accepted++;
          expect(conventionOfFileName(fileName), fileName).toBe(file.kind === 'metadata' ? file.metadata?.kind : file.kind);
          expect(mayBeAppConventionFile(fileName), fileName).toBe(true);
        }
      }
    }
    expect(accepted).toBeGreaterThan(100);
  });

  it('name nothing for components and utils, so callers can skip them', () => {
    for (const fileName of ['Button.tsx', 'page-header.tsx', 'pages.ts', 'use-page.ts', 'layouts.tsx', 'icon12.png', 'README.md', 'index.ts', 'routes.ts', 'router.ts']) {
      expect(conventionOfFileName(fileName), fileName).toBeUndefined();
      expect(mayBeAppConventionFile(fileName), fileName).toBe(false);
    }
  });
});
