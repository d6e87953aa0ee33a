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

/**
 * Clamps to [0, 1]; NaN (which no okrkit function produces) becomes 0.
 * @example clamp01(1.5) // 1
 */
export function clamp01(value: number): number {
  return value > 1 ? 1 : value > 0 ? value : 0;
}

/**
 * How far unclamped ("raw") progress may go either way: a billion times the distance from
 * start to target. Past it the number says nothing a person can use, and capping it keeps
 * every weighted sum of raw progress finite whatever the inputs.
 * @example metricRawProgress({ kind: 'numeric', direction: 'increase', start: 0, target: 1e-9, current: 1e300 }) // 1e9
 */
export const RAW_PROGRESS_LIMIT = 1e9;

/**
 * Clamps raw progress to ±{@link RAW_PROGRESS_LIMIT}; NaN becomes 0.
 * @example clampRaw(Infinity) // 1e9
 */
export function clampRaw(value: number): number {
  return value > RAW_PROGRESS_LIMIT ? RAW_PROGRESS_LIMIT : value < -RAW_PROGRESS_LIMIT ? -RAW_PROGRESS_LIMIT : value === value ? value + 0 : 0;
}

/**
 * `(current − start) / (target − start)` for any finite numbers. When a difference would
 * overflow (start −1e308, target 1e308), all three are halved first: the ratio is the same
 * and every difference of two halves is finite. The result is capped by {@link clampRaw}.
 * @example spanRatio(-Number.MAX_VALUE, Number.MAX_VALUE, 0) // 0.5
 */
export function spanRatio(start: number, target: number, current: number): number {
  let span = target - start;
  let moved = current - start;
  if (!Number.isFinite(span) || !Number.isFinite(moved)) {
    span = target / 2 - start / 2;
    moved = current / 2 - start / 2;
  }
  return clampRaw(cleanFraction(moved / span));
}

/**
 * Whether a numeric metric's span is too small to divide by: 0, or below 1e-12 of the
 * values' magnitude, where the ratio only amplifies rounding noise or overflows. Halved
 * first, so a span wider than the largest float (−1e308 → 1e308) is not mistaken for one.
 * @example isDegenerateSpan(5, 5) // true
 */
export function isDegenerateSpan(start: number, target: number): boolean {
  return Math.abs(target / 2 - start / 2) <= 0.5e-12 * Math.max(1, Math.abs(start), Math.abs(target));
}

/** A weight as the maths reads it: finite and ≥ 0 (validation refuses anything else; the maths does not rely on it). */
export function safeWeight(weight: number | undefined): number {
  const value = weight ?? 1;
  return value > 0 && value <= Number.MAX_VALUE ? value : 0;
}

/**
 * A weighted average that cannot overflow: every weight is divided by the largest one
 * before anything is summed, so weights of 1e308 and 5e-324 side by side, or a thousand
 * weights of 1e308, give the same average as the exact maths would. `undefined` when
 * the weights sum to 0 (nothing to count).
 * @example weightedAverage([1e308, 1e308], [1, 0]) // 0.5
 */
export function weightedAverage(weights: readonly number[], values: readonly number[]): number | undefined {
  let largest = 0;
  for (const weight of weights) if (weight > largest) largest = weight;
  if (!(largest > 0)) return undefined;
  let total = 0;
  let sum = 0;
  for (let at = 0; at < weights.length; at++) {
    const share = (weights[at] as number) / largest;
    total += share;
    sum += share * (values[at] as number);
  }
  return sum / total;
}

/**
 * Each weight's share of the total (Σ = 1), computed without overflow like {@link weightedAverage}.
 * @example weightShares([1e308, 1e308]) // [0.5, 0.5]
 */
export function weightShares(weights: readonly number[]): number[] {
  let largest = 0;
  for (const weight of weights) if (weight > largest) largest = weight;
  if (!(largest > 0)) return weights.map(() => 0);
  let total = 0;
  for (const weight of weights) total += weight / largest;
  return weights.map((weight) => weight / largest / total);
}

/**
 * The sum of non-negative weights, saturating at the largest float instead of reaching Infinity.
 * @example totalOf([Number.MAX_VALUE, Number.MAX_VALUE]) // Number.MAX_VALUE
 */
export function totalOf(weights: readonly number[]): number {
  let total = 0;
  for (const weight of weights) total += weight;
  return total > Number.MAX_VALUE ? Number.MAX_VALUE : total;
}
