/**
 * Spelling checked with Debian's Hunspell and its Norwegian dictionaries (`hunspell-no`: nb_NO and
 * nn_NO in /usr/share/hunspell), independently of the code under test. The words are cut out here,
 * not by Hunspell, so that «NAV-loven», «§ 14», «3.7-2», «kl.» and «æøå» are handled one way
 * whatever the dictionary's own word characters; then every distinct word goes to one Hunspell
 * process per dictionary (`-L` prints the input lines it rejects, one word per line).
 * A missing Hunspell or dictionary fails with an install hint; nothing is skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.js';

export type Dictionary = 'nb_NO' | 'nn_NO';

export const HUNSPELL = '/usr/bin/hunspell';
export const DICTIONARIES = '/usr/share/hunspell';
export const HUNSPELL_HINT = 'apt-get install hunspell hunspell-no (.ci/run gjør det)';
/** The reviewed project word lists (test/fixtures/spelling/README.md). */
export const WORD_LISTS = join(ROOT, 'test', 'fixtures', 'spelling');

/** A text to check and where it comes from («veileder-nav-bodo.docx: word/document.xml»). */
export interface SourceText {
  source: string;
  text: string;
}

/** A word that failed, and every place it occurs. */
export interface Finding {
  word: string;
  sources: string[];
}

/**
 * What is not a word: web and e-mail addresses and domains («nav.no»), file names and paths
 * («examples/nav-bodo.yaml»), the codes of audit findings («[ikke_vurdert]»). Anything with a digit
 * is dropped as a whole below (numbers, dates, question ids like «3.7-2», postal codes).
 */
const NOT_WORDS = [
  /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:no|com|org|net)\b/gu,
  /(?:[\p{L}\p{N}_.-]+\/)*[\p{L}\p{N}_.-]+\.(?:ya?ml|json|docx|pdf|md|html)\b/gu,
  /(?<![\p{L}\p{N}])\/[^\s»"')]+/gu,
  /\[[a-z0-9_]+\]/g,
];
/**
 * A word: an abbreviation with several dots («bl.a.», «m.fl.»), or letters with hyphens or
 * apostrophes inside («NAV-loven») and a dot right after it kept («kl.», «nr.»: the dictionary
 * knows some abbreviations only with the dot; the word before a full stop is checked without it).
 */
