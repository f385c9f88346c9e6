import { describe, expect, it } from 'vitest';
import { auditAgreement, questionOf } from '../../src/audit/audit.js';
import { questions } from '../helpers/resources.js';
import { auditOnlyRules, rules } from '../../src/audit/rules.js';
import { parseSource } from '../../src/audit/sources.js';
import { textIn } from '../../src/validate/rule.js';
import type { Agreement } from '../../src/model/agreement.js';
import { sections } from '../../src/model/schema.js';
import { blockingRules } from '../../src/validate/rules.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { blockingCases, variant, type RuleCase } from '../validate/rule-cases.js';
import { TODAY, complete, writeAgreement, type Mutable } from './fixtures.js';

/** Delt ledelse as schema 2.0 has it: one leader for each owner's services. */
const DELT = {
  model: 'delt',
  municipalLeader: { position: 'leder for de kommunale tjenestene', terms: 'kommunale', leaderGroup: 'kommunedirektørens ledergruppe', reportsTo: 'kommunalsjef for helse og omsorg' },
  stateLeader: { position: 'leder for de statlige tjenestene', terms: 'statlige', leaderGroup: 'ledergruppen i NAV Nordland', reportsTo: 'direktør for NAV Nordland' },
};

/** The checklist question that asks whether an attachment is there (sjekkliste_motsier_avtalen holds it to attachments[]). */
const ASKS_ATTACHED: Record<string, string> = { driftsavtale: '3.8-2', delegasjonsvedtak: '3.7-4' };

/** The agreement without an attachment, its checklist saying so. */
const dropAttachment = (kind: string) => (a: Mutable) => {
  a.attachments = a.attachments.filter((x: Mutable) => x.kind !== kind);
  if (ASKS_ATTACHED[kind]) a.checklist[ASKS_ATTACHED[kind]] = { status: 'nei', comment: 'Legges ved før signering.' };
};

