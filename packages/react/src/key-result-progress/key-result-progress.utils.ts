import type { Metric } from '@okrkit/core';

/**
 * Where the parts of a progress bar sit, as percentages of the track's length. Pure maths,
 * kept out of the view so that any other drawing (a sparkline, a canvas) can reuse it.
 */
export interface BarGeometry {
  /** Length of the fill up to the target (never negative). */
  fill: number;
  /** Length of the part past the target (0 unless over-achieved). */
  overflow: number;
  /** Where 100 % of the target sits: 100, or less when the track also shows over-achievement. */
  target: number;
  /** Where the expected-progress marker sits. */
  expected: number;
  overachieved: boolean;
  /** Progress beyond what the track can show (over 200 %): the fill stops at the end. */
  capped: boolean;
}

/** The furthest over-achievement a track draws to scale. */
export const MAX_DRAWN_PROGRESS = 2;
/** An over-achieved track shows at least this much, so 100 % never sits at the very end. */
export const MIN_OVERACHIEVED_SCALE = 1.5;

const round = (value: number) => Math.round(value * 100) / 100;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Number.isFinite(value) ? value : 0));

/**
 * Lays out a progress bar. Past 100 % the track rescales to show the whole result
 * honestly (at least 150 %, at most 200 %), and the 100 % mark moves left to match;
 * negative progress draws an empty fill (the text still says the real value).
 * @example barGeometry(0.6, 0.5) // { fill: 60, overflow: 0, target: 100, expected: 50, … }
 * @example barGeometry(1.15, 0.5).target // 66.67 (the track shows 0–150 %)
 */
export function barGeometry(raw: number, expected: number): BarGeometry {
  const overachieved = raw > 1;
  const scale = overachieved ? clamp(raw, MIN_OVERACHIEVED_SCALE, MAX_DRAWN_PROGRESS) : 1;
  const toTrack = (fraction: number) => round((clamp(fraction, 0, scale) / scale) * 100);
  const target = toTrack(1);
  return {
    fill: toTrack(Math.min(raw, 1)),
    overflow: overachieved ? round(toTrack(raw) - target) : 0,
    target,
    expected: toTrack(expected),
    overachieved,
    capped: raw > MAX_DRAWN_PROGRESS,
  };
}

/** A guardrail drawn as a band: the allowed zone, the limit lines and the current reading. */
export interface GuardrailGeometry {
  /** Start and end of the allowed zone along the track. */
  band: readonly [number, number];
  /** Positions of the limit lines (one for a threshold, two for a range). */
  limits: readonly number[];
  current: number;
}

/**
 * Lays out a guardrail: a scale around the limit(s) and the current reading, padded so
 * that neither sits on an edge, and starting at 0 when nothing is negative.
 * @example guardrailGeometry({ kind: 'guardrail', bound: 'below', threshold: 4, current: 3.2 })
 *   // band [0, 90.91], limits [90.91], current 72.73 (the scale runs 0–4.4)
 */
export function guardrailGeometry(metric: Extract<Metric, { kind: 'guardrail' | 'guardrail-range' }>): GuardrailGeometry {
  const rawLimits = metric.kind === 'guardrail' ? [metric.threshold] : [metric.min, metric.max];
  // Positions are ratios: dividing every value by the largest magnitude first keeps the
  // differences below finite whatever the inputs (−1e308 and 1e308 side by side).
  const magnitude = Math.max(1, Math.abs(metric.current), ...rawLimits.map(Math.abs));
  const scale = magnitude > 1e300 ? magnitude : 1;
  const current = metric.current / scale;
  const limits = rawLimits.map((limit) => limit / scale);
  const low = Math.min(current, ...limits);
  const high = Math.max(current, ...limits);
  const pad = Math.max(high - low, Math.abs(high) * 0.1, 1e-9) / 2;
  const start = low >= 0 && metric.kind === 'guardrail' && metric.bound === 'below' ? 0 : low - pad;
  const end = high + pad;
  const at = (value: number) => clamp(round(((value - start) / (end - start)) * 100), 0, 100);
  const positions = limits.map(at);
  const band: readonly [number, number] =
    metric.kind === 'guardrail-range'
      ? [positions[0] ?? 0, positions[1] ?? 100]
      : metric.bound === 'below'
        ? [0, positions[0] ?? 100]
        : [positions[0] ?? 0, 100];
  return { band, limits: positions, current: at(current) };
}
