/** The wizard's cost table: derive's table laid out as text, with derive's labels and sums. */
import { describe, expect, it } from 'vitest';
import { costTable } from '../../src/wizard/cost-table.js';
import { example } from '../helpers/paths.js';

const plain = (s: string | undefined) => s?.replace(/\u00a0/g, ' ');
const cells = (line: string) => line.trim().split(/ {2,}/);

describe('the wizard\'s cost table', () => {
  it('lays out the rows, the Sum line and the NAV-leder split, with kroner when asked for', () => {
    const a = example();
    a.costs.managerPostCost = 1_100_001;
    const lines = plain(costTable(a, { amounts: true }))!.split('\n');
    expect(lines[1]).toBe('Fordeling av felles driftsutgifter etter årsverk:');
    expect(cells(lines[2]!)).toEqual(['Eier', 'Årsverk', 'Andel av felles driftsutgifter', 'Beløp per år']);
    expect(cells(lines[3]!)).toEqual(['Arbeids- og velferdsetaten', '14,00', '40,58 %', '953 623 kr']);
    expect(cells(lines[8]!)).toEqual(['Hamarøy kommune – Hábmer', '3,30', '9,56 %', '224 783 kr']);
    expect(lines[9]).toMatch(/^ {2}─+$/);
    expect(cells(lines[10]!)).toEqual(['Sum', '34,50', '100,00 %', '2 350 000 kr']);
    expect(lines[11]).toBe('Fordeling av NAV-lederstillingen: Arbeids- og velferdsetaten 50,00 % (550 000,50 kr), kommunene 50,00 % (550 000,50 kr).');
    // 55 000 050 øre by årsverk 950 : 450 : 200 : 120 : 330, largest remainder.
    expect(lines[12]).toBe(
      'Fordeling av kommunenes andel av NAV-lederstillingen: Etter kommunenes årsverk: Fauske kommune 46,34 % (254 878,28 kr), Saltdal kommune 21,95 % (120 731,82 kr), Sørfold kommune 9,76 % (53 658,58 kr), Beiarn kommune 5,85 % (32 195,15 kr) og Hamarøy kommune – Hábmer 16,10 % (88 536,67 kr).',
    );
  });

  it('shows an agreed key without årsverk, a 60/40 NAV-leder split and the first year', () => {
    const a = example('nav-bodo.yaml');
    a.costs.allocationKey = 'avtalt';
    a.costs.agreedShares = [{ party: 'stat', percent: 55.55 }, { party: '1804', percent: 44.45 }];
    delete a.costs.stateFte;
    delete a.costs.fte;
    a.costs.managerShare = { state: 60, municipal: 40 };
    a.costs.managerPostCost = 1_000_000;
    a.costs.firstYearProRata = true;
    a.period.start = '2026-04-01';
    const lines = plain(costTable(a, { amounts: true }))!.split('\n');
    expect(lines[1]).toBe('Fordeling av felles driftsutgifter etter avtalt fordelingsnøkkel:');
    expect(cells(lines[3]!)).toEqual(['Arbeids- og velferdsetaten', '–', '55,55 %', '2 999 700 kr']);
    expect(cells(lines[6]!)).toEqual(['Sum', '–', '100,00 %', '5 400 000 kr']);
    expect(lines[7]).toBe('Fordeling av NAV-lederstillingen: Arbeids- og velferdsetaten 60,00 % (600 000 kr), kommunen 40,00 % (400 000 kr).');
    // 5 400 000 × 9/12 = 4 050 000, split 55,55 : 44,45; 1 000 000 × 9/12 = 750 000.
    expect(lines[8]).toBe('Forholdsmessig første år: Fra 1. april 2026: 9/12 av årsbeløpene, det vil si 4 050 000 kr i felles driftsutgifter (Arbeids- og velferdsetaten 2 249 775 kr og Bodø kommune 1 800 225 kr) og 750 000 kr for NAV-lederstillingen.');
  });

  it('leaves the kroner out when not asked for, or without a budget', () => {
    const a = example('nav-bodo.yaml');
    const without = plain(costTable(a, { amounts: false }))!.split('\n');
    expect(cells(without[2]!)).toEqual(['Eier', 'Årsverk', 'Andel av felles driftsutgifter']);
    expect(without.at(-2)).toBe('Fordeling av NAV-lederstillingen: Arbeids- og velferdsetaten 50,00 %, kommunen 50,00 %.');
    delete a.costs.annualBudget;
    expect(plain(costTable(a, { amounts: true }))).not.toContain('kr');
  });

  it('is undefined while the draft lacks what it needs', () => {
    expect(costTable({}, { amounts: true })).toBeUndefined();
    const a = example() as unknown as { costs: { stateFte?: number; fte: unknown[] } };
    delete a.costs.stateFte;
    expect(costTable(a, { amounts: true })).toBeUndefined();
    const zero = example();
    zero.costs.stateFte = 0;
    zero.costs.fte = zero.costs.fte!.map((f) => ({ ...f, fte: 0 }));
    expect(costTable(zero, { amounts: false })).toBeUndefined();
  });
});
