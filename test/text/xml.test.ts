import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeXml, escapeXmlText, replaceXmlForbidden, XML_FORBIDDEN } from '../../src/text/xml.js';

/** Parses XML strictly: any warning or error throws. */
function strictXml(xml: string) {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

/** XML 1.0 § 2.2, production [2] Char, written out from the specification (not from the code under test). */
const isXmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

const SPECIALS = `& < > " ' ]]>`;
const SAMI = 'Hábmer, Divtasvuona suohkan, áčđŋšŧž ÁČĐŊŠŦŽ';

describe('XML_FORBIDDEN: the characters XML forbids (the one definition for the whole project)', () => {
  it('matches exactly the UTF-16 code units that are not XML characters on their own', () => {
    const wrong: string[] = [];
    for (let u = 0; u <= 0xffff; u++) {
      const alone = String.fromCharCode(u);
      const isSurrogate = u >= 0xd800 && u <= 0xdfff;
      // A lone surrogate is not a character at all; every other unit is judged by the production.
      const forbidden = isSurrogate || !isXmlChar(u);
      if (XML_FORBIDDEN.test(alone) !== forbidden) wrong.push(u.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('accepts surrogate pairs (characters above U+FFFF) and finds a lone half in any position', () => {
    for (const cp of [0x10000, 0x1f600, 0x1f1f3, 0x10ffff]) expect(XML_FORBIDDEN.test(`a${String.fromCodePoint(cp)}b`), cp.toString(16)).toBe(false);
    expect(XML_FORBIDDEN.exec('ab\ud83dc')?.index).toBe(2);
    expect(XML_FORBIDDEN.exec('ab\ude00c')?.index).toBe(2);
    expect(XML_FORBIDDEN.exec('\ude00\ud83d')?.index).toBe(0);
  });

  it('replaceXmlForbidden replaces every one, and keeps no state between calls', () => {
    expect(replaceXmlForbidden('a\u0000b\u0007c\u000bd\ufffee\ud800f')).toBe('abcdef');
    expect(replaceXmlForbidden('a\u0001b\u0002', '\ufffd')).toBe('a\ufffdb\ufffd');
    expect(replaceXmlForbidden('a\u0001b\u0002', '\ufffd')).toBe('a\ufffdb\ufffd');
    expect([XML_FORBIDDEN.test('\u0001'), XML_FORBIDDEN.test('\u0001')]).toEqual([true, true]);
  });
});

describe('escapeXml / escapeHtml', () => {
  it('escapes the five XML specials and nothing else', () => {
    expect(escapeXml(SPECIALS)).toBe('&amp; &lt; &gt; &quot; &#39; ]]&gt;');
    expect(escapeHtml(SPECIALS)).toBe(escapeXml(SPECIALS));
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

  it('escapeXmlText leaves quotes readable in character data and is just as safe there', () => {
    const s = `{"navn":"Hábmer & Co <as>","x":'y'} ]]> \u0001`;
    expect(escapeXmlText(s)).toBe(`{"navn":"Hábmer &amp; Co &lt;as&gt;","x":'y'} ]]&gt; `);
    expect(strictXml(`<t>${escapeXmlText(s)}</t>`).documentElement!.textContent).toBe(s.replace('\u0001', ''));
  });

  it('round-trips any string of XML characters (property)', () => {
    const xmlChar = fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", ']', 'á', 'ŋ', 'ž', '\t', ' '), fc.string({ unit: 'grapheme', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(xmlChar, { maxLength: 30 }), (parts) => {
        // Carriage returns are legal but a parser reads them as line feeds; the rest must survive.
        const s = replaceXmlForbidden(parts.join('')).replace(/\r/g, '');
        // In an attribute a parser turns tabs and line feeds into spaces unless they are references.
        const doc = strictXml(`<t a="${escapeXml(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;')}">${escapeXml(s)}</t>`);
        expect(doc.documentElement!.textContent).toBe(s);
        expect(doc.documentElement!.getAttribute('a')).toBe(s);
        expect(strictXml(`<t>${escapeXmlText(s)}</t>`).documentElement!.textContent).toBe(s);
      }),
    );
  });
});
