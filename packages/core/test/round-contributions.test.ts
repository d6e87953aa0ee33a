import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundContributions } from '../src/index';

const parts = (...contributions: number[]) => contributions.map((contribution) => ({ contribution }));

describe('roundContributions (largest remainder)', () => {
  it('given 37.6 % and 7.6 % (45.2 %, shown as 45 %), it shows 38 % + 7 % = 45 %, and says it adjusted one', () => {
    expect(roundContributions(parts(0.376, 0.076))).toEqual({ parts: [38, 7], total: 45, adjusted: true });
  });

  it('given three thirds, it gives the missing point to the first; on a tie between 7.5 and 37.5, to the larger', () => {
    expect(roundContributions(parts(1 / 3, 1 / 3, 1 / 3))).toEqual({ parts: [34, 33, 33], total: 100, adjusted: true });
    expect(roundContributions(parts(0.075, 0.375)).parts).toEqual([7, 38]);
  });

  it('given contributions that round cleanly (0.3 × 100 is 29.999…), nothing is adjusted', () => {
    expect(roundContributions(parts(0.3, 0.25, 0.1))).toEqual({ parts: [30, 25, 10], total: 65, adjusted: false });
  });

  it('given one decimal place, it rounds to tenths the same way', () => {
    expect(roundContributions(parts(0.37681, 0.07642), 1)).toEqual({ parts: [37.7, 7.6], total: 45.3, adjusted: false });
    expect(roundContributions(parts(0.37651, 0.07651), 1)).toEqual({ parts: [37.7, 7.6], total: 45.3, adjusted: true });
  });

  it('given no parts, NaN or a negative contribution, it returns finite numbers and counts those as 0', () => {
    expect(roundContributions([])).toEqual({ parts: [], total: 0, adjusted: false });
    expect(roundContributions(parts(Number.NaN, -0.2, 0.5))).toEqual({ parts: [0, 0, 50], total: 50, adjusted: false });
  });

  it('given any contributions in [0, 1] summing to at most 1, the parts sum to the rounded total and each is within a point of its value', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 12 }), (values) => {
        const sum = values.reduce((total, value) => total + value, 0);
        const shares = values.map((value) => ({ contribution: sum > 1 ? value / sum : value }));
        const result = roundContributions(shares);
        expect(result.parts.reduce((total, value) => total + value, 0)).toBe(result.total);
        result.parts.forEach((value, at) => expect(Math.abs(value - (shares[at] as { contribution: number }).contribution * 100)).toBeLessThan(1 + 1e-9));
      }),
    );
  });
});
