import { formatDate, formatNok, formatOre, formatPercent, joinList } from '../format/index.js';
import { enumLabel, schemaAt } from '../model/schema.js';
import type { Agreement } from '../model/agreement.js';
import type { CostTable } from './types.js';

const FREQUENCY: Record<NonNullable<Agreement['costs']['payments']>['frequency'], string> = {
  månedlig: 'hver måned',
  kvartalsvis: 'hvert kvartal',
  halvårlig: 'hvert halvår',
  årlig: 'én gang i året',
};
/** The same frequencies in nynorsk. */
const NN_FREQUENCY: typeof FREQUENCY = { månedlig: 'kvar månad', kvartalsvis: 'kvart kvartal', halvårlig: 'kvart halvår', årlig: 'éin gong i året' };
export const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/**
 * costs.payments as one sentence: «Eierne betaler a konto hvert kvartal, og utgiftene avregnes
 * endelig innen utgangen av mars året etter. Arbeids- og velferdsetaten fakturerer.»
 */
export function paymentsSentence(p: NonNullable<Agreement['costs']['payments']>, alternative2: boolean, lang: 'nb' | 'nn' = 'nb'): string {
  const aKonto = p.aKonto !== false;
  if (lang === 'nn') {
    // «Eigarane betaler a konto kvart kvartal, og utgiftene blir endeleg gjorde opp innan utgangen av mars året etter.»
    const settleNn = p.settlementMonth === undefined ? '' : `, og utgiftene blir endeleg gjorde opp innan utgangen av ${MONTHS[p.settlementMonth - 1]} året etter`;
    const invoicerNn = p.invoicingParty === undefined ? '' : ` ${p.invoicingParty === 'stat' ? 'Arbeids- og velferdsetaten' : alternative2 ? 'Vertskommunen' : 'Kommunen'} fakturerer.`;
    return `Eigarane betaler ${aKonto ? 'a konto ' : ''}${NN_FREQUENCY[p.frequency]}${settleNn}.${invoicerNn}`;
  }
  const pay = `Eierne betaler ${aKonto ? 'a konto ' : ''}${FREQUENCY[p.frequency]}`;
  const settle = p.settlementMonth === undefined ? '' : `, og utgiftene avregnes endelig innen utgangen av ${MONTHS[p.settlementMonth - 1]} året etter`;
  const invoicer = p.invoicingParty === undefined ? '' : ` ${p.invoicingParty === 'stat' ? 'Arbeids- og velferdsetaten' : alternative2 ? 'Vertskommunen' : 'Kommunen'} fakturerer.`;
  return `${pay}${settle}.${invoicer}`;
}

/** One labelled line about the cost table, in the words the guide and the wizard both show. */
export interface CostLineText {
  label: string;
  value: string;
}

/**
 * The NAV-leder split, the kommuner's split of their share and the first year, as labelled lines:
 * the guide's facts and the wizard's live table show the same words and numbers from derive's
 * table. `amounts` adds kroner where derive has them; `nav` is the document's spelling.
 */
export function costSummary(t: CostTable, amounts: boolean, nav: 'NAV' | 'Nav' = 'NAV'): CostLineText[] {
  const L = t.labels;
  const m = t.manager;
  const kr = (ore: number | undefined) => (amounts && ore !== undefined ? ` (${formatOre(ore)})` : '');
  const lines: CostLineText[] = [
    { label: L.managerSplit, value: `${m.stateLabel} ${formatPercent(m.stateBasisPoints)}${kr(m.stateAmountOre)}, ${m.municipalLabel} ${formatPercent(m.municipalBasisPoints)}${kr(m.municipalAmountOre)}` },
  ];
  const split = m.municipalSplit;
  if (split) {
    const how = enumLabel(schemaAt('/costs/managerMunicipalSplit'), split.how);
    const parts = split.parts.map((p) => `${p.label} ${formatPercent(p.basisPoints)}${kr(p.amountOre)}`);
    lines.push({ label: L.managerMunicipalSplit, value: `${how}: ${joinList(parts)}` });
  }
  const f = t.firstYear;
  if (f) {
    const budget = amounts && f.budget !== undefined ? [`${formatNok(f.budget)} i felles driftsutgifter (${joinList(f.rows.map((r) => `${r.label} ${formatNok(r.amount)}`))})`] : [];
    const manager = amounts && f.managerPostCost !== undefined ? [`${formatNok(f.managerPostCost)} for ${nav}-lederstillingen`] : [];
    const what = [...budget, ...manager];
    lines.push({ label: L.firstYear, value: `Fra ${formatDate(f.from)}: ${f.months}/12 av årsbeløpene${what.length ? `, det vil si ${joinList(what)}` : ''}` });
  }
  return lines;
}
