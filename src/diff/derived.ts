import type { Agreement } from '../model/agreement.js';
import type { Derived, ShareRow } from '../derive/types.js';
import { formatHundredths, formatNok, formatOre, formatPercent } from '../derive/format.js';
import { sectionLabel } from '../model/labels.js';
import type { Change } from './types.js';

const SEP = ' › ';
const SECTION = sectionLabel('costs');

/** A share of the common running costs: percent (two decimals) and, with a budget, kroner per year. */
export interface ShareValue {
  percent: number;
  kroner?: number;
}

interface Quantity {
  /** Pointer below /costs/derived. */
  path: string;
  label: string;
  /** Raw value as the JSON report gives it, or undefined when there is none. */
  value: (d: Derived) => number | ShareValue | undefined;
  show: (raw: never) => string;
}

const showShare = (v: ShareValue): string => (v.kroner === undefined ? formatPercent(Math.round(v.percent * 100)) : `${formatPercent(Math.round(v.percent * 100))} (${formatNok(v.kroner)})`);

/**
 * The computed values a change of årsverk, kommuner or budget moves: each owner's share of the
 * common running costs (percent, and kroner per year when there is a budget), the kommuner
 * together, the årsverk in all, and each owner's half of the NAV-leder post in kroner (exact to the
 * øre, as derive computes it). Each is its own `changed` row, marked `derived`. An owner that is
 * new or gone had or has a share of 0 %; owners are named by derive's row labels.
 */
export function derivedChanges(oldA: Agreement, newA: Agreement, oldD: Derived, newD: Derived): Change[] {
  const owners = [...newD.costRows.map((r) => r.owner), ...oldD.costRows.map((r) => r.owner).filter((o) => !newD.costRows.some((r) => r.owner === o))];
  const row = (d: Derived, owner: string): ShareRow | undefined => d.costRows.find((r) => r.owner === owner);
  const name = (owner: string): string => (row(newD, owner) ?? row(oldD, owner))?.label ?? `kommune ${owner}`;
  const budget = (d: Derived) => d.costRows.some((r) => r.amount !== undefined);
  const share = (d: Derived, bp: number, amount: number | undefined): ShareValue =>
    budget(d) ? { percent: bp / 100, kroner: amount ?? 0 } : { percent: bp / 100 };
  const several = oldA.parties.municipalities.length > 1 || newA.parties.municipalities.length > 1;

  const quantities: Quantity[] = [
    { path: 'totalFte', label: 'Årsverk i alt', value: (d) => d.totalFteHundredths / 100, show: (n: number) => formatHundredths(Math.round(n * 100)) },
    ...owners.map(
      (owner): Quantity => ({
        path: `share/${owner}`,
        label: `Andel av felles driftsutgifter${SEP}${name(owner)}`,
        value: (d) => share(d, row(d, owner)?.shareBasisPoints ?? 0, row(d, owner)?.amount),
        show: showShare,
      }),
    ),
    ...(several
      ? [
          {
            path: 'share/kommunene',
            label: `Andel av felles driftsutgifter${SEP}Kommunene samlet`,
            value: (d: Derived) => share(d, d.municipalTotal.shareBasisPoints, d.municipalTotal.amount),
            show: showShare,
          },
        ]
      : []),
    // Kroner with øre as decimals (550000.5), like the percentages; one row, since the halves are equal.
    {
      path: 'manager/half',
      label: `NAV-lederstillingen per år${SEP}Hver eiers halvdel`,
      value: (d) => (d.manager.halfAmountOre === undefined ? undefined : d.manager.halfAmountOre / 100),
      show: (kroner: number) => formatOre(Math.round(kroner * 100)),
    },
  ];

  return quantities.flatMap((q): Change[] => {
    const before = q.value(oldD);
    const after = q.value(newD);
    if (JSON.stringify(before) === JSON.stringify(after)) return [];
    const show = q.show as (v: unknown) => string;
    return [
      {
        pointer: `/costs/derived/${q.path}`,
        key: 'costs',
        section: SECTION,
        label: `${SECTION}${SEP}${q.label}`,
        kind: 'changed',
        old: before ?? null,
        new: after ?? null,
        derived: true,
        oldText: before === undefined ? '–' : show(before),
        newText: after === undefined ? '–' : show(after),
      },
    ];
  });
}
