import type { KeyResultHistory, KeyResultHistoryPoint } from '@okrkit/core';
import { linearScale, niceDomain } from './linear-scale';

const DAY_MS = 86_400_000;

/** Space around the plot for the axes, in px. */
export const chartMargin = { top: 12, right: 16, bottom: 26, left: 48 } as const;

/** A check-in placed on the plot. */
export interface PlacedPoint {
  x: number;
  y: number;
  point: KeyResultHistoryPoint;
  /** `'high' | 'medium' | 'low' | 'none'`: how sure the author was, for the point's look. */
  confidence: 'high' | 'medium' | 'low' | 'none';
}

/** Everything the plot draws, in px of a `width × height` viewBox. No NaN for any input. */
export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  actualPath: string | null;
  expectedPath: string | null;
  targetY: number | null;
  band: { y: number; height: number } | null;
  todayX: number | null;
  points: PlacedPoint[];
  /** Every check-in's dot, one SVG path per confidence look (four elements for any number of check-ins). */
  dots: Record<PlacedPoint['confidence'], string>;
  xTicks: { x: number; ms: number }[];
  yTicks: { y: number; value: number }[];
}

/** Options of {@link chartGeometry}. */
export interface ChartGeometryOptions {
  width: number;
  height: number;
  nowMs: number;
  /** Mirror the time axis for right-to-left pages: time runs from right to left. */
  rtl?: boolean;
}

const finite = (value: number | null | undefined): value is number => typeof value === 'number' && Number.isFinite(value);

/** The time span to draw: the period, widened to every check-in; a month before now when nothing is known. */
function timeDomain(history: KeyResultHistory, nowMs: number): [number, number] {
  let from = history.period?.startMs ?? Infinity;
  let to = history.period?.endMs ?? -Infinity;
  const first = history.points[0];
  const last = history.points[history.points.length - 1];
  if (first && first.atMs < from) from = first.atMs;
  if (last && last.atMs > to) to = last.atMs;
  if (!finite(from) || !finite(to)) return [nowMs - 30 * DAY_MS, nowMs];
  if (to - from < DAY_MS) return [from - DAY_MS / 2, to + DAY_MS / 2];
  return [from, to];
}

/** The value span to draw: baseline, target, the band's edges and every reading, padded. */
function valueDomain(history: KeyResultHistory): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  const take = (value: number | null) => {
    if (!finite(value)) return;
    if (value < low) low = value;
    if (value > high) high = value;
  };
  take(history.baseline);
  take(history.target);
  take(history.band?.lower ?? null);
  take(history.band?.upper ?? null);
  for (const point of history.points) take(point.value);
  if (!finite(low) || !finite(high)) return [0, 1];
  if (history.metricKind === 'binary' || history.metricKind === 'milestones') return [Math.min(0, low), Math.max(high, 1)];
  const span = high - low;
  const pad = span > 0 ? span * 0.08 : Math.max(1, Math.abs(high) * 0.1);
  return [low - pad, high + pad];
}

/**
 * An SVG path through `vertices` (px, already rounded by the scales): straight segments, or
 * steps that hold each reading until the next one (`stepped`). The same string d3-shape's
 * `line()` with `curveLinear` / `curveStepAfter` writes, built in one pass: the chart draws
 * thousands of check-ins and ships no path library for two curves.
 * @example linePath([[0, 10], [5, 4]], true) // 'M0,10L5,10L5,4'
 */
export function linePath(vertices: readonly (readonly [number, number])[], stepped: boolean): string | null {
  const first = vertices[0];
  if (!first) return null;
  let path = `M${first[0]},${first[1]}`;
  let previousY = first[1];
  for (let i = 1; i < vertices.length; i++) {
    const [x, y] = vertices[i] as readonly [number, number];
    path += stepped ? `L${x},${previousY}L${x},${y}` : `L${x},${y}`;
    previousY = y;
  }
  return path;
}

/** Dot radius per confidence look, in px: the surer the author, the bigger the dot. */
export const dotRadius: Record<PlacedPoint['confidence'], number> = { high: 4, medium: 3.5, low: 3, none: 3 };

/** Confidence as one of four looks: ≥ 0.7 high, ≥ 0.4 medium, below low, none when not given. */
export function confidenceLevel(confidence: number | null): PlacedPoint['confidence'] {
  if (!finite(confidence)) return 'none';
  return confidence >= 0.7 ? 'high' : confidence >= 0.4 ? 'medium' : 'low';
}

/**
 * The chart's geometry from a KR's history: linear scales, the actual line ({@link linePath}: steps for
 * milestones and binary, straight segments otherwise, from the baseline at the period's start),
 * the dashed expected line, the target, a guardrail's band, today's marker, ticks.
 * Degenerate inputs (no check-ins, one, start = target, no period) give a drawable chart.
 * @example chartGeometry(keyResultHistory(okrSet, 'kr1'), { width: 480, height: 240, nowMs: Date.now() }).actualPath // 'M48,202L…'
 */
