import { Diff, wordsWithSpaceDiff } from 'diff';

/**
 * Numbers, amounts, percentages, dates, clock times and grouped numbers (org numbers, phone
 * numbers) as single tokens, so a comparison replaces «20. november 2025» or «2 350 000 kr» as a
 * whole instead of digit group by digit group («2 [-350-]{+480+} 000 kr» misreads easily).
 */
const MONTH = '(?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)';
const SP = '[ \\u00a0\\u202f]'; // a space, also no-break and narrow no-break
const UNITS = [
  `\\d{1,2}\\.${SP}${MONTH}(?:${SP}\\d{4})?`, // 20. november 2025, 1. januar
  `${MONTH}${SP}\\d{4}`, // januar 2026
  `\\d{4}-\\d{2}-\\d{2}`, // 2025-11-20
  `\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}`, // 20.11.2025
  `kl\\.?${SP}\\d{1,2}[.:]\\d{2}`, // kl. 09.00
  `(?:\\+47${SP}?)?\\d{2}(?:${SP}\\d{2}){3}`, // 75 50 30 00
  // Amounts and other numbers, thousands grouped or not, with their currency or percent sign.
  `(?:(?:kr\\.?|NOK)${SP}?)?(?:\\d{1,3}(?:${SP}\\d{3})+|\\d+)(?:[.,:]\\d+)*(?:,-)?(?:${SP}?(?:%|prosent|kroner|kr|NOK)(?![\\p{L}\\p{N}]))?`,
];
const UNIT = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${UNITS.join('|')})(?![\\p{N}])`, 'gu');

/** The words-with-space tokens of jsdiff, except that each unit above is one token. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (const m of text.matchAll(UNIT)) {
    if (m.index > at) out.push(...wordsWithSpaceDiff.tokenize(text.slice(at, m.index)));
    out.push(m[0]);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(...wordsWithSpaceDiff.tokenize(text.slice(at)));
  return out;
}

class UnitWordsDiff extends Diff<string, string> {
  override tokenize(value: string): string[] {
    return tokenize(value);
  }
}

export const unitWordsDiff = new UnitWordsDiff();
