/**
 * Every rule's «Kilde» is a source that says it: a point of the national template, a point or
 * question of the guide, or a named paragraph of LAW_SOURCES (src/audit/sources.ts), and every
 * quotation in it is the cited text's own words. The rules are found by importing every module of
 * src/validate and src/audit and collecting what they export, so a rule added later is checked
 * without being listed here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditAgreement } from '../../src/audit/audit.js';
import { rules } from '../../src/audit/rules.js';
import { LAW_SOURCES, parseSource, quoteFound, quotesIn, TEMPLATE_POINTS, type SourceRef } from '../../src/audit/sources.js';
import { sections } from '../../src/model/schema.js';
import { sourceIn, type Rule } from '../../src/validate/rule.js';
import { example, REFERENCE_TEXTS, ROOT } from '../helpers/paths.js';
import { questions } from '../helpers/resources.js';
import { TODAY } from './fixtures.js';

const isRule = (x: unknown): x is Rule => {
  const r = x as Partial<Rule> | null;
  return typeof r === 'object' && r !== null && typeof r.code === 'string' && typeof r.source === 'string' && typeof r.check === 'function';
};

/** Every Rule exported by a module of src/validate or src/audit, alone or in an array. */
async function exportedRules(): Promise<Rule[]> {
  const found = new Set<Rule>();
  for (const folder of ['validate', 'audit']) {
    const dir = join(ROOT, 'src', folder);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      for (const value of Object.values(mod)) for (const x of Array.isArray(value) ? value : [value]) if (isRule(x)) found.add(x);
    }
  }
  return [...found];
}

/** The national template, split into its points («2.1» → its text); the signature block and attachments belong to 9.0. */
function templatePoints(): Map<string, string> {
  const text = readFileSync(join(REFERENCE_TEXTS, 'partnerskapsavtale-mal.md'), 'utf8');
  const points = new Map<string, string>();
  let current: string | undefined;
  for (const line of text.split('\n')) {
    const heading = /^(\d\.\d)\.? \S/.exec(line);
    if (heading) current = heading[1]!;
    if (current) points.set(current, `${points.get(current) ?? ''}${line}\n`);
  }
  return points;
}

/** The guide's files by their front matter section («3.7», «innledning»). */
function guidePoints(): Map<string, string> {
  const dir = join(ROOT, 'guide');
  const points = new Map<string, string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(join(dir, file), 'utf8');
    const section = /^section: "([^"]+)"/m.exec(text)?.[1];
    if (section) points.set(section, text);
  }
  return points;
}

const SECTION_NUMBER = new Map(sections().flatMap((s) => (s.section ? [[s.key, s.section] as const] : [])));

describe('rule sources', () => {
  let all: Rule[] = [];
  const template = templatePoints();
  const guide = guidePoints();
  const questionIds = new Set(questions().map((q) => q.id));

  beforeAll(async () => {
    all = await exportedRules();
  });

  /** What is wrong with one citation of a rule; empty when it holds. */
  function problems(rule: Rule, ref: SourceRef): string[] {
    const out: string[] = [];
    if (ref.kind === 'template') {
      const texts = [...ref.points, ...(ref.part ? ['9.0'] : [])].map((p) => template.get(p) ?? '');
      if (ref.points.some((p) => !template.has(p))) out.push(`malen mangler punkt ${ref.points.join(', ')}`);
      if (ref.alternative && !quoteFound(ref.alternative, template.get('1.0') ?? '')) out.push(`punkt 1.0 har ikke ${ref.alternative}`);
      for (const q of ref.quotes) if (!texts.some((t) => quoteFound(q, t))) out.push(`«${q}» står ikke i malens punkt ${ref.points.join(', ')}${ref.part ? ` (${ref.part})` : ''}`);
    } else if (ref.kind === 'guide') {
      const keys = ref.introduction ? ['innledning'] : ref.points;
      for (const k of keys) if (!guide.has(k)) out.push(`veilederen har ikke punkt ${k}`);
      for (const id of ref.questions) if (!questionIds.has(id)) out.push(`veilederen har ikke spørsmål ${id}`);
      for (const q of ref.quotes) if (!keys.some((k) => quoteFound(q, guide.get(k) ?? ''))) out.push(`«${q}» står ikke i veilederens ${keys.join(', ')}`);
    } else {
      if (!ref.law.sections.includes(rule.section)) out.push(`${ref.law.cite} sier ikke noe om ${rule.section}`);
      const words = quotesIn(ref.law.says).join('\n');
      for (const q of ref.quotes) if (!quoteFound(q, words)) out.push(`«${q}» er ikke ordlyden i ${ref.law.cite}`);
    }
    return out;
  }

  it('finds the rules of every module, and each of them is in the audit registry (so it runs)', () => {
    expect(all.length).toBeGreaterThanOrEqual(rules.length);
    expect(all.filter((r) => !rules.includes(r)).map((r) => r.code)).toEqual([]);
  });

  it('every rule cites only known sources, and every quotation is the cited text', () => {
    const wrong = all.flatMap((rule) => {
      const parsed = parseSource(rule.source);
      if (!parsed.ok) return parsed.errors.map((e) => `${rule.code}: ${e}`);
      return parsed.refs.flatMap((ref) => problems(rule, ref).map((e) => `${rule.code}: ${e}`));
    });
    expect(wrong).toEqual([]);
  });

  it('every rule cites the template or guide point of its own section', () => {
    const wrong = all.flatMap((rule) => {
      const number = SECTION_NUMBER.get(rule.section);
      const parsed = parseSource(rule.source);
      if (!number || !parsed.ok) return [];
      const cited = parsed.refs.flatMap((r) => (r.kind === 'law' ? [] : r.points));
      return cited.includes(number) ? [] : [`${rule.code} (${number}) cites ${cited.join(', ') || 'no point'}`];
    });
    expect(wrong).toEqual([]);
  });

  it('no rule cites a law for what it does not say: signing, the period and attachments cite the template', () => {
    for (const code of ['underskrift_utfylt', 'periode_slutt_etter_start', 'revisjonsdato_i_perioden', 'evaluering_forfalt', 'delegasjonsvedtak_vedlagt', 'droefting_foer_signering']) {
      const rule = rules.find((r) => r.code === code)!;
      const parsed = parseSource(rule.source);
      expect(parsed.ok && parsed.refs.filter((r) => r.kind === 'law'), code).toEqual([]);
    }
  });

  it('the open-question findings of an unassessed agreement cite the guide’s questions', () => {
    const a = example('nav-bodo.yaml');
    delete a.checklist;
    const report = auditAgreement(a, { questions: questions(), today: TODAY });
    const cited = report.findings.filter((f) => f.code === 'ikke_vurdert').flatMap((f) => {
      const parsed = parseSource(f.source);
      expect(parsed.ok, f.source).toBe(true);
      return parsed.ok ? parsed.refs.flatMap((r) => (r.kind === 'guide' ? r.questions : [])) : [];
    });
    expect(cited).toEqual(questions().map((q) => q.id));
  });

  it('every named paragraph has a title naming the act, and the sections it speaks to', () => {
    const keys = new Set(sections().map((s) => s.key));
    for (const law of LAW_SOURCES) {
      expect(law.title, law.cite).toMatch(/^(lov|forskrift) \d{1,2}\. [a-zæøå]+ \d{4} nr\. \d+ /);
      expect(law.sections.length, law.cite).toBeGreaterThan(0);
      for (const s of law.sections) expect(keys.has(s), `${law.cite}: ${s}`).toBe(true);
    }
    expect(TEMPLATE_POINTS.every((p) => template.has(p))).toBe(true);
  });
});

