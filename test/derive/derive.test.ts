import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/derive/apportion.js';
import { derive, documentDate } from '../../src/derive/derive.js';
import { municipalityName } from '../../src/format/index.js';
import { example } from '../helpers/paths.js';

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
  it('names who signs: the vertskommune, and the kommuner it serves', () => {
    const d = derive(example());
    expect(d.signingMunicipality.name).toBe('Fauske kommune');
    expect(d.otherMunicipalities.map((m) => m.name)).toEqual(['Saltdal kommune', 'Sørfold kommune', 'Beiarn kommune', 'Hamarøy kommune']);
    expect(derive(example('nav-bodo.yaml')).otherMunicipalities).toEqual([]);
  });

  it('lists the state, then the vertskommune, then the other kommuner in input order, by full display name', () => {
    const a = example();
    a.parties.host = '1875'; // Hamarøy, last in the input
    const hamaroy = a.parties.municipalities.find((m) => m.number === '1875')!;
    const d = derive(a);
    const rows = d.costs.rows;
    expect(rows.map((r) => r.owner)).toEqual(['stat', '1875', '1841', '1840', '1845', '1839']);
    expect(rows.map((r) => r.label)).toEqual(['Arbeids- og velferdsetaten', `Hamarøy kommune – ${hamaroy.samiName}`, 'Fauske kommune', 'Saltdal kommune', 'Sørfold kommune', 'Beiarn kommune']);
    expect(rows[1]!.label).toBe(municipalityName(hamaroy));
    // The shares follow their owners, not the positions: Hamarøy's 3,3 of 34,5 årsverk is 9,5652 % → 956.
    expect(rows.map((r) => r.shareBasisPoints)).toEqual([4058, 956, 2754, 1304, 580, 348]);
    expect(d.otherMunicipalities.map((m) => m.number)).toEqual(['1841', '1840', '1845', '1839']);
    expect(d.municipalities.map((m) => m.number)).toEqual(['1875', '1841', '1840', '1845', '1839']);
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
    a.costs.fte = a.costs.fte!.map((f) => ({ ...f, fte: 0 }));
    expect(() => derive(a)).toThrow(/til sammen er 0/);
  });
});