/** The audit-only rules (src/audit/rules.ts), each broken on its own. */
const auditCases: RuleCase[] = [
  {
    rule: 'vertskommuneavtale_vedlagt',
    it: 'Alternativ 2 without the vertskommuneavtale attached',
    mutate: dropAttachment('vertskommuneavtale'),
    pointers: ['/attachments'],
    says: ['«1.0 Avtaleparter – eiere › Avtaleform» er «Alternativ 2: vertskommune for flere kommuner», men vertskommuneavtalen er ikke blant «Vedlegg»', 'kommuneloven kapittel 20', 'vedlegg av typen «vertskommuneavtale»'],
  },
  {
    rule: 'politisk_godkjenning',
    it: 'a kommune in Alternativ 2 without a recorded approval',
    mutate: (a) => delete a.parties.municipalities[2].approval,
    pointers: ['/parties/municipalities/2/approval'],
    says: ['«1.0 Avtaleparter – eiere › Kommuner › Sørfold kommune › Politisk godkjenning» er ikke fylt inn for Sørfold kommune', 'vedtaksorgan, dato og saksnummer'],
  },
  {
    rule: 'politisk_godkjenning',
    it: 'no approvals at all: one finding per kommune',
    mutate: (a) => a.parties.municipalities.forEach((m: Mutable) => delete m.approval),
    pointers: [0, 1, 2, 3, 4].map((i) => `/parties/municipalities/${i}/approval`),
    says: ['for Fauske kommune'],
  },
  {
    rule: 'godkjenning_etter_signering',
    it: 'an approval dated after the signing',
    mutate: (a) => (a.parties.municipalities[4].approval.date = '2025-12-17'),
    pointers: ['/parties/municipalities/4/approval/date'],
    says: ['«1.0 Avtaleparter – eiere › Kommuner › Hamarøy kommune – Hábmer › Politisk godkjenning › Vedtaksdato» er 17. desember 2025, etter «Underskrift › Dato» (15. desember 2025)', 'Hamarøy kommune – Hábmer bør ha vedtatt avtalen før den signeres'],
  },
  {
    rule: 'ledermodell_delt',
    it: 'two leaders, and 3.7-2 (how the service stays whole) answered without saying how',
    mutate: (a) => ((a.leadership = DELT), (a.checklist['3.7-2'] = { status: 'ja' })),
    pointers: ['/leadership/model'],
    says: ['Ledermodellen er «delt»', 'bør gjøre tydelig hvordan brukerne sikres et enhetlig og helhetlig tjenestetilbud', 'kommentaren til spørsmål 3.7-2'],
  },
  {
    rule: 'droefting_foer_signering',
    it: 'no drøfting with the employees’ organisations',
    mutate: (a) => delete a.coDetermination.consultation,
    pointers: ['/coDetermination/consultation'],
    says: ['ikke registrert at avtalen er drøftet'],
  },
  {
    rule: 'droefting_foer_signering',
    it: 'drøfting dated after the signing',
    mutate: (a) => (a.coDetermination.consultation.date = '2025-12-16'),
    pointers: ['/coDetermination/consultation/date'],
    says: ['datert 16. desember 2025, etter signeringen (15. desember 2025)'],
  },
  {
    rule: 'delegasjonsvedtak_vedlagt',
    it: 'delegation both ways without the delegasjonsvedtak attached',
    mutate: dropAttachment('delegasjonsvedtak'),
    pointers: ['/attachments'],
    says: ['Delegasjonsvedtaket er ikke blant vedleggene', '«vedlagte delegasjonsvedtak» for NAV-leders fullmakter (punkt 3.2 og 3.7)', 'statlig ansatte utføre kommunale oppgaver og kommunalt ansatte utføre statlige oppgaver', '«delegasjonsvedtak»'],
  },
  {
    rule: 'delegasjonsvedtak_vedlagt',
    it: 'delegation one way (Alternativ 1) without the delegasjonsvedtak attached',
    base: 'nav-bodo.yaml',
    mutate: dropAttachment('delegasjonsvedtak'),
    pointers: ['/attachments'],
    says: ['og avtalen lar statlig ansatte utføre kommunale oppgaver etter det samme vedtaket'],
  },
  {
    rule: 'delegasjonsvedtak_vedlagt',
    it: 'no delegation between the owners still needs the delegasjonsvedtak for the NAV-leder’s powers',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.delegation = { stateStaffOnMunicipalTasks: false, municipalStaffOnStateTasks: false }), dropAttachment('delegasjonsvedtak')(a)),
    pointers: ['/attachments'],
    says: ['«vedlagte delegasjonsvedtak» for NAV-leders fullmakter (punkt 3.2 og 3.7). Legg det ved'],
  },
  {
    rule: 'driftsavtale_vedlagt',
    it: 'no driftsavtale attached',
    mutate: dropAttachment('driftsavtale'),
    pointers: ['/attachments'],
    says: ['Driftsavtalen er ikke blant vedleggene', '«driftsavtale»'],
  },
  {
    rule: 'leder_deling_avviker',
    it: 'a NAV-leder split of 60/40 (valid, but not the template’s)',
    mutate: (a) => (a.costs.managerShare = { state: 60, municipal: 40 }),
    pointers: ['/costs/managerShare'],
    says: ['«3.8 Driftsavtale › Fordeling av NAV-lederstillingen» er 60,00 % på staten og 40,00 % på kommunesiden', 'Malen deler utgiftene likt'],
  },
  {
    rule: 'fordelingsnokkel_avviker',
    it: 'an agreed allocation key (valid, but not the template’s årsverk)',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.costs.allocationKey = 'avtalt'), (a.costs.agreedShares = [{ party: 'stat', percent: 55 }, { party: '1804', percent: 45 }])),
    pointers: ['/costs/allocationKey'],
    says: ['«3.8 Driftsavtale › Fordelingsnøkkel for felles driftsutgifter» er en avtalt fordeling i prosent', 'ikke årsverk som i malen'],
  },
  {
    rule: 'oekonomisk_raadgivning_lovpaalagt',
    it: '«gjeldsrådgivning» listed as an additional municipal service',
    mutate: (a) => (a.services.additionalMunicipalServices = ['bostøtte', 'gjeldsrådgivning']),
    pointers: ['/services/additionalMunicipalServices/1'],
    says: ['«gjeldsrådgivning» står blant «4.0 Tjenestetilbud › Andre kommunale tjenester»', 'opplysning, råd og veiledning etter sosialtjenesteloven § 17', 'Fjern den fra listen'],
  },
  {
    rule: 'oekonomisk_raadgivning_lovpaalagt',
    it: 'economic advice by other names, one finding each',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.services.additionalMunicipalServices = ['Økonomisk rådgivning', 'rustjenester', 'Gjelds-rådgjeving for Salten', 'økonomisk veiledning']),
    pointers: ['/services/additionalMunicipalServices/0', '/services/additionalMunicipalServices/2', '/services/additionalMunicipalServices/3'],
    says: ['«Økonomisk rådgivning» står blant'],
  },
  {
    rule: 'brukermedvirkning_begge_nivaaer',
    it: 'no brukermedvirkning on the individual level',
    mutate: (a) => delete a.userParticipation.individualLevel,
    pointers: ['/userParticipation/individualLevel'],
    says: ['individnivå er ikke beskrevet'],
  },
  {
    rule: 'brukermedvirkning_begge_nivaaer',
    it: 'no brukermedvirkning at all',
    base: 'nav-bodo.yaml',
    mutate: (a) => (a.userParticipation = {}),
    pointers: ['/userParticipation/individualLevel', '/userParticipation/systemLevel'],
    says: ['individnivå'],
  },
  {
    rule: 'revisjonsdato_i_perioden',
    it: 'revision date before the period starts',
    mutate: (a) => (a.period.revisionDate = '2025-12-31'),
    pointers: ['/period/revisionDate'],
    says: ['Revisjonsdatoen (31. desember 2025) er før avtalen begynner å gjelde (1. januar 2026)'],
  },
  {
    rule: 'revisjonsdato_i_perioden',
    it: 'revision date after the period ends',
    mutate: (a) => (a.period.revisionDate = '2030-01-01'),
    pointers: ['/period/revisionDate'],
    says: ['etter at avtalen slutter å gjelde (31. desember 2029)'],
  },
  {
    rule: 'evaluering_forfalt',
    it: 'audited after the evaluation interval has run out',
    today: '2027-12-16',
    mutate: () => undefined,
    pointers: ['/period/evaluationIntervalYears'],
    says: ['signert 15. desember 2025', 'evaluert innen 15. desember 2027'],
  },
  {
    rule: 'evaluering_forfalt',
    it: 'a one-year interval, overdue',
    base: 'nav-bodo.yaml',
    today: '2026-12-11',
    mutate: (a) => (a.period.evaluationIntervalYears = 1),
    pointers: ['/period/evaluationIntervalYears'],
    says: ['evalueringsintervall på 1 år', 'innen 10. desember 2026'],
  },
  {
    rule: 'underskrift_utfylt',
    it: 'no municipal signatory',
    mutate: (a) => delete a.signing.municipal,
    pointers: ['/signing/municipal'],
    says: ['signerer for kommunen mangler', 'kommunedirektør'],
  },
  {
    rule: 'underskrift_utfylt',
    it: 'no state signatory',
    mutate: (a) => delete a.signing.state,
    pointers: ['/signing/state'],
    says: ['signerer for staten mangler', 'direktøren for NAV Nordland'],
  },
  {
    rule: 'underskrift_utfylt',
    it: 'no place or date',
    base: 'nav-bodo.yaml',
    mutate: (a) => ((a.signing = { municipal: { name: 'Rolf Kristensen', title: 'kommunedirektør' }, state: { name: 'Cathrine Stavnes', title: 'direktør' } })),
    pointers: ['/signing/place', '/signing/date'],
    says: ['Stedet for signeringen mangler'],
  },
];

