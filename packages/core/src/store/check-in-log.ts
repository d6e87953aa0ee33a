import { baselineMetric, metricAtValue } from '../history/metric-at-value';
import type { CheckIn, Metric } from '../model/model.types';
import { isLaterInstant } from '../time/instant';

/**
 * The latest entry of a KR's check-in log: the latest `at`, and of two at the same instant
 * the one logged later — the rule the core's index uses for "last check-in".
 * @example latestCheckIn([{ id: 'a', at: '2026-02-01T16:00:00Z', … }, { id: 'b', at: '2026-01-15T16:00:00Z', … }])?.id // 'a'
 */
export function latestCheckIn(checkIns: Iterable<CheckIn>): CheckIn | null {
  let latest: CheckIn | null = null;
  for (const checkIn of checkIns) {
    if (latest === null || !isLaterInstant(latest.at, checkIn.at)) latest = checkIn;
  }
  return latest;
}

/** What {@link currentMetricFromLog} returns. */
export interface MetricFromLog {
  /** The metric as the remaining log leaves it. */
  metric: Metric;
  /** The check-in it was read from, or null when the log is empty (the metric is then its baseline). */
  from: CheckIn | null;
}

/**
 * A KR's current metric from its check-in log after an entry was edited or removed: the
 * latest remaining check-in's reading, or the baseline when none is left (numeric at its
 * start, binary not done, no milestone done; a guardrail has no baseline and keeps its
 * reading). When the latest entry is the one the metric already reflects, with the same
 * value, the metric is returned unchanged — so milestones keep which ones were ticked, not
 * only how many.
 * @example
 * currentMetricFromLog(keyResult.metric, remainingCheckIns, latestBefore)
 * // { metric: { kind: 'numeric', …, current: 1_100 }, from: { id: 'ci-mau-2026-01-30', … } }
 */
export function currentMetricFromLog(metric: Metric, checkIns: Iterable<CheckIn>, reflected: CheckIn | null): MetricFromLog {
  const from = latestCheckIn(checkIns);
  if (from === null) return { metric: baselineMetric(metric), from };
  if (reflected !== null && reflected.id === from.id && reflected.value === from.value) return { metric, from };
  return { metric: metricAtValue(metric, from.value), from };
}
