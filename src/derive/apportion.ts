/**
 * Largest-remainder (Hamilton) apportionment: splits `total` integer units in proportion to
 * `weights` so that the parts are integers summing to exactly `total`. Ties go to the earlier
 * weight, which keeps the result deterministic.
 *
 * Throws when the weights sum to zero: there is no proportion to split by, and any split would be
 * an invention. Callers only pass valid agreements, where the blocking rule `aarsverk_over_null`
 * guarantees årsverk above zero, so reaching that case is a programming error.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) throw new Error(`Kan ikke fordele ${total} etter vekter som til sammen er 0. Dette skal ikke skje; meld fra om feilen.`);
  // Integer arithmetic (BigInt) so shares of large budgets are exact.
  const T = BigInt(total);
  const S = BigInt(sum);
  const exact = weights.map((w) => BigInt(w) * T);
  const floors = exact.map((e) => e / S);
  const remainders = exact.map((e, i) => ({ i, r: e - floors[i]! * S }));
  let left = Number(T - floors.reduce((a, b) => a + b, 0n));
  remainders.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  const parts = floors.map(Number);
  for (const { i } of remainders) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}
