/**
 * The route model: plain data shared by every stage of the generator, by the ESLint plugin and by
 * the CLI. Stages talk only through these types (scan -> RouteFile[], tree -> RouteTree,
 * render -> VirtualFile[]), so everything between the file system and the output is pure.
 */

/** One folder name of an app directory, classified the way Next's router reads it. */
export type Segment =
  /** A plain folder: contributes `value` (its URL text; `%5F` at the start decoded to `_`). */
  | { readonly kind: 'static'; readonly raw: string; readonly value: string }
  /** `(name)`: organises files, contributes nothing to the URL. */
  | { readonly kind: 'group'; readonly raw: string; readonly name: string }
  /** `@name`: a parallel-route slot of the layout in the folder that holds it. */
  | { readonly kind: 'slot'; readonly raw: string; readonly name: string }
  /** `[name]`, `[...name]`, `[[...name]]`. */
  | { readonly kind: 'dynamic'; readonly raw: string; readonly param: Param }
  /**
   * `(.)x`, `(..)x`, `(..)(..)x`, `(...)x`: intercepts the route `levels` route segments up
   * (0 for `(.)`), or from the root (`levels: 'root'`); `inner` is the segment after the marker.
   */
  | {
      readonly kind: 'intercept';
      readonly raw: string;
      readonly levels: number | 'root';
      readonly inner: StaticOrDynamicSegment;
    }
  /** `_name`: private, the folder and everything below it is not routable. */
  | { readonly kind: 'private'; readonly raw: string }
  /** A name Next cannot route (`[]`, `[a`, `[...]`, `[[x]]`...): `reason` says why. */
  | { readonly kind: 'invalid'; readonly raw: string; readonly reason: string };

export type StaticOrDynamicSegment = Extract<Segment, { kind: 'static' | 'dynamic' }>;

export type ParamKind = 'single' | 'catch-all' | 'optional-catch-all';

/** A dynamic segment's parameter: `[x]` single, `[...x]` catch-all, `[[...x]]` optional catch-all. */
export interface Param {
  readonly name: string;
  readonly kind: ParamKind;
}

/** The App Router's special files (file conventions), by base name. */
export type AppFileKind =
  | 'page'
  | 'layout'
  | 'route'
  | 'default'
  | 'template'
  | 'loading'
  | 'error'
  | 'global-error'
  | 'not-found'
  | 'forbidden'
  | 'unauthorized'
  | 'metadata';

/** Metadata file conventions. Numbered variants (`icon1.png`) share the kind. */
export type MetadataKind =
  | 'opengraph-image'
  | 'twitter-image'
  | 'icon'
  | 'apple-icon'
  | 'favicon'
  | 'sitemap'
  | 'robots'
  | 'manifest';

/** A file of the project that routing cares about, as the scanner found it. */
export interface RouteFile {
  /** Path relative to the project root, `/`-separated. The identity of the file. */
  readonly path: string;
  readonly router: 'app' | 'pages';
  /** The router directory relative to the project root: `app`, `src/app`, `pages`. */
  readonly root: string;
  /** Folder names from the router directory down to the file's folder. */
  readonly dirs: readonly string[];
  /** The file name without its extension (`page`, `layout`, `opengraph-image2`, `[id]` in pages/). */
  readonly name: string;
  /** The extension without its dot (`tsx`, `mdx`, `png`). */
  readonly ext: string;
  /** For app/ files: the convention. Pages-router files have no kind. */
  readonly kind?: AppFileKind;
  /** For metadata files: which one; `generated` when it is code (an image route), not an asset. */
  readonly metadata?: { readonly kind: MetadataKind; readonly generated: boolean };
}

export type Severity = 'error' | 'warning';

/** A finding about the user's project. The generator reports and goes on; it never throws on a tree. */
export interface Diagnostic {
  /** Stable code, `TG001`...; see DIAGNOSTIC_CODES. */
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** Path relative to the project root of the file or folder concerned. */
  readonly file: string;
  /** What is wrong, what Next does about it, and how to fix it. */
  readonly message: string;
}

export type DiagnosticCode =
  | 'TG001'
  | 'TG002'
  | 'TG003'
  | 'TG004'
  | 'TG005'
  | 'TG006'
  | 'TG007'
  | 'TG008'
  | 'TG009'
  | 'TG010'
  | 'TG011'
  | 'TG012'
  | 'TG013'
  | 'TG014';

/** A routable entry: a page, route handler or pages-router page, under its URL route. */
export interface RouteEntry {
  /** The route literal users write, e.g. `/blog/[slug]`. */
  readonly route: string;
  readonly params: readonly Param[];
  /** The file that defines it (relative to the project root). */
  readonly file: string;
}

export interface LayoutEntry extends RouteEntry {
  /**
   * The layout's own key: its folder path (`/(shop)`, `/@modal/(.)photo`) when that path holds a
   * route group, slot or interception, so layouts that share a URL stay apart; else `route`.
   */
  readonly key: string;
  /** Slot names of this layout (`@name` folders beside it), sorted. */
  readonly slots: readonly string[];
}

export interface MetadataEntry extends RouteEntry {
  readonly kind: MetadataKind;
  readonly generated: boolean;
}

/** Everything the renderer needs, derived from RouteFile[] by buildRouteTree. Sorted by route. */
export interface RouteTree {
  readonly pages: readonly RouteEntry[];
  readonly handlers: readonly RouteEntry[];
  readonly layouts: readonly LayoutEntry[];
  readonly pagesRouter: readonly RouteEntry[];
  readonly metadata: readonly MetadataEntry[];
  /** Routes of next.config `redirects()` / `rewrites()` sources; `file` is the config file. */
  readonly redirects: readonly RouteEntry[];
  readonly rewrites: readonly RouteEntry[];
  readonly diagnostics: readonly Diagnostic[];
}

/** A generated file: where it goes (relative to the project root) and its exact bytes. */
export interface VirtualFile {
  readonly path: string;
  readonly content: string;
}