const WORD = /(?:\p{L}{1,4}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*\.?/gu;

/** The words of a text as a reader reads them (soft hyphens removed, non-breaking hyphens as «-»). */
export function wordsOf(text: string): string[] {
  let clean = text.normalize('NFC').replace(/\u00ad/g, '').replace(/[\u2010\u2011]/g, '-');
  for (const re of NOT_WORDS) clean = clean.replace(re, ' ');
  return (clean.match(WORD) ?? []).filter((w) => !/\p{N}/u.test(w)).map((w) => w.replace(/’/g, "'"));
}

/** A word without the full stop after it; an abbreviation with dots inside keeps its own. */
const base = (token: string): string => (/^[^.]+\.$/.test(token) ? token.slice(0, -1) : token);

/**
 * A reviewed word list (test/fixtures/spelling/README.md): words, one or more per line, «#» starts
 * a comment. An entry ending in «-» is a first element of compounds («partnerskaps-»): a word made
 * of it and a word the dictionary knows is accepted («partnerskapsavtalen», «partnerskapsmøtene»).
 */
export interface WordList {
  words: ReadonlySet<string>;
  prefixes: readonly string[];
  /** Fixed phrases, written with «_» between the words in the list («a_konto»). */
  phrases: readonly string[];
}

export const EMPTY_LIST: WordList = { words: new Set(), prefixes: [], phrases: [] };

export function readWordList(name: string): WordList {
  const entries = readFileSync(join(WORD_LISTS, name), 'utf8')
    .split('\n')
    .flatMap((line) => line.replace(/#.*/, '').trim().split(/\s+/))
    .filter((w) => w !== '')
    .map((w) => w.normalize('NFC'));
  const single = entries.filter((w) => !w.includes('_'));
  return {
    words: new Set(single.filter((w) => !w.endsWith('-'))),
    prefixes: single.filter((w) => w.endsWith('-')).map((w) => w.slice(0, -1)),
    phrases: entries.filter((w) => w.includes('_')).map((w) => w.replace(/_/g, ' ')),
  };
}

/** Both lists in one (a målform's word list and its reviewed leaks, for instance). */
export const mergeLists = (...lists: WordList[]): WordList => ({
  words: new Set(lists.flatMap((l) => [...l.words])),
  prefixes: lists.flatMap((l) => l.prefixes),
  phrases: lists.flatMap((l) => l.phrases),
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The text with the list's phrases taken out (they are checked as a whole, by review). */
const withoutPhrases = (text: string, list: WordList): string =>
  list.phrases.reduce((t, p) => t.replace(new RegExp(`(?<![\\p{L}])${escape(p)}(?![\\p{L}])`, 'gu'), ' '), text.normalize('NFC'));

/**
 * In the list: as written, or (for an entry in lower case) in any case — «partnerskapsavtalen»
 * covers «Partnerskapsavtalen» at the start of a sentence; «Bodø» covers only itself.
 */
const listed = (word: string, list: WordList): boolean => list.words.has(word) || list.words.has(word.toLowerCase());

/** The rests of `word` after each first element of the list it starts with («partnerskaps|avtalen» → «avtalen»). */
const rests = (word: string, list: WordList): string[] => {
  const lower = word.toLowerCase();
  return list.prefixes.filter((p) => lower.startsWith(p) && lower.length > p.length).map((p) => word.slice(p.length));
};

export function requireHunspell(dictionary: Dictionary, dictionaries = DICTIONARIES): string {
  if (!existsSync(HUNSPELL)) throw new Error(`Hunspell mangler (${HUNSPELL}). Installer: ${HUNSPELL_HINT}`);
  const path = join(dictionaries, dictionary);
  for (const ext of ['.aff', '.dic'])
    if (!existsSync(path + ext)) throw new Error(`Hunspell-ordlisten ${dictionary} mangler (${path}${ext}). Installer: ${HUNSPELL_HINT}`);
  return path;
}

/**
 * The words `dictionary` rejects, in one Hunspell process: UTF-8 in and out, no personal
 * dictionary (so the result does not depend on the user's home folder).
 */
export function rejectedBy(dictionary: Dictionary, words: Iterable<string>): Set<string> {
  const path = requireHunspell(dictionary);
  const list = [...new Set(words)];
  if (list.length === 0) return new Set();
  const r = spawnSync(HUNSPELL, ['-d', path, '-p', '/dev/null', '-i', 'utf-8', '-L'], {
    input: `${list.join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  if (r.error) throw new Error(`Kunne ikke kjøre ${HUNSPELL}: ${r.error.message}. Installer: ${HUNSPELL_HINT}`);
  if (r.status !== 0) throw new Error(`${HUNSPELL} -d ${path} avsluttet med ${r.status ?? r.signal}: ${r.stderr}`);
  const rejected = new Set(r.stdout.split('\n').filter((l) => l !== ''));
  const sent = new Set(list);
  for (const w of rejected) if (!sent.has(w)) throw new Error(`Hunspell svarte med en linje som ikke var sendt inn: «${w}»`);
  return rejected;
}

/**
 * The forms `dictionary` and `list` together know: by Hunspell, as a list entry, or as a listed
 * first element and a known rest («partnerskaps|møtenes», «arbeids|avklarings|penger»: two
 * elements deep). One Hunspell process per level.
 */
function knownForms(dictionary: Dictionary, forms: readonly string[], list: WordList, depth = 2): Set<string> {
  const rejected = rejectedBy(
    dictionary,
    forms.filter((f) => !listed(f, list)),
  );
  const known = new Set(forms.filter((f) => !rejected.has(f)));
  const restsOf = [...rejected].map((f) => [f, rests(f, list)] as const).filter(([, r]) => r.length > 0);
  if (depth === 0 || restsOf.length === 0) return known;
  const knownRests = knownForms(dictionary, [...new Set(restsOf.flatMap(([, r]) => r))], list, depth - 1);
  for (const [f, r] of restsOf) if (r.some((x) => knownRests.has(x))) known.add(f);
  return known;
}

/**
 * Which of the words (as wordsOf gives them) `dictionary` and `list` know. A hyphenated word is
 * also known when each part is («NAV-kontorets»), and a word before a dot also with the dot
 * («kl.», «nr.»).
 */
function knownWords(dictionary: Dictionary, tokens: readonly string[], list: WordList): Map<string, boolean> {
  const formsOf = (t: string) => {
    const b = base(t);
    return [b, ...(b !== t ? [t] : []), ...(b.includes('-') ? b.split('-') : [])];
  };
  const known = knownForms(dictionary, [...new Set(tokens.flatMap(formsOf))], list);
  return new Map(
    tokens.map((t) => {
      const b = base(t);
      return [t, known.has(b) || (b !== t && known.has(t)) || (b.includes('-') && b.split('-').every((p) => known.has(p)))];
    }),
  );
}

/** Every distinct word of the texts with the sources it occurs in. */
function occurrences(texts: readonly SourceText[]): Map<string, string[]> {
  const where = new Map<string, string[]>();
  for (const { source, text } of texts)
    for (const w of wordsOf(text)) {
      const sources = where.get(w) ?? [];
      if (!sources.includes(source)) sources.push(source);
      where.set(w, sources);
    }
  return where;
}

/** Findings by the word as a reader sees it (the dot after it dropped), sorted. */
function findings(tokens: readonly string[], where: Map<string, string[]>): Finding[] {
  const byWord = new Map<string, string[]>();
  for (const t of tokens) {
    const sources = byWord.get(base(t)) ?? [];
    for (const s of where.get(t) ?? []) if (!sources.includes(s)) sources.push(s);
    byWord.set(base(t), sources);
  }
  return [...byWord].map(([word, sources]) => ({ word, sources })).sort((a, b) => a.word.localeCompare(b.word, 'nb'));
}

/** The words of the texts that neither `dictionary` nor the reviewed `list` knows. */
export function unknownWords(texts: readonly SourceText[], dictionary: Dictionary, list: WordList): Finding[] {
  const where = occurrences(texts.map((t) => ({ ...t, text: withoutPhrases(t.text, list) })));
  const tokens = [...where.keys()];
  const known = knownWords(dictionary, tokens, list);
  return findings(
    tokens.filter((t) => !known.get(t)),
    where,
  );
}

/**
 * Words of the other målform leaking into a text in `own`: words the `other` dictionary knows and
 * the `own` one does not (for nynorsk texts own = nn_NO, other = nb_NO: bokmål leaking in; for
 * bokmål the reverse), apart from the reviewed `allowed` list. The dictionaries decide, not the
 * project's word lists: a listed compound that only the other målform's dictionary knows must be
 * reviewed here too.
 */
export function leakedWords(texts: readonly SourceText[], own: Dictionary, other: Dictionary, allowed: WordList): Finding[] {
  const where = occurrences(texts.map((t) => ({ ...t, text: withoutPhrases(t.text, allowed) })));
  const tokens = [...where.keys()].filter((t) => !listed(base(t), allowed));
  const ownKnows = knownWords(own, tokens, EMPTY_LIST);
  const notOwn = tokens.filter((t) => !ownKnows.get(t));
  const otherKnows = knownWords(other, notOwn, EMPTY_LIST);
  return findings(
    notOwn.filter((t) => otherKnows.get(t)),
    where,
  );
}

/** «ord (kilde, kilde)» per line, for an assertion message a reader can act on. */
export const describeFindings = (found: readonly Finding[]): string => found.map((f) => `${f.word}  (${f.sources.join('; ')})`).join('\n');

/**
 * Entries of `list` the texts do not need: no word in them is unknown to `dictionary` alone that
 * the entry would answer for (as the word, the rest of a compound, or a first element), and
 * phrases that do not occur. Keeps a reviewed list as short as the texts allow.
 */
export function unneededEntries(texts: readonly SourceText[], dictionary: Dictionary, list: WordList): string[] {
  const bare = unknownWords(texts, dictionary, { ...EMPTY_LIST, phrases: list.phrases }).map((f) => f.word);
  const matches = (entry: string, word: string) => {
    const w = entry === entry.toLowerCase() ? word.toLowerCase() : word;
    return w === base(entry) || w.endsWith(base(entry)) || w.split('-').includes(base(entry));
  };
  const words = [...list.words].filter((e) => !bare.some((w) => matches(e, w)));
  // A first element may also be the second of three («arbeids|avklarings|penger»).
  const prefixes = list.prefixes.filter((p) => !bare.some((w) => w.toLowerCase().includes(p) && w.length > p.length)).map((p) => `${p}-`);
  const phrases = list.phrases.filter((p) => !texts.some((t) => t.text.normalize('NFC').includes(p))).map((p) => p.replace(/ /g, '_'));
  return [...words, ...prefixes, ...phrases];
}
