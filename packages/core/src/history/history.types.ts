import type { CheckIn, IsoDate, IsoDateTime, KeyResult, Metric, MetricKind, MetricUnit } from '../model/model.types';

/**
 * The period a history is drawn over: its calendar dates and `[startMs, endMs)` (end exclusive).
 * @example { id: 'q1', start: '2026-01-01', end: '2026-03-31', startMs: 1767225600000, endMs: 1775001600000 }
 */
export interface HistoryPeriod {
  id: string;
  start: IsoDate;
  end: IsoDate;
  startMs: number;
  endMs: number;
}

/**
 * One check-in as a point of a key result's history.
 * @example { checkInId: 'c1', at: '2026-01-20T09:00:00Z', atMs: 1768899600000, value: 40, progress: 0.4, confidence: 0.7, authorId: 'ada', note: 'Signed two clients' }
 */
export interface KeyResultHistoryPoint {
  checkInId: string;
  at: IsoDateTime;
  /** `at` in epoch milliseconds. */
  atMs: number;
  /** The recorded reading: the metric's value, 1/0 for binary, the number of milestones done. */
  value: number;
  /** The KR's unclamped progress at this reading (1.5 is over-achievement, < 0 the wrong way). */
  progress: number;
  /** The confidence recorded with this check-in (0..1), or null when none was given. */
  confidence: number | null;
  authorId: string | null;
  note: string | null;
}

/** A point of a straight line in time × value. */
export interface HistoryLinePoint {
  atMs: number;
  value: number;
}

/**
 * The band a guardrail must stay in; `null` on a side means unbounded there
 * (`bound: 'above'` has only a lower edge).
 * @example { lower: 99.5, upper: 100, inclusive: true }
 */
export interface HistoryBand {
  lower: number | null;
  upper: number | null;
  inclusive: boolean;
}

/**
 * A key result's history, read from the check-in log: every check-in in time order, the
 * expected line and the target. Everything a burn-up chart draws, as plain numbers.
 */
export interface KeyResultHistory {
  keyResultId: string;
  metricKind: MetricKind;
  /** `'increase' | 'decrease'` for numeric metrics, null for the others. */
  direction: 'increase' | 'decrease' | null;
  unit: MetricUnit | null;
  /** The KR's period `[startMs, endMs)`, or null when its objective's period is unknown. */
  period: HistoryPeriod | null;
  /** Where the value starts: numeric `start`, 0 for binary and milestones, null for guardrails. */
  baseline: number | null;
  /** Where the value should end: numeric `target`, 1 for binary, the milestone count; guardrails: null. */
  target: number | null;
  /** The guardrail's band, null for the other kinds. */
  band: HistoryBand | null;
  /**
   * The expected line, baseline at the period's start to target at its end (the rule of
   * `expectedProgress`); null for guardrails (they are expected to hold all along) or without a period.
   */
  expected: { from: HistoryLinePoint; to: HistoryLinePoint } | null;
  /** Check-ins oldest first (ties by id). */
  points: KeyResultHistoryPoint[];
}

/**
 * A key result as it stood at an instant, read from the log.
 * `source` says where the reading came from: the last check-in at or before the instant,
 * the baseline (numeric start, not done, no milestone done), or — for a guardrail, which has no
 * baseline — the metric as recorded.
 */
export interface KeyResultAsOf {
  keyResult: KeyResult;
  metric: Metric;
  checkIn: CheckIn | null;
  source: 'check-in' | 'baseline' | 'recorded';
}

/**
 * One step of an objective's rolled-up progress over time: the weighted rollup of its KRs
 * as they stood just after the check-in at `at`.
 */
export interface ObjectiveHistoryPoint {
  at: IsoDateTime;
  atMs: number;
  /** The check-in that moved the rollup here. */
  checkInId: string;
  keyResultId: string;
  /** Weighted average of clamped KR progress, 0..1. */
  value: number;
  /** Weighted average of unclamped KR progress. */
  raw: number;
}

/**
 * How a history moved from its first check-in to its last (what a sparkline's text says).
 * @example { from: 0.2, to: 0.32, change: 0.12, direction: 'up', since: '2026-03-03T09:00:00Z' }
 */
export interface HistoryChange {
  /** Unclamped progress at the first and the last check-in. */
  from: number;
  to: number;
  /** to − from, in progress (0.12 is 12 points). */
  change: number;
  direction: 'up' | 'down' | 'flat';
  since: IsoDateTime;
}
