import type { CostLine, CostTable, Derived } from '../derive/types.js';
import { formatHundredths, formatNok, formatOre, formatPercent } from '../format/index.js';
import { sectionLabel } from '../model/labels.js';
import type { Language } from '../model/schema.js';
import type { Change } from './types.js';

const SEP = ' › ';

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

const ore = (o: number | undefined): number[] | undefined => (o === undefined ? undefined : [o]);
const oreJson = ([o]: readonly number[]): number => o! / 100;
const showOre = ([o]: readonly number[]): string => formatOre(o!);
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The NAV-leder post per year: one row for «each owner's half» while both versions split it
 * equally, else a row per owner; and each kommune's part of the kommuner's share (Alternativ 2),
 * as percent of that share and kroner.
 */
function managerQuantities(before: CostTable, after: CostTable): Quantity[] {
  const L = after.labels;
  const owners: Quantity[] =
    before.manager.equal && after.manager.equal
      ? [{ path: 'manager/half', label: L.managerHalf, exact: (t) => ore(t.manager.halfAmountOre), json: oreJson, show: showOre }]
      : [
          { path: 'manager/stat', label: `${L.managerPart}${SEP}${after.manager.stateLabel}`, exact: (t) => ore(t.manager.stateAmountOre), json: oreJson, show: showOre },
          { path: 'manager/kommune', label: `${L.managerPart}${SEP}${capitalize(after.manager.municipalLabel)}`, exact: (t) => ore(t.manager.municipalAmountOre), json: oreJson, show: showOre },
        ];
  const parts = [...(after.manager.municipalSplit?.parts ?? []), ...(before.manager.municipalSplit?.parts ?? [])].filter((p, i, all) => all.findIndex((q) => q.owner === p.owner) === i);
  const part = (t: CostTable, owner: string): number[] | undefined => {
    const split = t.manager.municipalSplit;
    if (!split) return undefined;
    const p = split.parts.find((q) => q.owner === owner);
    const withAmount = t.manager.municipalAmountOre !== undefined;
    return withAmount ? [p?.basisPoints ?? 0, p?.amountOre ?? 0] : [p?.basisPoints ?? 0];
  };
  return [
    ...owners,
    ...parts.map(
      (p): Quantity => ({
        path: `manager/kommune/${p.owner}`,
        label: `${L.managerPart}${SEP}${L.managerMunicipalShare}${SEP}${p.label}`,
        exact: (t) => part(t, p.owner),
        json: ([bp, o]) => (o === undefined ? { percent: bp! / 100 } : { percent: bp! / 100, kroner: o / 100 }),
        show: ([bp, o]) => (o === undefined ? formatPercent(bp!) : `${formatPercent(bp!)} (${formatOre(o)})`),
      }),
    ),
  ];
}

/** The first year's amounts (costs.firstYearProRata): the budget, each owner's part, the NAV-leder post. */
function firstYearQuantities(before: CostTable, after: CostTable): Quantity[] {
  if (!before.firstYear && !after.firstYear) return [];
  const L = after.labels;
  const kr = (n: number | undefined): number[] | undefined => (n === undefined ? undefined : [n]);
  const owners = [...(after.firstYear?.rows ?? []), ...(before.firstYear?.rows ?? [])].filter((r, i, all) => all.findIndex((q) => q.owner === r.owner) === i);
  const krQ = (path: string, label: string, exact: (t: CostTable) => number[] | undefined): Quantity => ({ path, label, exact, json: ([k]) => k!, show: ([k]) => formatNok(k!) });
  return [
    krQ('firstYear/budget', `${L.firstYear}${SEP}${L.firstYearBudget}`, (t) => kr(t.firstYear?.budget)),
    ...owners.map((o) => krQ(`firstYear/share/${o.owner}`, `${L.firstYear}${SEP}${L.firstYearBudget}${SEP}${o.label}`, (t) => kr(t.firstYear?.rows.find((r) => r.owner === o.owner)?.amount))),
    krQ('firstYear/manager', `${L.firstYear}${SEP}${L.firstYearManager}`, (t) => kr(t.firstYear?.managerPostCost)),
  ];
}

/**
 * The computed values a change of årsverk, kommuner or budget moves, from derive's cost table:
 * each owner's share of the common running costs (percent, and kroner per year when there is a
 * budget), the kommuner together, the årsverk in all, the NAV-leder post per owner and per kommune
 * (exact to the øre), and the first year's amounts. Each is its own `changed` row, marked `derived`, named by the table's labels.
 */
export function derivedChanges(oldD: Derived, newD: Derived, lang: Language = 'nb'): Change[] {
  const SECTION = sectionLabel('costs', lang);
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
    ...managerQuantities(before, after),
    ...firstYearQuantities(before, after),
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
