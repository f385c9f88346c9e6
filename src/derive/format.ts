/** Norwegian (bokmål) formatting of the values the documents show. Pure and locale-independent. */

const NBSP = '\u00a0';
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** Groups digits by three with non-breaking spaces: 1250000 → «1 250 000». */
export function groupDigits(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.abs(Math.trunc(n))).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Hundredths of a percent → «12,50 %» (non-breaking space before %). */
export function formatPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const frac = String(Math.abs(basisPoints % 100)).padStart(2, '0');
  return `${groupDigits(whole)},${frac}${NBSP}%`;
}

/** Whole kroner → «1 250 000 kr». */
export function formatNok(kroner: number): string {
  return `${groupDigits(kroner)}${NBSP}kr`;
}

/** Hundredths → «4,50». */
export function formatHundredths(hundredths: number): string {
  const frac = String(Math.abs(hundredths % 100)).padStart(2, '0');
  return `${groupDigits(Math.trunc(hundredths / 100))},${frac}`;
}

/** A number as typed (årsverk, percent) → «4,5»; no rounding beyond what the value holds. */
export function formatDecimal(n: number): string {
  const [int = '0', frac] = String(n).split('.');
  return groupDigits(Number(int)) + (frac ? `,${frac}` : '');
}

/** ISO date «2026-01-01» → «1. januar 2026». */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** «Fauske, Saltdal og Beiarn». */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** Norwegian genitive: «Fauske kommune» → «Fauske kommunes»; names ending in s, x or z take an apostrophe. */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

/** «Hamarøy kommune – Hábmer suohkan» where a Sámi name is given. */
export function municipalityName(m: { name: string; samiName?: string }): string {
  return m.samiName ? `${m.name} – ${m.samiName}` : m.name;
}

/** Office name folded to an ASCII file-name slug: «NAV Indre Salten» → «nav-indre-salten». */
export function slug(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/ŋ/g, 'n')
    .replace(/đ/g, 'd')
    .replace(/ŧ/g, 't')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'avtale';
}
