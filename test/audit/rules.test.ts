import { describe, expect, it } from 'vitest';
import { auditAgreement } from '../../src/audit/audit.js';
import { rules } from '../../src/audit/rules.js';
import type { Agreement } from '../../src/model/agreement.js';
import { sections } from '../../src/model/schema.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { TODAY, complete, writeAgreement, type Mutable } from './fixtures.js';

interface Case {
  rule: string;
  it: string;
  /** Which example to start from (made complete); default Indre Salten (Alternativ 2). */
  base?: 'nav-indre-salten.yaml' | 'nav-bodo.yaml';
  mutate: (a: Mutable) => void;
  today?: string;
  /** Pointers of the findings, in order. */
  pointers: string[];
  /** Substrings of the first finding's message. */
  says: string[];
}

const dropAttachment = (kind: string) => (a: Mutable) => (a.attachments = a.attachments.filter((x: Mutable) => x.kind !== kind));

const cases: Case[] = [
  {
    rule: 'kommunenummer-unike',
    it: 'the same kommune twice',
    mutate: (a) => a.parties.municipalities.push({ ...a.parties.municipalities[1] }),
    pointers: ['/parties/municipalities/5/number'],
    says: ['Kommunenummer 1840 står mer enn én gang'],
  },
  {
    rule: 'vertskommune-minst-to-kommuner',
    it: 'Alternativ 2 with only the vertskommune',
    mutate: (a) => ((a.parties.municipalities = a.parties.municipalities.slice(0, 1)), (a.costs.fte = a.costs.fte.slice(0, 1))),
    pointers: ['/parties/municipalities'],
    says: ['minst to kommuner'],
  },
  {
    rule: 'vertskommune-minst-to-kommuner',
    it: 'a vertskommune that is not among the kommuner',
    mutate: (a) => (a.parties.host = '1806'),
    pointers: ['/parties/host'],
    says: ['Vertskommunen (1806) er ikke blant kommunene'],
  },
  {
    rule: 'aapningstider-gyldige',
    it: 'closing before opening',
    mutate: (a) => (a.location.openingHours.closes = '08:30'),
    pointers: ['/location/openingHours/closes'],
    says: ['stenger kl. 08:30'],
  },
  {
    rule: 'aapningstider-gyldige',
    it: 'days in the wrong order',
    mutate: (a) => ((a.location.openingHours.fromDay = 'fredag'), (a.location.openingHours.toDay = 'mandag')),
    pointers: ['/location/openingHours/toDay'],
    says: ['fra fredag til mandag'],
  },
  {
    rule: 'droefting-foer-signering',
    it: 'no drøfting with the employees’ organisations',
    mutate: (a) => delete a.coDetermination.consultation,
    pointers: ['/coDetermination/consultation'],
    says: ['ikke registrert at avtalen er drøftet'],
  },
  {
    rule: 'droefting-foer-signering',
    it: 'drøfting dated after the signing',
    mutate: (a) => (a.coDetermination.consultation.date = '2025-12-16'),
    pointers: ['/coDetermination/consultation/date'],
    says: ['datert 16. desember 2025, etter signeringen (15. desember 2025)'],
  },
  {
    rule: 'delegasjonsvedtak-vedlagt',
    it: 'delegation both ways without the delegasjonsvedtak attached',
    mutate: dropAttachment('delegasjonsvedtak'),
    pointers: ['/attachments'],
    says: ['statlig ansatte utføre kommunale oppgaver og kommunalt ansatte utføre statlige oppgaver', 'delegasjonsvedtaket er ikke blant vedleggene'],
  },
  {
    rule: 'delegasjonsvedtak-vedlagt',
    it: 'delegation one way (Alternativ 1) without the delegasjonsvedtak attached',
    base: 'nav-bodo.yaml',
    mutate: dropAttachment('delegasjonsvedtak'),
    pointers: ['/attachments'],
    says: ['Avtalen lar statlig ansatte utføre kommunale oppgaver, men'],
  },
  {
    rule: 'aarsverk-per-kommune',
    it: 'årsverk missing for one kommune',
    mutate: (a) => a.costs.fte.pop(),
    pointers: ['/costs/fte'],
    says: ['Årsverk mangler for Hamarøy kommune – Hábmer suohkan (1875)'],
  },
  {
    rule: 'nav-leder-delt-likt',
    it: 'NAV-leder post split 60/40',
    mutate: (a) => (a.costs.managerShare = { state: 60, municipal: 40 }),
    pointers: ['/costs/managerShare'],
    says: ['60 % på staten og 40 % på kommunen', 'sett begge andelene til 50'],
  },
  {
    rule: 'nav-leder-delt-likt',
    it: 'NAV-leder post shares that do not add up',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.costs.managerShare = { state: 50, municipal: 45.5 }),
    pointers: ['/costs/managerShare'],
    says: ['45,5 % på kommunen'],
  },
  {
    rule: 'driftsavtale-vedlagt',
    it: 'no driftsavtale attached',
    mutate: dropAttachment('driftsavtale'),
    pointers: ['/attachments'],
    says: ['Driftsavtalen er ikke blant vedleggene', '«driftsavtale»'],
  },
  {
    rule: 'lovpaalagte-tjenester',
    it: 'one statutory service missing',
    mutate: (a) => (a.services.statutoryMunicipalServices = a.services.statutoryMunicipalServices.filter((s: string) => s !== 'midlertidig bolig')),
    pointers: ['/services/statutoryMunicipalServices'],
    says: ['Den lovpålagte tjenesten «midlertidig bolig» mangler'],
  },
  {
    rule: 'lovpaalagte-tjenester',
    it: 'no statutory services at all',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.services.statutoryMunicipalServices = []),
    pointers: ['/services/statutoryMunicipalServices'],
    says: ['«økonomisk stønad», «råd og veiledning», «kvalifiseringsprogrammet», «midlertidig bolig» og «individuell plan» mangler'],
  },
  {
    rule: 'brukermedvirkning-begge-nivaaer',
    it: 'no brukermedvirkning on the individual level',
    mutate: (a) => delete a.userParticipation.individualLevel,
    pointers: ['/userParticipation/individualLevel'],
    says: ['individnivå er ikke beskrevet'],
  },
  {
    rule: 'brukermedvirkning-begge-nivaaer',
    it: 'no brukermedvirkning at all',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.userParticipation = {}),
    pointers: ['/userParticipation/individualLevel', '/userParticipation/systemLevel'],
    says: ['individnivå'],
  },
  {
    rule: 'periode-slutt-etter-start',
    it: 'a period that ends the day it starts',
    mutate: (a) => ((a.period.end = a.period.start), delete a.period.revisionDate),
    pointers: ['/period/end'],
    says: ['før eller samme dag som den begynner'],
  },
  {
    rule: 'revisjonsdato-i-perioden',
    it: 'revision date before the period starts',
    mutate: (a) => (a.period.revisionDate = '2025-12-31'),
    pointers: ['/period/revisionDate'],
    says: ['Revisjonsdatoen (31. desember 2025) er før avtalen begynner å gjelde (1. januar 2026)'],
  },
  {
    rule: 'revisjonsdato-i-perioden',
    it: 'revision date after the period ends',
    mutate: (a) => (a.period.revisionDate = '2030-01-01'),
    pointers: ['/period/revisionDate'],
    says: ['etter at avtalen slutter å gjelde (31. desember 2029)'],
  },
  {
    rule: 'evaluering-forfalt',
    it: 'audited after the evaluation interval has run out',
    today: '2027-12-16',
    mutate: () => undefined,
    pointers: ['/period/evaluationIntervalYears'],
    says: ['signert 15. desember 2025', 'evaluert innen 15. desember 2027'],
  },
  {
    rule: 'evaluering-forfalt',
    it: 'a one-year interval, overdue',
    base: 'nav-bodo.yaml',
    today: '2026-12-11',
    mutate: (a) => (a.period.evaluationIntervalYears = 1),
    pointers: ['/period/evaluationIntervalYears'],
    says: ['evalueringsintervall på 1 år', 'innen 10. desember 2026'],
  },
  {
    rule: 'underskrift-utfylt',
    it: 'no municipal signatory',
    mutate: (a) => delete a.signing.municipalSignatory,
    pointers: ['/signing/municipalSignatory'],
    says: ['signerer for kommunen mangler', 'kommunedirektør'],
  },
  {
    rule: 'underskrift-utfylt',
    it: 'no state signatory',
    mutate: (a) => delete a.signing.stateSignatory,
    pointers: ['/signing/stateSignatory'],
    says: ['signerer for staten mangler', 'direktøren for NAV Nordland'],
  },
  {
    rule: 'underskrift-utfylt',
    it: 'no place or date',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.signing = { municipalSignatory: 'Rolf Kristensen', stateSignatory: 'Cathrine Stavnes' })),
    pointers: ['/signing/place', '/signing/date'],
    says: ['Stedet for signeringen mangler'],
  },
];

