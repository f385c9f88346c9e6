/**
 * The one cost table (punkt 3.8) every document lays out: exact integers, sums that add up to
 * 100,00 % and to the budget, the NAV-leder post halved to the øre, labels in the agreement's words.
 * Expected values are computed here, independently of derive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { COST_LABELS } from '../../src/derive/labels.js';
import type { CostLine } from '../../src/derive/types.js';
import { formatPercent } from '../../src/format/index.js';
import { ROOT, example } from '../helpers/paths.js';

const add = (lines: readonly CostLine[], f: (l: CostLine) => number | undefined) => lines.reduce((s, l) => s + f(l)!, 0);

describe('the cost table', () => {
  it('splits Indre Salten by årsverk: 14 state of 34,5 in all, the kommuner together, the Sum line', () => {
    const t = derive(example()).costs;
    // 14/34,5 = 40,5797 %, Fauske 9,5/34,5 = 27,5362 %, Saltdal 13,0434, Sørfold 5,7971, Beiarn 3,4782, Hamarøy 9,5652.
    expect(t.rows.map((r) => [r.owner, r.fteHundredths, r.shareBasisPoints, r.amount])).toEqual([
      ['stat', 1400, 4058, 953623],
      ['1841', 950, 2754, 647101],
      ['1840', 450, 1304, 306522],
      ['1845', 200, 580, 136232],
      ['1839', 120, 348, 81739],
      ['1875', 330, 956, 224783],
    ]);
    expect(t.severalMunicipalities).toBe(true);
    expect(t.municipalTotal).toEqual({ label: 'Kommunene til sammen', fteHundredths: 2050, shareBasisPoints: 5942, amount: 1396377 });
    expect(t.total).toEqual({ label: 'Sum', fteHundredths: 3450, shareBasisPoints: 10000, amount: 2350000 });
    expect(formatPercent(t.total.shareBasisPoints)).toBe('100,00\u00a0%');
  });

  it('has exact integer sums: 100,00 %, the budget to the krone, the kommuner their rows, for any årsverk and budget', () => {
    const base = example();
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 10_000_000_000 }),
        (ftes, budget) => {
          fc.pre(ftes.some((f) => f > 0));
          const a = structuredClone(base);
          a.costs.stateFte = ftes[0]! / 100;
          a.costs.fte = a.parties.municipalities.map((m, i) => ({ municipality: m.number, fte: ftes[i + 1]! / 100 }));
          a.costs.annualBudget = budget;
          const t = derive(a).costs;
          const lines = [...t.rows, t.municipalTotal, t.total];
          for (const l of lines) for (const n of [l.fteHundredths, l.shareBasisPoints, l.amount!]) expect(Number.isSafeInteger(n)).toBe(true);
          expect(t.rows.map((r) => r.fteHundredths)).toEqual([ftes[0], ...a.parties.municipalities.map((m) => ftes[1 + a.costs.fte!.findIndex((f) => f.municipality === m.number)])]);
          expect(t.total.shareBasisPoints).toBe(10000);
          expect(add(t.rows, (r) => r.shareBasisPoints)).toBe(10000);
          expect(t.total.amount).toBe(budget);
          expect(add(t.rows, (r) => r.amount)).toBe(budget);
          expect(t.total.fteHundredths).toBe(ftes.reduce((x, y) => x + y, 0));
          const kommuner = t.rows.slice(1);
          expect(t.municipalTotal).toEqual({ label: COST_LABELS.municipalTotal, fteHundredths: add(kommuner, (r) => r.fteHundredths), shareBasisPoints: add(kommuner, (r) => r.shareBasisPoints), amount: add(kommuner, (r) => r.amount) });
          // Each share within one hundredth of a percent of the exact proportion (largest remainder).
          const total = ftes.reduce((x, y) => x + y, 0);
          t.rows.forEach((r) => expect(Math.abs(r.shareBasisPoints * total - 10000 * r.fteHundredths)).toBeLessThan(total));
        },
      ),
    );
  });

  it('has no amounts anywhere without a budget, and one kommune is no «til sammen» of its own', () => {
    const a = example('nav-bodo.yaml');
    delete a.costs.annualBudget;
    const t = derive(a).costs;
    expect(t.severalMunicipalities).toBe(false);
    for (const l of [...t.rows, t.municipalTotal, t.total]) expect(l).not.toHaveProperty('amount');
    expect(t.total.shareBasisPoints).toBe(10000);
  });

  it('halves the NAV-leder post exactly, in øre, for the two owners, and leaves the amount out without a cost', () => {
    const a = example();
    for (const [kroner, ore] of [
      [1_100_001, 55_000_050],
      [1_100_002, 55_000_100],
      [999, 49_950],
      [0, 0],
    ] as const) {
      a.costs.managerPostCost = kroner;
      const m = derive(a).costs.manager;
      expect(m).toMatchObject({ stateLabel: 'Arbeids- og velferdsetaten', municipalLabel: 'kommunene', stateBasisPoints: 5000, municipalBasisPoints: 5000, equal: true, halfAmountOre: ore, stateAmountOre: ore, municipalAmountOre: ore });
      expect(2 * m.halfAmountOre!).toBe(kroner * 100);
    }
    delete a.costs.managerPostCost;
    for (const k of ['halfAmountOre', 'stateAmountOre', 'municipalAmountOre']) expect(derive(a).costs.manager).not.toHaveProperty(k);
    expect(derive(example('nav-bodo.yaml')).costs.manager.municipalLabel).toBe('kommunen');
  });

  it('is labelled in the agreement\'s words: the template\'s table headings and Sum line, the schema\'s titles', () => {
    const t = derive(example()).costs;
    expect(t.labels).toBe(COST_LABELS);
    expect(t.rows[0]!.label).toBe(COST_LABELS.state);
    // The template's paragraphs, as text: the cost table's headings follow each other, «Sum» starts the last line.
    const xml = readFileSync(join(ROOT, 'templates', 'partnerskapsavtale', 'word', 'document.xml'), 'utf8');
    const paragraphs = xml.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, '').trim());
    const header = [COST_LABELS.owner, COST_LABELS.fte, COST_LABELS.share, COST_LABELS.amount];
    const at = paragraphs.findIndex((_, i) => header.every((h, j) => paragraphs[i + j] === h));
    expect(at).toBeGreaterThan(0);
    expect(paragraphs.slice(at).find((p) => p.startsWith(`${COST_LABELS.total} `) || p === COST_LABELS.total)).toBeDefined();
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'partnerskapsavtale.schema.json'), 'utf8'));
    expect(COST_LABELS.fte).toBe(schema.properties.costs.properties.fte.items.properties.fte.title);
    expect(COST_LABELS.managerSplit).toBe(schema.properties.costs.properties.managerShare.title);
  });
});
