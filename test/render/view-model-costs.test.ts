/** The agreement's cost table (3.8) is derive's table, formatted: no sums or labels of its own. */
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { agreementView } from '../../src/render/view-model.js';
import { example } from '../helpers/paths.js';

const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');

describe('the agreement view of the costs', () => {
  it('formats derive\'s rows, Sum line and NAV-leder half', () => {
    const a = example();
    a.costs.managerPostCost = 1_100_001;
    const d = derive(a);
    const v = agreementView(a, d);
    expect(v.costRows.map((r) => r.owner)).toEqual(d.costs.rows.map((r) => r.label));
    expect(v.costRows[0]).toEqual({ owner: 'Arbeids- og velferdsetaten', fte: '14,00', share: '40,58\u00a0%', amount: '953\u00a0623\u00a0kr' });
    expect([v.totalFte, plain(v.totalShare), plain(v.annualBudget)]).toEqual(['34,50', '100,00 %', '2 350 000 kr']);
    expect(plain(v.managerHalfAmount)).toBe('550 000,50 kr');
  });

  it('shows what derive says even where it differs from a sum of its own: the Sum line is the table\'s', () => {
    const a = example();
    const d = derive(a);
    d.costs.total = { ...d.costs.total, fteHundredths: 1, shareBasisPoints: 2 };
    const v = agreementView(a, d);
    expect([v.totalFte, plain(v.totalShare)]).toEqual(['0,01', '0,02 %']);
  });

  it('leaves the amounts out without a budget', () => {
    const a = example('nav-bodo.yaml');
    delete a.costs.annualBudget;
    delete a.costs.managerPostCost;
    const v = agreementView(a, derive(a));
    expect(v.costRows.every((r) => !('amount' in r))).toBe(true);
    expect(v.managerHalfAmount).toBeUndefined();
  });
});