const cases: RuleCase[] = [...blockingCases, ...auditCases];

/**
 * Blocking cases whose data an audit-only rule rightly objects to as well: the audit's own finding,
 * by the case's `it`. (A checklist «ja» to 3.7-4 with no delegasjonsvedtak is a contradiction, and
 * the missing attachment is delegasjonsvedtak_vedlagt's.)
 */
const AUDIT_ALSO: Record<string, { code: string; pointer: string }> = {
  'the checklist says the delegasjonsvedtak is attached, but none is': { code: 'delegasjonsvedtak_vedlagt', pointer: '/attachments' },
};

describe('each rule, broken on its own, is the only finding', () => {
  for (const c of cases) {
    it(`${c.rule}: ${c.it}`, () => {
      const full = auditAgreement(variant(c), { questions: questions(), today: c.today ?? TODAY });
      const also = AUDIT_ALSO[c.it];
      if (also) expect(full.findings.filter((f) => f.code !== c.rule).map((f) => ({ code: f.code, pointer: f.pointer }))).toEqual([also]);
      const report = { ...full, findings: full.findings.filter((f) => f.code !== also?.code), rules: full.rules.filter((r) => r.code !== also?.code) };
      expect(new Set(report.findings.map((f) => f.code))).toEqual(new Set([c.rule]));
      expect(report.findings.map((f) => f.pointer)).toEqual(c.pointers);
      const rule = rules.find((r) => r.code === c.rule)!;
      for (const f of report.findings) {
        expect(f).toEqual({ code: rule.code, severity: rule.severity, pointer: f.pointer, section: rule.section, message: f.message, source: rule.source });
        expect(questionOf(f)).toBeUndefined();
      }
      for (const s of c.says) expect(report.findings[0]!.message).toContain(s);
      expect(report.blocking).toBe(rule.severity === 'feil');
      expect(report.rules.filter((r) => !r.passed).map((r) => r.code)).toEqual([c.rule]);
    });
  }

  // Rules that do not block generation only show up in the audit: check them end to end.
  for (const c of cases.filter((x) => !blockingRules.some((r) => r.code === x.rule))) {
    it(`${c.rule} via the CLI: ${c.it}`, async () => {
      const file = writeAgreement(variant(c));
      const r = await runCli(['audit', file, '--format', 'json', '--today', c.today ?? TODAY], { cwd: ROOT });
      const json = JSON.parse(r.stdout) as { findings: { code: string }[] };
      expect(new Set(json.findings.map((f) => f.code))).toEqual(new Set([c.rule]));
      const severity = rules.find((x) => x.code === c.rule)!.severity;
      expect(r.code, r.stderr).toBe(severity === 'feil' ? 1 : 0);
    });
  }

  it('every rule in the registry has at least one case here', () => {
    expect(new Set(cases.map((c) => c.rule))).toEqual(new Set(rules.map((r) => r.code)));
  });
});

