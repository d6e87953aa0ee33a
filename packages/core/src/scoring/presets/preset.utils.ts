import { finiteOrZero } from '../scoring';

export { finiteOrZero };

/**
 * Small pure helpers shared by the scoring presets. They keep NaN and floating-point
 * noise out of scores, whatever a caller passes straight to `strategy.score`.
 */

/**
 * Rounds half away from zero to `digits` decimals, immune to binary noise such as
 * 0.65 × 10 = 6.499999… (which would otherwise round down).
 * @example roundTo(0.65, 1) // 0.7
 * @example roundTo(1.255, 2) // 1.26
 */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  const scaled = finiteOrZero(value) * factor;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-9);
  return rounded / factor + 0; // `+ 0` turns −0 into 0
}
