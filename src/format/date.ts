/** Norwegian (bokmål) dates and clock times. Pure and locale-independent. */

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** ISO date «2026-01-01» → «1. januar 2026». */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])}. ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/** «09:00» → «09.00», the bokmål way of writing clock times. */
export const formatClock = (hhmm: string): string => hhmm.replace(':', '.');
