/**
 * @approute/typegen: the route model of a Next.js App Router project and the generator of its
 * route types. The ESLint plugin and the CLI use this package's model; nothing else in approute
 * parses folder names.
 *
 * @packageDocumentation
 */
export type {
  AppFileKind,
  Diagnostic,
  DiagnosticCode,
  LayoutEntry,
  MetadataEntry,
  MetadataKind,
  Param,
  ParamKind,
  RouteEntry,
  RouteFile,
  RouteTree,
  Segment,
  Severity,
  VirtualFile,
} from './model.js';
export { parseSegment, formatParam } from './tree/parse-segment.js';
export { resolveRoute, type ResolvedRoute } from './tree/resolve-route.js';
export { buildRouteTree, type BuildRouteTreeOptions } from './tree/build-route-tree.js';
export { describeAppFile, describeAppFolder, describeFile, type AppFolder, type FileDescription } from './tree/describe-file.js';
export { classifyFile, conventionOfFileName, mayBeAppConventionFile, DEFAULT_PAGE_EXTENSIONS, type ClassifyOptions } from './scan/classify-file.js';
export { locateRouterDirs, scanRouterDir, type RouterDirs, type ScanResult } from './scan/scan-project.js';
export {
  DEFAULT_NEXT_CONFIG,
  NEXT_CONFIG_FILES,
  findNextConfig,
  interpretNextConfig,
  readNextConfig,
  type NextConfigFacts,
} from './config/read-next-config.js';
export { renderRoutesDts, ROUTES_DTS_BANNER } from './render/render-routes-dts.js';
export { stringLiteral } from './render/escape.js';
export { checkFile, resolveOutputPath, writeIfChanged, type FileOutcome, type FileStatus } from './write/write-files.js';
export {
  TypegenUsageError,
  buildTree,
  emitFiles,
  loadProjectContext,
  renderFiles,
  routerDirDiagnostics,
  runTypegen,
  scanProject,
  sortDiagnostics,
  type ProjectContext,
  type TypegenOptions,
  type TypegenResult,
} from './pipeline.js';
export * from './watch/index.js';
