import type { Agreement, Municipality } from '../model/agreement.js';
import type { CostLabels } from './labels.js';

/**
 * One line of the cost table, exact: årsverk in hundredths (4,5 → 450), the share of the common
 * running costs in hundredths of a percent (12,50 % → 1250), the amount in whole kroner.
 */
export interface CostLine {
  /** Display name: «Arbeids- og velferdsetaten», a kommune's full name with its Sámi name, «Kommunene til sammen», «Sum». */
  label: string;
  fteHundredths: number;
  shareBasisPoints: number;
  /** Share of the yearly budget in whole kroner; undefined without a budget. */
  amount?: number;
}

/** An owner's line: the state, or one kommune. */
export interface CostRow extends CostLine {
  /** 'stat' or the kommunenummer: the owner's identity across versions (the diff matches on it). */
  owner: string;
}

/**
 * The NAV-leder post, split between the two owners. The template says it «deles likt», and
 * validation refuses any other `costs.managerShare` (rule `nav_leder_delt_likt`), so the amount
 * is one exact half, in øre: an odd number of kroner gives two halves with 50 øre.
 */
export interface ManagerSplit {
  /** «Arbeids- og velferdsetaten». */
  stateLabel: string;
  /** «kommunen», or «kommunene» when several kommuner share the post. */
  municipalLabel: string;
  /** As costs.managerShare says (default 50/50), in hundredths of a percent. */
  stateBasisPoints: number;
  municipalBasisPoints: number;
  /** Each owner's half of costs.managerPostCost in øre (1 100 001 kr → 55 000 050); undefined without that cost. */
  halfAmountOre?: number;
}

/**
 * The cost split of punkt 3.8, computed once, labelled once; every document only lays it out.
 * Shares by largest remainder, so the rows sum to exactly 100,00 % and, with a budget, to the
 * budget in kroner. All numbers are exact integers.
 */
export interface CostTable {
  /** Column headings and line names (the agreement's wording). */
  labels: CostLabels;
  /** The state first, then the signing kommune (the vertskommune), then the others in input order. */
  rows: CostRow[];
  /** More than one kommune: the kommuner together deserve a line of their own. */
  severalMunicipalities: boolean;
  /** The kommune rows summed («Kommunene til sammen»). */
  municipalTotal: CostLine;
  /** Every row summed («Sum»): 10000 basis points, and the budget in kroner when there is one. */
  total: CostLine;
  manager: ManagerSplit;
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
  costs: CostTable;
}

export type { Agreement, Municipality };
