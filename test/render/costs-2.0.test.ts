/**
 * Punkt 3.8 for what schema 2.0 added (issue 13): a NAV-leder split other than 50/50, how the
 * kommuner split their share (Alternativ 2), an agreed allocation key, payments and the first year
 * pro rata. Every expectation is read back from the .docx with mammoth and written out here by
 * hand (amounts worked out on paper, largest remainder), not computed by the code under test.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import type { Agreement } from '../../src/model/agreement.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { renderer } from '../helpers/resources.js';
import { clone, FORBIDDEN, loadExample, mammothText, ooxmlValidate, packAgreementTemplate, paragraphs, plain, writeTemp } from './helpers.js';

beforeAll(packAgreementTemplate);

/** Valid 2.0 data only: a test of the text must not pass on data `validate` would refuse. */
function valid(a: Agreement): Agreement {
  const r = validateAgreement(a);
  if (!r.ok) throw new Error(`ugyldige testdata: ${JSON.stringify(r.problems ?? r, null, 1).slice(0, 1500)}`);
  return a;
}

/** The paragraphs of punkt 3.8, from its heading up to 4.0. */
async function section38(a: Agreement): Promise<string[]> {
  const all = paragraphs(plain(await mammothText(renderAgreement(valid(a), derive(a), renderer()))));
  const from = all.indexOf('3.8 Driftsavtale');
  const to = all.findIndex((p, i) => i > from && p.startsWith('4.0 '));
  expect(from).toBeGreaterThan(0);
  const part = all.slice(from, to);
  for (const p of part) expect(p).not.toMatch(FORBIDDEN);
  return part;
}

const bodo = (): Agreement => clone(loadExample('nav-bodo'));
const salten = (): Agreement => clone(loadExample('nav-indre-salten'));

const TEMPLATE_FIRST =
  'Eierne svarer for sin andel av felles driftsutgifter i forhold til antall årsverk de er representert med i det felles NAV-kontoret. Utgifter knyttet til NAV-lederstillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold.';

/** An agreed key for Indre Salten: the state and each kommune once, summing to 100,00. */
const agreedShares = () => [
  { party: 'stat', percent: 40 },
  { party: '1841', percent: 25.5 },
  { party: '1840', percent: 12.25 },
  { party: '1845', percent: 8.25 },
  { party: '1839', percent: 5 },
  { party: '1875', percent: 9 },
];

