import type { Param, Segment } from '../model.js';
import { formatParam, parseSegment } from './parse-segment.js';

/** Where a folder path of the app directory lands in the URL space. */
export type ResolvedRoute =
  | {
      readonly ok: true;
      /** The route literal, `/blog/[slug]`. */
      readonly route: string;
      readonly params: readonly Param[];
      /** The path holds a route group, a slot or an interception marker. */
      readonly grouped: boolean;
      /** The path goes through a `@slot` folder. */
      readonly inSlot: boolean;
      /** The path goes through an intercepting folder. */
      readonly intercepting: boolean;
    }
  | { readonly ok: false; readonly reason: 'private' }
  | { readonly ok: false; readonly reason: 'invalid'; readonly at: number; readonly segment: Segment & { kind: 'invalid' } }
  | { readonly ok: false; readonly reason: 'intercept-above-root'; readonly at: number };

const segmentCache = new Map<string, Segment>();

/** parseSegment, memoised: the same folder names recur across thousands of files. */
export function segmentOf(raw: string): Segment {
  let segment = segmentCache.get(raw);
  if (!segment) {
    segment = parseSegment(raw);
    if (segmentCache.size > 50_000) segmentCache.clear();
    segmentCache.set(raw, segment);
  }
  return segment;
}

/**
 * Resolves the folders from the app directory down to a file into its route: groups and slots
 * drop out, interception markers climb route segments (not folders), private folders exclude.
 */
export function resolveRoute(dirs: readonly string[]): ResolvedRoute {
  const parts: string[] = [];
  const params: Param[] = [];
  // Which parameter each part carries, so climbing (`(..)`) drops the right ones.
  const paramAt: (Param | undefined)[] = [];
  let grouped = false;
  let inSlot = false;
  let intercepting = false;

  const push = (segment: Segment & { kind: 'static' | 'dynamic' }) => {
    if (segment.kind === 'static') {
      parts.push(segment.value);
      paramAt.push(undefined);
    } else {
      parts.push(formatParam(segment.param));
      paramAt.push(segment.param);
    }
  };

  for (let index = 0; index < dirs.length; index++) {
    const segment = segmentOf(dirs[index]!);
    switch (segment.kind) {
      case 'private':
        return { ok: false, reason: 'private' };
      case 'invalid':
        return { ok: false, reason: 'invalid', at: index, segment };
      case 'group':
        grouped = true;
        break;
      case 'slot':
        grouped = true;
        inSlot = true;
        break;
      case 'static':
      case 'dynamic':
        push(segment);
        break;
      case 'intercept': {
        grouped = true;
        intercepting = true;
        const climb = segment.levels === 'root' ? parts.length : segment.levels;
        if (climb > parts.length) return { ok: false, reason: 'intercept-above-root', at: index };
        parts.length -= climb;
        paramAt.length -= climb;
        push(segment.inner);
        break;
      }
    }
  }
  for (const param of paramAt) if (param) params.push(param);
  return { ok: true, route: `/${parts.join('/')}`, params, grouped, inSlot, intercepting };
}

/** The key of a layout whose folder path holds a group, slot or interception: that path itself. */
export function folderKey(dirs: readonly string[]): string {
  return `/${dirs.join('/')}`;
}