describe('the rules hold where they should', () => {
  it('delt ledelse is settled when 3.7-2 says how the service stays whole', () => {
    const a = complete() as unknown as Mutable;
    a.leadership = DELT;
    a.checklist['3.7-2'] = { status: 'ja', comment: 'Felles mottak og felles oppfølgingsteam; lederne møtes ukentlig.' };
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
  });

  it('felles ledelse fits the template’s one-leader text', () => {
    const a = complete() as unknown as Mutable;
    a.leadership.model = 'felles';
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
  });

  it('an absent NAV-leder split is the template’s 50/50', () => {
    const a = complete() as unknown as Mutable;
    delete a.costs.managerShare;
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
  });

  it('revision date on the first and on the last day of the period is inside it', () => {
    for (const date of ['2026-01-01', '2029-12-31']) {
      const a = complete() as unknown as Mutable;
      a.period.revisionDate = date;
      expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
    }
  });

  it('an open-ended period accepts any revision date after its start', () => {
    const a = complete('nav-bodo.yaml') as unknown as Mutable;
    a.period.revisionDate = '2040-01-01';
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
  });

  it('evaluation is not overdue on the due date itself, and is the day after', () => {
    const ids = (today: string) => auditAgreement(complete(), { questions: questions(), today }).findings.map((f) => f.code);
    expect(ids('2027-12-15')).toEqual([]);
    expect(ids('2027-12-16')).toEqual(['evaluering_forfalt']);
  });

  it('without a signing date the evaluation counts from the period start (schema default interval 2 years)', () => {
    const a = complete('nav-bodo.yaml') as unknown as Mutable;
    delete a.signing.date;
    delete a.period.evaluationIntervalYears;
    const report = auditAgreement(a as Agreement, { questions: questions(), today: '2028-01-02' });
    expect(report.findings.map((f) => f.code)).toEqual(['evaluering_forfalt', 'underskrift_utfylt']);
    expect(report.findings[0]!.message).toContain('gyldig fra 1. januar 2026');
    expect(report.findings[0]!.message).toContain('innen 1. januar 2028');
  });

  it('without a signing date, a drøfting later than today is not yet held', () => {
    const a = complete() as unknown as Mutable;
    delete a.signing.date;
    a.coDetermination.consultation.date = '2025-12-13';
    const report = auditAgreement(a as Agreement, { questions: questions(), today: TODAY });
    expect(report.findings.map((f) => f.code)).toEqual(['droefting_foer_signering', 'underskrift_utfylt']);
    expect(report.findings[0]!.message).toContain('etter dagens dato (12. desember 2025)');
  });

  it('Alternativ 1 needs neither a vertskommuneavtale nor approvals; an approval on the signing day is in time', () => {
    expect(auditAgreement(complete('nav-bodo.yaml'), { questions: questions(), today: TODAY }).findings).toEqual([]);
    const a = complete() as unknown as Mutable;
    a.parties.municipalities[0].approval.date = a.signing.date;
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
    delete a.signing.date;
    a.parties.municipalities[0].approval.date = '2026-06-01';
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings.map((f) => f.code)).toEqual(['underskrift_utfylt']);
  });

  it('additional services that are not economic advice are a local choice', () => {
    const a = complete() as unknown as Mutable;
    a.services.additionalMunicipalServices = ['rustjenester', 'flyktningtjenesten', 'bostøtte', 'startlån', 'gjeldsordning etter gjeldsordningsloven (bistand til søknaden)'];
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
  });

  it('drøfting on the signing day itself is in time', () => {
    const a = complete() as unknown as Mutable;
    a.coDetermination.consultation.date = a.signing.date;
    expect(auditAgreement(a as Agreement, { questions: questions(), today: TODAY }).findings).toEqual([]);
  });
});