describe('3.8: the NAV-leder post', () => {
  it('50/50 keeps the template’s sentences exactly, and the kommuner’s half is split by årsverk in the next sentence', async () => {
    const p = await section38(salten());
    expect(p[1]).toBe(TEMPLATE_FIRST);
    expect(p[2]).toBe('Utgiftene til NAV-lederstillingen er budsjettert til 1 100 000 kr per år, det vil si 550 000 kr for hver eier.');
    // 550 000 kr by årsverk 9,5 : 4,5 : 2 : 1,2 : 3,3 (of 20,5), in øre, largest remainder.
    expect(p[3]).toBe(
      'Kommunenes andel fordeles mellom kommunene etter årsverk: Fauske kommune 46,34 % (254 878,05 kr), Saltdal kommune 21,95 % (120 731,71 kr), Sørfold kommune 9,76 % (53 658,54 kr), Beiarn kommune 5,85 % (32 195,12 kr) og Hamarøy kommune – Hábmer 16,10 % (88 536,58 kr).',
    );
  });

  it('a 60/40 split is stated, with each owner’s amount', async () => {
    const a = bodo();
    a.costs.managerShare = { state: 60, municipal: 40 };
    a.costs.managerPostCost = 1_000_001;
    const p = await section38(a);
    expect(p[1]).toBe('Eierne svarer for sin andel av felles driftsutgifter i forhold til antall årsverk de er representert med i det felles NAV-kontoret. Utgifter knyttet til NAV-lederstillingen deles med 60 % på staten og 40 % på kommunen, uavhengig av tilsettingsforhold.');
    expect(p[2]).toBe('Utgiftene til NAV-lederstillingen er budsjettert til 1 000 001 kr per år, det vil si 600 000,60 kr for staten og 400 000,40 kr for kommunen.');
    expect(p.join('\n')).not.toContain('Kommunenes andel');
  });

  it('a split with decimals, and the kommuner split their share equally', async () => {
    const a = salten();
    a.costs.managerShare = { state: 33.33, municipal: 66.67 };
    a.costs.managerMunicipalSplit = 'likt';
    const p = await section38(a);
    expect(p[1]).toContain('Utgifter knyttet til NAV-lederstillingen deles med 33,33 % på staten og 66,67 % på kommunene, uavhengig av tilsettingsforhold.');
    // 1 100 000 kr: 366 630 kr and 733 370 kr; 733 370 kr / 5 = 146 674 kr each.
    expect(p[2]).toBe('Utgiftene til NAV-lederstillingen er budsjettert til 1 100 000 kr per år, det vil si 366 630 kr for staten og 733 370 kr for kommunene.');
    expect(p[3]).toBe(
      'Kommunenes andel fordeles likt mellom kommunene: Fauske kommune 20,00 % (146 674 kr), Saltdal kommune 20,00 % (146 674 kr), Sørfold kommune 20,00 % (146 674 kr), Beiarn kommune 20,00 % (146 674 kr) og Hamarøy kommune – Hábmer 20,00 % (146 674 kr).',
    );
  });

  it('the vertskommune carries the kommuner’s whole share; without a cost, percentages only', async () => {
    const a = salten();
    a.costs.managerMunicipalSplit = 'vertskommunen';
    expect((await section38(a))[3]).toBe('Fauske kommune dekker som vertskommune hele kommunenes andel.');
    const b = salten();
    delete b.costs.managerPostCost;
    const p = await section38(b);
    expect(p[1]).toBe(TEMPLATE_FIRST);
    expect(p[2]).toBe('Kommunenes andel fordeles mellom kommunene etter årsverk: Fauske kommune 46,34 %, Saltdal kommune 21,95 %, Sørfold kommune 9,76 %, Beiarn kommune 5,85 % og Hamarøy kommune – Hábmer 16,10 %.');
  });
});

describe('3.8: an agreed allocation key', () => {
  it('replaces the årsverk sentence and lead-in, and the table shows the agreed shares of the budget', async () => {
    const a = bodo();
    a.costs.allocationKey = 'avtalt';
    a.costs.agreedShares = [
      { party: '1804', percent: 44.45 },
      { party: 'stat', percent: 55.55 },
    ];
    const p = await section38(a);
    expect(p[1]).toBe('Eierne svarer for sin andel av felles driftsutgifter etter en fordelingsnøkkel de har avtalt, slik tabellen nedenfor viser. Utgifter knyttet til NAV-lederstillingen deles likt mellom de to eierne, uavhengig av tilsettingsforhold.');
    const lead = p.findIndex((x) => x.includes('fordeles slik'));
    expect(p[lead]).toBe('Budsjetterte felles driftsutgifter på 5 400 000 kr per år fordeles slik etter avtalt fordelingsnøkkel:');
    // 5 400 000 kr × 55,55 % = 2 999 700 kr; × 44,45 % = 2 400 300 kr. The årsverk are still shown.
    expect(p.slice(lead + 1, lead + 17)).toEqual(['Eier', 'Årsverk', 'Andel av felles driftsutgifter', 'Beløp per år', 'Arbeids- og velferdsetaten', '38,50', '55,55 %', '2 999 700 kr', 'Bodø kommune', '31,00', '44,45 %', '2 400 300 kr', 'Sum', '69,50', '100,00 %', '5 400 000 kr']);
  });

  it('without årsverk the Årsverk column says «–»', async () => {
    const a = salten();
    a.costs.allocationKey = 'avtalt';
    a.costs.managerMunicipalSplit = 'likt';
    delete a.costs.stateFte;
    delete a.costs.fte;
    a.costs.agreedShares = agreedShares();
    const p = await section38(a);
    const at = p.indexOf('Arbeids- og velferdsetaten');
    // 2 350 000 kr × 40 %, 25,5 %, 12,25 %, 8,25 %, 5 %, 9 %.
    expect(p.slice(at, at + 28)).toEqual([
      'Arbeids- og velferdsetaten', '–', '40,00 %', '940 000 kr',
      'Fauske kommune', '–', '25,50 %', '599 250 kr',
      'Saltdal kommune', '–', '12,25 %', '287 875 kr',
      'Sørfold kommune', '–', '8,25 %', '193 875 kr',
      'Beiarn kommune', '–', '5,00 %', '117 500 kr',
      'Hamarøy kommune – Hábmer', '–', '9,00 %', '211 500 kr',
      'Sum', '–', '100,00 %', '2 350 000 kr',
    ]);
  });
});

