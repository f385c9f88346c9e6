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
import { makeGuide, packGuideTemplate, TODAY, TRICKY } from './fixtures.js';
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

    it('nests the headings as the guide numbers them: 1.0 … 9.0 Heading1, 2.1 and 3.1–3.8 Heading2, their parts below', () => {
      const ps = paragraphs(parseParts(docx()).get('word/document.xml')!);
      const points = ps.filter((p) => (p.style === 'Heading1' || p.style === 'Heading2') && expectedHeadings.includes(p.text));
      expect(points.map((p) => p.text)).toEqual(expectedHeadings);
      for (const p of points) expect(p.style, p.text).toBe(/^\d\.[1-9] /.test(p.text) ? 'Heading2' : 'Heading1');
      // 3.7's two parts sit one level below 3.7; the attachments' research list one below «Vedlegg».
      expect(ps.filter((p) => p.style === 'Heading3').map((p) => p.text)).toEqual(['Grad av delegert myndighet fra eierne til NAV-leder', 'Oppgaveutførelse på hverandres myndighetsområder']);
      expect(ps.find((p) => p.text === 'Forskningsrapporter som omhandler partnerskapet')?.style).toBe('Heading2');
      // The labels repeated under every point are a styled paragraph, not headings in the navigation pane.
      for (const label of ['Til vurdering', 'Hva omhandler punktet']) {
        const styles = ps.filter((p) => p.text === label).map((p) => p.style);
        expect(styles.length, label).toBeGreaterThanOrEqual(16);
        expect(new Set(styles), label).toEqual(new Set(['Mellomtittel']));
      }
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

  it('is dated in its properties with the generation date (--today), as the agreement made the same day; without --today, today', () => {
    const DCTERMS = 'http://purl.org/dc/terms/';
    const dates = (docx: Buffer) => {
      const core = parseParts(docx).get('docProps/core.xml')!;
      return ['created', 'modified'].map((n) => core.getElementsByTagNameNS(DCTERMS, n).item(0)?.textContent);
    };
    const a = example('nav-indre-salten.yaml');
    expect(dates(personal)).toEqual([`${TODAY}T00:00:00Z`, `${TODAY}T00:00:00Z`]);
    expect(dates(personal)).toEqual(dates(renderAgreement(a, derive(a), renderer(), { generated: TODAY })));
    const d = new Date();
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(dates(general)).toEqual([`${today}T00:00:00Z`, `${today}T00:00:00Z`]);
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
      expect(report.stats.headings).not.toContain('Til vurdering');
      expect(report.stats.headings).not.toContain('Hva omhandler punktet');
      expect(notExactlyOnce(report.text)).toEqual([]);
      if (which === 'personalised') expect(report.text).toContain(TRICKY);
    }, 150_000);
  }
});

