import type { Metric } from '../model/model.types';

/**
 * The metric as a check-in value leaves it, read the way the store records check-ins:
 * numeric and guardrails take the value as `current`, binary is done at ≥ 1, milestones count
 * the first `value` (in order) as done.
 * @example metricAtValue({ kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 0 }, 4).current // 4
 * @example metricAtValue({ kind: 'binary', done: false }, 1) // { kind: 'binary', done: true }
 */
export function metricAtValue(metric: Metric, value: number): Metric {
  switch (metric.kind) {
    case 'numeric':
    case 'guardrail':
    case 'guardrail-range':
      return { ...metric, current: value };
    case 'binary':
      return { ...metric, done: value >= 1 };
    case 'milestones':
      return { ...metric, milestones: metric.milestones.map((milestone, index) => ({ ...milestone, done: index < value })) };
    default:
      return metric satisfies never;
  }
}

/**
 * The metric before any check-in: numeric at its start, binary not done, no milestone done.
 * A guardrail has no baseline, so it is returned as recorded.
 * @example baselineMetric({ kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4 }).current // 5
 */
export function baselineMetric(metric: Metric): Metric {
  switch (metric.kind) {
    case 'numeric':
      return { ...metric, current: metric.start };
    case 'binary':
      return { ...metric, done: false };
    case 'milestones':
      return { ...metric, milestones: metric.milestones.map((milestone) => ({ ...milestone, done: false })) };
    case 'guardrail':
    case 'guardrail-range':
      return metric;
    default:
      return metric satisfies never;
  }
}
