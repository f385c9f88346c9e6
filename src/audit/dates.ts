/** ISO calendar dates («ÅÅÅÅ-MM-DD») compare correctly as strings; these helpers do the rest. */

/**
 * The date `years` later. A 29 February that does not exist in the target year becomes
 * 28 February (the end of the month), as a deadline counted in years is usually read.
 */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = y + years;
  const lastDay = new Date(Date.UTC(target, m, 0)).getUTCDate();
  return `${String(target).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}
