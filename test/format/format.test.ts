import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatClock, formatDate, formatDecimal, formatHundredths, formatNok, formatOpeningHours, formatOre, formatPercent, genitive, groupDigits, joinList, municipalityName, slug, spellNav } from '../../src/format/index.js';

const NBSP = '\u00a0';

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

  it('formats årsverk in hundredths and clock times the bokmål way', () => {
    expect(formatHundredths(450)).toBe('4,50');
    expect(formatHundredths(345000)).toBe(`3${NBSP}450,00`);
    expect(formatClock('09:00')).toBe('09.00');
  });

  it('joins lists and makes genitives the Norwegian way', () => {
    expect(joinList(['Saltdal', 'Sørfold', 'Beiarn', 'Hamarøy'])).toBe('Saltdal, Sørfold, Beiarn og Hamarøy');
    expect(joinList(['Saltdal'])).toBe('Saltdal');
    expect(genitive('Fauske kommune')).toBe('Fauske kommunes');
    expect(genitive('Os')).toBe("Os'");
    expect(municipalityName({ name: 'Hamarøy kommune', samiName: 'Hábmer' })).toBe('Hamarøy kommune – Hábmer');
    expect(municipalityName({ name: 'Fauske kommune' })).toBe('Fauske kommune');
  });

  it('slugs office names to ASCII', () => {
    expect(slug('NAV Indre Salten')).toBe('nav-indre-salten');
    expect(slug('NAV Bodø')).toBe('nav-bodo');
    expect(slug('NAV Hábmer – Divtasvuona suohkan')).toBe('nav-habmer-divtasvuona-suohkan');
    expect(slug('NAV Ærøy Ågotnes Čáhcesuolu')).toBe('nav-aeroy-agotnes-cahcesuolu');
  });
});

describe('NAV/Nav and opening hours (schema 2.0)', () => {
  it('spells the leading NAV token of a name as the document chooses, and leaves the rest alone', () => {
    expect(spellNav('NAV Bodø', 'Nav')).toBe('Nav Bodø');
    expect(spellNav('Nav Nordland', 'NAV')).toBe('NAV Nordland');
    expect(spellNav('NAV Oslo', 'NAV')).toBe('NAV Oslo');
    expect(spellNav('NAV-kontoret Navarsete', 'Nav')).toBe('Nav-kontoret Navarsete');
    expect(spellNav('Navarsete', 'NAV')).toBe('Navarsete');
  });

  it('writes opening hours with unspaced en dashes and one «kl.» (a documented deviation from the template), per entry, with kind, appointments and note', () => {
    expect(formatOpeningHours([{ fromDay: 'mandag', toDay: 'fredag', opens: '09:00', closes: '15:00' }])).toBe('mandag–fredag kl. 09.00–15.00');
    expect(formatOpeningHours([{ fromDay: 'mandag', toDay: 'mandag', opens: '09:00', closes: '15:00' }])).toBe('mandag kl. 09.00–15.00');
    expect(
      formatOpeningHours(
        [
          { fromDay: 'mandag', opens: '09:00', closes: '11:00', kind: 'drop-in' },
          { fromDay: 'tirsdag', toDay: 'torsdag', opens: '12:00', closes: '15:30', kind: 'timeavtale' },
          { fromDay: 'fredag', opens: '09:00', closes: '14:00', kind: 'åpent' },
        ],
        true,
        'Stengt i juli.',
      ),
    ).toBe('mandag kl. 09.00–11.00 (drop-in), tirsdag–torsdag kl. 12.00–15.30 (bare etter timeavtale) og fredag kl. 09.00–14.00, og ellers etter avtale. Stengt i juli');
    expect(formatOpeningHours([], true)).toBe('etter avtale');
    expect(formatOpeningHours([], false, 'etter avtale med kontoret')).toBe('etter avtale med kontoret');
    expect(formatOpeningHours([])).toBe('');
  });
});
