import { agreementDate } from '../derive/derive.js';
import type { Agreement } from '../model/agreement.js';
import { isDate } from '../validate/formats.js';
import { CliError } from './io.js';
import { EXIT } from './exit-codes.js';

/** Today's date on this machine (local time), ÅÅÅÅ-MM-DD. Only reports that say «as of today» use it. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A --today option, checked: exit 2 with a Norwegian message for anything but a real date. */
export function todayOption(value: string | undefined): string | undefined {
  if (value !== undefined && !isDate(value))
    throw new CliError(`Ugyldig dato for --today: «${value}». Bruk formatet ÅÅÅÅ-MM-DD med en dato som finnes, for eksempel 2026-01-15.`, EXIT.usage);
  return value;
}

/**
 * The generation date in a document's properties (docProps/core.xml created/modified): --today,
 * else today's date on this machine, read once here at the edge. Same input on the same date gives
 * the same bytes.
 */
export function generationDate(override?: string): string {
  return todayOption(override) ?? localToday();
}

/**
 * The date a document's status page is made as of: --today, else the agreement's own date (its
 * signing date, else its start; see agreementDate). Documents never read the clock, so the same
 * input gives the same bytes.
 */
export function documentDate(a: Agreement, override?: string): string {
  return todayOption(override) ?? agreementDate(a);
}