describe('the guide’s contents field, styles and properties', () => {
  const doc = () => parseParts(personal);

  it('has Word’s own contents field (TOC \\o "1-3" \\h \\z \\u), updated on opening, with a stored entry per part', () => {
    const d = doc().get('word/document.xml')!;
    const instr = els(d, 'instrText').map((i) => i.textContent!.trim());
    expect(instr.filter((i) => i.startsWith('TOC'))).toEqual(['TOC \\o "1-3" \\h \\z \\u']);
    // One PAGEREF per stored entry, each to a bookmark that exists.
    const marks = new Set(els(d, 'bookmarkStart').map((b) => b.getAttributeNS(W, 'name')));
    const refs = instr.filter((i) => i.startsWith('PAGEREF')).map((i) => i.split(/\s+/)[1]!);
    // Every part, the status page, 3.7's two sub-parts (Heading3) and the attachments' research list (Heading2).
    expect(refs.length).toBe(expectedHeadings.length + 4);
    expect(paragraphs(d).filter((p) => p.style === 'TOC3').map((p) => p.text.slice(0, 20))).toEqual(['Grad av delegert myn', 'Oppgaveutførelse på ']);
    for (const r of refs) expect(marks.has(r), r).toBe(true);
    const toc = paragraphs(d).filter((p) => p.style?.startsWith('TOC') && p.style !== 'TOCHeading');
    expect(toc.find((p) => p.text.startsWith('3.7 '))?.style).toBe('TOC2');
    expect(toc.find((p) => p.text.startsWith('3.0 '))?.style).toBe('TOC1');
    const settings = doc().get('word/settings.xml')!;
    expect(els(settings, 'updateFields').map((u) => u.getAttributeNS(W, 'val'))).toEqual(['true']);
    // No hard page break after the contents: the next part starts a page by its own property.
    expect(els(d, 'br').filter((b) => b.getAttributeNS(W, 'type') === 'page')).toEqual([]);
  });

  it('has real footnotes: a reference in the text and the note in word/footnotes.xml, no loose «Fotnote» paragraphs', () => {
    const parts = doc();
    const d = parts.get('word/document.xml')!;
    expect(els(d, 'footnoteReference').map((r) => r.getAttributeNS(W, 'id'))).toEqual(['1', '2', '3', '4', '5', '6']);
    const notes = els(parts.get('word/footnotes.xml')!, 'footnote').filter((n) => !n.getAttributeNS(W, 'type'));
    expect(notes.map((n) => n.getAttributeNS(W, 'id'))).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(textOf(notes[0]!).trim()).toBe('Hentet fra NAV-loven §§ 13 og 14, samt rapport «Etablering og drift av NAV-kontor», Dahl-utvalget 2016.');
    expect(textOf(notes[2]!).trim()).toMatch(/^Begge eierne er ansvarlige/);
    const text = paragraphs(d).map((p) => p.text).join('\n');
    expect(text).not.toMatch(/Fotnote \d|\[\^/);
    // The mark sits where the source puts it: after «universell utforming» in 2.1.
    const p21 = els(d, 'p').find((p) => textOf(p).startsWith('Hvor skal NAV-kontoret fysisk lokaliseres'))!;
    expect(els(p21, 'footnoteReference').map((r) => r.getAttributeNS(W, 'id'))).toEqual(['3']);
    const types = parts.get('[Content_Types].xml')!.documentElement!.toString();
    expect(types).toContain('PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"');
  });

  it('names its own styles in Norwegian and keeps Word’s built-in names for the built-in ones', () => {
    const styles = els(doc().get('word/styles.xml')!, 'style');
    const name = (id: string) => els(styles.find((s) => s.getAttributeNS(W, 'styleId') === id)!, 'name')[0]!.getAttributeNS(W, 'val');
    expect(name('AgreementBox')).toBe('Avtaleboks');
    expect(name('Mellomtittel')).toBe('Mellomtittel');
    expect(name('TableText')).toBe('Tabelltekst');
    for (const [id, builtIn] of [['Heading1', 'heading 1'], ['Heading2', 'heading 2'], ['TOC1', 'toc 1'], ['TOC2', 'toc 2'], ['Title', 'Title']]) expect(name(id!)).toBe(builtIn);
    const english = styles.map((s) => els(s, 'name')[0]!.getAttributeNS(W, 'val')!).filter((n) => /Agreement|Table Text|Caption|After Table|Guide Table|Rule|^Code$|^Intro$|^Meta$/.test(n));
    expect(english).toEqual([]);
  });

  it('has title, subject, author (the office), keywords and the generation date in its properties', () => {
    const core = doc().get('docProps/core.xml')!;
    const value = (ns: string, n: string) => core.getElementsByTagNameNS(ns, n).item(0)?.textContent;
    const DC = 'http://purl.org/dc/elements/1.1/';
    const CP = 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties';
    expect(value(DC, 'title')).toBe('Veileder til partnerskapsavtalen – NAV Indre Salten');
    expect(value(DC, 'creator')).toBe('NAV Indre Salten');
    expect(value(DC, 'subject')).toMatch(/^Veileder til partnerskapsavtalen/);
    expect(value(CP, 'keywords')!.split('; ')).toEqual(expect.arrayContaining(['veileder', 'NAV Indre Salten']));
  });
});
