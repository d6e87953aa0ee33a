import type { Metric } from '../model/model.types';
import { metricRawProgress } from '../progress/progress';
import { metricAtValue } from './metric-at-value';

/**
 * A function from a check-in value to the KR's unclamped progress:
 * `metricRawProgress(metricAtValue(metric, value))`, the very rule of `metricProgress`, so a
 * history never drifts from what the card shows. Milestones have at most `count + 1`
 * readings, so theirs are computed once each.
 * @example progressReader({ kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 5 })(4) // 0.5
 */
export function progressReader(metric: Metric): (value: number) => number {
  if (metric.kind !== 'milestones') return (value) => metricRawProgress(metricAtValue(metric, value));
  const count = metric.milestones.length;
  const known = new Map<number, number>();
  return (value) => {
    // metricAtValue marks milestone i done when i < value: that is ceil(value) of them.
    const done = value <= 0 ? 0 : Math.min(count, Math.ceil(value));
    let progress = known.get(done);
    if (progress === undefined) {
      progress = metricRawProgress(metricAtValue(metric, done));
      known.set(done, progress);
    }
    return progress;
  };
}