describe('the registry', () => {
  const keys = new Set(sections().map((s) => s.key));
  it('has unique snake_case codes, the convention of every problem code', () => {
    const codes = rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(_[a-z0-9]+)*$/);
  });
  it('names an agreement section, a source and a one-sentence Norwegian explanation for every rule', () => {
    for (const r of rules) {
      expect(keys.has(r.section), `${r.code}: ${r.section}`).toBe(true);
      expect(parseSource(r.source).ok, r.code).toBe(true); // checked in full by sources.test.ts
      for (const lang of ['nb', 'nn'] as const) expect(textIn(r.explanation, lang), r.code).toMatch(/^[A-ZÆØÅ].*\.$/);
    }
  });
  it('is ordered by agreement section', () => {
    const order = sections().map((s) => s.key);
    const ranks = rules.map((r) => order.indexOf(r.section));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });
  it('is the blocking rules of validation and the audit-only rules, nothing else', () => {
    expect(new Set(rules)).toEqual(new Set([...blockingRules, ...auditOnlyRules]));
    expect(rules).toHaveLength(blockingRules.length + auditOnlyRules.length);
    expect(auditOnlyRules.filter((r) => blockingRules.some((b) => b.code === r.code))).toEqual([]);
  });
  it('keeps every rule code', () => {
    expect(rules.map((r) => r.code)).toEqual([
      'kommunenummer_unike',
      'vertskommune_minst_to_kommuner',
      'vertskommuneavtale_vedlagt',
      'politisk_godkjenning',
      'godkjenning_etter_signering',
      'lokasjon_i_partskommune',
      'ett_hovedkontor',
      'aapningstider_gyldige',
      'aapningstider_overlapper',
      'aapningstider_oppgitt',
      'ledermodell_motstrid',
      'ledermodell_delt',
      'droefting_foer_signering',
      'delegasjonsvedtak_vedlagt',
      'aarsverk_per_kommune',
      'aarsverk_over_null',
      'nav_leder_andeler_sum',
      'fordelingsnokkel_avtalt_gyldig',
      'nav_leder_kommunefordeling',
      'driftsavtale_vedlagt',
      'leder_deling_avviker',
      'fordelingsnokkel_avviker',
      'lovpaalagte_tjenester',
      'oekonomisk_raadgivning_lovpaalagt',
      'brukermedvirkning_begge_nivaaer',
      'periode_slutt_etter_start',
      'revisjonsdato_i_perioden',
      'evaluering_forfalt',
      'underskrift_utfylt',
      'sjekkliste_motsier_avtalen',
    ]);
  });
});
