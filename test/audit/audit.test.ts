import { describe, expect, it } from 'vitest';
import { auditAgreement, checklistCommand, OPEN_QUESTION_SEVERITY, questionOf, questionsOf } from '../../src/audit/audit.js';
import type { AuditFinding } from '../../src/audit/report.js';
import { sectionLabel } from '../../src/model/labels.js';
import { questions } from '../helpers/resources.js';
import { auditSummary } from '../../src/audit/summary.js';
import type { Agreement } from '../../src/model/agreement.js';
import { sections } from '../../src/model/schema.js';
import { EXAMPLE_FILES, example } from '../helpers/paths.js';
import { SCHEMA_QUESTION_IDS, TODAY, complete, type Mutable } from './fixtures.js';

/** A finding as a reader names it: the ids of its open questions («3.2-1+3.2-3»), else the rule's code. */
const idOf = (f: AuditFinding): string => questionsOf(f).join('+') || f.code;

/** The guide's question ids by section, in guide order. */
const idsBySection = (): Map<string, string[]> => {
  const out = new Map<string, string[]>();
  for (const q of questions()) out.set(q.section, [...(out.get(q.section) ?? []), q.id]);
  return out;
};

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};

describe('auditAgreement', () => {
  for (const name of EXAMPLE_FILES) {
    it(`${name} without its checklist: the 44 open questions are one warning per guide section`, () => {
      const a = example(name);
      delete a.checklist;
      const report = auditAgreement(a, { questions: questions(), today: TODAY, file: `examples/${name}` });
      // Economic advice listed as an extra service is the one rule a shipped example may break (a warning).
      const advice = (a.services.additionalMunicipalServices ?? []).filter((s) => /gjeldsrådgivning/i.test(s)).length;
      expect(report.rules.filter((r) => !r.passed).map((r) => r.code)).toEqual(advice ? ['oekonomisk_raadgivning_lovpaalagt'] : []);
      const sections = idsBySection();
      expect(report.counts).toEqual({ questions: 44, answered: 0, open: 44, errors: 0, warnings: sections.size + advice });
      const open = report.findings.filter((f) => f.code === 'ikke_vurdert');
      expect(open.map((f) => f.questions)).toEqual([...sections.values()]);
      for (const f of open) {
        const ids = f.questions!;
        expect(f.severity).toBe(OPEN_QUESTION_SEVERITY);
        expect(f.pointer).toBe('/checklist');
        const says = a.document.language === 'nn' ? 'spørsmål ikkje vurderte. Svar på dei med' : 'spørsmål ikke vurdert. Svar på dem med';
        expect(f.message).toBe(`${sectionLabel(f.section, a.document.language)}: ${ids.length} av ${ids.length} ${says}: npx partnerskap checklist examples/${name}`);
        expect(f.message).not.toMatch(/checklist →|avtalefilen under/);
      }
      expect(report.blocking).toBe(false);
      expect(auditAgreement(a, { questions: questions(), today: TODAY, strict: true }).blocking).toBe(true);
    });

    it(`${name} made complete audits clean`, () => {
      const report = auditAgreement(complete(name), { questions: questions(), today: TODAY });
      expect(report.findings).toEqual([]);
      expect(report.counts).toEqual({ questions: 44, answered: 44, open: 0, errors: 0, warnings: 0 });
      expect(report.blocking).toBe(false);
      expect(auditAgreement(complete(name), { questions: questions(), today: TODAY, strict: true }).blocking).toBe(false);
      expect(report.checklist.every((e) => e.status === 'ja' && e.answeredBy === 'Kari Nordhus' && e.answeredAt === '2025-12-01' && !e.open)).toBe(true);
    });
  }

  it('counts 38 of 44 when six questions are unanswered', () => {
    const a = complete();
    const unanswered = ['1.0-1', '2.1-6', '3.3-4', '3.7-2', '5.0-2', '9.0-2'];
    for (const id of unanswered) delete a.checklist![id];
    const report = auditAgreement(a, { questions: questions(), today: TODAY });
    expect(report.counts).toEqual({ questions: 44, answered: 38, open: 6, errors: 0, warnings: 6 });
    expect(report.findings.map(idOf)).toEqual(unanswered);
    expect(auditSummary(report).facts).toContain('Sjekklisten: 38 av 44 spørsmål vurdert, 6 åpne');
  });

  it('groups the unanswered questions of one section in one finding, in guide order', () => {
    const a = complete();
    for (const id of ['3.3-4', '3.3-1', '5.0-2']) delete a.checklist![id];
    const report = auditAgreement(a, { questions: questions(), today: TODAY });
    expect(report.findings.map(idOf)).toEqual(['3.3-1+3.3-4', '5.0-2']);
    expect(report.counts).toMatchObject({ open: 3, warnings: 2 });
    expect(report.findings[0]!.message).toBe('3.3 Personvern, informasjonssikkerhet og beredskap: 2 av 4 spørsmål ikke vurdert (3.3-1 og 3.3-4). Svar på dem med: npx partnerskap checklist <avtalefil>');
    expect(report.findings[0]!.source).toBe('Veilederen punkt 3.3, spørsmål 3.3-1 og 3.3-4');
  });

  it('counts nei and delvis without a comment as open, with a comment (and ikke relevant) as closed', () => {
    const a = complete();
    const c = a.checklist!;
    c['3.8-1'] = { status: 'nei' };
    c['3.4-1'] = { status: 'delvis' };
    c['3.6-1'] = { status: 'nei', comment: 'Kompetanseplanen lages i 2026.' };
    c['3.6-2'] = { status: 'delvis', comment: 'Motiverende intervju er startet.' };
    c['6.0-2'] = { status: 'ikke relevant' };
    delete c['7.0-1'];
    const report = auditAgreement(a, { questions: questions(), today: TODAY });
    expect(report.counts).toEqual({ questions: 44, answered: 43, open: 3, errors: 0, warnings: 3 });
    expect(report.findings.map(idOf)).toEqual(['3.4-1', '3.8-1', '7.0-1']);
    const nei = report.findings.find((f) => idOf(f) === '3.8-1')!;
    expect(nei.code).toBe('vurdert_uten_kommentar');
    expect(nei.pointer).toBe('/checklist/3.8-1');
    expect(nei.message).toBe('Spørsmål 3.8-1 er vurdert «nei» uten kommentar: «Er dere i avtalen uttømmende på hvilke fellesutgifter som skal fordeles etter kostnadsprinsippet?» Skriv en kommentar om hva som gjøres med dette, eller hvorfor det er i orden, med: npx partnerskap checklist <avtalefil>');
    expect(report.findings.find((f) => idOf(f) === '7.0-1')!.message).toMatch(/^7\.0 Prinsipper for tvisteløsning ved uenighet: 1 av 1 spørsmål ikke vurdert\. Svar på dem med: /);
    expect(report.checklist.filter((e) => e.open).map((e) => e.id)).toEqual(['3.4-1', '3.8-1', '7.0-1']);
    expect(auditSummary(report).reservations.map((r) => r.id)).toEqual(['3.6-1', '3.6-2']);
    expect(report.checklist.filter((e) => e.state === 'reservation').map((e) => e.id)).toEqual(['3.6-1', '3.6-2']);
  });

  it('describes a section’s open questions with its section, the questions, the command that answers them and the guide as the source', () => {
    const a = complete();
    delete a.checklist!['3.7-2'];
    const [f] = auditAgreement(a, { questions: questions(), today: TODAY, file: 'avtaler/nav indre salten.yaml' }).findings;
    expect(f).toEqual({
      code: 'ikke_vurdert',
      severity: 'advarsel',
      pointer: '/checklist',
      section: 'delegation',
      message: "3.7 Delegert myndighet og oppgaveutførelse på hverandres myndighetsområder: 1 av 4 spørsmål ikke vurdert (3.7-2). Svar på dem med: npx partnerskap checklist 'avtaler/nav indre salten.yaml'",
      source: 'Veilederen punkt 3.7, spørsmål 3.7-2',
      questions: ['3.7-2'],
    });
    expect(questionOf(f!)).toBeUndefined();
    expect(questionsOf(f!)).toEqual(['3.7-2']);
  });

  it('names the agreement’s own file in the command when it is a data file', () => {
    expect(checklistCommand('examples/nav-bodo.yaml')).toBe('npx partnerskap checklist examples/nav-bodo.yaml');
    expect(checklistCommand('Bodø/avtale.JSON')).toBe('npx partnerskap checklist Bodø/avtale.JSON');
    expect(checklistCommand("mine avtaler/kari's.yml")).toBe(`npx partnerskap checklist 'mine avtaler/kari'\\''s.yml'`);
    expect(checklistCommand('avtale.docx')).toBe('npx partnerskap checklist <avtalefil>');
    expect(checklistCommand(undefined)).toBe('npx partnerskap checklist <avtalefil>');
  });

  it('orders findings by agreement section, rules before questions within a section', () => {
    const a = complete() as unknown as Mutable;
    delete a.signing.place; // signing
    a.attachments = a.attachments.filter((x: Mutable) => x.kind !== 'driftsavtale'); // costs (3.8)
    a.checklist['3.8-2'] = { status: 'nei', comment: 'Driftsavtalen er under arbeid.' }; // what the checklist says of it
    delete a.checklist['3.8-1'];
    delete a.checklist['1.0-1'];
    delete a.coDetermination.consultation; // 3.4
    const report = auditAgreement(a as Agreement, { questions: questions(), today: TODAY });
    expect(report.findings.map(idOf)).toEqual(['1.0-1', 'droefting_foer_signering', 'driftsavtale_vedlagt', '3.8-1', 'underskrift_utfylt']);
    const order = sections().map((s) => s.key);
    const ranks = report.findings.map((f) => order.indexOf(f.section));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(report.counts).toMatchObject({ errors: 3, warnings: 2 });
    expect(auditSummary(report).groups.map((g) => g.sectionLabel)).toEqual([
      '1.0 Avtaleparter – eiere',
      '3.4 Medbestemmelse',
      '3.8 Driftsavtale',
      'Underskrift',
    ]);
  });

  it('blocks on an error; on a warning only in strict mode', () => {
    const warnOnly = complete();
    delete warnOnly.checklist!['2.0-1'];
    expect(auditAgreement(warnOnly, { questions: questions(), today: TODAY }).blocking).toBe(false);
    expect(auditAgreement(warnOnly, { questions: questions(), today: TODAY, strict: true }).blocking).toBe(true);
    const error = complete();
    error.attachments = [];
    expect(auditAgreement(error, { questions: questions(), today: TODAY }).blocking).toBe(true);
  });

  it('is pure: the same input gives the same report and the input is not changed', () => {
    const a = deepFreeze(complete());
    expect(auditAgreement(a, { questions: questions(), today: TODAY })).toEqual(auditAgreement(a, { questions: questions(), today: TODAY }));
  });

  it('runs whatever rules and questions it is given (a new rule needs no report code)', () => {
    const report = auditAgreement(complete(), {
      today: TODAY,
      questions: [{ id: '9.9-1', section: '9.0', text: 'Nytt spørsmål?' }],
      rules: [{ code: 'ny_regel', severity: 'advarsel', section: 'purpose', source: 'Veilederen punkt 2.0', explanation: { nb: 'Ny.', nn: 'Ny.' }, check: () => [{ pointer: '/purpose', message: { nb: 'Noe.', nn: 'Noko.' } }] }],
    });
    expect(report.findings.map((f) => [idOf(f), sectionLabel(f.section)])).toEqual([
      ['ny_regel', '2.0 Formålet med partnerskapsavtalen'],
      ['9.9-1', '9.0 Avtaleperiode'],
    ]);
    expect(report.counts.questions).toBe(1);
  });

  it('uses the schema’s question ids for a complete checklist', () => {
    expect(Object.keys(complete().checklist!)).toEqual(SCHEMA_QUESTION_IDS);
  });
});
