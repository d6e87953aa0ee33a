import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, tickStep } from './linear-scale';

describe('linearScale', () => {
  it('given a domain and a range, it maps linearly and can run backwards (RTL, SVG y)', () => {
    expect(linearScale([0, 100], [0, 500])(20)).toBe(100);
    expect(linearScale([0, 100], [500, 0])(20)).toBe(400);
  });

  it('given clamp, values outside the domain stay at its ends', () => {
    const scale = linearScale([10, 20], [0, 100], true);
    expect(scale(5)).toBe(0);
    expect(scale(25)).toBe(100);
  });

  it('given a degenerate or non-finite domain, it never returns NaN', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
    expect(linearScale([0, Number.NaN], [0, 100])(3)).toBe(50);
    expect(linearScale([0, 1], [0, 100])(Number.NaN)).toBe(0);
  });

  it('gives round ticks as integer multiples of the step (no 0.30000000000000004)', () => {
    expect(linearScale([0, 1], [0, 100]).ticks(5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearScale([0.1, 0.35], [0, 100]).ticks(5)).toEqual([0.1, 0.15, 0.2, 0.25, 0.3, 0.35]);
    expect(linearScale([1000, 5000], [0, 100]).ticks(4)).toEqual([1000, 2000, 3000, 4000, 5000]);
  });
});

describe('tickStep and niceDomain', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect([tickStep(87, 5), tickStep(1, 5), tickStep(4000, 4), tickStep(0, 5)]).toEqual([20, 0.2, 1000, 1]);
  });

  it('widens a domain to round ends, and makes a point or nonsense drawable', () => {
    expect(niceDomain([3, 87], 5)).toEqual([0, 100]);
    expect(niceDomain([87, 3], 5)).toEqual([0, 100]);
    expect(niceDomain([7, 7], 5)).toEqual([6, 8]);
    expect(niceDomain([Number.NEGATIVE_INFINITY, 1], 5)).toEqual([0, 1]);
  });
});
