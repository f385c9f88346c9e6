import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownInline, escapeXml } from '../../src/guide/escape.js';
import { plainText } from '../../src/guide/inline.js';

/** Parses XML strictly: any warning or error throws. */
function strictXml(xml: string) {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

const SPECIALS = `& < > " ' ]]>`;
const SAMI = 'Hábmer suohkan, Divtasvuona suohkan, áčđŋšŧž ÁČĐŊŠŦŽ';

describe('escapeXml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(SPECIALS)).toBe('&amp; &lt; &gt; &quot; &#39; ]]&gt;');
    expect(escapeXml(SAMI)).toBe(SAMI);
    expect(escapeXml('æøå ÆØÅ «» – §')).toBe('æøå ÆØÅ «» – §');
  });

  it('keeps text and attribute values intact through a strict XML parser', () => {
    const s = `${SPECIALS} ${SAMI} <w:p>`;
    const doc = strictXml(`<r a="${escapeXml(s)}" b='${escapeXml(s)}'><![CDATA[x]]>${escapeXml(s)}</r>`);
    expect(doc.documentElement!.getAttribute('a')).toBe(s);
    expect(doc.documentElement!.getAttribute('b')).toBe(s);
    expect(doc.documentElement!.textContent).toBe(`x${s}`);
    expect(doc.getElementsByTagName('w:p').length).toBe(0);
  });

  it('drops characters XML cannot carry, so no input gives a file Word refuses', () => {
    expect(escapeXml('a\u0000b\u0007c\u000bd\ufffee\ud800f')).toBe('abcdef');
    expect(escapeXml('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(escapeXml('😀')).toBe('😀');
  });

  it('round-trips any string of XML characters (property)', () => {
    const xmlChar = fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", ']', 'á', 'ŋ', 'ž', '\t', ' '), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(xmlChar, { maxLength: 30 }), (parts) => {
        const s = parts.join('').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\r]/g, '');
        expect(strictXml(`<t>${escapeXml(s)}</t>`).documentElement!.textContent).toBe(s);
      }),
    );
  });
});

describe('escapeMarkdown', () => {
  /** What a reader of the rendered Markdown sees: the plain text of the one paragraph. */
  const shown = (md: string) => {
    const tokens = new Lexer().lex(md);
    expect(tokens.filter((t) => t.type !== 'space').map((t) => t.type)).toEqual(['paragraph']);
    return plainText((tokens[0] as Tokens.Paragraph).tokens);
  };

  it.each([SPECIALS, SAMI, '*ikke kursiv* _heller ikke_ `ikke kode` [ikke lenke](x) <b>ikke fet</b> &amp; | ~~ikke~~', '# ikke overskrift', '- ikke liste', '1. ikke nummerert', '> ikke sitat', '+ ikke', '\\ bakstrek'])(
    'shows «%s» as written',
    (s) => {
      expect(shown(escapeMarkdown(s))).toBe(s);
      expect(shown(`Tekst: ${escapeMarkdownInline(s)}`)).toBe(`Tekst: ${s}`);
    },
  );
});