function variant(c: Case): Agreement {
  const a = complete(c.base) as unknown as Mutable;
  c.mutate(a);
  return a as Agreement;
}

describe('each rule, broken on its own, is the only finding', () => {
  for (const c of cases) {
    it(`${c.rule}: ${c.it}`, () => {
      const report = auditAgreement(variant(c), { today: c.today ?? TODAY });
      expect(new Set(report.findings.map((f) => f.id))).toEqual(new Set([c.rule]));
      expect(report.findings.map((f) => f.pointer)).toEqual(c.pointers);
      const rule = rules.find((r) => r.id === c.rule)!;
      for (const f of report.findings) {
        expect(f).toMatchObject({ kind: 'rule', severity: rule.severity, section: rule.section, reference: rule.reference });
        expect(f.sectionLabel.length).toBeGreaterThan(0);
      }
      for (const s of c.says) expect(report.findings[0]!.message).toContain(s);
      expect(report.blocking).toBe(rule.severity === 'feil');
      expect(report.rules.filter((r) => !r.passed).map((r) => r.id)).toEqual([c.rule]);
    });
  }

  // Rules that do not block generation only show up in the audit: check them end to end.
  for (const c of cases.filter((x) => !rules.find((r) => r.id === x.rule)!.blocksGenerate)) {
    it(`${c.rule} via the CLI: ${c.it}`, async () => {
      const file = writeAgreement(variant(c));
      const r = await runCli(['audit', file, '--format', 'json', '--today', c.today ?? TODAY], { cwd: ROOT });
      const json = JSON.parse(r.stdout) as { findings: { id: string }[] };
      expect(new Set(json.findings.map((f) => f.id))).toEqual(new Set([c.rule]));
      const severity = rules.find((x) => x.id === c.rule)!.severity;
      expect(r.code, r.stderr).toBe(severity === 'feil' ? 1 : 0);
    });
  }

  it('every rule in the registry has at least one case here', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(rules.map((r) => r.id)));
  });
});

