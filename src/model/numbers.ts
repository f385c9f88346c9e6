/**
 * The one numeric rule for årsverk (and the other two-decimal numbers): a value is a number
 * written with at most two decimals, and is computed with as integer hundredths. Validation
 * (the schema format `hundredths`, the rule `aarsverk_over_null`) and derivation use these same
 * functions, so nothing validation accepts can turn into something derivation cannot compute.
 */

/** Number → integer hundredths, tolerant of binary floating point (4.35 → 435). */
export const toHundredths = (n: number): number => Math.round(n * 100);

/**
 * True exactly for the numbers a decimal with at most two decimals reads as: 4.35 (435 / 100 is
 * the same double), not 4.355, and not 1e-12 (which a tolerance check would call «0.00» and let
 * through). Exact because k / 100 is correctly rounded, like the reading of the decimal «k/100».
 */
export const isHundredths = (n: number): boolean => Number.isFinite(n) && toHundredths(n) / 100 === n;
