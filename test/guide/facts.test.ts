import { describe, expect, it } from 'vitest';
import { derive } from '../../src/derive/derive.js';
import { factsFor, type Fact } from '../../src/guide/facts.js';
import type { Agreement } from '../../src/model/agreement.js';
import { example } from '../helpers/paths.js';

const NBSP = /\u00a0/g;
/** «Label: value» lines, list items indented, table rows joined by « | », no-break spaces as spaces. */
function lines(facts: Fact[]): string[] {
  return facts
    .flatMap((f) => (f.kind === 'text' ? [`${f.label}: ${f.value}`] : f.kind === 'list' ? [`${f.label}:`, ...f.items.map((i) => `  ${i}`)] : [f.label, f.header.join(' | '), ...f.rows.map((r) => r.join(' | '))]))
    .map((l) => l.replace(NBSP, ' '));
}
const factsOf = (key: string, a: Agreement) => lines(factsFor(key, a, derive(a)));

describe('what the guide shows from an agreement, point by point', () => {
  it('1.0: Alternativ 1 names the one kommune, no vertskommune', () => {
    const a = example('nav-bodo.yaml');
    const facts = factsOf('parties', a);
    expect(facts[0]).toBe('Avtaleform: Alternativ 1: én kommune');
    expect(facts.some((l) => l.startsWith('Vertskommune'))).toBe(false);
    expect(facts).toContain('NAV-kontorets navn: NAV Bodø');
  });

  it('1.0: Alternativ 2 names the vertskommune and every kommune, Sámi names included', () => {
    const facts = factsOf('parties', example());
    expect(facts).toContain('Vertskommune: Fauske kommune');
    expect(facts).toContain('  Fauske kommune (kommunenr. 1841, org.nr. 972 417 718), vertskommune');
    expect(facts).toContain('  Hamarøy kommune – Hábmer (kommunenr. 1875, org.nr. 964 983 313)');
  });

  it('3.8: the shares by årsverk sum to 100 %, with the kommuner together and the manager split', () => {
    const facts = factsOf('costs', example());
    expect(facts).toContain('Eier | Årsverk | Andel av felles driftsutgifter | Beløp per år');
    expect(facts).toContain('Arbeids- og velferdsetaten | 14,00 | 40,58 % | 953 623 kr');
    expect(facts).toContain('Kommunene til sammen | 20,50 | 59,42 % | 1 396 377 kr');
    expect(facts).toContain('Sum | 34,50 | 100,00 % | 2 350 000 kr');
    expect(facts).toContain('Fordeling av NAV-lederstillingen: Arbeids- og velferdsetaten 50,00 % (550 000 kr), kommunene 50,00 % (550 000 kr)');
  });

  it('3.8 lays out derive\'s table as it is: its lines, in its order, with its labels', () => {
    const a = example();
    const t = derive(a).costs;
    const table = factsFor('costs', a, derive(a)).find((f) => f.kind === 'table')!;
    expect(table.kind === 'table' && table.label).toBe(t.labels.title);
    expect(table.kind === 'table' && table.rows.map((r) => r[0])).toEqual([...t.rows.map((r) => r.label), t.municipalTotal.label, t.total.label]);
  });

  it('1.0 and 3.8 list the kommuner as the agreement does: the vertskommune first, by derive\'s full names', () => {
    const a = example();
    a.parties.host = '1875';
    const parties = factsOf('parties', a).filter((l) => l.startsWith('  '));
    expect(parties[0]).toBe('  Hamarøy kommune – Hábmer (kommunenr. 1875, org.nr. 964 983 313), vertskommune');
    expect(parties[1]).toMatch(/^ {2}Fauske kommune \(/);
    const owners = factsOf('costs', a).filter((l) => / \| \d/.test(l)).map((l) => l.split(' | ')[0]);
    expect(owners.slice(0, 3)).toEqual(['Arbeids- og velferdsetaten', 'Hamarøy kommune – Hábmer', 'Fauske kommune']);
  });

  it('3.8: an odd NAV-leder cost is halved to the øre, as in the agreement', () => {
    const a = example();
    a.costs.managerPostCost = 1_100_001;
    expect(factsOf('costs', a)).toContain('Fordeling av NAV-lederstillingen: Arbeids- og velferdsetaten 50,00 % (550 000,50 kr), kommunene 50,00 % (550 000,50 kr)');
  });

  it('3.8: one kommune without a budget gives no amount column and no «til sammen» row; a missing driftsavtale is said', () => {
    const a = example('nav-bodo.yaml');
    delete a.costs.annualBudget;
    a.attachments = a.attachments.filter((x) => x.kind !== 'driftsavtale');
    const facts = factsOf('costs', a);
    expect(facts).toContain('Eier | Årsverk | Andel av felles driftsutgifter');
    expect(facts.some((l) => l.startsWith('Kommunene til sammen'))).toBe(false);
    expect(facts).toContain('Vedlegg: Ingen driftsavtale er ført opp som vedlegg.');
  });

  it('4.0 lists the services; 3.5 the goals per year; 9.0 a running agreement', () => {
    expect(factsOf('services', example())).toEqual(expect.arrayContaining(['Lovpålagte kommunale tjenester:', '  individuell plan', 'Andre kommunale tjenester:', '  flyktningtjenesten']));
    expect(factsOf('goals', example())).toEqual(expect.arrayContaining(['Resultatmål 2026:', 'Årlig orientering til kommunestyret: Ja']));
    const a = example();
    delete a.period.end;
    expect(factsOf('period', a).slice(0, 2)).toEqual(['Gyldig fra: 1. januar 2026', 'Gyldig til: Til ny avtale er inngått']);
  });

  it('2.1: clock times as the agreement writes them, with a full stop', () => {
    const a = example();
    a.location.openingHours = { fromDay: 'mandag', toDay: 'fredag', opens: '09:00', closes: '15:30' };
    expect(factsOf('location', a)).toContain('Åpningstider: mandag–fredag kl. 09.00–15.30');
    a.location.openingHours = { fromDay: 'onsdag', toDay: 'onsdag', opens: '10:15', closes: '14:00' };
    expect(factsOf('location', a)).toContain('Åpningstider: onsdag kl. 10.15–14.00');
  });

  it('a point the agreement adds nothing to gives no facts', () => {
    const a = example();
    a.security = {};
    expect(factsOf('security', a)).toEqual([]);
  });
});
