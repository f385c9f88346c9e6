import type { Agreement, Municipality } from '../model/agreement.js';
import { municipalityName } from '../format/index.js';
import { toHundredths } from '../model/numbers.js';
import { apportion } from './apportion.js';
import { deriveFirstYear } from './first-year.js';
import { costLabels } from './labels.js';
import { languageOf } from '../model/schema.js';
import type { CostLine, CostRow, CostTable, ManagerSplit } from './types.js';

/** The state's owner id in the cost rows (a kommune's is its kommunenummer). */
export const STATE_OWNER = 'stat';

/** Sums lines into one named line, with kroner when there is a budget. */
function sumOf(label: string, lines: readonly CostLine[], withAmount: boolean): CostLine {
  const add = (f: (l: CostLine) => number) => lines.reduce((acc, l) => acc + f(l), 0);
  return {
    label,
    fteHundredths: add((l) => l.fteHundredths),
    shareBasisPoints: add((l) => l.shareBasisPoints),
    ...(withAmount ? { amount: add((l) => l.amount ?? 0) } : {}),
  };
}

/**
 * The NAV-leder post: the two owners' shares (default the template's 50/50), their parts in øre by
 * largest remainder, and in Alternativ 2 each kommune's part of the kommuner's share. `kommuneFte`
 * are the kommuner's årsverk in `ordered`'s order.
 */
function managerSplit(a: Agreement, ordered: readonly Municipality[], kommuneFte: readonly number[]): ManagerSplit {
  const L = costLabels(languageOf(a));
  const share = a.costs.managerShare ?? { state: 50, municipal: 50 };
  const stateBp = toHundredths(share.state);
  const municipalBp = toHundredths(share.municipal);
  const equal = stateBp === 5000 && municipalBp === 5000;
  const cost = a.costs.managerPostCost;
  // Whole kroner × 100 is even, so 50/50 gives two equal halves, 50 øre each for an odd krone.
  const [stateOre, municipalOre] = cost === undefined ? [] : apportion(cost * 100, [stateBp, municipalBp]);
  const several = ordered.length > 1;
  const municipalLabel = several ? L.municipalities : ordered[0]?.kind === 'bydel' ? L.district : L.municipality;

  let municipalSplit: ManagerSplit['municipalSplit'];
  // Only when the owners said how: the documents state no split the data does not (a 1.0
  // agreement, migrated, never agreed one).
  const how = a.costs.managerMunicipalSplit;
  if (a.parties.form === 'vertskommune' && several && how) {
    // The vertskommune is ordered[0] (derive puts the signing kommune first).
    const weights = how === 'årsverk' ? kommuneFte : how === 'likt' ? ordered.map(() => 1) : ordered.map((_, i) => (i === 0 ? 1 : 0));
    const bp = apportion(10000, weights);
    const ore = municipalOre === undefined ? undefined : apportion(municipalOre, weights);
    municipalSplit = {
      how,
      parts: ordered.map((m, i) => ({ owner: m.number, label: municipalityName(m), basisPoints: bp[i]!, ...(ore ? { amountOre: ore[i]! } : {}) })),
    };
  }

  return {
    stateLabel: L.state,
    municipalLabel,
    stateBasisPoints: stateBp,
    municipalBasisPoints: municipalBp,
    equal,
    ...(equal && stateOre !== undefined ? { halfAmountOre: stateOre } : {}),
    ...(stateOre === undefined ? {} : { stateAmountOre: stateOre, municipalAmountOre: municipalOre! }),
    ...(municipalSplit ? { municipalSplit } : {}),
  };
}

/**
 * The cost split of punkt 3.8 for `ordered` kommuner (the signing kommune first): by årsverk as the
 * template says, or by the agreed shares (costs.allocationKey `avtalt`, which validation makes
 * name every owner once and sum to 100,00). Largest remainder for the percentages (of 10000 basis
 * points) and for the kroner (of the budget); the NAV-leder post and the first year as
 * {@link managerSplit} and {@link deriveFirstYear} compute them.
 * Valid data only: with no årsverk (or agreed shares) at all there is nothing to split by and
 * {@link apportion} throws.
 */
export function deriveCostTable(a: Agreement, ordered: readonly Municipality[]): CostTable {
  const L = costLabels(languageOf(a));
  const key = a.costs.allocationKey ?? 'årsverk';
  const hasFte = a.costs.fte !== undefined;
  const fteByNumber = new Map((a.costs.fte ?? []).map((f) => [f.municipality, toHundredths(f.fte)]));
  const owners = [
    { owner: STATE_OWNER, label: L.state, fte: toHundredths(a.costs.stateFte ?? 0) },
    ...ordered.map((m) => ({ owner: m.number, label: municipalityName(m), fte: fteByNumber.get(m.number) ?? 0 })),
  ];
  const agreed = new Map((a.costs.agreedShares ?? []).map((s) => [s.party, toHundredths(s.percent)]));
  const weights = key === 'avtalt' ? owners.map((o) => agreed.get(o.owner) ?? 0) : owners.map((o) => o.fte);
  // Agreed shares that sum to 100,00 are the shares themselves; apportion keeps them as they are.
  const shares = apportion(10000, weights);
  const amounts = a.costs.annualBudget === undefined ? undefined : apportion(a.costs.annualBudget, weights);
  const rows: CostRow[] = owners.map((o, i) => ({
    owner: o.owner,
    label: o.label,
    fteHundredths: o.fte,
    shareBasisPoints: shares[i]!,
    ...(amounts ? { amount: amounts[i]! } : {}),
  }));

  const manager = managerSplit(a, ordered, owners.slice(1).map((o) => o.fte));
  const firstYear = deriveFirstYear(a, rows, manager);
  return {
    labels: L,
    allocationKey: key,
    title: key === 'avtalt' ? L.titleAgreed : L.title,
    hasFte,
    rows,
    severalMunicipalities: ordered.length > 1,
    municipalTotal: sumOf(L.municipalTotal, rows.slice(1), amounts !== undefined),
    total: sumOf(L.total, rows, amounts !== undefined),
    manager,
    ...(firstYear ? { firstYear } : {}),
  };
}
