/** Norwegian (bokmål) numbers, percentages and kroner. Pure and locale-independent. */

const NBSP = '\u00a0';

/** Digit grouping by three with non-breaking spaces on a string of digits. */
const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/**
 * Groups the digits of the integer part by three with non-breaking spaces: 1250000 → «1 250 000».
 * Never exponent notation: String(1e21) would give «1e+21», so large values go through BigInt.
 */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const whole = Math.trunc(n);
  const sign = whole < 0 ? '-' : '';
  return sign + group(BigInt(Math.abs(whole)).toString());
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

/**
 * Øre → kroner, with the øre only when there are any: 55000000 → «550 000 kr», 55000050 →
 * «550 000,50 kr». For amounts derive computes in øre (the halves of the NAV-leder post).
 */
export function formatOre(ore: number): string {
  const rest = Math.abs(ore % 100);
  return rest === 0 ? formatNok(Math.trunc(ore / 100)) : `${formatHundredths(ore)}${NBSP}kr`;
}

/** Hundredths → «4,50». */
export function formatHundredths(hundredths: number): string {
  const frac = String(Math.abs(hundredths % 100)).padStart(2, '0');
  return `${groupDigits(Math.trunc(hundredths / 100))},${frac}`;
}

/**
 * A number as typed (årsverk, percent) → «4,5», «12», «0,05»: at most the two decimals the schema
 * allows (`multipleOf: 0.01`), trailing zeros dropped. Works on integer hundredths, so binary
 * floating point (4.35 * 100 = 434.99…) and tiny values (1e-7, which String() would print in
 * exponent notation) come out exact: «4,35» and «0».
 */
export function formatDecimal(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const hundredths = Math.round(Math.abs(n) * 100);
  // Beyond 2^53 hundredths there are no exact decimals left to show: the whole number only.
  if (!Number.isSafeInteger(hundredths)) return (n < 0 ? '-' : '') + group(BigInt(Math.round(Math.abs(n))).toString());
  const sign = n < 0 && hundredths > 0 ? '-' : '';
  const frac = String(hundredths % 100).padStart(2, '0').replace(/0+$/, '');
  return sign + group(String(Math.floor(hundredths / 100))) + (frac ? `,${frac}` : '');
}
