import type { Agreement } from '../model/agreement.js';
import { deriveCostTable } from './cost-table.js';
import type { Derived } from './types.js';

/**
 * Computes the values the documents show from a valid agreement: who signs, and the cost table
 * ({@link deriveCostTable}) every document lays out as it is.
 *
 * Every list of kommuner the documents show starts with the signing kommune (the vertskommune in
 * Alternativ 2) and then follows the input order; the cost rows do the same after the state.
 * Valid data only: with no årsverk at all there is nothing to split by, and this throws.
 */
export function derive(a: Agreement): Derived {
  const municipalities = a.parties.municipalities;
  const hostNumber = a.parties.form === 'vertskommune' ? a.parties.host : municipalities[0]?.number;
  const signingMunicipality = municipalities.find((m) => m.number === hostNumber) ?? municipalities[0]!;
  const rest = municipalities.filter((m) => m !== signingMunicipality);
  // The wizard also shows drafts, which may have no kommune yet.
  const ordered = municipalities.length > 0 ? [signingMunicipality, ...rest] : [];
  return {
    signingMunicipality,
    otherMunicipalities: a.parties.form === 'vertskommune' ? rest : [],
    municipalities: ordered,
    costs: deriveCostTable(a, ordered),
  };
}

/**
 * The agreement's own date (ÅÅÅÅ-MM-DD): the signing date, else the start date. Documents are dated
 * by it, never by the clock, so they stay deterministic and never claim to be made after signing.
 */
export const agreementDate = (a: Agreement): string => a.signing.date ?? a.period.start;

/** {@link agreementDate} as docProps/core.xml carries it (W3CDTF); the agreement and its guide share it. */
export const documentDate = (a: Agreement): string => `${agreementDate(a)}T00:00:00Z`;
