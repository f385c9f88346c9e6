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

  it('3.8: the kommuner’s split of their NAV-leder share, an agreed key, payments and the first year', () => {
    const a = example();
    expect(factsOf('costs', a)).toContain(
      'Fordeling av kommunenes andel av NAV-lederstillingen: Etter kommunenes årsverk: Fauske kommune 46,34 % (254 878,05 kr), Saltdal kommune 21,95 % (120 731,71 kr), Sørfold kommune 9,76 % (53 658,54 kr), Beiarn kommune 5,85 % (32 195,12 kr) og Hamarøy kommune – Hábmer 16,10 % (88 536,58 kr)',
    );
    const b = example('nav-bodo.yaml');
    b.costs.allocationKey = 'avtalt';
    b.costs.agreedShares = [{ party: 'stat', percent: 55.55 }, { party: '1804', percent: 44.45 }];
    b.costs.managerShare = { state: 60, municipal: 40 };
    b.costs.managerPostCost = 1_000_000;
    b.costs.payments = { frequency: 'kvartalsvis', aKonto: true, settlementMonth: 3, invoicingParty: 'stat' };
    b.costs.firstYearProRata = true;
    b.period.start = '2026-04-01';
    b.document.navSpelling = 'Nav';
    const facts = factsOf('costs', b);
    expect(facts).toContain('Fordeling av felles driftsutgifter etter avtalt fordelingsnøkkel');
    expect(facts).toContain('Arbeids- og velferdsetaten | 38,50 | 55,55 % | 2 999 700 kr');
    expect(facts).toContain('Fordeling av Nav-lederstillingen: Arbeids- og velferdsetaten 60,00 % (600 000 kr), kommunen 40,00 % (400 000 kr)');
    // 5 400 000 × 9/12 = 4 050 000 (55,55 % : 44,45 %); 1 000 000 × 9/12 = 750 000.
    expect(facts).toContain('Forholdsmessig første år: Fra 1. april 2026: 9/12 av årsbeløpene, det vil si 4 050 000 kr i felles driftsutgifter (Arbeids- og velferdsetaten 2 249 775 kr og Bodø kommune 1 800 225 kr) og 750 000 kr for Nav-lederstillingen');
    expect(facts).toContain('Betaling og avregning: Eierne betaler a konto hvert kvartal, og utgiftene avregnes endelig innen utgangen av mars året etter. Arbeids- og velferdsetaten fakturerer.');
    expect(facts.some((l) => l.startsWith('Fordeling av kommunenes andel'))).toBe(false);
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

  it('2.1: one site: its address and its opening hours in the agreement\'s words', () => {
    const a = example();
    a.location.sites[0]!.openingHours = [{ fromDay: 'mandag', toDay: 'fredag', opens: '09:00', closes: '15:30' }];
    expect(factsOf('location', a)).toEqual(['Adresse: Sjøgata 55, 8200 Fauske', 'Åpningstider: mandag–fredag kl. 09.00–15.30']);
    a.location.sites[0]!.openingHours = [{ fromDay: 'onsdag', opens: '10:15', closes: '14:00', kind: 'drop-in' }];
    a.location.sites[0]!.byAppointment = true;
    expect(factsOf('location', a)).toContain('Åpningstider: onsdag kl. 10.15–14.00 (drop-in), og ellers etter avtale');
  });

  it('2.1: several sites, the main site first, each with its address and hours', () => {
    const a = example();
    a.location.sites.unshift({ name: 'Rognan', role: 'avdelingskontor', municipality: '1840', address: { street: 'Storgata 10', postalCode: '8250', city: 'Rognan' }, openingHours: [], note: 'etter avtale med kontoret' });
    expect(factsOf('location', a)).toEqual([
      'Fauske (hovedkontor) › Adresse: Sjøgata 55, 8200 Fauske',
      'Fauske (hovedkontor) › Åpningstider: mandag–fredag kl. 09.00–15.00',
      'Rognan (avdelingskontor) › Adresse: Storgata 10, 8250 Rognan',
      'Rognan (avdelingskontor) › Åpningstider: etter avtale med kontoret',
    ]);
  });

  it('1.0: approvals, case numbers and contact persons per party; names in the agreement\'s spelling', () => {
    const a = example();
    a.document.navSpelling = 'Nav';
    a.parties.municipalities[0]!.approval = { body: 'kommunestyret', date: '2025-11-27', caseNumber: '25/1400' };
    a.parties.municipalities[1]!.caseNumber = '25/77';
    a.parties.county.caseNumber = '25/8812';
    a.parties.county.contact = { name: 'Per Hansen', title: 'rådgiver', email: 'per.hansen@nav.no' };
    const facts = factsOf('parties', a);
    expect(facts).toContain('Nav-kontorets navn: Nav Indre Salten');
    expect(facts).toContain('  Fauske kommune: Kommunestyret 27. november 2025 (sak 25/1400)');
    expect(facts).toContain('  Saltdal kommune: 25/77');
    expect(facts).toContain('  Nav Nordland: 25/8812');
    expect(facts).toContain('  Nav Nordland: Per Hansen, rådgiver, per.hansen@nav.no');
    expect(facts.join('\n')).not.toContain('NAV Nordland');
    // The schema's own titles follow the spelling too («Fordeling av Nav-lederstillingen»).
    for (const key of ['parties', 'costs', 'location']) expect(factsFor(key, a, derive(a)).map((f) => f.label).join(' | ')).not.toMatch(/NAV/);
  });

  it('a point the agreement adds nothing to gives no facts', () => {
    const a = example();
    a.security = {};
    expect(factsOf('security', a)).toEqual([]);
  });
});
