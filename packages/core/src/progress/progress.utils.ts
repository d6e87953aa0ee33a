/**
 * Rounds away floating-point noise (0.3 − 0.1 = 0.19999999999999998) so that 5.9 of 10
 * is exactly 0.59 and equal inputs give equal outputs. Twelve decimals is far below any
 * displayable precision; `+ 0` turns −0 into 0, so a bar never reads "−0 %".
 * @example cleanFraction(0.30000000000000004) // 0.3
 */
export function cleanFraction(value: number): number {
  // Beyond ±9e3 the rounding would lose nothing visible, and past ~1e296 it would overflow.
  if (value > 9e3 || value < -9e3) return value + 0;
  return Math.round(value * 1e12) / 1e12 + 0;
}

/** Clamps to [0, 1]. */
export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value + 0;
}

/**
 * Whether a numeric metric's span is too small to divide by: 0, or below 1e-12 of the
 * values' magnitude, where the ratio only amplifies rounding noise or overflows.
 */
export function isDegenerateSpan(start: number, target: number): boolean {
  return Math.abs(target - start) <= 1e-12 * Math.max(1, Math.abs(start), Math.abs(target));
}
