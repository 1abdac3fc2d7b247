import { resolve } from 'node:path';
import { loadProjectContext, type ProjectContext } from '@approute/typegen';
import { UsageError, type Io } from './io.js';

/**
 * Opens the Next project under `--root` (resolved against the working directory) the way every
 * command needs it: the root exists, next.config was read statically, and it has an app/ or pages/
 * directory. Anything else is a usage problem (exit 2) with a message that says what to pass.
 */
export function openProject(io: Io, options: { readonly root: string; readonly out?: string }): ProjectContext {
  const context = loadProjectContext({ root: resolve(io.cwd, options.root), out: options.out });
  if (context.routerDirs.app === undefined && context.routerDirs.pages === undefined) {
    throw new UsageError(
      `No app directory (app/ or src/app/) and no pages/ in ${context.root}: this does not look like a Next.js project. Run approute in the Next app's root, or pass it with --root (for example --root apps/web).`,
    );
  }
  return context;
}
