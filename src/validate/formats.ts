import { isHundredths } from '../model/numbers.js';
import { XML_FORBIDDEN } from '../text/xml.js';

/**
 * The string formats the schema uses. Plain functions so the precompiled (standalone)
 * validator can import them as well as the runtime Ajv instance.
 */

/** Calendar date «ÅÅÅÅ-MM-DD» that exists (no 31. april). */
export function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return mo >= 1 && mo <= 12 && d >= 1 && d <= days;
}

/** Norwegian organisation number: nine digits, the last a modulus-11 check digit (weights 3 2 7 6 5 4 3 2). */
export function isOrgNumber(s: string): boolean {
  if (!/^\d{9}$/.test(s)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(s[8]);
}

/** What XML forbids, carriage return and the Unicode line and paragraph separators (see firstForbiddenChar). */
const NOT_IN_WORD_TEXT = new RegExp(`${XML_FORBIDDEN.source}|[\r\u2028\u2029]`);

/**
 * The first character that cannot stand in a Word document's text: what XML 1.0 forbids (C0
 * controls other than tab and newline, lone surrogates, U+FFFE/U+FFFF), and carriage return,
 * which XML parsers turn into a newline, and U+2028/U+2029, which readers show as line breaks
 * (so neither would survive a round trip).
 */
export function firstForbiddenChar(s: string): { index: number; code: string } | undefined {
  const m = NOT_IN_WORD_TEXT.exec(s);
  if (!m) return undefined;
  return { index: m.index, code: 'U+' + m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') };
}

export const isXmlText = (s: string): boolean => firstForbiddenChar(s) === undefined;

/** Ajv format definitions, by the names the schema uses. */
export const formats = {
  date: { type: 'string', validate: isDate },
  organisasjonsnummer: { type: 'string', validate: isOrgNumber },
  'xml-text': { type: 'string', validate: isXmlText },
  /** At most two decimals, checked exactly (see src/model/numbers.ts); `multipleOf: 0.01` beside it is for other tools. */
  hundredths: { type: 'number', validate: isHundredths },
} as const;
