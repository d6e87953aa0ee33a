/**
 * A linear scale and "nice" ticks, hand-written: d3-scale's `scaleLinear` weighs ~10.8 kB
 * gzip (it brings d3-interpolate, d3-color and d3-format for features the chart never uses),
 * while the chart needs two straight maps and round tick values — about 0.4 kB.
 */

/** A map from a domain to a range, with the domain's round ticks. */
export interface LinearScale {
  (value: number): number;
  domain: readonly [number, number];
  ticks: (count: number) => number[];
}

/**
 * The step between round ticks (1, 2 or 5 × a power of ten) that splits `span` into about `count` parts.
 * @example tickStep(87, 5) // 20
 */
export function tickStep(span: number, count: number): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/**
 * A domain widened to round ticks at both ends; a degenerate or non-finite one becomes drawable.
 * @example niceDomain([3, 87], 5) // [0, 100]
 */
export function niceDomain([low, high]: readonly [number, number], count: number): [number, number] {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  if (high < low) [low, high] = [high, low];
  if (high - low < 1e-12 * Math.max(1, Math.abs(high))) return [low - 1, high + 1];
  // Twice: widening can change the step (d3 does the same).
  for (let pass = 0; pass < 2; pass++) {
    const step = tickStep(high - low, count);
    low = Math.floor(low / step + 1e-9) * step;
    high = Math.ceil(high / step - 1e-9) * step;
  }
  return [low, high];
}

/**
 * A linear scale from `domain` to `range`; `clamp` keeps values outside the domain at its ends.
 * @example linearScale([0, 100], [0, 500])(20) // 100
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], clamp = false): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const factor = span !== 0 && Number.isFinite(span) ? (r1 - r0) / span : 0;
  const scale = ((value: number) => {
    const clamped = clamp ? Math.min(Math.max(value, Math.min(d0, d1)), Math.max(d0, d1)) : value;
    const result = factor === 0 ? (r0 + r1) / 2 : r0 + (clamped - d0) * factor;
    return Number.isFinite(result) ? Math.round(result * 1000) / 1000 : r0;
  }) as LinearScale;
  scale.domain = domain;
  scale.ticks = (count: number) => {
    const step = tickStep(Math.abs(span), count);
    // A hair of tolerance: 0.35 / 0.05 is 6.999999999999999 in floating point.
    const low = Math.ceil(Math.min(d0, d1) / step - 1e-9);
    const high = Math.floor(Math.max(d0, d1) / step + 1e-9);
    const ticks: number[] = [];
    // Integer multiples of the step, so 0.1 + 0.2 never writes 0.30000000000000004 on an axis.
    for (let i = low; i <= high && ticks.length < 50; i++) ticks.push((step >= 1 ? i * step : Math.round(i * step * 1e12) / 1e12) + 0);
    return ticks;
  };
  return scale;
}
