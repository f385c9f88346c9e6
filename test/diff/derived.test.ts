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
    newA.costs.fte[1]!.fte = 5;
    const rows = changes(example(), newA);
    const t = derive(newA).costs;
    expect(rows.map((c) => c.label)).toEqual([
      '3.8 Driftsavtale › Årsverk i alt',
      ...t.rows.map((r) => `3.8 Driftsavtale › Andel av felles driftsutgifter › ${r.label}`),
      '3.8 Driftsavtale › Andel av felles driftsutgifter › Kommunene til sammen',
    ]);
    const saltdal = rows.find((c) => c.pointer === '/costs/derived/share/1840')!;
    // 4,5 of 34,5 årsverk → 5 of 35; 2 350 000 kr by largest remainder.
    expect(saltdal).toMatchObject({ kind: 'changed', derived: true, old: { percent: 13.04, kroner: 306522 }, new: { percent: 14.29, kroner: 335714 } });
    expect([plain(saltdal.oldText), plain(saltdal.newText)]).toEqual(['13,04 % (306 522 kr)', '14,29 % (335 714 kr)']);
    expect(rows[0]).toMatchObject({ pointer: '/costs/derived/totalFte', old: 34.5, new: 35, oldText: '34,50', newText: '35,00' });
  });

  it('compare exact integers: the same split written differently is no change', () => {
    const newA = example();
    newA.costs.fte.reverse();
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
      expect(changes(example(), newA)).toEqual([
        expect.objectContaining({ pointer: '/costs/derived/manager/half', label: '3.8 Driftsavtale › NAV-lederstillingen per år › Hver eiers halvdel', old: 550000, new: json, derived: true, oldText: '550\u00a0000\u00a0kr', newText: text.replace(/ /g, '\u00a0') }),
      ]);
    }
    const none = example();
    delete none.costs.managerPostCost;
    expect(changes(example(), none)).toEqual([expect.objectContaining({ pointer: '/costs/derived/manager/half', old: 550000, new: null, newText: '–' })]);
  });

  it('give a removed kommune 0 % after, and a new budget kroner to every share', () => {
    const fewer = example();
    fewer.parties.municipalities.splice(3, 1);
    fewer.costs.fte = fewer.costs.fte.filter((f) => f.municipality !== '1839');
    const beiarn = changes(example(), fewer).find((c) => c.pointer === '/costs/derived/share/1839')!;
    expect(beiarn).toMatchObject({ label: '3.8 Driftsavtale › Andel av felles driftsutgifter › Beiarn kommune', old: { percent: 3.48, kroner: 81739 }, new: { percent: 0, kroner: 0 } });

    const noBudget = example();
    delete noBudget.costs.annualBudget;
    const state = changes(noBudget, example()).find((c) => c.pointer === '/costs/derived/share/stat')!;
    expect(state).toMatchObject({ old: { percent: 40.58 }, new: { percent: 40.58, kroner: 953623 } });
  });
});
