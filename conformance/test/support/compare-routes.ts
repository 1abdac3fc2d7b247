import { UNION_NAMES, type RoutesDts, type UnionName } from './read-routes-dts.js';

export type Section = UnionName | 'ParamMap' | 'LayoutSlotMap';

/**
 * One entry on which the two files disagree. `approute` / `next` hold that side's value (`present`
 * for a union member, the params or the slot list otherwise), undefined where the side lacks the key.
 */
export interface Difference {
  readonly section: Section;
  readonly key: string;
  readonly approute?: string;
  readonly next?: string;
}

const slotList = (slots: ReadonlySet<string>) => (slots.size ? [...slots].sort().join(' | ') : 'never');

function diffMaps(section: Section, approute: ReadonlyMap<string, string>, next: ReadonlyMap<string, string>): Difference[] {
  const out: Difference[] = [];
  for (const key of new Set([...approute.keys(), ...next.keys()])) {
    const a = approute.get(key);
    const n = next.get(key);
    if (a === n) continue;
    out.push({ section, key, ...(a === undefined ? {} : { approute: a }), ...(n === undefined ? {} : { next: n }) });
  }
  return out;
}

const presence = (set: ReadonlySet<string>) => new Map([...set].map((key) => [key, 'present']));
const slotMap = (map: ReadonlyMap<string, ReadonlySet<string>>) => new Map([...map].map(([key, slots]) => [key, slotList(slots)]));

/** Every entry of the route unions, ParamMap and LayoutSlotMap on which the two files differ, sorted. */
export function compareRoutes(approute: RoutesDts, next: RoutesDts): Difference[] {
  const differences = [
    ...UNION_NAMES.flatMap((name) => diffMaps(name, presence(approute.unions[name]), presence(next.unions[name]))),
    ...diffMaps('ParamMap', approute.params, next.params),
    ...diffMaps('LayoutSlotMap', slotMap(approute.slots), slotMap(next.slots)),
  ];
  return differences.sort((a, b) => (a.section + '\0' + a.key < b.section + '\0' + b.key ? -1 : 1));
}

/** `LayoutSlotMap['/']: approute cart | modal, next cart | modal | promo`: for failure messages. */
export function formatDifference(d: Difference): string {
  return `${d.section}[${JSON.stringify(d.key)}]: approute ${d.approute ?? '(absent)'}, next ${d.next ?? '(absent)'}`;
}
