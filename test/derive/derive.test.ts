import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/derive/apportion.js';
import { derive, documentDate } from '../../src/derive/derive.js';
import { formatDate, formatDecimal, formatNok, formatOre, formatPercent, genitive, groupDigits, joinList, municipalityName, slug } from '../../src/derive/format.js';
import { example } from '../helpers/paths.js';

const NBSP = '\u00a0';

describe('apportion (largest remainder)', () => {
  it('always sums to the total and stays within one unit of the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }), (total, weights) => {
        const sum = weights.reduce((a, b) => a + b, 0);
        fc.pre(sum > 0);
        const parts = apportion(total, weights);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1 + 1e-6));
      }),
    );
  });

  it('rounds 1/3 each to 33,34 + 33,33 + 33,33 (ties to the first)', () => {
    expect(apportion(10000, [1, 1, 1])).toEqual([3334, 3333, 3333]);
  });

  it('refuses to invent a split when every weight is zero (valid agreements have årsverk > 0)', () => {
    expect(() => apportion(10000, [0, 0, 0])).toThrow(/til sammen er 0/);
    expect(() => apportion(0, [0])).toThrow(Error);
    expect(apportion(10000, [])).toEqual([]);
  });
});

describe('derive', () => {
  it('splits Indre Salten by årsverk: 14 state of 34,5 in all', () => {
    const d = derive(example());
    expect(d.totalFteHundredths).toBe(3450);
    // 14/34.5 = 40.5797…%, Fauske 9.5/34.5 = 27.5362…%, Saltdal 13.0434…, Sørfold 5.7971…, Beiarn 3.4782…, Hamarøy 9.5652…
    expect(d.costRows.map((r) => r.shareBasisPoints)).toEqual([4058, 2754, 1304, 580, 348, 956]);
    expect(d.costRows.reduce((a, r) => a + r.shareBasisPoints, 0)).toBe(10000);
    expect(d.costRows.reduce((a, r) => a + (r.amount ?? 0), 0)).toBe(2350000);
    expect(d.manager).toEqual({ stateBasisPoints: 5000, municipalBasisPoints: 5000, halfAmountOre: 55_000_000 });
    expect(d.signingMunicipality.name).toBe('Fauske kommune');
    expect(d.otherMunicipalities.map((m) => m.name)).toEqual(['Saltdal kommune', 'Sørfold kommune', 'Beiarn kommune', 'Hamarøy kommune']);
  });

  it('lists the state, then the vertskommune, then the other kommuner in input order, by full display name', () => {
    const a = example();
    a.parties.host = '1875'; // Hamarøy, last in the input
    const hamaroy = a.parties.municipalities.find((m) => m.number === '1875')!;
    const d = derive(a);
    expect(d.costRows.map((r) => r.owner)).toEqual(['stat', '1875', '1841', '1840', '1845', '1839']);
    expect(d.costRows.map((r) => r.label)).toEqual(['Arbeids- og velferdsetaten', `Hamarøy kommune – ${hamaroy.samiName}`, 'Fauske kommune', 'Saltdal kommune', 'Sørfold kommune', 'Beiarn kommune']);
    expect(d.costRows[1]!.label).toBe(municipalityName(hamaroy));
    // The shares follow their owners, not the positions: Hamarøy's 3,3 of 34,5 årsverk is 9,5652 % → 956.
    expect(d.costRows.map((r) => r.shareBasisPoints)).toEqual([4058, 956, 2754, 1304, 580, 348]);
    expect(d.otherMunicipalities.map((m) => m.number)).toEqual(['1841', '1840', '1845', '1839']);
    expect(d.municipalities.map((m) => m.number)).toEqual(['1875', '1841', '1840', '1845', '1839']);
  });

  it('halves the NAV-leder post exactly, in øre, and leaves it out without a cost', () => {
    const a = example();
    a.costs.managerPostCost = 1_100_001;
    expect(derive(a).manager.halfAmountOre).toBe(55_000_050);
    a.costs.managerPostCost = 0;
    expect(derive(a).manager.halfAmountOre).toBe(0);
    delete a.costs.managerPostCost;
    expect(derive(a).manager).not.toHaveProperty('halfAmountOre');
  });

  it('dates documents at signing, else at the start', () => {
    const a = example();
    a.signing.date = '2025-12-15';
    expect(documentDate(a)).toBe('2025-12-15T00:00:00Z');
    delete a.signing.date;
    expect(documentDate(a)).toBe(`${a.period.start}T00:00:00Z`);
  });

  it('throws rather than inventing a split when there are no årsverk at all (validation refuses such data first)', () => {
    const a = example();
    a.costs.stateFte = 0;
    a.costs.fte = a.costs.fte.map((f) => ({ ...f, fte: 0 }));
    expect(() => derive(a)).toThrow(/til sammen er 0/);
  });

  it('shows 100,00 % for any årsverk, however they round', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 2, maxLength: 6 }), (ftes) => {
        fc.pre(ftes.some((f) => f > 0));
        const a = example();
        a.costs.stateFte = ftes[0]! / 100;
        a.costs.fte = a.parties.municipalities.map((m, i) => ({ municipality: m.number, fte: (ftes[i + 1] ?? 0) / 100 }));
        const d = derive(a);
        expect(d.costRows.reduce((s, r) => s + r.shareBasisPoints, 0)).toBe(10000);
        expect(d.costRows.reduce((s, r) => s + (r.amount ?? 0), 0)).toBe(a.costs.annualBudget);
      }),
    );
  });
});

