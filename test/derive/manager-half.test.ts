/**
 * One rule for the NAV-leder post: derive halves it in øre, and every place that shows the halves
 * (the agreement, the guide, the wizard's cost table, the diff) shows that same value.
 */
import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { derivedChanges } from '../../src/diff/derived.js';
import { factsFor } from '../../src/guide/facts.js';
import type { Agreement } from '../../src/model/agreement.js';
import { agreementView } from '../../src/render/view-model.js';
import { costTable } from '../../src/wizard/cost-table.js';
import { example } from '../helpers/paths.js';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

function withCost(kroner: number): Agreement {
  const a = example();
  a.costs.managerPostCost = kroner;
  return a;
}

/** Every text the four consumers show for the post, no-break spaces made plain. */
function shown(a: Agreement): string[] {
  const d = derive(a);
  const facts = factsFor('costs', a, d).flatMap((f) => (f.kind === 'text' ? [f.value] : []));
  const diff = derivedChanges(example(), a, derive(example()), d).filter((c) => c.pointer.startsWith('/costs/derived/manager'));
  return [agreementView(a, d).managerHalfAmount ?? '', ...facts, costTable(a, { amounts: true }) ?? '', ...diff.map((c) => `${c.oldText} → ${c.newText}`)].map(plain);
}

describe('the halves of the NAV-leder post', () => {
  it.each([
    [1_100_001, '550 000,50 kr'],
    [1_100_002, '550 001 kr'],
    [999, '499,50 kr'],
  ])('are the same exact amount everywhere for %i kr: %s', (kroner, half) => {
    const [view, ...rest] = shown(withCost(kroner));
    expect(view).toBe(half);
    const facts = rest.find((t) => t.startsWith('Arbeids- og velferdsetaten 50,00 %'))!;
    expect(facts).toBe(`Arbeids- og velferdsetaten 50,00 % (${half}), kommunene 50,00 % (${half})`);
    expect(rest.find((t) => t.includes('NAV-lederstillingen: staten'))).toContain(`NAV-lederstillingen: staten 50,00 %, kommunene 50,00 % (${half} hver).`);
    expect(rest.find((t) => t.includes(' → '))).toBe(`550 000 kr → ${half}`);
  });

  it('give one diff row in kroner with the øre as decimals, and none when the cost is unchanged', () => {
    const changes = derivedChanges(example(), withCost(1_100_001), derive(example()), derive(withCost(1_100_001)));
    expect(changes.filter((c) => c.pointer.startsWith('/costs/derived/manager'))).toEqual([
      expect.objectContaining({ pointer: '/costs/derived/manager/half', old: 550000, new: 550000.5, derived: true, label: '3.8 Driftsavtale › NAV-lederstillingen per år › Hver eiers halvdel' }),
    ]);
    expect(derivedChanges(example(), example(), derive(example()), derive(example())).filter((c) => c.pointer.startsWith('/costs/derived/manager'))).toEqual([]);
  });

  it('name the diff\'s owners by derive\'s row labels, the state as STATE_LABEL', () => {
    const newA = example();
    newA.costs.stateFte = 15;
    const labels = derivedChanges(example(), newA, derive(example()), derive(newA)).map((c) => c.label);
    expect(labels).toContain('3.8 Driftsavtale › Andel av felles driftsutgifter › Arbeids- og velferdsetaten');
    expect(labels).toContain('3.8 Driftsavtale › Andel av felles driftsutgifter › Hamarøy kommune – Hábmer');
  });
});
