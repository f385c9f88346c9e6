import { describe, expect, it } from 'vitest';
import { auditAgreement, OPEN_QUESTION_SEVERITY, questionOf } from '../../src/audit/audit.js';
import type { Problem } from '../../src/model/problem.js';
import { sectionLabel } from '../../src/model/labels.js';
import { questions } from '../helpers/resources.js';
import { auditSummary } from '../../src/audit/summary.js';
import type { Agreement } from '../../src/model/agreement.js';
import { sections } from '../../src/model/schema.js';
import { EXAMPLE_FILES, example } from '../helpers/paths.js';
import { SCHEMA_QUESTION_IDS, TODAY, complete, type Mutable } from './fixtures.js';

/** A finding as a reader names it: the question's id for an open question, else the rule's code. */
const idOf = (f: Problem): string => questionOf(f) ?? f.code;

const deepFreeze = <T>(o: T): T => {
  if (o && typeof o === 'object') {
    Object.values(o).forEach(deepFreeze);
    Object.freeze(o);
  }
  return o;
};

describe('auditAgreement', () => {
  for (const name of EXAMPLE_FILES) {
    it(`${name} as shipped: no rule broken, all 44 questions open as warnings`, () => {
      const report = auditAgreement(example(name), { questions: questions(), today: TODAY });
      expect(report.rules.every((r) => r.passed)).toBe(true);
      expect(report.counts).toEqual({ questions: 44, answered: 0, open: 44, errors: 0, warnings: 44 });
      expect(report.findings.every((f) => f.code === 'ikke_vurdert' && questionOf(f) !== undefined && f.severity === OPEN_QUESTION_SEVERITY)).toBe(true);
      expect(report.blocking).toBe(false);
      expect(auditAgreement(example(name), { questions: questions(), today: TODAY, strict: true }).blocking).toBe(true);
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

  it('counts nei and delvis without a comment as open, with a comment (and ikke relevant) as closed', () => {
    const a = complete();
    const c = a.checklist!;
    c['3.8-2'] = { status: 'nei' };
    c['3.4-1'] = { status: 'delvis' };
    c['3.6-1'] = { status: 'nei', comment: 'Kompetanseplanen lages i 2026.' };
    c['3.6-2'] = { status: 'delvis', comment: 'Motiverende intervju er startet.' };
    c['6.0-2'] = { status: 'ikke relevant' };
    delete c['7.0-1'];
    const report = auditAgreement(a, { questions: questions(), today: TODAY });
    expect(report.counts).toEqual({ questions: 44, answered: 43, open: 3, errors: 0, warnings: 3 });
    expect(report.findings.map(idOf)).toEqual(['3.4-1', '3.8-2', '7.0-1']);
    const nei = report.findings.find((f) => idOf(f) === '3.8-2')!;
    expect(nei.code).toBe('vurdert_uten_kommentar');
    expect(nei.message).toContain('Vurdert «nei» uten kommentar: «Er driftsavtalen vedlagt?»');
    expect(nei.message).toContain('Skriv i avtalefilen under checklist → "3.8-2" en kommentar (comment)');
    expect(report.findings.find((f) => idOf(f) === '7.0-1')!.message).toMatch(/^Ikke vurdert: «Har dere i fellesskap/);
    expect(report.checklist.filter((e) => e.open).map((e) => e.id)).toEqual(['3.4-1', '3.8-2', '7.0-1']);
    expect(auditSummary(report).reservations.map((r) => r.id)).toEqual(['3.6-1', '3.6-2']);
    expect(report.checklist.filter((e) => e.state === 'reservation').map((e) => e.id)).toEqual(['3.6-1', '3.6-2']);
  });

  it('describes an open question with its section, pointer and the guide as the source', () => {
    const a = complete();
    delete a.checklist!['3.7-2'];
    const [f] = auditAgreement(a, { questions: questions(), today: TODAY }).findings;
    expect(f).toEqual({
      code: 'ikke_vurdert',
      severity: 'advarsel',
      pointer: '/checklist/3.7-2',
      section: 'delegation',
      message:
        'Ikke vurdert: «Hvordan sikrer dere et enhetlig og helhetlig tjenestetilbud?» Før inn vurderingen i avtalefilen under checklist → "3.7-2": status (ja, nei, delvis eller ikke relevant – om punktet er avklart i avtalen) og gjerne en kommentar som svarer på spørsmålet.',
      source: 'Veilederen punkt 3.7, «Til vurdering»',
    });
    expect(questionOf(f!)).toBe('3.7-2');
  });

  it('orders findings by agreement section, rules before questions within a section', () => {
    const a = complete() as unknown as Mutable;
    delete a.signing.place; // signing
    a.attachments = a.attachments.filter((x: Mutable) => x.kind !== 'driftsavtale'); // costs (3.8)
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
      rules: [{ code: 'ny_regel', severity: 'advarsel', section: 'purpose', source: 'Veilederen punkt 2.0', explanation: 'Ny.', check: () => [{ pointer: '/purpose', message: 'Noe.' }] }],
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