describe('the rules hold where they should', () => {
  it('no delegation either way needs no delegasjonsvedtak', () => {
    const a = complete('nav-bodo.yaml') as unknown as Mutable;
    a.delegation = { stateStaffOnMunicipalTasks: false, municipalStaffOnStateTasks: false };
    dropAttachment('delegasjonsvedtak')(a);
    expect(auditAgreement(a as Agreement, { today: TODAY }).findings).toEqual([]);
  });

  it('an absent NAV-leder split is the template’s 50/50', () => {
    const a = complete() as unknown as Mutable;
    delete a.costs.managerShare;
    expect(auditAgreement(a as Agreement, { today: TODAY }).findings).toEqual([]);
  });

  it('revision date on the first and on the last day of the period is inside it', () => {
    for (const date of ['2026-01-01', '2029-12-31']) {
      const a = complete() as unknown as Mutable;
      a.period.revisionDate = date;
      expect(auditAgreement(a as Agreement, { today: TODAY }).findings).toEqual([]);
    }
  });

  it('an open-ended period accepts any revision date after its start', () => {
    const a = complete('nav-bodo.yaml') as unknown as Mutable;
    a.period.revisionDate = '2040-01-01';
    expect(auditAgreement(a as Agreement, { today: TODAY }).findings).toEqual([]);
  });

  it('evaluation is not overdue on the due date itself, and is the day after', () => {
    const ids = (today: string) => auditAgreement(complete(), { today }).findings.map((f) => f.id);
    expect(ids('2027-12-15')).toEqual([]);
    expect(ids('2027-12-16')).toEqual(['evaluering-forfalt']);
  });

  it('without a signing date the evaluation counts from the period start (schema default interval 2 years)', () => {
    const a = complete('nav-bodo.yaml') as unknown as Mutable;
    delete a.signing.date;
    delete a.period.evaluationIntervalYears;
    const report = auditAgreement(a as Agreement, { today: '2028-01-02' });
    expect(report.findings.map((f) => f.id)).toEqual(['evaluering-forfalt', 'underskrift-utfylt']);
    expect(report.findings[0]!.message).toContain('gyldig fra 1. januar 2026');
    expect(report.findings[0]!.message).toContain('innen 1. januar 2028');
  });

  it('without a signing date, a drøfting later than today is not yet held', () => {
    const a = complete() as unknown as Mutable;
    delete a.signing.date;
    a.coDetermination.consultation.date = '2025-12-13';
    const report = auditAgreement(a as Agreement, { today: TODAY });
    expect(report.findings.map((f) => f.id)).toEqual(['droefting-foer-signering', 'underskrift-utfylt']);
    expect(report.findings[0]!.message).toContain('etter dagens dato (12. desember 2025)');
  });

  it('drøfting on the signing day itself is in time', () => {
    const a = complete() as unknown as Mutable;
    a.coDetermination.consultation.date = a.signing.date;
    expect(auditAgreement(a as Agreement, { today: TODAY }).findings).toEqual([]);
  });
});

describe('the registry', () => {
  const keys = new Set(sections().map((s) => s.key));
  it('has unique kebab-case ids', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
  it('names an agreement section, a source and a one-sentence Norwegian explanation for every rule', () => {
    for (const r of rules) {
      expect(keys.has(r.section), `${r.id}: ${r.section}`).toBe(true);
      expect(r.reference, r.id).toMatch(/Partnerskapsavtalen|Veilederen|NAV-loven/);
      expect(r.explanation, r.id).toMatch(/^[A-ZÆØÅ].*\.$/);
    }
  });
  it('is ordered by agreement section', () => {
    const order = sections().map((s) => s.key);
    const ranks = rules.map((r) => order.indexOf(r.section));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });
  it('keeps the ids validation relies on, blocking generation', () => {
    const blocking = rules.filter((r) => r.blocksGenerate).map((r) => r.id);
    expect(blocking).toEqual(['kommunenummer-unike', 'vertskommune-minst-to-kommuner', 'aapningstider-gyldige', 'aarsverk-per-kommune', 'periode-slutt-etter-start']);
    for (const r of rules.filter((x) => x.blocksGenerate)) expect(r.severity).toBe('feil');
  });
});
