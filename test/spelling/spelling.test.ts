/**
 * Spelling of everything the command generates (issue 14): every word of the agreements, the
 * guides, the national guide and the text reports of audit and diff is in Debian's bokmål
 * dictionary (nb_NO) or in the reviewed project list (test/fixtures/spelling/nb.txt), and no word
 * is nynorsk leaking into bokmål (issue 16). First the checker itself, on texts made here, so the
 * checks below can fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBundle } from '../cli/helpers/bundle.js';
import {
  describeFindings,
  EMPTY_LIST,
  HUNSPELL_HINT,
  leakedWords,
  readWordList,
  rejectedBy,
  requireHunspell,
  unknownWords,
  unneededEntries,
  wordsOf,
  type SourceText,
} from '../helpers/hunspell.js';
import { tempDir } from '../helpers/paths.js';
import { generatedTexts } from './generated.js';

const text = (t: string): SourceText[] => [{ source: 'prøve', text: t }];
const words = (found: { word: string }[]) => found.map((f) => f.word);

describe('the checker', () => {
  it('cuts words as a reader reads them: hyphenated names whole, abbreviations with their dots, no numbers, paths or codes', () => {
    expect(wordsOf('Etter NAV-loven § 14 (jf. 3.7-2), kl. 09.00–15.00, bl.a. på nav.no: examples/nav-bodo.yaml [ikke_vurdert] – Hábmer, «ærlig». Slutt.')).toEqual([
      'Etter',
      'NAV-loven',
      'jf.',
      'kl.',
      'bl.a.',
      'på',
      'Hábmer',
      'ærlig',
      'Slutt.',
    ]);
    // Soft hyphens vanish, a non-breaking hyphen is a hyphen, a typographic apostrophe a plain one.
    expect(wordsOf('partner\u00adskaps\u00adavtalen NAV\u2011kontoret NAV’s')).toEqual(['partnerskapsavtalen', 'NAV-kontoret', "NAV's"]);
  });

  it('finds misspellings and words the dictionary lacks, once each, with where they are', () => {
    const found = unknownWords(
      [
        { source: 'a', text: 'Partnerskapsavtallen gjelder tjenster i NAV-kontoret. Avtalen gjelder tjenster.' },
        { source: 'b', text: 'Kommunedirektøren signerer kl. 10.' },
      ],
      'nb_NO',
      EMPTY_LIST,
    );
    expect(found).toEqual([
      { word: 'kl', sources: ['b'] },
      { word: 'Partnerskapsavtallen', sources: ['a'] },
      { word: 'tjenster', sources: ['a'] },
    ]);
  });

  it('accepts the reviewed list: words in any case if listed in lower case, names only as written, compounds on a listed first element, phrases', () => {
    const list = { words: new Set(['noen', 'Hábmer', 'kl.']), prefixes: ['partnerskaps'], phrases: ['a konto'] };
    const found = unknownWords(text('Noen i Hábmer og hábmer betaler a konto kl. 10 etter partnerskapsavtalen og partnerskapsavtallen.'), 'nb_NO', list);
    expect(words(found)).toEqual(['hábmer', 'partnerskapsavtallen']);
  });

  it('finds the other målform leaking in, both ways, apart from the reviewed list', () => {
    expect(words(leakedWords(text('Eierne er ikkje enige om tenester.'), 'nb_NO', 'nn_NO', EMPTY_LIST))).toEqual(['ikkje', 'tenester']);
    expect(words(leakedWords(text('Eigarane er ikke samde om tjenester.'), 'nn_NO', 'nb_NO', EMPTY_LIST))).toEqual(['ikke', 'tjenester']);
    const allowed = { ...EMPTY_LIST, words: new Set(['ikke']) };
    expect(words(leakedWords(text('Eigarane er ikke samde om tjenester.'), 'nn_NO', 'nb_NO', allowed))).toEqual(['tjenester']);
  });

  it('fails with an install hint when Hunspell or the dictionary is missing, never skips', () => {
    const missing = tempDir('partnerskap-hunspell-');
    expect(() => requireHunspell('nb_NO', missing)).toThrow(HUNSPELL_HINT);
    // The real one is there (installed by .ci/run): otherwise every test here fails with the same hint.
    expect(rejectedBy('nb_NO', ['avtale', 'avtalle'])).toEqual(new Set(['avtalle']));
  });
});

describe('the generated texts (all examples, the national guide, audit and diff)', () => {
  let texts: SourceText[];
  beforeAll(async () => {
    await ensureBundle();
    texts = generatedTexts();
  }, 300_000);

  it('have every word in nb_NO or the reviewed list (test/fixtures/spelling/nb.txt)', () => {
    const found = unknownWords(texts, 'nb_NO', readWordList('nb.txt'));
    expect(describeFindings(found), 'Rett skrivefeilen i malen, veilederen eller koden, eller før ordet inn i listen med begrunnelse').toBe('');
  });

  it('have no nynorsk words (known to nn_NO, not to nb_NO) apart from the reviewed list (nb-nn.txt)', () => {
    const found = leakedWords(texts, 'nb_NO', 'nn_NO', readWordList('nb-nn.txt'));
    expect(describeFindings(found)).toBe('');
  });

  it('need every entry of the reviewed lists (an entry no text needs any more is removed)', () => {
    expect(unneededEntries(texts, 'nb_NO', readWordList('nb.txt')), 'Ingen generert tekst trenger disse lenger: fjern dem fra listen').toEqual([]);
    const leaks = words(leakedWords(texts, 'nb_NO', 'nn_NO', EMPTY_LIST));
    expect([...readWordList('nb-nn.txt').words].filter((w) => !leaks.some((l) => l === w || l.toLowerCase() === w))).toEqual([]);
  });
});
