/**
 * The one cost table for what schema 2.0 added to 3.8: any NAV-leder split summing to 100, the
 * kommuner's share split among them (Alternativ 2), agreed shares, the first year pro rata. Sums
 * are exact to the øre and the krone; expected values are worked out here, not by derive.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { remainingWholeMonths } from '../../src/derive/first-year.js';
import type { Agreement } from '../../src/model/agreement.js';
import { example } from '../helpers/paths.js';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('the NAV-leder post', () => {
  it('splits the kommuner’s half of Indre Salten by årsverk, to the øre (largest remainder)', () => {
    const m = derive(example()).costs.manager;
    expect(m.municipalSplit?.how).toBe('årsverk');
    // 55 000 000 øre × 950, 450, 200, 120, 330 / 2050.
    expect(m.municipalSplit?.parts.map((p) => [p.owner, p.basisPoints, p.amountOre])).toEqual([
      ['1841', 4634, 25_487_805],
      ['1840', 2195, 12_073_171],
      ['1845', 976, 5_365_854],
      ['1839', 585, 3_219_512],
      ['1875', 1610, 8_853_658],
    ]);
  });

  it('equally, or all on the vertskommune; none for Alternativ 1', () => {
    const a = example();
    a.costs.managerMunicipalSplit = 'likt';
    expect(derive(a).costs.manager.municipalSplit?.parts.map((p) => [p.basisPoints, p.amountOre])).toEqual(Array(5).fill([2000, 11_000_000]));
    a.costs.managerMunicipalSplit = 'vertskommunen';
    expect(derive(a).costs.manager.municipalSplit?.parts.map((p) => [p.owner, p.amountOre])).toEqual([['1841', 55_000_000], ['1840', 0], ['1845', 0], ['1839', 0], ['1875', 0]]);
    expect(derive(example('nav-bodo.yaml')).costs.manager).not.toHaveProperty('municipalSplit');
  });

  it('without a stated split there is none: the documents state no split the owners did not agree (a migrated 1.0 file)', () => {
    const a = example();
    delete a.costs.managerMunicipalSplit;
    expect(derive(a).costs.manager.municipalSplit).toBeUndefined();
  });

  it('60/40 of an odd krone: 600 000,60 kr and 400 000,40 kr, not «deles likt»', () => {
    const a = example('nav-bodo.yaml');
    a.costs.managerShare = { state: 60, municipal: 40 };
    a.costs.managerPostCost = 1_000_001;
    const m = derive(a).costs.manager;
    expect(m).toMatchObject({ equal: false, stateBasisPoints: 6000, municipalBasisPoints: 4000, stateAmountOre: 60_000_060, municipalAmountOre: 40_000_040 });
    expect(m).not.toHaveProperty('halfAmountOre');
  });

  it('for any split, cost and way of splitting, the parts sum to the cost to the øre', () => {
    const base = example();
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 100_000_000 }), fc.constantFrom('årsverk', 'likt', 'vertskommunen') as fc.Arbitrary<'årsverk' | 'likt' | 'vertskommunen'>, (stateBp, cost, how) => {
        const a: Agreement = structuredClone(base);
        a.costs.managerShare = { state: stateBp / 100, municipal: (10000 - stateBp) / 100 };
        a.costs.managerPostCost = cost;
        a.costs.managerMunicipalSplit = how;
        const m = derive(a).costs.manager;
        expect(m.stateAmountOre! + m.municipalAmountOre!).toBe(cost * 100);
        // Each within one øre of the exact share.
        expect(Math.abs(m.stateAmountOre! * 10000 - cost * 100 * stateBp)).toBeLessThan(10000);
        const parts = m.municipalSplit!.parts;
        expect(sum(parts.map((p) => p.amountOre!))).toBe(m.municipalAmountOre);
        expect(sum(parts.map((p) => p.basisPoints))).toBe(10000);
      }),
    );
  });
});

describe('an agreed allocation key', () => {
  it('uses the agreed shares, whatever their order in the file, for the percentages and the budget', () => {
    const a = example('nav-bodo.yaml');
    a.costs.allocationKey = 'avtalt';
    a.costs.agreedShares = [
      { party: '1804', percent: 44.45 },
      { party: 'stat', percent: 55.55 },
    ];
    const t = derive(a).costs;
    expect(t.allocationKey).toBe('avtalt');
    expect(t.title).toBe('Fordeling av felles driftsutgifter etter avtalt fordelingsnøkkel');
    // 5 400 000 kr × 55,55 % and × 44,45 %.
    expect(t.rows.map((r) => [r.owner, r.shareBasisPoints, r.amount])).toEqual([
      ['stat', 5555, 2_999_700],
      ['1804', 4445, 2_400_300],
    ]);
    expect([t.total.shareBasisPoints, t.total.amount]).toEqual([10000, 5_400_000]);
  });

  it('sums exactly for any agreed shares and budget, with or without årsverk', () => {
    const base = example();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 5, maxLength: 5 }), fc.integer({ min: 0, max: 10_000_000_000 }), fc.boolean(), (cuts, budget, withFte) => {
        // Six shares summing to 10000 basis points, from five cut points.
        const points = [0, ...[...cuts].sort((x, y) => x - y), 10000];
        const bp = points.slice(1).map((p, i) => p - points[i]!);
        const a: Agreement = structuredClone(base);
        a.costs.allocationKey = 'avtalt';
        a.costs.agreedShares = ['stat', ...a.parties.municipalities.map((m) => m.number)].map((party, i) => ({ party, percent: bp[i]! / 100 }));
        a.costs.annualBudget = budget;
        // Without årsverk the kommuner cannot split their NAV-leder share by them (validation refuses it).
        if (!withFte) {
          delete a.costs.stateFte;
          delete a.costs.fte;
          a.costs.managerMunicipalSplit = 'likt';
        }
        const t = derive(a).costs;
        expect(t.hasFte).toBe(withFte);
        expect(t.rows.map((r) => r.shareBasisPoints)).toEqual(bp);
        expect(sum(t.rows.map((r) => r.amount!))).toBe(budget);
        t.rows.forEach((r, i) => expect(Math.abs(r.amount! * 10000 - budget * bp[i]!)).toBeLessThan(10000));
      }),
    );
  });
});

describe('the first year pro rata', () => {
  it('counts the whole months left in the year', () => {
    expect([['2026-03-01', 10], ['2026-03-15', 9], ['2026-12-01', 1], ['2026-12-02', 0], ['2026-02-28', 10], ['2026-01-02', 11]].map(([d]) => remainingWholeMonths(d as string))).toEqual([10, 9, 1, 0, 10, 11]);
  });

  it('a start on 1 March: 10/12 of the budget and of the NAV-leder post, the owners’ parts summing to the first-year total', () => {
    const a = example();
    a.period.start = '2026-03-01';
    a.costs.firstYearProRata = true;
    const f = derive(a).costs.firstYear!;
    // 2 350 000 × 10/12 = 1 958 333,33 → 1 958 333; 1 100 000 × 10/12 = 916 666,67 → 916 667.
    expect([f.year, f.from, f.months, f.budget, f.managerPostCost, f.managerStateOre, f.managerMunicipalOre]).toEqual([2026, '2026-03-01', 10, 1_958_333, 916_667, 45_833_350, 45_833_350]);
    // 1 958 333 by the shares 4058, 2754, 1304, 580, 348, 956 (of 10000), largest remainder.
    expect(f.rows.map((r) => [r.owner, r.amount])).toEqual([
      ['stat', 794_691],
      ['1841', 539_325],
      ['1840', 255_367],
      ['1845', 113_583],
      ['1839', 68_150],
      ['1875', 187_217],
    ]);
    expect(sum(f.rows.map((r) => r.amount))).toBe(f.budget);
  });

  it('rounds a half krone up, and is absent from 1 January or when not chosen', () => {
    const a = example();
    a.costs.firstYearProRata = true;
    a.period.start = '2026-07-01';
    a.costs.annualBudget = 1; // 1 × 6/12 = 0,5 → 1
    expect(derive(a).costs.firstYear?.budget).toBe(1);
    a.period.start = '2026-01-01';
    expect(derive(a).costs).not.toHaveProperty('firstYear');
    a.period.start = '2026-03-01';
    a.costs.firstYearProRata = false;
    expect(derive(a).costs).not.toHaveProperty('firstYear');
  });
});
