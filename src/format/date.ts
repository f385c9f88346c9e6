/** Norwegian dates, clock times and weekdays (bokmål and nynorsk). Pure and locale-independent. */

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** ISO date «2026-01-01» → «1. januar 2026» (the same in nynorsk: the month names are alike). */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** «09:00» → «09.00», the bokmål way of writing clock times. */
export const formatClock = (hhmm: string): string => hhmm.replace(':', '.');

/**
 * The weekdays nynorsk writes differently (the data keeps the bokmål value, the schema's enum).
 * The same names stand in the schema's x-nn labels for the weekday; a test checks they agree.
 */
const NN_WEEKDAYS: Record<string, string> = { mandag: 'måndag', tirsdag: 'tysdag', lørdag: 'laurdag', søndag: 'sundag' };

/** A weekday (the data's bokmål value) as the målform writes it: «tirsdag» → «tysdag» in nynorsk. */
export const formatWeekday = (day: string, lang: 'nb' | 'nn' = 'nb'): string => (lang === 'nn' ? (NN_WEEKDAYS[day] ?? day) : day);
