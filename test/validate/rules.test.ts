import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/model/agreement.js';
import { sections } from '../../src/model/schema.js';
import { blockingRules } from '../../src/validate/rules.js';
import { validateAgreement } from '../../src/validate/validate.js';
import { complete, writeAgreement, type Mutable } from '../audit/fixtures.js';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/paths.js';
import { blockingCases, DELT_LEADERSHIP, variant } from './rule-cases.js';

const problemsOf = (a: Agreement) => {
  const r = validateAgreement(a);
  return r.ok ? [] : r.problems;
};

describe('each blocking rule, broken on its own, is the only problem validation reports', () => {
  for (const c of blockingCases) {
    it(`${c.rule}: ${c.it}`, () => {
      const problems = problemsOf(variant(c));
      expect(new Set(problems.map((p) => p.code))).toEqual(new Set([c.rule]));
      expect(problems.map((p) => p.pointer)).toEqual(c.pointers);
      expect(problems.every((p) => p.severity === 'feil')).toBe(true);
      // The registry completes each finding: the rule's section and the source of its requirement.
      const rule = blockingRules.find((r) => r.code === c.rule)!;
      expect(problems.every((p) => p.section === rule.section && p.source === rule.source)).toBe(true);
      for (const s of c.says) expect(problems[0]!.message).toContain(s);
    });
  }

  // One case per rule end to end: generate refuses, writes nothing, and names the rule.
  const firstPerRule = blockingCases.filter((c, i) => blockingCases.findIndex((x) => x.rule === c.rule) === i);
  for (const c of firstPerRule) {
    it(`${c.rule}: generate refuses (${c.it})`, async () => {
      const file = writeAgreement(variant(c));
      const out = join(file, '..', 'ut');
      const r = await runCli(['generate', file, '--out', out], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toContain(`[${c.rule}]`);
      expect(r.stderr).toContain(c.says[0]!);
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    });
  }

  it('every blocking rule has at least one case', () => {
    expect(new Set(blockingCases.map((c) => c.rule))).toEqual(new Set(blockingRules.map((r) => r.code)));
  });
});

describe('the blocking rules hold where they should', () => {
  const valid = (mutate: (a: Mutable) => void, base?: string) => {
    const a = complete(base) as unknown as Mutable;
    mutate(a);
    return validateAgreement(a);
  };

  it('delt ledelse with its two leaders, and felles ledelse with its one NAV-leder, are accepted', () => {
    expect(valid((a) => (a.leadership = structuredClone(DELT_LEADERSHIP))).ok).toBe(true);
    expect(valid(() => undefined).ok).toBe(true);
  });

  it('a checklist «nei» the text can follow (2.1: the statement is left out) or that does not contradict it is accepted', () => {
    for (const id of ['2.1-1', '2.1-2', '2.1-4', '3.1-4', '8.0-1']) expect(valid((a) => (a.checklist[id] = { status: 'nei', comment: 'Følges opp.' })).ok, id).toBe(true);
    // «delvis» on the facts the text always states is an assessment, not a contradiction.
    for (const id of ['2.1-6', '3.2-2', '9.0-1']) expect(valid((a) => (a.checklist[id] = { status: 'delvis', comment: 'Følges opp.' })).ok, id).toBe(true);
    // «nei» to an attachment question is consistent when nothing of the kind is attached.
    expect(valid((a) => ((a.attachments = a.attachments.filter((x: { kind: string }) => x.kind !== 'driftsavtale')), (a.checklist['3.8-2'] = { status: 'nei', comment: 'Ettersendes.' }))).ok).toBe(true);
  });

  it('an absent NAV-leder split is the template’s 50/50; any split summing to exactly 100 is accepted', () => {
    expect(valid((a) => delete a.costs.managerShare).ok).toBe(true);
    for (const [state, municipal] of [[50, 50], [60, 40], [33.33, 66.67], [100, 0]] as const) expect(valid((a) => (a.costs.managerShare = { state, municipal })).ok).toBe(true);
  });

  it('an agreed key naming every owner once with shares summing to 100,00 is accepted, with or without årsverk', () => {
    const agreed = (a: Mutable) => ((a.costs.allocationKey = 'avtalt'), (a.costs.agreedShares = [{ party: '1804', percent: 44.45 }, { party: 'stat', percent: 55.55 }]));
    expect(valid(agreed, 'nav-bodo.yaml').ok).toBe(true);
    expect(valid((a) => (agreed(a), delete a.costs.stateFte, delete a.costs.fte), 'nav-bodo.yaml').ok).toBe(true);
  });

  it('each way of splitting the kommuner’s NAV-leder share is accepted in Alternativ 2', () => {
    for (const how of ['årsverk', 'likt', 'vertskommunen']) expect(valid((a) => (a.costs.managerMunicipalSplit = how)).ok).toBe(true);
  });

  it('årsverk only on one side, or a hundredth in all, is something to split', () => {
    expect(valid((a) => (a.costs.stateFte = 0)).ok).toBe(true);
    // Without managerMunicipalSplit no split of the kommuner's NAV-leder share is stated, so none needs their årsverk.
    expect(valid((a) => (a.costs.fte.forEach((f: Mutable) => (f.fte = 0)), delete a.costs.managerMunicipalSplit)).ok).toBe(true);
    const stated = valid((a) => a.costs.fte.forEach((f: Mutable) => (f.fte = 0)));
    expect(stated.ok ? [] : stated.problems.map((p) => p.code)).toEqual(['nav_leder_kommunefordeling']);
    expect(valid((a) => ((a.costs.stateFte = 0.01), (a.costs.fte[0].fte = 0)), 'nav-bodo.yaml').ok).toBe(true);
  });

  it('a kommune with 0 årsverk in a vertskommune agreement is allowed', () => {
    expect(valid((a) => (a.costs.fte[3].fte = 0)).ok).toBe(true);
  });

  it('opening and closing on the same weekday is allowed', () => {
    const hours = (a: Mutable) => a.location.sites[0].openingHours[0];
    expect(valid((a) => (hours(a).toDay = hours(a).fromDay)).ok).toBe(true);
    expect(valid((a) => delete hours(a).toDay).ok).toBe(true);
  });

  it('a day with a lunch closure, and drop-in beside the opening hours, do not overlap', () => {
    const site = (a: Mutable) => a.location.sites[0];
    const lunch = valid((a) => (site(a).openingHours = [{ fromDay: 'mandag', toDay: 'fredag', opens: '09:00', closes: '11:30' }, { fromDay: 'mandag', toDay: 'fredag', opens: '12:30', closes: '15:00' }]));
    expect(lunch.ok).toBe(true);
    expect(valid((a) => site(a).openingHours.push({ fromDay: 'tirsdag', opens: '10:00', closes: '14:00', kind: 'drop-in' })).ok).toBe(true);
  });

  it('a site without opening hours is fine when it receives by appointment or has a note', () => {
    const site = (a: Mutable) => a.location.sites[0];
    expect(valid((a) => ((site(a).openingHours = []), (site(a).byAppointment = true))).ok).toBe(true);
    expect(valid((a) => ((site(a).openingHours = []), (site(a).note = 'Åpent etter avtale med veileder'))).ok).toBe(true);
  });

  it('a branch office in another party kommune, beside the hovedkontor, is allowed', () => {
    expect(valid((a) => a.location.sites.push({ name: 'Rognan', role: 'avdelingskontor', municipality: '1840', address: { street: 'Storgata 1', postalCode: '8250', city: 'Rognan' }, openingHours: [], byAppointment: true })).ok).toBe(true);
  });
});

describe('the blocking rules as a registry', () => {
  const order = sections().map((s) => s.key);

  it('are errors', () => {
    for (const r of blockingRules) expect(r.severity, r.code).toBe('feil');
  });

  it('keep the codes users and scripts rely on (snake_case, like every problem code)', () => {
    expect(blockingRules.map((r) => r.code)).toEqual([
      'kommunenummer_unike',
      'vertskommune_minst_to_kommuner',
      'lokasjon_i_partskommune',
      'ett_hovedkontor',
      'aapningstider_gyldige',
      'aapningstider_overlapper',
      'aapningstider_oppgitt',
      'ledermodell_motstrid',
      'aarsverk_per_kommune',
      'aarsverk_over_null',
      'nav_leder_andeler_sum',
      'fordelingsnokkel_avtalt_gyldig',
      'nav_leder_kommunefordeling',
      'lovpaalagte_tjenester',
      'periode_slutt_etter_start',
      'sjekkliste_motsier_avtalen',
    ]);
  });

  it('are ordered by agreement section', () => {
    const ranks = blockingRules.map((r) => order.indexOf(r.section));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });

  it('live in src/validate, which does not depend on the audit', () => {
    const dir = join(ROOT, 'src', 'validate');
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts'))) expect(readFileSync(join(dir, f), 'utf8'), f).not.toMatch(/from ['"][^'"]*\/audit\//);
  });
});
