/** Fixed zip timestamp, so packed templates and generated documents are byte-identical across runs. */
export const FIXED_DATE = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));

/**
 * The timestamp every zip entry gets. Zip entries hold a DOS wall-clock time that PizZip takes
 * from the local time of a Date, so FIXED_DATE itself would give different bytes in Oslo and in
 * UTC; its UTC wall clock as a local Date gives 2026-01-01 00:00 in the zip on every machine.
 * Computed per call: the local time zone is read when the Date is made.
 */
export function zipDate(): Date {
  const f = FIXED_DATE;
  return new Date(f.getUTCFullYear(), f.getUTCMonth(), f.getUTCDate(), f.getUTCHours(), f.getUTCMinutes(), f.getUTCSeconds());
}
