import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, Element } from '@xmldom/xmldom';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loCheck, ooxmlValidate, parseParts } from '../helpers/docx.js';
import { derive } from '../../src/derive/derive.js';
import { renderAgreement } from '../../src/render/agreement.js';
import { renderer } from '../helpers/resources.js';
import { example, ROOT, tempDir } from '../helpers/paths.js';
import { makeGuide, packGuideTemplate, TRICKY } from './fixtures.js';
import { notExactlyOnce } from './reference.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The heading every guide file should get: «3.7 Delegert …», or the bare title. */
const expectedHeadings = readdirSync(join(ROOT, 'guide'))
  .filter((n) => n.endsWith('.md'))
  .sort()
  .map((n) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(ROOT, 'guide', n), 'utf8'))![1]!) as { section: string; title: string })
  .map((fm) => (/^\d\.\d$/.test(fm.section) ? `${fm.section} ${fm.title}` : fm.title));

const els = (n: Document | Element, name: string) => Array.from(n.getElementsByTagNameNS(W, name)) as Element[];
const textOf = (n: Element) => els(n, 't').map((t) => t.textContent).join('');
const styleOf = (p: Element) => els(p, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? null;
/** Top-level paragraphs with their style and text. */
const paragraphs = (doc: Document) => els(doc, 'p').map((p) => ({ style: styleOf(p), text: textOf(p) }));

function saved(docx: Buffer, name: string): string {
  const path = join(tempDir('veileder-docx-'), name);
  writeFileSync(path, docx);
  return path;
}

let general: Buffer;
let personal: Buffer;
beforeAll(async () => {
  packGuideTemplate();
  general = await makeGuide('docx', false);
  personal = await makeGuide('docx', true);
}, 60_000);

for (const which of ['national', 'personalised'] as const) {
  describe(`the ${which} guide as .docx`, () => {
    const docx = () => (which === 'national' ? general : personal);

    it('parses strictly: every XML part well-formed, no warnings', () => {
      const p = parseParts(docx());
      expect([...p.keys()]).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/header1.xml', 'word/footer1.xml', '[Content_Types].xml']));
    });

    it('validates against the ECMA-376 schemas (ooxml-validate)', () => {
      const r = ooxmlValidate(saved(docx(), 'v.docx'));
      expect(r.status, r.output).toBe(0);
    }, 120_000);

    it('contains every question of the reference exactly once (mammoth)', async () => {
      const { value } = await mammoth.extractRawText({ buffer: docx() });
      expect(notExactlyOnce(value)).toEqual([]);
    });

    it('gives each point a Heading1 with its number, and the guide’s sub-headings Heading2–4', () => {
      const ps = paragraphs(parseParts(docx()).get('word/document.xml')!);
      const h1 = ps.filter((p) => p.style === 'Heading1').map((p) => p.text);
      expect(h1.filter((t) => t !== 'Status før signering')).toEqual(expectedHeadings);
      const checklists = ps.filter((p) => p.text === 'Til vurdering').map((p) => p.style);
      expect(checklists.filter((s) => s === 'Heading2')).toHaveLength(16);
      expect(checklists.filter((s) => s === 'Heading4')).toHaveLength(2);
      expect(ps.filter((p) => p.text === 'Hva omhandler punktet').every((p) => p.style === 'Heading2')).toBe(true);
      const styles = parseParts(docx()).get('word/styles.xml')!;
      const defined = new Set(els(styles, 'style').map((s) => s.getAttributeNS(W, 'styleId')));
      for (const s of new Set(ps.map((p) => p.style).filter(Boolean))) expect(defined.has(s), s!).toBe(true);
    });

    it('has a header naming the document and a «Side X av Y» footer with live fields', () => {
      const p = parseParts(docx());
      expect(textOf(p.get('word/header1.xml')!.documentElement!)).toBe(which === 'national' ? 'Veileder til partnerskapsavtalen' : 'Veileder til partnerskapsavtalen – NAV Indre Salten');
      const footer = p.get('word/footer1.xml')!;
      expect(els(footer, 'fldSimple').map((f) => f.getAttributeNS(W, 'instr')!.trim())).toEqual(['PAGE', 'NUMPAGES']);
      expect(textOf(footer.documentElement!)).toMatch(/^Side \d+ av \d+$/);
    });

    it('has real bullet numbering, and links that land on bookmarks', () => {
      const p = parseParts(docx());
      const doc = p.get('word/document.xml')!;
      const nums = new Set(els(p.get('word/numbering.xml')!, 'num').map((n) => n.getAttributeNS(W, 'numId')));
      const used = els(doc, 'numId').map((n) => n.getAttributeNS(W, 'val'));
      expect(used.length).toBeGreaterThan(10);
      for (const id of new Set(used)) expect(nums.has(id), `numId ${id}`).toBe(true);
      const marks = els(doc, 'bookmarkStart').map((b) => b.getAttributeNS(W, 'name'));
      expect(new Set(marks).size).toBe(marks.length);
      const anchors = els(doc, 'hyperlink').map((h) => h.getAttributeNS(W, 'anchor'));
      expect(anchors.length).toBeGreaterThanOrEqual(20);
      for (const a of anchors) expect(marks, a!).toContain(a);
    });

    it('is byte-identical when made again from the same input', async () => {
      expect((await makeGuide('docx', which === 'personalised')).equals(docx())).toBe(true);
    });
  });
}

describe('the personalised .docx', () => {
  /** The cells of the answer-table row for a question, each as its paragraphs' texts. */
  function row(id: string): string[][] {
    const doc = parseParts(personal).get('word/document.xml')!;
    const mark = els(doc, 'bookmarkStart').find((b) => b.getAttributeNS(W, 'name') === `q_${id.replace(/\W/g, '_')}`)!;
    let tr = mark.parentNode as Element;
    while (tr.localName !== 'tr') tr = tr.parentNode as Element;
    return (Array.from(tr.childNodes) as Element[]).filter((c) => c.localName === 'tc').map((tc) => els(tc, 'p').map(textOf));
  }

  it('shows a recorded answer and its comment exactly: status, comment, who and when', () => {
    const [question, status, comment] = row('3.7-2');
    expect(question).toEqual(['3.7-2 Hvordan sikrer dere et enhetlig og helhetlig tjenestetilbud?']);
    expect(status).toEqual(['Delvis']);
    expect(comment).toEqual([TRICKY, 'Vurdert av Ánde Sárá Čoarvi, 1. desember 2025']);
    expect(row('3.8-2').slice(1)).toEqual([['Nei'], ['Driftsavtalen er ikke ferdig.', 'Legges fram i partnerskapsmøtet i januar.']]);
    expect(row('9.0-2').slice(1)).toEqual([['Ikke relevant'], ['']]);
  });

  it('leaves an unanswered question open to tick by hand', () => {
    expect(row('3.7-1').slice(1)).toEqual([['☐ Ja', '☐ Nei', '☐ Delvis', '☐ Ikke relevant'], ['']]);
  });

  it('carries the comment through to what a reader gets (mammoth)', async () => {
    const { value } = await mammoth.extractRawText({ buffer: personal });
    expect(value).toContain(TRICKY);
    expect(value).toContain('Hamarøy kommune – Hábmer (kommunenr. 1875, org.nr. 964 983 313)');
    expect(value).toContain('I avtalen for NAV Indre Salten:');
  });

  it('carries the agreement\'s own document dates (signing date, else start date), the national guide its template\'s', () => {
    const DCTERMS = 'http://purl.org/dc/terms/';
    const dates = (docx: Buffer) => {
      const core = parseParts(docx).get('docProps/core.xml')!;
      return ['created', 'modified'].map((n) => core.getElementsByTagNameNS(DCTERMS, n).item(0)?.textContent);
    };
    const a = example('nav-indre-salten.yaml');
    expect(a.signing.date).toBe('2025-12-15');
    expect(dates(personal)).toEqual(['2025-12-15T00:00:00Z', '2025-12-15T00:00:00Z']);
    expect(dates(personal)).toEqual(dates(renderAgreement(a, derive(a), renderer())));
    expect(dates(general)).toEqual(['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z']);
  });

  it('opens with «Status før signering» before the guide itself', () => {
    const ps = paragraphs(parseParts(personal).get('word/document.xml')!).filter((p) => p.style === 'Heading1');
    expect(ps.map((p) => p.text).slice(0, 2)).toEqual(['Status før signering', 'Innledning']);
  });
});

describe('the guide in LibreOffice (lo-check)', () => {
  for (const which of ['national', 'personalised'] as const) {
    it(`opens the ${which} guide, with the points as headings, the footer fields and no template tags left`, () => {
      const report = JSON.parse(loCheck(['report', saved(which === 'national' ? general : personal, 'lo.docx')]));
      expect(report.xmlstrict.ok).toBe(true);
      expect(report.stats.loaded).toBe(true);
      expect(report.stats.template_tags_left).toEqual([]);
      expect(report.stats.field_types).toEqual({ PageNumber: 1, PageCount: 1 });
      expect(report.stats.pages).toBeGreaterThan(10);
      for (const h of expectedHeadings) expect(report.stats.headings, h).toContain(h);
      expect(report.stats.headings.filter((h: string) => h === 'Til vurdering')).toHaveLength(18);
      expect(notExactlyOnce(report.text)).toEqual([]);
      if (which === 'personalised') expect(report.text).toContain(TRICKY);
    }, 150_000);
  }
});
