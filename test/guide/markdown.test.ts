import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { Lexer } from 'marked';
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/guide/render-docx.js';
import { renderHtml } from '../../src/guide/render-html.js';
import type { GuideView } from '../../src/guide/view.js';
import { ooxmlValidate } from '../helpers/docx.js';
import { tempDir } from '../helpers/paths.js';
import { renderer } from '../helpers/resources.js';
import { packGuideTemplate } from './fixtures.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Every construct the converters handle, with text that must stay text. */
const SOURCE = `## Overskrift med **fet** tekst

Avsnitt med *kursiv*, **fet**, ~~strøket~~, \`kode <x>\`, en [lenke](https://lovdata.no/lov/2006-06-16-20?a=1&b=2), en [farlig lenke](javascript:alert(1)), <b>rå HTML</b> og &amp; Hábmer.

1. første
2. andre
   - under
     - enda dypere

3) ny liste som starter på 3

> Sitat over
> to linjer

\`\`\`
kode & <blokk>
\`\`\`

---

| Venstre | Høyre |
| :--- | ---: |
| a & b | 1 |
`;

const view: GuideView = {
  lang: 'nb',
  title: 'Prøve',
  subtitle: 'Alle former',
  meta: [{ label: 'Merke', value: 'Verdi & <mer>' }],
  intro: ['Innledning.'],
  points: [{ anchor: 'punkt-1.0', level: 1, headingBase: 2, heading: '1.0 Prøvepunkt', blocks: new Lexer().lex(SOURCE).map((token) => ({ kind: 'markdown' as const, token })) }],
};

describe('Markdown → WordprocessingML', () => {
  let docx: Buffer;
  let doc: ReturnType<DOMParser['parseFromString']>;
  let zipped: PizZip;
  beforeAll(() => {
    packGuideTemplate();
    docx = renderDocx(view, renderer());
    const zip = (zipped = new PizZip(docx));
    const strict = (name: string) =>
      new DOMParser({
        onError: (l, m) => {
          throw new Error(`${name}: ${l}: ${m}`);
        },
      }).parseFromString(zip.file(name)!.asText(), 'text/xml');
    for (const f of Object.values(zip.files)) if (/\.(xml|rels)$/.test(f.name)) strict(f.name);
    doc = strict('word/document.xml');
  });
  const zip = () => zipped;
  const paras = () => (Array.from(doc.getElementsByTagNameNS(W, 'p')) as Element[]).map((p) => ({ p, text: (Array.from(p.getElementsByTagNameNS(W, 't')) as Element[]).map((t) => t.textContent).join('') }));

  it('validates against the ECMA-376 schemas', () => {
    const path = join(tempDir(), 'md.docx');
    writeFileSync(path, docx);
    const r = ooxmlValidate(path);
    expect(r.status, r.output).toBe(0);
  }, 120_000);

  it('makes external links real hyperlinks with a relationship, and drops unsafe ones to text', () => {
    const rels = zip().file('word/_rels/document.xml.rels')!.asText();
    expect(rels).toContain('Target="https://lovdata.no/lov/2006-06-16-20?a=1&amp;b=2" TargetMode="External"');
    expect(rels).not.toContain('javascript');
    const links = Array.from(doc.getElementsByTagNameNS(W, 'hyperlink')) as Element[];
    const external = links.filter((h) => h.getAttribute('r:id'));
    expect(external.map((h) => h.textContent)).toEqual(['lenke']);
    expect(paras().some((p) => p.text.includes('en farlig lenke, <b>rå HTML</b> og & Hábmer.'))).toBe(true);
  });

  it('keeps bold, italic and strike-through as run properties, and code in a monospace font', () => {
    const runs = Array.from(doc.getElementsByTagNameNS(W, 'r')) as Element[];
    const has = (text: string, prop: string) => runs.some((r) => r.textContent === text && r.getElementsByTagNameNS(W, prop).length > 0);
    expect(has('kursiv', 'i')).toBe(true);
    expect(has('fet', 'b')).toBe(true);
    expect(has('strøket', 'strike')).toBe(true);
    expect(has('kode <x>', 'rFonts')).toBe(true);
  });

  it('numbers ordered lists with their own restarting w:num, nests bullets by level', () => {
    const numbering = zip().file('word/numbering.xml')!.asText();
    expect(numbering).toContain('<w:num w:numId="100"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>');
    expect(numbering).toContain('<w:num w:numId="101"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/>');
    const level = (text: string) => {
      const p = paras().find((x) => x.text === text)!.p;
      return [p.getElementsByTagNameNS(W, 'ilvl')[0]?.getAttributeNS(W, 'val'), p.getElementsByTagNameNS(W, 'numId')[0]?.getAttributeNS(W, 'val')];
    };
    expect(level('første')).toEqual(['0', '100']);
    expect(level('under')).toEqual(['1', '1']);
    expect(level('enda dypere')).toEqual(['2', '1']);
    expect(level('ny liste som starter på 3')).toEqual(['0', '101']);
  });

  it('turns quotes, code blocks, rules and tables into their styles and a w:tbl', () => {
    const styled = (style: string) => paras().filter((x) => x.p.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val') === style);
    expect(styled('Quote').map((x) => x.text)).toEqual(['Sitat over to linjer']);
    expect(styled('Code').map((x) => x.text)).toEqual(['kode & <blokk>']);
    expect(styled('Rule')).toHaveLength(1);
    expect(styled('Heading2').map((x) => x.text)).toEqual(['Overskrift med fet tekst']);
    const cells = (Array.from(doc.getElementsByTagNameNS(W, 'tc')) as Element[]).map((c) => c.textContent);
    expect(cells).toEqual(['Venstre', 'Høyre', 'a & b', '1']);
  });
});

describe('Markdown → HTML', () => {
  const html = renderHtml(view);
  const doc = new DOMParser({
    onError: (l, m) => {
      throw new Error(`${l}: ${m}`);
    },
  }).parseFromString(html.replace(/^<!DOCTYPE html>\n/, ''), 'application/xhtml+xml');
  const text = doc.documentElement!.textContent ?? '';

  it('is well-formed, keeps raw HTML as text and drops unsafe links', () => {
    expect(text).toContain('<b>rå HTML</b> og & Hábmer.');
    expect(doc.getElementsByTagName('b').length).toBe(0);
    const hrefs = (Array.from(doc.getElementsByTagName('a')) as Element[]).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://lovdata.no/lov/2006-06-16-20?a=1&b=2');
    expect(hrefs.some((h) => h?.startsWith('javascript'))).toBe(false);
    const lists = Array.from((doc.getElementsByTagName('main')[0] as Element).getElementsByTagName('ol')) as Element[];
    expect(lists.map((ol) => ol.getAttribute('start'))).toEqual([null, '3']);
    expect(text).toContain('Verdi & <mer>');
  });
});