describe('Norwegian formatting', () => {
  it('formats percentages, kroner and dates', () => {
    expect(formatPercent(1250)).toBe(`12,50${NBSP}%`);
    expect(formatPercent(10000)).toBe(`100,00${NBSP}%`);
    expect(formatPercent(5)).toBe(`0,05${NBSP}%`);
    expect(formatNok(1250000)).toBe(`1${NBSP}250${NBSP}000${NBSP}kr`);
    expect(formatNok(999)).toBe(`999${NBSP}kr`);
    expect(formatOre(55_000_000)).toBe(`550${NBSP}000${NBSP}kr`);
    expect(formatOre(55_000_050)).toBe(`550${NBSP}000,50${NBSP}kr`);
    expect(formatOre(5)).toBe(`0,05${NBSP}kr`);
    expect(formatDate('2026-01-01')).toBe('1. januar 2026');
    expect(formatDate('2029-12-31')).toBe('31. desember 2029');
  });

  it('prints decimals exactly to the two places the schema allows, never in exponent notation', () => {
    expect(formatDecimal(4.5)).toBe('4,5');
    expect(formatDecimal(4.35)).toBe('4,35');
    expect(formatDecimal(12)).toBe('12');
    expect(formatDecimal(0.05)).toBe('0,05');
    expect(formatDecimal(0.1 + 0.2)).toBe('0,3');
    expect(formatDecimal(1e-7)).toBe('0');
    expect(formatDecimal(1234.5)).toBe(`1${NBSP}234,5`);
    expect(formatDecimal(-0.5)).toBe('-0,5');
    expect(formatDecimal(1e21)).toBe(['1', ...Array<string>(7).fill('000')].join(NBSP));
    expect(groupDigits(1e21)).not.toMatch(/e/);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (hundredths) => {
        const shown = formatDecimal(hundredths / 100);
        expect(shown).toMatch(/^\d{1,3}(\u00a0\d{3})*(,\d{1,2})?$/);
        expect(Math.round(Number(shown.replace(/\u00a0/g, '').replace(',', '.')) * 100)).toBe(hundredths);
      }),
    );
  });

  it('joins lists and makes genitives the Norwegian way', () => {
    expect(joinList(['Saltdal', 'Sørfold', 'Beiarn', 'Hamarøy'])).toBe('Saltdal, Sørfold, Beiarn og Hamarøy');
    expect(joinList(['Saltdal'])).toBe('Saltdal');
    expect(genitive('Fauske kommune')).toBe('Fauske kommunes');
    expect(genitive('Os')).toBe("Os'");
  });

  it('slugs office names to ASCII', () => {
    expect(slug('NAV Indre Salten')).toBe('nav-indre-salten');
    expect(slug('NAV Bodø')).toBe('nav-bodo');
    expect(slug('NAV Hábmer – Divtasvuona suohkan')).toBe('nav-habmer-divtasvuona-suohkan');
    expect(slug('NAV Ærøy Ågotnes Čáhcesuolu')).toBe('nav-aeroy-agotnes-cahcesuolu');
  });
});
