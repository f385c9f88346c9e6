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
    zero.costs.fte = zero.costs.fte.map((f) => ({ ...f, fte: 0 }));
    expect(costTable(zero, { amounts: false })).toBeUndefined();
  });
});
