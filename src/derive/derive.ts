import type { Agreement } from '../model/agreement.js';
import { apportion } from './apportion.js';
import { municipalityName } from './format.js';
import type { Derived, ShareRow } from './types.js';

/** Number → integer hundredths, tolerant of binary floating point (4.35 → 435). */
export const toHundredths = (n: number): number => Math.round(n * 100);

export const STATE_OWNER = 'stat';
export const STATE_LABEL = 'Arbeids- og velferdsetaten';

/**
 * Computes the values the documents show from a valid agreement: who signs, and the cost split
 * by årsverk (largest remainder, so percentages sum to exactly 100,00 % and kroner to the budget).
 * The NAV-leder post is split exactly in half, in øre: the template says so, and validation refuses
 * any other `costs.managerShare` (rule `nav-leder-delt-likt`). How a vertskommune recharges its half is
 * the vertskommune's own arrangement and not computed here.
 *
 * Every list of kommuner the documents show starts with the signing kommune (the vertskommune in
 * Alternativ 2) and then follows the input order; the cost rows do the same after the state.
 * Valid data only: with no årsverk at all there is nothing to split by and {@link apportion} throws.
 */
export function derive(a: Agreement): Derived {
  const municipalities = a.parties.municipalities;
  const hostNumber = a.parties.form === 'vertskommune' ? a.parties.host : municipalities[0]?.number;
  const signingMunicipality = municipalities.find((m) => m.number === hostNumber) ?? municipalities[0]!;
  const rest = municipalities.filter((m) => m !== signingMunicipality);
  const otherMunicipalities = a.parties.form === 'vertskommune' ? rest : [];
  // The wizard also shows drafts, which may have no kommune yet.
  const ordered = municipalities.length > 0 ? [signingMunicipality, ...rest] : [];

  const fteByNumber = new Map(a.costs.fte.map((f) => [f.municipality, toHundredths(f.fte)]));
  const owners = [
    { owner: STATE_OWNER, label: STATE_LABEL, fte: toHundredths(a.costs.stateFte) },
    ...ordered.map((m) => ({ owner: m.number, label: municipalityName(m), fte: fteByNumber.get(m.number) ?? 0 })),
  ];
  const weights = owners.map((o) => o.fte);
  const shares = apportion(10000, weights);
  const amounts = a.costs.annualBudget === undefined ? undefined : apportion(a.costs.annualBudget, weights);

  const managerShare = a.costs.managerShare ?? { state: 50, municipal: 50 };
  const managerBp = [toHundredths(managerShare.state), toHundredths(managerShare.municipal)];
  const managerCost = a.costs.managerPostCost;

  const costRows: ShareRow[] = owners.map((o, i) => ({
    owner: o.owner,
    label: o.label,
    fteHundredths: o.fte,
    shareBasisPoints: shares[i]!,
    amount: amounts?.[i],
  }));
  const muni = costRows.slice(1);
  const sum = (f: (r: ShareRow) => number | undefined) => muni.reduce((acc, r) => acc + (f(r) ?? 0), 0);
  return {
    signingMunicipality,
    otherMunicipalities,
    municipalities: ordered,
    costRows,
    totalFteHundredths: weights.reduce((x, y) => x + y, 0),
    municipalTotal: {
      fteHundredths: sum((r) => r.fteHundredths),
      shareBasisPoints: sum((r) => r.shareBasisPoints),
      amount: amounts && sum((r) => r.amount),
    },
    manager: {
      stateBasisPoints: managerBp[0]!,
      municipalBasisPoints: managerBp[1]!,
      // Whole kroner × 100 / 2 = øre × 50: exact, so an odd number of kroner is not rounded either way.
      ...(managerCost === undefined ? {} : { halfAmountOre: managerCost * 50 }),
    },
  };
}

/**
 * The agreement's own date (ÅÅÅÅ-MM-DD): the signing date, else the start date. Documents are dated
 * by it, never by the clock, so they stay deterministic and never claim to be made after signing.
 */
export const agreementDate = (a: Agreement): string => a.signing.date ?? a.period.start;

/** {@link agreementDate} as docProps/core.xml carries it (W3CDTF); the agreement and its guide share it. */
export const documentDate = (a: Agreement): string => `${agreementDate(a)}T00:00:00Z`;