export function chartGeometry(history: KeyResultHistory, options: ChartGeometryOptions): ChartGeometry {
  const width = finite(options.width) && options.width > 120 ? options.width : 120;
  const height = finite(options.height) && options.height > 80 ? options.height : 80;
  const plot = { left: chartMargin.left, top: chartMargin.top, right: width - chartMargin.right, bottom: height - chartMargin.bottom };
  const [fromMs, toMs] = timeDomain(history, options.nowMs);
  const x = linearScale([fromMs, toMs], options.rtl ? [plot.right, plot.left] : [plot.left, plot.right], true);
  const yTickCount = Math.max(2, Math.floor((plot.bottom - plot.top) / 40));
  const y = linearScale(niceDomain(valueDomain(history), yTickCount), [plot.bottom, plot.top]);
  const stepped = history.metricKind === 'milestones' || history.metricKind === 'binary';
  const points: PlacedPoint[] = history.points.map((point) => ({ x: x(point.atMs), y: y(point.value), point, confidence: confidenceLevel(point.confidence) }));
  const vertices: [number, number][] = [];
  const first = history.points[0];
  // The line starts where the KR started, when it has a baseline and the period began before the first reading.
  if (history.period && finite(history.baseline) && (!first || first.atMs > history.period.startMs)) {
    if (first) vertices.push([x(history.period.startMs), y(history.baseline)]);
  }
  for (const placed of points) vertices.push([placed.x, placed.y]);
  // Steps hold their last reading up to today (or the period's end), as the KR did.
  const last = points[points.length - 1];
  if (stepped && last) {
    const holdUntil = Math.min(options.nowMs, toMs);
    if (holdUntil > (history.points[history.points.length - 1]?.atMs ?? Infinity)) vertices.push([x(holdUntil), last.y]);
  }
  const actualPath = vertices.length > 1 ? linePath(vertices, stepped) : null;
  const expected = history.expected;
  const expectedPath = expected
    ? linePath(
        [
          [x(expected.from.atMs), y(expected.from.value)],
          [x(expected.to.atMs), y(expected.to.value)],
        ],
        false,
      )
    : null;
  let band: ChartGeometry['band'] = null;
  if (history.band) {
    const upper = finite(history.band.upper) ? y(history.band.upper) : plot.top;
    const lower = finite(history.band.lower) ? y(history.band.lower) : plot.bottom;
    const top = Math.max(plot.top, Math.min(upper, lower));
    const bottom = Math.min(plot.bottom, Math.max(upper, lower));
    band = { y: top, height: Math.max(0, bottom - top) };
  }
  const tickCount = Math.max(2, Math.min(8, Math.floor((plot.right - plot.left) / 90)));
  const xTicks: ChartGeometry['xTicks'] = [];
  for (let i = 0; i < tickCount; i++) {
    // Whole UTC days, evenly spread: dates, not hours, are what a period is read in.
    const ms = Math.round((fromMs + ((toMs - fromMs) * i) / (tickCount - 1)) / DAY_MS) * DAY_MS;
    if (xTicks.length === 0 || ms !== xTicks[xTicks.length - 1]?.ms) xTicks.push({ x: x(ms), ms });
  }
  const yTicks = y.ticks(yTickCount).map((value) => ({ y: y(value), value }));
  const dots: ChartGeometry['dots'] = { high: '', medium: '', low: '', none: '' };
  for (const placed of points) {
    const r = dotRadius[placed.confidence];
    // A circle as two arcs: thousands of dots stay four DOM elements.
    dots[placed.confidence] += `M${placed.x - r},${placed.y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  const todayX = options.nowMs >= fromMs && options.nowMs <= toMs ? x(options.nowMs) : null;
  return {
    width,
    height,
    plot,
    actualPath,
    expectedPath,
    targetY: finite(history.target) ? y(history.target) : null,
    band,
    todayX,
    points,
    dots,
    xTicks,
    yTicks,
  };
}

/**
 * The check-in nearest in time to a horizontal position `x` (px of the viewBox), or -1 when
 * none lies within `reach` px. The points are in time order, so their `x` only grows (or, on a
 * mirrored right-to-left axis, only shrinks): a binary search, O(log n) per pointer move. Of
 * equally near check-ins, the earliest.
 * @example nearestPointIndex(geometry.points, 212, 40) // 17
 */
export function nearestPointIndex(points: readonly Pick<PlacedPoint, 'x'>[], x: number, reach: number): number {
  const count = points.length;
  if (count === 0 || !Number.isFinite(x)) return -1;
  // One ascending key for both directions: −x on a mirrored axis.
  const sign = (points[0] as { x: number }).x <= (points[count - 1] as { x: number }).x ? 1 : -1;
  const key = (index: number) => sign * (points[index] as { x: number }).x;
  /** The first index whose key is ≥ `wanted` (count when none). */
  const lowerBound = (wanted: number) => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (key(middle) < wanted) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const wanted = sign * x;
  const after = lowerBound(wanted);
  // The nearest before `x`: the first of the check-ins sharing its position.
  const before = after > 0 ? lowerBound(key(after - 1)) : -1;
  const gapBefore = before >= 0 ? wanted - key(before) : Infinity;
  const gapAfter = after < count ? key(after) - wanted : Infinity;
  const best = gapBefore <= gapAfter ? before : after;
  return Math.min(gapBefore, gapAfter) <= reach ? best : -1;
}
