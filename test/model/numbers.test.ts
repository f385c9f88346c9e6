import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isHundredths, toHundredths } from '../../src/model/numbers.js';

describe('the one numeric rule: at most two decimals, exactly, as integer hundredths', () => {
  it('accepts every decimal with at most two decimals as written in a file, and gives back its hundredths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (k) => {
        const written = Number(`${Math.trunc(k / 100)}.${String(k % 100).padStart(2, '0')}`);
        expect(isHundredths(written)).toBe(true);
        expect(toHundredths(written)).toBe(k);
      }),
    );
  });

  it('refuses what a tolerance would round away or round up', () => {
    for (const n of [1e-12, 5e-324, 0.001, 0.005, 4.355, 1 / 3, 0.1 + 0.2, NaN, Infinity, -Infinity]) expect(isHundredths(n), String(n)).toBe(false);
  });

  it('so a positive value is at least one hundredth: «more than zero» is the same in both units', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 10000, noNaN: true }), (n) => !isHundredths(n) || (n > 0) === (toHundredths(n) > 0)));
  });
});
