import type { KeyResultHistory } from '@okrkit/core';

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * A sparkline (progress over time) as an SVG path in a `width × height` box, or null with
 * fewer than two check-ins. Steps for milestones and binary KRs. Hand-written rather than
 * d3, so the card's rows don't carry the chart's scales: it is two linear maps.
 * @example sparklinePath(history, 64, 16) // 'M1,15L32,9L63,1'
 */
export function sparklinePath(history: Pick<KeyResultHistory, 'points' | 'metricKind'>, width: number, height: number): string | null {
  const points = history.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2 || !(width > 2) || !(height > 2)) return null;
  let low = 0;
  let high = 1;
  for (const point of points) {
    if (point.progress < low) low = point.progress;
    if (point.progress > high) high = point.progress;
  }
  const span = last.atMs - first.atMs;
  const x = (ms: number) => round(1 + (span > 0 ? ((ms - first.atMs) / span) * (width - 2) : (width - 2) / 2));
  const y = (progress: number) => round(height - 1 - ((progress - low) / (high - low)) * (height - 2));
  const stepped = history.metricKind === 'milestones' || history.metricKind === 'binary';
  let path = `M${x(first.atMs)},${y(first.progress)}`;
  for (let i = 1; i < points.length; i++) {
    const point = points[i] as (typeof points)[number];
    if (stepped) path += `H${x(point.atMs)}V${y(point.progress)}`;
    else path += `L${x(point.atMs)},${y(point.progress)}`;
  }
  return path;
}
