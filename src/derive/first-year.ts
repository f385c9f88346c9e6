import type { Agreement } from '../model/agreement.js';
import { apportion } from './apportion.js';
import type { CostRow, FirstYear, ManagerSplit } from './types.js';

/**
 * Whole calendar months from `start` (ÅÅÅÅ-MM-DD) to the end of its year: a start on the 1st
 * counts its own month (1 March → 10), a later day does not (15 March → 9).
 */
export function remainingWholeMonths(start: string): number {
  const month = Number(start.slice(5, 7));
  const day = Number(start.slice(8, 10));
  return 12 - month + (day === 1 ? 1 : 0);
}

/**
 * `total` × months / 12 in whole kroner, rounded to the nearest krone with a half krone up: the
 * largest remainder of `total` split months : (12 − months), whose ties go to the first part.
 */
const prorate = (total: number, months: number): number => apportion(total, [months, 12 - months])[0]!;

/**
 * The first year's amounts (costs.firstYearProRata) when the agreement starts after 1 January;
 * undefined otherwise. Each owner's part of the prorated budget by the table's own shares (largest
 * remainder, so the parts sum to the first-year total), and the NAV-leder post prorated in kroner and
 * split as the whole post is.
 */
export function deriveFirstYear(a: Agreement, rows: readonly CostRow[], manager: ManagerSplit): FirstYear | undefined {
  const start = a.period.start;
  if (a.costs.firstYearProRata !== true || start.slice(5) === '01-01') return undefined;
  const months = remainingWholeMonths(start);
  const budget = a.costs.annualBudget === undefined ? undefined : prorate(a.costs.annualBudget, months);
  const parts = budget === undefined ? [] : apportion(budget, rows.map((r) => r.shareBasisPoints));
  const managerCost = a.costs.managerPostCost === undefined ? undefined : prorate(a.costs.managerPostCost, months);
  const [stateOre, municipalOre] = managerCost === undefined ? [] : apportion(managerCost * 100, [manager.stateBasisPoints, manager.municipalBasisPoints]);
  return {
    year: Number(start.slice(0, 4)),
    from: start,
    months,
    ...(budget === undefined ? {} : { budget }),
    rows: parts.map((amount, i) => ({ owner: rows[i]!.owner, label: rows[i]!.label, amount })),
    ...(managerCost === undefined ? {} : { managerPostCost: managerCost, managerStateOre: stateOre!, managerMunicipalOre: municipalOre! }),
  };
}
