import type { Agreement, Municipality } from '../model/agreement.js';
import { municipalityName } from '../format/index.js';
import { toHundredths } from '../model/numbers.js';
import { apportion } from './apportion.js';
import { COST_LABELS } from './labels.js';
import type { CostLine, CostRow, CostTable } from './types.js';

/** The state's owner id in the cost rows (a kommune's is its kommunenummer). */
const STATE_OWNER = 'stat';

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
 * The cost split by årsverk for `ordered` kommuner (the signing kommune first): largest remainder
 * for the percentages (of 10000 basis points) and for the kroner (of the budget). The NAV-leder post
 * is split exactly in half, in øre: the template says so, and validation refuses any other
 * `costs.managerShare`. How a vertskommune recharges its half is its own arrangement, not computed here.
 * Valid data only: with no årsverk at all there is nothing to split by and {@link apportion} throws.
 */
export function deriveCostTable(a: Agreement, ordered: readonly Municipality[]): CostTable {
  const L = COST_LABELS;
  const fteByNumber = new Map(a.costs.fte.map((f) => [f.municipality, toHundredths(f.fte)]));
  const owners = [
    { owner: STATE_OWNER, label: L.state, fte: toHundredths(a.costs.stateFte) },
    ...ordered.map((m) => ({ owner: m.number, label: municipalityName(m), fte: fteByNumber.get(m.number) ?? 0 })),
  ];
  const weights = owners.map((o) => o.fte);
  const shares = apportion(10000, weights);
  const amounts = a.costs.annualBudget === undefined ? undefined : apportion(a.costs.annualBudget, weights);
  const rows: CostRow[] = owners.map((o, i) => ({
    owner: o.owner,
    label: o.label,
    fteHundredths: o.fte,
    shareBasisPoints: shares[i]!,
    ...(amounts ? { amount: amounts[i]! } : {}),
  }));

  const managerShare = a.costs.managerShare ?? { state: 50, municipal: 50 };
  const managerCost = a.costs.managerPostCost;
  const several = ordered.length > 1;
  return {
    labels: L,
    rows,
    severalMunicipalities: several,
    municipalTotal: sumOf(L.municipalTotal, rows.slice(1), amounts !== undefined),
    total: sumOf(L.total, rows, amounts !== undefined),
    manager: {
      stateLabel: L.state,
      municipalLabel: several ? L.municipalities : L.municipality,
      stateBasisPoints: toHundredths(managerShare.state),
      municipalBasisPoints: toHundredths(managerShare.municipal),
      // Whole kroner × 100 / 2 = øre × 50: exact, so an odd number of kroner is not rounded either way.
      ...(managerCost === undefined ? {} : { halfAmountOre: managerCost * 50 }),
    },
  };
}
