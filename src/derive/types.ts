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

/** One kommune's part of the kommuner's share of the NAV-leder post (Alternativ 2). */
export interface ManagerPart {
  /** The kommunenummer. */
  owner: string;
  label: string;
  /** Of the kommuner's share (sums to 10000 over the kommuner), in hundredths of a percent. */
  basisPoints: number;
  /** Of the kommuner's part of costs.managerPostCost per year, in øre; undefined without that cost. */
  amountOre?: number;
}

/**
 * The NAV-leder post, split between the two owners as costs.managerShare says (default the
 * template's 50/50; validation requires the two shares to sum to exactly 100). Amounts in øre by
 * largest remainder, so the parts sum to the cost to the øre: 50/50 of an odd number of kroner gives
 * two halves with 50 øre.
 */
export interface ManagerSplit {
  /** «Arbeids- og velferdsetaten». */
  stateLabel: string;
  /** «kommunen», «bydelen», or «kommunene» when several kommuner share the post. */
  municipalLabel: string;
  /** In hundredths of a percent. */
  stateBasisPoints: number;
  municipalBasisPoints: number;
  /** The template's equal split (50/50). */
  equal: boolean;
  /** Each owner's half of costs.managerPostCost in øre (1 100 001 kr → 55 000 050); only for an equal split with that cost. */
  halfAmountOre?: number;
  /** Each owner's part of costs.managerPostCost in øre; undefined without that cost. */
  stateAmountOre?: number;
  municipalAmountOre?: number;
  /**
   * Alternativ 2 with several kommuner: how the kommuner split their share (costs.managerMunicipalSplit;
   * absent: by årsverk, or equally when the kommuner have none) and each kommune's part, the
   * vertskommune first. Absent otherwise.
   */
  municipalSplit?: { how: 'årsverk' | 'likt' | 'vertskommunen'; parts: ManagerPart[] };
}

/**
 * The first calendar year when the agreement starts after 1 January and costs.firstYearProRata is
 * set: the owners pay `months`/12 of the yearly amounts, `months` being the whole calendar months
 * from the start to the end of that year (a start on the 1st counts its month). Totals are rounded
 * to the nearest krone (half up); each owner's part by largest remainder, so the parts sum to it.
 */
export interface FirstYear {
  year: number;
  /** period.start, ÅÅÅÅ-MM-DD. */
  from: string;
  months: number;
  /** The first year's common running costs in whole kroner; undefined without a budget. */
  budget?: number;
  /** Each owner's part of `budget` (the rows' order); empty without a budget. */
  rows: { owner: string; label: string; amount: number }[];
  /** The first year's NAV-leder cost in whole kroner, and the two owners' parts in øre; undefined without that cost. */
  managerPostCost?: number;
  managerStateOre?: number;
  managerMunicipalOre?: number;
}

/**
 * The cost split of punkt 3.8, computed once, labelled once; every document only lays it out.
 * Shares by largest remainder, so the rows sum to exactly 100,00 % and, with a budget, to the
 * budget in kroner. All numbers are exact integers.
 */
export interface CostTable {
  /** Column headings and line names (the agreement's wording). */
  labels: CostLabels;
  /** costs.allocationKey (default årsverk): by årsverk as the template says, or agreed shares. */
  allocationKey: 'årsverk' | 'avtalt';
  /** Heading over the table where no template text introduces it: «… etter årsverk» or «… etter avtalt fordelingsnøkkel». */
  title: string;
  /** The årsverk are given (always with the årsverk key; optional with an agreed key, where they are shown but not used). */
  hasFte: boolean;
  /** The state first, then the signing kommune (the vertskommune), then the others in input order. */
  rows: CostRow[];
  /** More than one kommune: the kommuner together deserve a line of their own. */
  severalMunicipalities: boolean;
  /** The kommune rows summed («Kommunene til sammen»). */
  municipalTotal: CostLine;
  /** Every row summed («Sum»): 10000 basis points, and the budget in kroner when there is one. */
  total: CostLine;
  manager: ManagerSplit;
  /** Only with costs.firstYearProRata and a start after 1 January. */
  firstYear?: FirstYear;
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
