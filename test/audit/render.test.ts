import { DOMParser } from '@xmldom/xmldom';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { auditAgreement } from '../../src/audit/audit.js';
import { questions } from '../helpers/resources.js';
import { rules } from '../../src/audit/rules.js';
import type { AuditReport } from '../../src/audit/report.js';
import { AUDIT_CSS, renderAuditHtml, renderAuditHtmlFragment } from '../../src/audit/render-html.js';
import { auditJson, renderAuditJson } from '../../src/audit/render-json.js';
import { renderAuditMarkdown } from '../../src/audit/render-markdown.js';
import { renderAuditText } from '../../src/audit/render-text.js';
import { wrap } from '../../src/text/wrap.js';
import type { Agreement } from '../../src/model/agreement.js';
import { example } from '../helpers/paths.js';
import { TODAY, complete, type Mutable } from './fixtures.js';

const SAMI = 'Divtasvuona suohkan – Hábmer – Gáivuotna – Porsáŋgu – Guovdageaidnu – Kárášjohka – Unjárga – Deatnu';
const NASTY = '<script>alert("x")</script> & \'sitat\' | *stjerne* _under_ [lenke](https://example.com) `kode` #emneknagg';
const LONG_WORD = 'Arbeids-og-velferdsforvaltningslovens-samarbeidsavtale-'.repeat(4);

/** A report with long Sámi names, long comments, markup in user text and findings in several sections. */
function stressReport(): AuditReport {
  const a = complete() as unknown as Mutable;
  a.parties.officeName = `NAV ${SAMI}`;
  a.parties.municipalities[4].samiName = `${SAMI} suohkan`;
  a.costs.fte.pop(); // aarsverk_per_kommune names the Sámi kommune
  a.attachments = []; // three rules (driftsavtale, delegasjonsvedtak, vertskommuneavtale)
  a.checklist['3.8-2'] = { status: 'nei', answeredBy: 'Kari Nordhus', answeredAt: '2025-12-01', comment: `${NASTY}\nAndre linje: ${'Driftsavtalen forhandles med Hábmer suohkan og Fauske kommune. '.repeat(6)}${LONG_WORD}` };
  a.checklist['3.7-4'] = { status: 'nei', comment: 'Delegasjonsvedtaket fattes i januar.' }; // true of attachments: []
  a.checklist['3.4-1'] = { status: 'delvis' };
  delete a.checklist['9.0-2'];
  delete a.checklist['5.0-1'];
  delete a.checklist['5.0-2'];
  return auditAgreement(a as Agreement, { questions: questions(), today: TODAY, file: 'avtaler/nav-indre-salten.yaml' });
}

