import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/diff/tokens.js';
import { sharesWords, similarity, wordParts } from '../../src/diff/words.js';

/** Text built from words, spaces, punctuation and line breaks, with Norwegian and Sámi letters. */
const text = fc
  .array(fc.constantFrom('arbeid', 'utdanning', 'eller', 'og', 'Hábmer', 'suohkan', 'Sørfold', 'æøå', 'ŋ', '4,5', '2 350 000 kr', '45 %', '20. november 2025', 'kl. 09.00', '1838', ' ', '  ', ',', '.', ':', '\n', '\t', '–'), { maxLength: 30 })
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

  it('replaces numbers, amounts, percentages, dates and clock times as whole units', () => {
    const show = (a: string, b: string) => wordParts(a, b).map((p) => (p.op === 'equal' ? p.text : p.op === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
    expect(show('i møte 20. november 2025.', 'i møte 18. november 2027.')).toBe('i møte [-20. november 2025-]{+18. november 2027+}.');
    expect(show('på 2 350 000 kr per år', 'på 2 480 000 kr per år')).toBe('på [-2 350 000 kr-]{+2 480 000 kr+} per år');
    expect(show('2,00', '2,50')).toBe('[-2,00-]{+2,50+}');
    // The documents write amounts with no-break spaces.
    expect(show('953\u00a0623\u00a0kr', '978\u00a0028\u00a0kr')).toBe('[-953\u00a0623\u00a0kr-]{+978\u00a0028\u00a0kr+}');
    expect(show('Minst 45 % av', 'Minst 50 % av')).toBe('Minst [-45 %-]{+50 %+} av');
    expect(show('møtet kl. 09.00 i Bodø', 'møtet kl. 10.30 i Bodø')).toBe('møtet [-kl. 09.00-]{+kl. 10.30+} i Bodø');
    expect(show('org.nr. 964 982 147', 'org.nr. 964 982 148')).toBe('org.nr. [-964 982 147-]{+964 982 148+}');
    expect(show('kommunenummer 1838', 'kommunenummer 1839')).toBe('kommunenummer [-1838-]{+1839+}');
    // Free text is compared word by word as before.
    expect(show('møtes fire ganger i 2026', 'møtes minst fire ganger i 2026')).toBe('møtes {+minst +}fire ganger i 2026');
  });

  it('tokenises units whole and keeps every character', () => {
    expect(tokenize('fra og med 1. januar 2026 til 2 480 000 kr, 39,44 % og tlf. 75 50 30 00.')).toEqual([
      'fra', ' ', 'og', ' ', 'med', ' ', '1. januar 2026', ' ', 'til', ' ', '2 480 000 kr', ',', ' ', '39,44 %', ' ', 'og', ' ', 'tlf', '.', ' ', '75 50 30 00', '.',
    ]);
    // A unit does not start inside a word or run into the next one.
    expect(tokenize('NAV2026 kroner 5 krone')).toEqual(['NAV2026', ' ', 'kroner', ' ', '5', ' ', 'krone']);
    fc.assert(
      fc.property(text, (a) => {
        expect(tokenize(a).join('')).toBe(a);
      }),
      { numRuns: 300 },
    );
  });
});
