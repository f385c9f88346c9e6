import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/text/markdown.js';

/** What a reader sees: marked's HTML (GFM, as GitHub and case systems render it), parsed strictly, as text. */
function shown(markdown: string, element: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const doc = new DOMParser({
    onError: (level, msg) => {
      throw new Error(`${level}: ${msg}\n${html}`);
    },
  }).parseFromString(`<div>${html}</div>`, 'text/xml');
  const found = doc.getElementsByTagName(element)[0];
  if (!found) throw new Error(`Ingen <${element}> i ${html}`);
  return found.textContent ?? '';
}

/** The places the reports put user text: a paragraph, a heading, a list item, a table cell. */
const PLACES: [string, (s: string) => string, string][] = [
  ['paragraph', (s) => `Tekst: ${s}`, 'p'],
  ['heading', (s) => `## ${s}`, 'h2'],
  ['list item', (s) => `- **Endret:** ${s}`, 'li'],
  ['table cell', (s) => `| Spørsmål | Svar |\n| --- | --- |\n| ${s} | ja |`, 'td'],
];

const prefix: Record<string, string> = { paragraph: 'Tekst: ', heading: '', 'list item': 'Endret: ', 'table cell': '' };

const TYPED = [
  '&',
  '<',
  '>',
  '*',
  '_',
  '[',
  ']',
  '|',
  '#',
  '\\',
  '`',
  '&lt;',
  '&lt;18 år&gt; &amp;',
  '& < > * _ [ ] | # \\ ` &lt;',
  '*ikke uthevet* _heller ikke_ **fet** ~~strek~~ `kode`',
  '[lenke](https://nav.no) <b>html</b> <https://nav.no> post@nav.no www.nav.no https://nav.no',
  '# ikke overskrift | ikke | celle \\',
  'Hábmer – Divtasvuona suohkan, áčđŋšŧž æøå',
];

describe('escapeMarkdown: user text renders back exactly as typed', () => {
  for (const [place, put, element] of PLACES) {
    it(`in a ${place}`, () => {
      for (const s of TYPED) expect(shown(put(escapeMarkdown(s)), element), s).toBe(prefix[place] + s);
    });
  }

  it('for any printable text on one line', () => {
    const char = fc.constantFrom(...'&<>*_[]|#\\`~@:/.!()-+=" \'abcwå1'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 30 }).map((cs) => cs.join('').trim()), (s) => {
        // Trimmed: a table cell drops the spaces at its ends, whatever the escaping.
        expect(shown(`| a |\n| --- |\n| ${escapeMarkdown(s)} |`, 'td')).toBe(s);
        expect(shown(`Tekst: ${escapeMarkdown(s)}.`, 'p')).toBe(`Tekst: ${s}.`);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a list item or a table cell on one line: line breaks become the given mark', () => {
    expect(escapeMarkdown('første\nandre \r\n tredje')).toBe('første andre tredje');
    expect(escapeMarkdown('første\nandre', ' ¶ ')).toBe('første ¶ andre');
    expect(shown(`| ${escapeMarkdown('a\n| b')} |\n| --- |`, 'th')).toBe('a | b');
  });
});
