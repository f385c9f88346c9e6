import type { Agreement, Municipality } from '../model/agreement.js';

/** One owner's share of a cost pool. Amounts are whole kroner; percentages are hundredths of a percent. */
export interface ShareRow {
  /** 'stat' or the kommunenummer. */
  owner: string;
  /** Display name: «Arbeids- og velferdsetaten» or the kommune's full name with its Sámi name («Hamarøy kommune – Hábmer»). */
  label: string;
  /** Årsverk in hundredths (4,5 årsverk = 450), exact. */
  fteHundredths: number;
  /** Share of the common running costs in hundredths of a percent (12,50 % = 1250); the rows sum to 10000. */
  shareBasisPoints: number;
  /** Share of the yearly budget in whole kroner (rows sum to the budget); undefined without a budget. */
  amount?: number;
}

/**
 * The NAV-leder post, split between the two owners. The template says it «deles likt», and
 * validation refuses any other `costs.managerShare` (rule `nav-leder-delt-likt`), so the amount
 * is one exact half, in øre: an odd number of kroner gives two halves with 50 øre. Every document
 * shows this value (format it with `formatOre`) rather than halving anew.
 */
export interface ManagerSplit {
  /** As costs.managerShare says (default 50/50), in hundredths of a percent. */
  stateBasisPoints: number;
  municipalBasisPoints: number;
  /** Each owner's half of costs.managerPostCost in øre (1 100 001 kr → 55 000 050); undefined without that cost. */
  halfAmountOre?: number;
}

/** Computed values the documents, the diff and the audit show. Derived, never stored. */
export interface Derived {
  /** The kommune that signs: the only one (Alternativ 1) or the vertskommune (Alternativ 2). */
  signingMunicipality: Municipality;
  /** The other kommuner (Alternativ 2), in input order; empty for Alternativ 1. */
  otherMunicipalities: Municipality[];
  /**
   * Every kommune party to the agreement in the order the documents list them: the signing kommune
   * (the vertskommune) first, then the others in input order. Empty only for a draft without kommuner.
   */
  municipalities: Municipality[];
  /** Rows: the state first, then the signing kommune, then the other kommuner in the order of parties.municipalities. */
  costRows: ShareRow[];
  totalFteHundredths: number;
  /** Sum of the municipal rows (the "kommune" owner as a whole). */
  municipalTotal: { fteHundredths: number; shareBasisPoints: number; amount?: number };
  manager: ManagerSplit;
}

export type { Agreement, Municipality };
