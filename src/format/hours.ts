/** Opening hours the way the agreement writes them (punkt 2.1): «mandag – fredag kl. 09.00 – kl. 15.00». */
import { formatClock } from './date.js';
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

/** What an entry that is not plain opening hours adds after its times. */
const KIND_SUFFIX: Record<string, string> = { 'drop-in': ' (drop-in)', timeavtale: ' (bare etter timeavtale)' };

/** «mandag – fredag kl. 09.00 – kl. 15.00», «tirsdag kl. 10.00 – kl. 14.00 (drop-in)»: the template's own form. */
export function formatHoursEntry(h: HoursEntry): string {
  const days = h.toDay === undefined || h.toDay === h.fromDay ? h.fromDay : `${h.fromDay} – ${h.toDay}`;
  return `${days} kl. ${formatClock(h.opens)} – kl. ${formatClock(h.closes)}${KIND_SUFFIX[h.kind ?? 'åpent'] ?? ''}`;
}

/**
 * A site's opening hours as one phrase, in the order given; closed days are simply absent.
 * «… og ellers etter avtale» when the site also receives by appointment, and the note as a
 * sentence of its own after them: «mandag – fredag kl. 09.00 – kl. 15.00, og ellers etter avtale.
 * Stengt i juli» (the caller's full stop ends it). Only a note: the note itself. Empty when there
 * is nothing at all.
 */
export function formatOpeningHours(entries: readonly HoursEntry[], byAppointment = false, note?: string): string {
  const list = joinList(entries.map(formatHoursEntry));
  const hours = byAppointment ? (list === '' ? 'etter avtale' : `${list}, og ellers etter avtale`) : list;
  const n = note?.trim().replace(/\.$/, '');
  if (!n) return hours;
  return hours === '' ? n : `${hours}. ${n.charAt(0).toUpperCase()}${n.slice(1)}`;
}
