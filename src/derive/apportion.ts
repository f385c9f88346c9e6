/**
 * Largest-remainder (Hamilton) apportionment: splits `total` integer units in proportion to
 * `weights` so that the parts are integers summing to exactly `total`. Ties go to the earlier
 * weight, which keeps the result deterministic.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (weights.length === 0) return [];
  if (sum === 0) {
    // Nothing to weigh by: split evenly, remainder to the first.
    const base = Math.floor(total / weights.length);
    return weights.map((_, i) => base + (i < total - base * weights.length ? 1 : 0));
  }
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
