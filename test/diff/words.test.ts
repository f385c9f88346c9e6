import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharesWords, similarity, wordParts } from '../../src/diff/words.js';

/** Text built from words, spaces, punctuation and line breaks, with Norwegian and Sámi letters. */
const text = fc
  .array(fc.constantFrom('arbeid', 'utdanning', 'eller', 'og', 'Hábmer', 'suohkan', 'Sørfold', 'æøå', 'ŋ', '4,5', ' ', '  ', ',', '.', ':', '\n', '\t', '–'), { maxLength: 30 })
  .map((xs) => xs.join(''));

describe('word-by-word comparison', () => {
  it('keeps every character: equal+removed spell the old text, equal+added the new (the redline relies on it)', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordParts(a, b);
        expect(parts.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(a);
        expect(parts.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(b);
        for (const p of parts) expect(p.text).not.toBe('');
      }),
      { numRuns: 500 },
    );
  });

  it('reads as phrases', () => {
    const show = (a: string, b: string) => wordParts(a, b).map((p) => (p.op === 'equal' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
    expect(show('Flere unge i arbeid eller utdanning.', 'Flere unge i arbeid, utdanning eller arbeidsrettet aktivitet.')).toBe(
      'Flere unge i arbeid{+, utdanning+} eller [-utdanning-]{+arbeidsrettet aktivitet+}.',
    );
    expect(show('møtes fire ganger', 'møtes minst fire ganger')).toBe('møtes {+minst +}fire ganger');
  });

  it('knows when texts share nothing, and how alike they are', () => {
    expect(sharesWords(wordParts('Kari Nordhus', 'Ola Hansen'))).toBe(false);
    expect(sharesWords(wordParts('Kari Nordhus', 'Kari Hansen'))).toBe(true);
    expect(similarity('a b c d', 'a b c d')).toBe(1);
    expect(similarity('a b', 'c d')).toBe(0);
    expect(similarity('Flere unge i arbeid', 'Flere unge i arbeid eller utdanning')).toBeCloseTo(0.8);
  });
});