describe('3.8: payments and the first year', () => {
  it('payments are one sentence after the template’s invoicing sentence', async () => {
    const a = salten();
    a.costs.payments = { frequency: 'kvartalsvis', aKonto: true, settlementMonth: 3, invoicingParty: 'stat' };
    const p = await section38(a);
    const at = p.indexOf('I egen avtale om drift bør forhold rundt faktureringstidspunkter og -måter reguleres.');
    expect(p[at + 1]).toBe('Eierne betaler a konto hvert kvartal, og utgiftene avregnes endelig innen utgangen av mars året etter. Arbeids- og velferdsetaten fakturerer.');
    // The invoicing text as a prose sentence, its first word continuing the sentence in lower case (issue 14).
    expect(p[at + 2]).toBe('Eierne har avtalt følgende om fakturering: halvårlig etterskuddsvis, etter avregning per 30. juni og 31. desember.');
    const b = bodo();
    b.costs.payments = { frequency: 'månedlig', aKonto: false, invoicingParty: 'kommune' };
    const q = await section38(b);
    expect(q).toContain('Eierne betaler hver måned. Kommunen fakturerer.');
    a.costs.payments = { frequency: 'halvårlig', invoicingParty: 'kommune' };
    expect(await section38(a)).toContain('Eierne betaler a konto hvert halvår. Vertskommunen fakturerer.');
  });

  it('a start on 1 March pays 10/12, a start on 15 March 9/12, in whole kroner', async () => {
    const a = salten();
    a.period.start = '2026-03-01';
    a.costs.firstYearProRata = true;
    // 2 350 000 × 10/12 = 1 958 333,33; 1 100 000 × 10/12 = 916 666,67.
    expect(await section38(a)).toContain('For 2026, fra 1. mars, betales 10/12 av årsbeløpene: 1 958 333 kr i felles driftsutgifter og 916 667 kr for NAV-lederstillingen.');
    a.period.start = '2026-03-15';
    a.document.navSpelling = 'Nav';
    // 2 350 000 × 9/12 = 1 762 500; 1 100 000 × 9/12 = 825 000; in the document's spelling.
    expect(await section38(a)).toContain('For 2026, fra 15. mars, betales 9/12 av årsbeløpene: 1 762 500 kr i felles driftsutgifter og 825 000 kr for Nav-lederstillingen.');
    delete a.costs.managerPostCost;
    expect(await section38(a)).toContain('For 2026, fra 15. mars, betales 9/12 av årsbeløpene: 1 762 500 kr i felles driftsutgifter.');
  });

  it('says nothing of a first year when the agreement starts on 1 January or pro rata is not chosen', async () => {
    const a = salten();
    a.costs.firstYearProRata = true;
    expect((await section38(a)).join('\n')).not.toMatch(/av årsbeløpene/);
    a.period.start = '2026-03-01';
    a.costs.firstYearProRata = false;
    expect((await section38(a)).join('\n')).not.toMatch(/av årsbeløpene/);
  });
});

describe('3.8 with every new money field at once', () => {
  it('is a valid Office Open XML document (the ECMA-376 schemas)', () => {
    const a = salten();
    a.costs.managerShare = { state: 45.5, municipal: 54.5 };
    a.costs.managerMunicipalSplit = 'likt';
    a.costs.allocationKey = 'avtalt';
    a.costs.agreedShares = agreedShares();
    a.costs.payments = { frequency: 'månedlig', settlementMonth: 2, invoicingParty: 'kommune' };
    a.costs.firstYearProRata = true;
    a.period.start = '2026-05-01';
    const docx = renderAgreement(valid(a), derive(a), renderer());
    const r = ooxmlValidate(writeTemp(docx, 'kostnader.docx'));
    expect(r.status, r.output).toBe(0);
  });
});
