/**
 * The diff's computed rows: derive's cost table before and after, compared as exact integers,
 * named by the table's labels, with the JSON values in their decimal form.
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { derivedChanges } from '../../src/diff/derived.js';
import type { Agreement } from '../../src/model/agreement.js';
import { example } from '../helpers/paths.js';

const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');
const changes = (oldA: Agreement, newA: Agreement) => derivedChanges(derive(oldA), derive(newA));

describe('the diff\'s computed rows', () => {
  it('give each moved share with the table\'s labels, the kommuner together as «Kommunene til sammen»', () => {
    const newA = example();
    newA.costs.fte![1]!.fte = 5;
    const rows = changes(example(), newA);
    const t = derive(newA).costs;
    expect(rows.map((c) => c.label)).toEqual([
      '3.8 Driftsavtale › Årsverk i alt',
      ...t.rows.map((r) => `3.8 Driftsavtale › Andel av felles driftsutgifter › ${r.label}`),
      '3.8 Driftsavtale › Andel av felles driftsutgifter › Kommunene til sammen',
      // The kommuner split their NAV-leder share by årsverk (the default), so each part moves too.
      ...t.manager.municipalSplit!.parts.map((p) => `3.8 Driftsavtale › NAV-lederstillingen per år › Kommunenes andel › ${p.label}`),
    ]);
    const saltdalPart = rows.find((c) => c.pointer === '/costs/derived/manager/kommune/1840')!;
    // 55 000 000 øre by 450 of 2050 → 500 of 2100 kommunale årsverk, largest remainder.
    expect([plain(saltdalPart.oldText), plain(saltdalPart.newText)]).toEqual(['21,95 % (120 731,71 kr)', '23,81 % (130 952,38 kr)']);
    const saltdal = rows.find((c) => c.pointer === '/costs/derived/share/1840')!;
    // 4,5 of 34,5 årsverk → 5 of 35; 2 350 000 kr by largest remainder.
    expect(saltdal).toMatchObject({ kind: 'changed', derived: true, old: { percent: 13.04, kroner: 306522 }, new: { percent: 14.29, kroner: 335714 } });
    expect([plain(saltdal.oldText), plain(saltdal.newText)]).toEqual(['13,04 % (306 522 kr)', '14,29 % (335 714 kr)']);
    expect(rows[0]).toMatchObject({ pointer: '/costs/derived/totalFte', old: 34.5, new: 35, oldText: '34,50', newText: '35,00' });
  });

  it('compare exact integers: the same split written differently is no change', () => {
    const newA = example();
    newA.costs.fte!.reverse();
    newA.costs.stateFte = 14.0;
    expect(changes(example(), newA)).toEqual([]);
  });

  it('give the NAV-leder half as one row, in kroner with the øre as decimals, and none when it is unchanged', () => {
    for (const [kroner, json, text] of [
      [1_100_001, 550000.5, '550 000,50 kr'],
      [1_100_002, 550001, '550 001 kr'],
      [999, 499.5, '499,50 kr'],
    ] as const) {
      const newA = example();
      newA.costs.managerPostCost = kroner;
      const rows = changes(example(), newA);
      // The kommuner's parts of their half move with it.
      expect(rows.slice(1).map((c) => c.pointer)).toEqual(['1841', '1840', '1845', '1839', '1875'].map((n) => `/costs/derived/manager/kommune/${n}`));
      expect(rows.slice(0, 1)).toEqual([
        expect.objectContaining({ pointer: '/costs/derived/manager/half', label: '3.8 Driftsavtale › NAV-lederstillingen per år › Hver eiers halvdel', old: 550000, new: json, derived: true, oldText: '550\u00a0000\u00a0kr', newText: text.replace(/ /g, '\u00a0') }),
      ]);
    }
    const none = example();
    delete none.costs.managerPostCost;
    expect(changes(example(), none)[0]).toEqual(expect.objectContaining({ pointer: '/costs/derived/manager/half', old: 550000, new: null, newText: '–' }));
  });

  it('give each owner’s part of the NAV-leder post once the split is not equal, and the first year’s amounts', () => {
    const newA = example('nav-bodo.yaml');
    newA.costs.managerShare = { state: 60, municipal: 40 };
    newA.costs.managerPostCost = 1_000_000;
    newA.costs.firstYearProRata = true;
    newA.period.start = '2026-03-01';
    const oldA = example('nav-bodo.yaml');
    oldA.costs.managerPostCost = 1_000_000;
    const rows = changes(oldA, newA);
    expect(rows.map((c) => [c.label, plain(c.oldText), plain(c.newText)])).toEqual([
      ['3.8 Driftsavtale › NAV-lederstillingen per år › Arbeids- og velferdsetaten', '500 000 kr', '600 000 kr'],
      ['3.8 Driftsavtale › NAV-lederstillingen per år › Kommunen', '500 000 kr', '400 000 kr'],
      // 5 400 000 × 10/12 = 4 500 000, split 38,5 : 31 (55,40 % : 44,60 %); 1 000 000 × 10/12 = 833 333,33.
      ['3.8 Driftsavtale › Forholdsmessig første år › Felles driftsutgifter første år', '–', '4 500 000 kr'],
      ['3.8 Driftsavtale › Forholdsmessig første år › Felles driftsutgifter første år › Arbeids- og velferdsetaten', '–', '2 493 000 kr'],
      ['3.8 Driftsavtale › Forholdsmessig første år › Felles driftsutgifter første år › Bodø kommune', '–', '2 007 000 kr'],
      ['3.8 Driftsavtale › Forholdsmessig første år › NAV-lederstillingen første år', '–', '833 333 kr'],
    ]);
    expect(rows.every((c) => c.derived)).toBe(true);
  });

  it('give a removed kommune 0 % after, and a new budget kroner to every share', () => {
    const fewer = example();
    fewer.parties.municipalities.splice(3, 1);
    fewer.costs.fte = fewer.costs.fte!.filter((f) => f.municipality !== '1839');
    const beiarn = changes(example(), fewer).find((c) => c.pointer === '/costs/derived/share/1839')!;
    expect(beiarn).toMatchObject({ label: '3.8 Driftsavtale › Andel av felles driftsutgifter › Beiarn kommune', old: { percent: 3.48, kroner: 81739 }, new: { percent: 0, kroner: 0 } });

    const noBudget = example();
    delete noBudget.costs.annualBudget;
    const state = changes(noBudget, example()).find((c) => c.pointer === '/costs/derived/share/stat')!;
    expect(state).toMatchObject({ old: { percent: 40.58 }, new: { percent: 40.58, kroner: 953623 } });
  });
});
