import { DOMParser, type Element } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeGuide, TRICKY } from './fixtures.js';
import { notExactlyOnce, referenceBlocks } from './reference.js';

const XHTML = 'http://www.w3.org/1999/xhtml';

/** The page parsed as XML, strictly: any warning or error fails the test. */
function parse(html: string) {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(html.replace(/^<!DOCTYPE html>\n/, ''), 'application/xhtml+xml');
  expect(errors).toEqual([]);
  return doc;
}

const all = (doc: ReturnType<typeof parse> | Element, tag: string) => Array.from(doc.getElementsByTagNameNS(XHTML, tag)) as Element[];
const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();

for (const personal of [false, true]) {
  describe(personal ? 'the HTML guide for NAV Indre Salten' : 'the national HTML guide', () => {
    let html = '';
    let doc: ReturnType<typeof parse>;
    beforeAll(async () => {
      html = (await makeGuide('html', personal)).toString('utf8');
      doc = parse(html);
    });

    it('is one well-formed XHTML page in Norwegian, with a title', () => {
      expect(html.startsWith('<!DOCTYPE html>\n<html')).toBe(true);
      expect(doc.documentElement!.getAttribute('lang')).toBe('nb');
      expect(text(all(doc, 'title')[0]!)).toBe(personal ? 'Veileder til partnerskapsavtalen – NAV Indre Salten' : 'Veileder til partnerskapsavtalen');
    });

    it('is self-contained: inline CSS with print rules, no scripts, nothing fetched', () => {
      expect(all(doc, 'script')).toHaveLength(0);
      expect(all(doc, 'link')).toHaveLength(0);
      expect(html).not.toMatch(/\ssrc=|url\(|@import/);
      const css = text(all(doc, 'style')[0]!);
      expect(css).toContain('@media print');
      expect(css).toContain('@page');
    });

    it('has exactly one anchor per question id, and every id once', () => {
      const ids = Array.from(doc.getElementsByTagName('*')).flatMap((e) => ((e as Element).getAttribute('id') ? [(e as Element).getAttribute('id')!] : []));
      expect(new Set(ids).size).toBe(ids.length);
      const questionIds = ids.filter((id) => id.startsWith('q-'));
      expect(questionIds).toHaveLength(44);
      expect(questionIds).toContain('q-3.7-2');
    });

    it('contains every question of the reference exactly once', () => {
      expect(referenceBlocks().flat()).toHaveLength(44);
      expect(notExactlyOnce(doc.documentElement!.textContent ?? '')).toEqual([]);
    });

    it('has a table of contents whose links all lead somewhere on the page', () => {
      const nav = all(doc, 'nav')[0]!;
      const links = Array.from(nav.getElementsByTagNameNS(XHTML, 'a')) as Element[];
      expect(links.map(text)).toContain('3.7 Delegert myndighet til NAV-leder, og oppgaveutførelse på hverandres myndighetsområder');
      expect(links.length).toBe(personal ? 21 : 20);
      for (const a of all(doc, 'a')) {
        const href = a.getAttribute('href')!;
        expect(href.startsWith('#'), href).toBe(true);
        expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
      }
    });

    it('puts the point headings in <h2> with the template number, 2.1 and 3.1–3.8 in <h3> below theirs', () => {
      const h2 = all(doc, 'h2').map(text);
      expect(h2).toContain('1.0 Avtaleparter – eiere');
      expect(h2).toContain('Innledning');
      const h3 = all(doc, 'h3').map(text);
      expect(h3).toContain('3.8 Driftsavtale');
      expect(h3).toContain('2.1 Fysisk lokalisering, og utforming av NAV-kontoret');
      expect(h2).not.toContain('3.8 Driftsavtale');
      // The labels repeated under every point are not headings.
      expect([...h2, ...h3, ...all(doc, 'h4').map(text), ...all(doc, 'h5').map(text)].filter((t) => /^(Til vurdering|Hva omhandler punktet)$/.test(t))).toEqual([]);
      expect(all(doc, 'p').filter((p) => p.getAttribute('class') === 'mellomtittel' && text(p) === 'Til vurdering')).toHaveLength(18);
    });

    it('links each footnote mark to its note, and the note back to the mark', () => {
      const marks = all(doc, 'sup').filter((s) => s.getAttribute('class') === 'fotnote');
      expect(marks.map(text)).toEqual(['1', '2', '3', '4', '5', '6']);
      for (const m of marks) {
        const n = text(m);
        expect(m.getAttribute('id')).toBe(`fnref-${n}`);
        expect(all(m, 'a')[0]!.getAttribute('href')).toBe(`#fn-${n}`);
        const note = doc.getElementById(`fn-${n}`)!;
        expect(note.tagName).toBe('li');
        expect(all(note, 'a').map((a) => a.getAttribute('href'))).toContain(`#fnref-${n}`);
      }
      expect(text(doc.getElementById('fn-6')!)).toMatch(/^NAVs strategi for brukermedvirkning/);
      expect(text(doc.documentElement as unknown as Element)).not.toMatch(/Fotnote \d|\[\^/);
    });

    it('numbers its contents once: the headings\' own numbers in unnumbered, nested lists', () => {
      const nav = all(doc, 'nav')[0]!;
      expect(all(nav, 'ol')).toEqual([]);
      const lists = all(nav, 'ul');
      expect(lists.length).toBeGreaterThanOrEqual(3);
      const nested = (l: Element) => all(l, 'a').map(text);
      // 3.0's list item holds 3.1–3.8.
      const three = all(nav, 'li').find((li) => text(all(li, 'a')[0]!) === '3.0 Organisering og drift av NAV-kontoret')!;
      expect(nested(three).slice(1).map((t) => t.slice(0, 3))).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8']);
    });
  });
}

describe('the HTML guide for one agreement', () => {
  let doc: ReturnType<typeof parse>;
  beforeAll(async () => {
    doc = parse((await makeGuide('html', true)).toString('utf8'));
  });
  const cells = (id: string) => (Array.from(doc.getElementById(`q-${id}`)!.getElementsByTagNameNS(XHTML, 'td')) as Element[]).map((td) => td.textContent ?? '');

  it('shows a recorded answer: status, the comment exactly (escaped, not markup), who and when', () => {
    const [, status, comment] = cells('3.7-2');
    expect(status).toBe('Delvis');
    expect(comment).toBe(`${TRICKY}Vurdert av Ánde Sárá Čoarvi, 1. desember 2025`);
    expect(doc.getElementsByTagName('w:p').length).toBe(0);
  });

  it('keeps a comment’s line break, and shows an answer without a comment', () => {
    const row = doc.getElementById('q-3.8-2')!;
    expect(cells('3.8-2')[2]).toBe('Driftsavtalen er ikke ferdig.Legges fram i partnerskapsmøtet i januar.');
    expect(row.getElementsByTagNameNS(XHTML, 'br').length).toBe(1);
    expect(cells('9.0-2').slice(1)).toEqual(['Ikke relevant', '']);
  });

  it('leaves an unanswered question open to tick by hand', () => {
    expect(cells('2.0-1').slice(1)).toEqual(['☐ Ja ☐ Nei ☐ Delvis ☐ Ikke relevant', '']);
  });

  it('names office, kommuner (with Sámi names) and fylke at the top, and the agreement’s own values per point', () => {
    const dd = all(doc, 'dd');
    const meta = Object.fromEntries(all(doc, 'dt').map((dt, i) => [text(dt), text(dd[i]!)]));
    expect(meta).toMatchObject({
      'NAV-kontorets navn': 'NAV Indre Salten',
      Kommuner: 'Fauske kommune (vertskommune), Saltdal kommune, Sørfold kommune, Beiarn kommune og Hamarøy kommune – Hábmer',
      'NAV fylke': 'NAV Nordland',
      Avtaleform: 'Alternativ 2: vertskommune for flere kommuner',
      'Sjekklisten «Til vurdering»': '4 av 44 spørsmål vurdert, 40 ikke vurdert',
    });
    const aside = (anchor: string) => doc.getElementById(anchor)!.getElementsByTagNameNS(XHTML, 'aside')[0] as Element;
    const box = (anchor: string) => text(aside(anchor));
    expect(box('punkt-1.0')).toContain('Avtaleform: Alternativ 2: vertskommune for flere kommuner');
    const shares = (Array.from(aside('punkt-3.8').getElementsByTagNameNS(XHTML, 'tr')) as Element[]).map((tr) => (Array.from(tr.childNodes) as Element[]).map(text));
    expect(shares).toContainEqual(['Hamarøy kommune – Hábmer', '3,30', '9,56 %', '224 783 kr']);
    expect(shares).toContainEqual(['Sum', '34,50', '100,00 %', '2 350 000 kr']);
    expect(box('punkt-4.0')).toContain('kvalifiseringsprogrammet');
    expect(doc.getElementById('punkt-3.0')!.getElementsByTagNameNS(XHTML, 'aside').length).toBe(0);
  });

  it('opens with «Status før signering», linking open questions instead of repeating them', () => {
    const status = doc.getElementById('status')!;
    expect(text(status.getElementsByTagNameNS(XHTML, 'h2')[0] as Element)).toBe('Status før signering');
    expect(text(status)).toContain('Kontrollert 1. desember 2025');
    expect(text(status)).toContain('Sjekklisten: 4 av 44 spørsmål vurdert');
    const hrefs = (Array.from(status.getElementsByTagNameNS(XHTML, 'a')) as Element[]).map((a) => a.getAttribute('href'));
    // Sections where nothing but open questions is found share one line per run of sections.
    const lines = (Array.from(status.getElementsByTagNameNS(XHTML, 'li')) as Element[]).map(text).filter((t) => /ikke vurdert/.test(t));
    expect(lines.length).toBeLessThan(8);
    for (const l of lines) expect(l).toMatch(/^Advarsel: (\d\.\d(–\d\.\d)?: \d+ spørsmål ikke vurdert|Ikke vurdert:)/);
    expect(hrefs).not.toContain('#q-1.0-1');
  });
});
