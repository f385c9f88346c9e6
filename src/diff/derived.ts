import type { CostLine, CostTable, Derived } from '../derive/types.js';
import { formatHundredths, formatNok, formatOre, formatPercent } from '../format/index.js';
import { sectionLabel } from '../model/labels.js';
import type { Change } from './types.js';

const SEP = ' › ';
const SECTION = sectionLabel('costs');

/** A share of the common running costs as the JSON report gives it: percent (two decimals) and, with a budget, kroner per year. */
export interface ShareValue {
  percent: number;
  kroner?: number;
}

/**
 * One computed value, compared as the exact integers derive gives (basis points, kroner, øre,
 * hundredths of årsverk). The JSON report keeps its decimal form (percent 40.58, kroner 550000.5),
 * made once from those integers for output and never read back.
 */
interface Quantity {
  /** Pointer below /costs/derived. */
  path: string;
  label: string;
  /** The exact integers, or undefined when there is none; equal lists mean no change. */
  exact: (t: CostTable) => readonly number[] | undefined;
  json: (exact: readonly number[]) => unknown;
  show: (exact: readonly number[]) => string;
}

/** [basis points] or [basis points, kroner] for a line; an owner absent in one version had or has 0 % (0 kr). */
const shareOf = (t: CostTable, l: CostLine | undefined): number[] => {
  const bp = l?.shareBasisPoints ?? 0;
  return t.total.amount === undefined ? [bp] : [bp, l?.amount ?? 0];
};
const shareJson = ([bp, kroner]: readonly number[]): ShareValue => (kroner === undefined ? { percent: bp! / 100 } : { percent: bp! / 100, kroner });
const showShare = ([bp, kroner]: readonly number[]): string => (kroner === undefined ? formatPercent(bp!) : `${formatPercent(bp!)} (${formatNok(kroner)})`);

const same = (a: readonly number[] | undefined, b: readonly number[] | undefined): boolean =>
  a === b || (a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The computed values a change of årsverk, kommuner or budget moves, from derive's cost table:
 * each owner's share of the common running costs (percent, and kroner per year when there is a
 * budget), the kommuner together, the årsverk in all, and each owner's half of the NAV-leder post
 * (exact to the øre). Each is its own `changed` row, marked `derived`, named by the table's labels.
 */
export function derivedChanges(oldD: Derived, newD: Derived): Change[] {
  const before = oldD.costs;
  const after = newD.costs;
  const L = after.labels;
  const owners = [...after.rows, ...before.rows.filter((r) => !after.rows.some((n) => n.owner === r.owner))];
  const row = (t: CostTable, owner: string) => t.rows.find((r) => r.owner === owner);

  const quantities: Quantity[] = [
    { path: 'totalFte', label: L.totalFte, exact: (t) => [t.total.fteHundredths], json: ([h]) => h! / 100, show: ([h]) => formatHundredths(h!) },
    ...owners.map(
      (o): Quantity => ({ path: `share/${o.owner}`, label: `${L.share}${SEP}${o.label}`, exact: (t) => shareOf(t, row(t, o.owner)), json: shareJson, show: showShare }),
    ),
    ...(before.severalMunicipalities || after.severalMunicipalities
      ? [{ path: 'share/kommunene', label: `${L.share}${SEP}${L.municipalTotal}`, exact: (t: CostTable) => shareOf(t, t.municipalTotal), json: shareJson, show: showShare }]
      : []),
    // One row, since the halves are equal.
    {
      path: 'manager/half',
      label: L.managerHalf,
      exact: (t) => (t.manager.halfAmountOre === undefined ? undefined : [t.manager.halfAmountOre]),
      json: ([ore]) => ore! / 100,
      show: ([ore]) => formatOre(ore!),
    },
  ];

  return quantities.flatMap((q): Change[] => {
    const old = q.exact(before);
    const now = q.exact(after);
    if (same(old, now)) return [];
    return [
      {
        pointer: `/costs/derived/${q.path}`,
        key: 'costs',
        section: SECTION,
        label: `${SECTION}${SEP}${q.label}`,
        kind: 'changed',
        old: old === undefined ? null : q.json(old),
        new: now === undefined ? null : q.json(now),
        derived: true,
        oldText: old === undefined ? '–' : q.show(old),
        newText: now === undefined ? '–' : q.show(now),
      },
    ];
  });
}