describe('the source checker', () => {
  const ok = (s: string) => parseSource(s).ok;
  it('reads the citation forms', () => {
    const parsed = parseSource('Partnerskapsavtalen punkt 3.2 og 3.7 og vedleggslisten («Leders fullmakter fremgår av vedlagte delegasjonsvedtak»); veilederen punkt 3.7, spørsmål 3.7-2 og 3.7-4; NAV-loven § 14 fjerde ledd');
    expect(parsed).toEqual({
      ok: true,
      refs: [
        { kind: 'template', points: ['3.2', '3.7'], part: 'vedleggslisten', quotes: ['Leders fullmakter fremgår av vedlagte delegasjonsvedtak'] },
        { kind: 'guide', points: ['3.7'], introduction: false, questions: ['3.7-2', '3.7-4'], quotes: [] },
        { kind: 'law', law: LAW_SOURCES.find((l) => l.cite === 'NAV-loven § 14'), ledd: 'fjerde ledd', quotes: [] },
      ],
    });
    expect(parseSource('Partnerskapsavtalen punkt 1.0, Alternativ 2; veilederen, innledningen; sosialtjenesteloven § 17').ok).toBe(true);
    expect(parseSource('Partnerskapsavtalen punkt 2.1 («… er … (ukedag) – … (ukedag) kl. …; …»)')).toMatchObject({ ok: true, refs: [{ points: ['2.1'], quotes: ['… er … (ukedag) – … (ukedag) kl. …; …'] }] });
  });

  it('refuses what is not a known source', () => {
    expect(ok('NAV-loven § 99')).toBe(false);
    expect(ok('hovedavtalene i staten og KS')).toBe(false);
    expect(ok('sosialtjenesteloven')).toBe(false);
    expect(ok('Partnerskapsavtalen punkt 10.0')).toBe(false);
    expect(ok('Partnerskapsavtalen punkt 3.2, Alternativ 2')).toBe(false);
    expect(ok('Veilederen punkt 3.7, spørsmål 3.8-2')).toBe(false);
    expect(ok('Veilederen del I')).toBe(false);
    expect(ok('Partnerskapsavtalen punkt 3.8; eierne kan avtale en annen fordeling')).toBe(false);
  });

  it('leaves the bokmål quotations out of a nynorsk source, parentheses inside them included', () => {
    expect(sourceIn('Partnerskapsavtalen punkt 5.0 («På individnivå – (fyll inn)», «… (ukedag) – …»); veilederen punkt 9.0 (gyldighetsperiode og evalueringsintervall); sosialtjenesteloven § 17', 'nn')).toBe(
      'Partnarskapsavtalen punkt 5.0; rettleiaren punkt 9.0 (gyldigheitsperiode og evalueringsintervall); sosialtenestelova § 17',
    );
    for (const r of rules) expect(sourceIn(r.source, 'nn'), r.code).not.toMatch(/[«»]|veileder|Partnersk/);
  });

  it('finds a quotation with gaps only in order and within one paragraph', () => {
    const text = 'Åpningstidene til NAV ………. er ………. (ukedag) – ………. (ukedag) kl. ………. – kl. ..........\n\nBrev der NAV-kontoret er avsender';
    expect(quoteFound('Åpningstidene til NAV … er … (ukedag) – … (ukedag) kl. … – kl. …', text)).toBe(true);
    expect(quoteFound('kl. … Åpningstidene', text)).toBe(false);
    expect(quoteFound('kl. … Brev der', text)).toBe(false);
    expect(quoteFound('Åpningstidene  til\nNAV', text)).toBe(true);
  });
});
