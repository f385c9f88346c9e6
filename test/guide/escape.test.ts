import { Lexer, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownInline } from '../../src/guide/escape.js';
import { plainText } from '../../src/guide/inline.js';

const SPECIALS = `& < > " ' ]]>`;
const SAMI = 'Hábmer, Divtasvuona suohkan, áčđŋšŧž ÁČĐŊŠŦŽ';

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