const ANSI = /\u001b\[[0-9;]*m/g;
const codePoints = (s: string) => [...s].length;

describe('text', () => {
  const report = stressReport();

  it('fits every line in 100 columns, long Sámi names, comments and words included', () => {
    const text = renderAuditText(report);
    const lines = text.trimEnd().split('\n');
    for (const line of lines) expect(codePoints(line), line).toBeLessThanOrEqual(100);
    expect(lines.some((l) => codePoints(l) > 90)).toBe(true); // the limit is actually reached
    expect(text).not.toMatch(ANSI);
    // Nothing lost in wrapping: the words of the Sámi name and the comment come back in order.
    const words = text.split(/\s+/).join(' ');
    expect(words).toContain(SAMI);
    expect(words).toContain('Andre linje: Driftsavtalen forhandles med Hábmer suohkan');
    expect(text.replace(/\n\s+/g, '')).toContain(LONG_WORD);
  });

  it('honours a narrower width', () => {
    for (const line of renderAuditText(report, { width: 60 }).trimEnd().split('\n')) expect(codePoints(line), line).toBeLessThanOrEqual(60);
  });

  it('groups findings under section headings in agreement order, with code and source, then the unanswered questions a line per section', () => {
    const text = renderAuditText(report);
    const headings = ['3.4 Medbestemmelse', '3.7 Delegert myndighet', '3.8 Driftsavtale', 'Til vurdering: spørsmål som ikke er vurdert'].map((h) => text.indexOf(`\n${h}`));
    expect(headings.every((i) => i > 0)).toBe(true);
    expect(headings).toEqual([...headings].sort((x, y) => x - y));
    for (const code of ['delegasjonsvedtak_vedlagt', 'aarsverk_per_kommune', 'driftsavtale_vedlagt', 'vurdert_uten_kommentar']) expect(text).toContain(`[${code}]`);
    // No section heading for questions alone, and no YAML keys: one line per section and the command that answers them.
    expect(text).not.toMatch(/\n(5\.0 Brukermedvirkning|9\.0 Avtaleperiode)\n/);
    expect(text).not.toMatch(/checklist\s+→/);
    const block = text.slice(text.indexOf('\nTil vurdering: spørsmål som ikke er vurdert'));
    expect(block.split('\n').slice(2, 7)).toEqual([
      '  advarsel  5.0 Brukermedvirkning: 2 av 2 spørsmål ikke vurdert',
      '  advarsel  9.0 Avtaleperiode: 1 av 2 spørsmål ikke vurdert (9.0-2)',
      '            Svar på dem med: npx partnerskap checklist avtaler/nav-indre-salten.yaml',
      '            Kilde: Veilederen, «Til vurdering» under hvert punkt',
      '',
    ]);
    expect(text.split(/\s+/).join(' ')).toContain('Spørsmål 3.4-1 er vurdert «delvis» uten kommentar');
    expect(text).toContain('Kilde: Partnerskapsavtalen punkt 3.8');
    expect(text).toMatch(/^Resultat: Kan ikke signeres ennå: 4 feil må rettes\.$/m);
    expect(text).toContain('Vurdert «nei» eller «delvis», med kommentar');
  });

  it('colours only when asked, and colour changes nothing else', () => {
    const plain = renderAuditText(report, { color: false });
    const coloured = renderAuditText(report, { color: true });
    expect(coloured).toMatch(ANSI);
    expect(coloured.replace(ANSI, '')).toBe(plain);
  });

  it('says so when there is nothing to report', () => {
    const text = renderAuditText(auditAgreement(complete(), { questions: questions(), today: TODAY }));
    expect(text).toContain('Ingen funn.');
    expect(text).toContain('Resultat: Klar til signering');
  });

  it('wrap breaks at spaces with a hanging indent and breaks over-long words', () => {
    expect(wrap('aaa bbb ccc', 9, '- ', '  ')).toEqual(['- aaa bbb', '  ccc']);
    expect(wrap('x'.repeat(12), 5)).toEqual(['xxxxx', 'xxxxx', 'xx']);
    expect(wrap('én\nto', 80, '> ', '  ')).toEqual(['> én', '  to']);
  });
});

describe('json', () => {
  it('is byte-identical for the same report, parses, and has its keys in the documented order', () => {
    const first = renderAuditJson(stressReport());
    expect(renderAuditJson(stressReport())).toBe(first);
    const json = JSON.parse(first);
    expect(Object.keys(json)).toEqual(['schemaVersion', 'office', 'today', 'strict', 'blocking', 'counts', 'findings', 'checklist', 'omitted']);
    expect(Object.keys(json.counts)).toEqual(['questions', 'answered', 'open', 'errors', 'warnings']);
    for (const f of json.findings)
      expect(Object.keys(f)).toEqual(['code', 'severity', 'pointer', 'section', 'sectionLabel', 'message', 'source', ...(f.code === 'ikke_vurdert' ? ['questions'] : [])]);
    expect(json.findings.filter((f: Mutable) => f.code === 'ikke_vurdert').map((f: Mutable) => [f.pointer, f.questions])).toEqual([
      ['/checklist', ['5.0-1', '5.0-2']],
      ['/checklist', ['9.0-2']],
    ]);
    for (const c of json.checklist) expect(Object.keys(c)).toEqual(['id', 'section', 'text', 'status', 'comment', 'open']);
    expect(json.counts).toEqual({ questions: 44, answered: 41, open: 4, errors: 4, warnings: 3 });
    expect(json.checklist.find((c: Mutable) => c.id === '9.0-2')).toEqual({ id: '9.0-2', section: '9.0', text: 'Hva slags evalueringsintervall har dere lagt opp til i avtalen?', status: null, comment: null, open: true });
    expect(json.checklist.find((c: Mutable) => c.id === '3.8-2').comment).toContain(NASTY);
    expect(json).toEqual(JSON.parse(JSON.stringify(auditJson(stressReport()))));
  });
});

describe('html', () => {
  const report = stressReport();
  const page = renderAuditHtml(report);

  it('is well-formed (as XML) and parses as HTML', () => {
    const strict = new DOMParser({ onError: (level, msg) => { throw new Error(`${level}: ${msg}`); } });
    const xml = strict.parseFromString(page, 'text/xml');
    expect(xml.documentElement?.nodeName).toBe('html');
    const html = new DOMParser().parseFromString(page, 'text/html');
    const sections = Array.from(html.getElementsByTagName('section')).filter((s) => s.getAttribute('class') === 'partnerskap-audit');
    expect(sections).toHaveLength(1);
    expect(html.getElementsByTagName('title')[0]?.textContent).toBe(`Kontroll før signering – NAV ${SAMI}`);
  });

  it('escapes user text: markup in a comment comes back as the same text, not as elements', () => {
    const xml = new DOMParser().parseFromString(page, 'text/xml');
    expect(xml.getElementsByTagName('script')).toHaveLength(0);
    const cells = Array.from(xml.getElementsByTagName('td')).map((td) => td.textContent ?? '');
    expect(cells.some((c) => c.startsWith(NASTY))).toBe(true);
    const row = Array.from(xml.getElementsByTagName('tr')).find((tr) => tr.getElementsByTagName('td')[0]?.textContent === '9.0-2')!;
    expect(row.getAttribute('class')).toBe('open');
    expect(Array.from(row.getElementsByTagName('td')).map((td) => td.textContent)).toEqual(['9.0-2', 'Hva slags evalueringsintervall har dere lagt opp til i avtalen?', '–', '', '', 'åpen']);
  });

  it('loads nothing: no scripts, links, images, frames, src/href attributes or CSS urls', () => {
    const xml = new DOMParser().parseFromString(page, 'text/xml');
    for (const tag of ['script', 'link', 'img', 'iframe', 'object', 'embed', 'a', 'base'])
      expect(xml.getElementsByTagName(tag), tag).toHaveLength(0);
    const all = Array.from(xml.getElementsByTagName('*'));
    for (const el of all) for (const attr of ['src', 'href', 'srcset', 'action', 'data']) expect(el.hasAttribute(attr), `${el.nodeName}@${attr}`).toBe(false);
    expect(AUDIT_CSS).not.toMatch(/url\(|@import/);
    // The only http(s) in the page is the user's own text, escaped.
    expect(page.replace(NASTY.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'), '')).not.toMatch(/https?:/);
    expect(page).toContain("Content-Security-Policy");
  });

  it('gives a fragment another page can embed, with a chosen heading level', () => {
    const fragment = renderAuditHtmlFragment(report, { headingLevel: 2 });
    expect(fragment.startsWith('<section class="partnerskap-audit"')).toBe(true);
    expect(fragment).not.toMatch(/<html|<head|<body|<style/);
    const doc = new DOMParser().parseFromString(`<div>${fragment}</div>`, 'text/xml');
    expect(doc.getElementsByTagName('h1')).toHaveLength(0);
    expect(doc.getElementsByTagName('h2')[0]?.textContent).toBe(`Kontroll før signering – NAV ${SAMI}`);
    const items = Array.from(doc.getElementsByTagName('li')).filter((li) => li.hasAttribute('data-code'));
    // Rule findings by section, then the unanswered questions together, a line per section.
    const listed = [...report.findings.filter((f) => f.code !== 'ikke_vurdert'), ...report.findings.filter((f) => f.code === 'ikke_vurdert')];
    expect(items.map((li) => li.getAttribute('data-code'))).toEqual(listed.map((f) => f.code));
    expect(items.map((li) => li.getAttribute('class'))).toEqual(listed.map((f) => f.severity));
    expect(items.filter((li) => li.getAttribute('data-code') === 'ikke_vurdert').map((li) => li.getAttribute('data-questions'))).toEqual(['5.0-1 5.0-2', '9.0-2']);
    const answer = Array.from(doc.getElementsByTagName('p')).find((p) => p.getAttribute('class') === 'answer')!;
    expect(answer.textContent).toBe('Svar på dem med: npx partnerskap checklist avtaler/nav-indre-salten.yaml');
    expect(answer.getElementsByTagName('code')[0]?.textContent).toBe('npx partnerskap checklist avtaler/nav-indre-salten.yaml');
  });
});

describe('markdown', () => {
  const report = stressReport();
  const md = renderAuditMarkdown(report);

  it('renders user text literally: no HTML or links from a comment, table cells intact', async () => {
    const html = await marked.parse(md);
    expect(html).not.toMatch(/<script|<a |<em>stjerne|<code>kode/);
    expect(html).toContain('&lt;script&gt;');
    const doc = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html');
    const tables = Array.from(doc.getElementsByTagName('table'));
    expect(tables).toHaveLength(2);
    const checklistRows = Array.from(tables[0]!.getElementsByTagName('tr'));
    expect(checklistRows).toHaveLength(45);
    for (const row of checklistRows) expect(row.getElementsByTagName(row === checklistRows[0] ? 'th' : 'td')).toHaveLength(5);
    const row = checklistRows.find((r) => r.textContent?.includes('3.8-2'))!;
    expect(row.getElementsByTagName('td')[1]!.textContent).toBe('Nei');
    expect(row.getElementsByTagName('td')[2]!.textContent).toContain(NASTY);
    expect(row.getElementsByTagName('td')[3]!.textContent).toBe('Kari Nordhus, 1. desember 2025');
  });

  it('lists findings by section with severity, id and source', () => {
    expect(md).toMatch(/^# Kontroll før signering – NAV Divtasvuona suohkan/m);
    expect(md).toContain('### 3.8 Driftsavtale');
    expect(md).toContain('- **Feil:** Driftsavtalen er ikke blant vedleggene');
    expect(md).toContain('`driftsavtale_vedlagt`');
    expect(md).toContain('*Kilde:* Partnerskapsavtalen punkt 3.8');
    expect(md).toContain('### Til vurdering: spørsmål som ikke er vurdert\n\n- **Advarsel:** 5.0 Brukermedvirkning: 2 av 2 spørsmål ikke vurdert `ikke_vurdert`\n');
    expect(md).toContain('Svar på dem med: `npx partnerskap checklist avtaler/nav-indre-salten.yaml`');
  });
});

it('a shipped example without its checklist renders in every format, the open questions a line per section', () => {
  const a = example('nav-bodo.yaml');
  delete a.checklist;
  const report = auditAgreement(a, { questions: questions(), today: TODAY, file: 'examples/nav-bodo.yaml' });
  const failed = report.rules.filter((r) => !r.passed).length;
  const sections = new Set(questions().map((q) => q.section)).size;
  const text = renderAuditText(report);
  expect(text).toContain('Sjekklisten: 0 av 44 spørsmål vurdert, 44 åpne');
  const block = text.slice(text.indexOf('\nTil vurdering: spørsmål som ikke er vurdert\n'));
  expect(block.split('\n').filter((l) => l.startsWith('  advarsel  '))).toHaveLength(sections);
  expect(text.match(/Svar på dem med: npx partnerskap checklist examples\/nav-bodo\.yaml/g)).toHaveLength(1);
  expect(renderAuditMarkdown(report)).toContain(`Regler: ${rules.length} kontrollert, ${failed} ikke oppfylt`);
  expect(renderAuditHtml(report).match(/data-code="ikke_vurdert"/g)).toHaveLength(sections);
});

describe('what the agreement leaves out of 2.1 because the checklist does not confirm it', () => {
  const report = (lang: 'nb' | 'nn') => {
    const a = complete() as unknown as Mutable;
    a.document.language = lang;
    a.checklist['2.1-1'] = { status: 'delvis', comment: 'Heisen skiftes i 2026.' };
    a.checklist['2.1-4'] = { status: 'ikke relevant' };
    return auditAgreement(a as Agreement, { questions: questions(), today: TODAY });
  };
  const NB = [
    'Punkt 2.1 sier ikke at lokasjonen er sikret etter kravene til universell utforming i NAV-loven § 13: spørsmål 2.1-1 er vurdert «Delvis».',
    'Punkt 2.1 sier ikke at utformingen er gjort i samarbeid med brukerutvalget: spørsmål 2.1-4 er vurdert «Ikke relevant».',
  ];

  it('is named in every format, a sentence each, and only for the questions that do not confirm it', () => {
    const r = report('nb');
    expect(auditJson(r).omitted).toEqual(NB);
    const text = renderAuditText(r, { width: 70 });
    expect(text).toContain('Utelatt fra avtalen fordi sjekklisten ikke bekrefter det');
    // Wrapped, but never between «§» and its number.
    expect(text).toMatch(/NAV-loven\n?\s*§ 13:/);
    expect(text.replace(/\s+/g, ' ')).toContain(NB[1]);
    expect(renderAuditMarkdown(r)).toContain(`- ${NB[1]}`);
    expect(renderAuditHtml(r)).toContain(`<li>${NB[1]}</li>`);
    expect(auditJson(report('nn')).omitted[0]).toBe('Punkt 2.1 seier ikkje at lokasjonen er sikra etter krava til universell utforming i NAV-lova § 13: spørsmål 2.1-1 er vurdert «Delvis».');
  });

  it('is empty, and not shown, when the checklist confirms all three or does not answer them', () => {
    const r = auditAgreement(complete(), { questions: questions(), today: TODAY });
    expect(auditJson(r).omitted).toEqual([]);
    expect(renderAuditText(r)).not.toContain('Utelatt fra avtalen');
  });
});
