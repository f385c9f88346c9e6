/**
 * Opening hours the way the agreement writes them (punkt 2.1): «mandag–fredag kl. 09.00–15.00», an
 * unspaced en dash for each range and one «kl.» (the template's «mandag – fredag kl. 09.00 – kl.
 * 15.00» corrected, a documented deviation).
 */
import { formatClock, formatWeekday } from './date.js';
import { joinList } from './name.js';

/** One entry of a site's opening hours (the schema's openingHours item). */
export interface HoursEntry {
  fromDay: string;
  /** Absent or equal to fromDay: one day. */
  toDay?: string;
  /** «HH:MM». */
  opens: string;
  closes: string;
  kind?: 'åpent' | 'drop-in' | 'timeavtale';
}

/** What an entry that is not plain opening hours adds after its times, per målform. */
const KIND_SUFFIX: Record<'nb' | 'nn', Record<string, string>> = {
  nb: { 'drop-in': ' (drop-in)', timeavtale: ' (bare etter timeavtale)' },
  nn: { 'drop-in': ' (drop-in)', timeavtale: ' (berre etter timeavtale)' },
};

/** «mandag–fredag kl. 09.00–15.00», «tirsdag kl. 10.00–14.00 (drop-in)». */
export function formatHoursEntry(h: HoursEntry, lang: 'nb' | 'nn' = 'nb'): string {
  const from = formatWeekday(h.fromDay, lang);
  const days = h.toDay === undefined || h.toDay === h.fromDay ? from : `${from}–${formatWeekday(h.toDay, lang)}`;
  return `${days} kl. ${formatClock(h.opens)}–${formatClock(h.closes)}${KIND_SUFFIX[lang][h.kind ?? 'åpent'] ?? ''}`;
}

/**
 * A site's opening hours as one phrase, in the order given; closed days are simply absent.
 * «… og ellers etter avtale» when the site also receives by appointment, and the note as a
 * sentence of its own after them: «mandag–fredag kl. 09.00–15.00, og ellers etter avtale.
 * Stengt i juli» (the caller's full stop ends it). Only a note: the note itself. Empty when there
 * is nothing at all.
 */
export function formatOpeningHours(entries: readonly HoursEntry[], byAppointment = false, note?: string, lang: 'nb' | 'nn' = 'nb'): string {
  const list = joinList(entries.map((h) => formatHoursEntry(h, lang)));
  const otherwise = lang === 'nn' ? 'elles' : 'ellers';
  const hours = byAppointment ? (list === '' ? 'etter avtale' : `${list}, og ${otherwise} etter avtale`) : list;
  const n = note?.trim().replace(/\.$/, '');
  if (!n) return hours;
  return hours === '' ? n : `${hours}. ${n.charAt(0).toUpperCase()}${n.slice(1)}`;
}
