/**
 * The agreement's view of punkt 3.8: derive's cost table formatted, and the flags that choose the
 * template's sentences (its own when the data says what the template says: årsverk, 50/50). Pure;
 * the wording stays in the template, except the lists this module joins and the payments sentence
 * (src/derive/describe.ts, which the guide shows too).
 */
import type { Agreement } from '../model/agreement.js';
import type { CostTable } from '../derive/types.js';
import { MONTHS, paymentsSentence } from '../derive/describe.js';
import { formatDecimal, formatHundredths, formatNok, formatOre, formatPercent, joinList } from '../format/index.js';
import { languageOf } from '../model/schema.js';

/** derive's running-text labels for the kommune side, as nynorsk writes them. */
const NN_MUNICIPAL_LABEL: Record<string, string> = { kommunene: 'kommunane' };

export interface CostRowView {
  owner: string;
  /** «–» when an agreed key is used without årsverk. */
  fte: string;
  share: string;
  /** Only with a yearly budget. */
  amount?: string;
}

export interface CostView {
  /** costs.allocationKey `avtalt`: the agreed-key sentence and table lead-in instead of the template's årsverk. */
  agreedKey: boolean;
  hasAnnualBudget: boolean;
  annualBudget?: string;
  costRows: CostRowView[];
  totalFte: string;
  totalShare: string;

  /** The template's «deles likt» sentence; otherwise the agreed split in its place. */
  managerEqual: boolean;
  /** «60 %», «45,5 %» (running text, no trailing zeros). */
  managerStateShare: string;
  managerMunicipalShare: string;
  /** «kommunen», «bydelen», «kommunene». */
  managerMunicipalLabel: string;
  hasManagerPostCost: boolean;
  managerPostCost?: string;
  /** Each owner's half (equal split) as derive computes it, exact to the øre: «550 000 kr», «550 000,50 kr». */
  managerHalfAmount?: string;
  managerStateAmount?: string;
  managerMunicipalAmount?: string;
  /** Alternativ 2 with several kommuner: one sentence on how the kommuner split their share. */
  hasManagerMunicipalSplit: boolean;
  managerSplitByHost: boolean;
  managerSplitEqually: boolean;
  /** «Fauske kommune 46,34 % (254 878,05 kr), … og Hamarøy kommune – Hábmer 16,10 % (88 536,59 kr)». */
  managerMunicipalParts?: string;

  /** costs.firstYearProRata with a start after 1 January. */
  hasFirstYear: boolean;
  firstYear?: string;
  firstYearFrom?: string;
  /** «10/12». */
  firstYearFraction?: string;
  hasFirstYearAmounts: boolean;
  /** «1 958 333 kr i felles driftsutgifter og 916 667 kr for NAV-lederstillingen». */
  firstYearAmounts?: string;

  /** costs.payments as one sentence. */
  hasPayments: boolean;
  payments?: string;
  hasInvoicing: boolean;
  invoicing?: string;
}

/** Basis points → «60 %», «45,5 %» for running text. */
const percentText = (bp: number): string => `${formatDecimal(bp / 100)}\u00a0%`;

/** Builds the 3.8 part of the template data from derive's table. `nav` is the document's spelling. */
export function costView(a: Agreement, t: CostTable, nav: string): CostView {
  const budget = a.costs.annualBudget;
  const managerCost = a.costs.managerPostCost;
  const m = t.manager;
  const costRows = t.rows.map(
    (r): CostRowView => ({
      owner: r.label,
      fte: t.hasFte ? formatHundredths(r.fteHundredths) : '–',
      share: formatPercent(r.shareBasisPoints),
      ...(r.amount === undefined ? {} : { amount: formatNok(r.amount) }),
    }),
  );
  const split = m.municipalSplit;
  const parts = split?.parts.map((p) => `${p.label} ${formatPercent(p.basisPoints)}${p.amountOre === undefined ? '' : ` (${formatOre(p.amountOre)})`}`);
  const fy = t.firstYear;
  const nn = languageOf(a) === 'nn';
  const posts = a.leadership.model === 'delt' ? (nn ? 'dei to leiarstillingane' : 'de to lederstillingene') : `${nav}-${nn ? 'leiarstillinga' : 'lederstillingen'}`;
  const fyAmounts = fy
    ? [
        ...(fy.budget === undefined ? [] : [`${formatNok(fy.budget)} i felles driftsutgifter`]),
        ...(fy.managerPostCost === undefined ? [] : [`${formatNok(fy.managerPostCost)} for ${posts}`]),
      ]
    : [];
  const invoicing = a.costs.invoicing?.trim() || undefined;
  const payments = a.costs.payments;

  return {
    agreedKey: t.allocationKey === 'avtalt',
    hasAnnualBudget: budget !== undefined,
    annualBudget: budget === undefined ? undefined : formatNok(budget),
    costRows,
    totalFte: t.hasFte ? formatHundredths(t.total.fteHundredths) : '–',
    totalShare: formatPercent(t.total.shareBasisPoints),

    managerEqual: m.equal,
    managerStateShare: percentText(m.stateBasisPoints),
    managerMunicipalShare: percentText(m.municipalBasisPoints),
    managerMunicipalLabel: nn ? (NN_MUNICIPAL_LABEL[m.municipalLabel] ?? m.municipalLabel) : m.municipalLabel,
    hasManagerPostCost: managerCost !== undefined,
    managerPostCost: managerCost === undefined ? undefined : formatNok(managerCost),
    managerHalfAmount: m.halfAmountOre === undefined ? undefined : formatOre(m.halfAmountOre),
    managerStateAmount: m.stateAmountOre === undefined ? undefined : formatOre(m.stateAmountOre),
    managerMunicipalAmount: m.municipalAmountOre === undefined ? undefined : formatOre(m.municipalAmountOre),
    hasManagerMunicipalSplit: split !== undefined,
    managerSplitByHost: split?.how === 'vertskommunen',
    managerSplitEqually: split?.how === 'likt',
    managerMunicipalParts: parts === undefined ? undefined : joinList(parts),

    hasFirstYear: fy !== undefined,
    firstYear: fy ? String(fy.year) : undefined,
    // «1. mars»: the year is said just before.
    firstYearFrom: fy ? `${Number(fy.from.slice(8, 10))}. ${MONTHS[Number(fy.from.slice(5, 7)) - 1]}` : undefined,
    firstYearFraction: fy ? `${fy.months}/12` : undefined,
    hasFirstYearAmounts: fyAmounts.length > 0,
    firstYearAmounts: fyAmounts.length > 0 ? joinList(fyAmounts) : undefined,

    hasPayments: payments !== undefined,
    payments: payments === undefined ? undefined : paymentsSentence(payments, a.parties.form === 'vertskommune', nn ? 'nn' : 'nb'),
    hasInvoicing: invoicing !== undefined,
    invoicing,
  };
}
