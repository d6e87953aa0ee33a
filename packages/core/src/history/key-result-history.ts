import { okrIndex, type OkrIndex } from '../indexing/okr-index';
import type { CheckIn, KeyResult, OkrSet } from '../model/model.types';
import { cleanFraction } from '../progress/progress.utils';
import { expectedProgress, toEpochMs, type Instant } from '../time/time';
import type { HistoryBand, HistoryChange, HistoryPeriod, KeyResultHistory, KeyResultHistoryPoint } from './history.types';
import { progressReader } from './progress-reader';

/**
 * Orders points by time, then by check-in id, so equal instants always come out the same way.
 * @example [b, a].sort(compareHistoryPoints) // a (earlier, or same instant and smaller id) first
 */
export function compareHistoryPoints(a: { atMs: number; checkInId: string }, b: { atMs: number; checkInId: string }): number {
  return a.atMs - b.atMs || (a.checkInId < b.checkInId ? -1 : a.checkInId > b.checkInId ? 1 : 0);
}

/** Looks a KR up, refusing an unknown id with a plain message. */
export function requireKeyResult(index: OkrIndex, keyResultId: string): KeyResult {
  const keyResult = index.keyResultsById.get(keyResultId);
  if (!keyResult) throw new RangeError(`no key result with id "${keyResultId}"`);
  return keyResult;
}

/** A check-in's instant and value, refused with the check-in's path when not a time or not a finite number. */
export function readCheckIn(checkIn: CheckIn): { atMs: number; value: number } {
  const atMs = toEpochMs(checkIn.at, `checkIns["${checkIn.id}"].at`);
  if (typeof checkIn.value !== 'number' || !Number.isFinite(checkIn.value)) {
    throw new RangeError(`checkIns["${checkIn.id}"].value must be a finite number, got ${String(checkIn.value)}`);
  }
  return { atMs, value: checkIn.value };
}

function periodOf(index: OkrIndex, keyResult: KeyResult): HistoryPeriod | null {
  const periodId = index.objectivesById.get(keyResult.objectiveId)?.periodId;
  const period = periodId === undefined ? undefined : index.periodsById.get(periodId);
  const bounds = periodId === undefined ? undefined : index.periodBounds.get(periodId);
  if (!period || !bounds) return null;
  return { id: period.id, start: period.start, end: period.end, startMs: bounds.startMs, endMs: bounds.endMs };
}

function shapeOf(keyResult: KeyResult): Pick<KeyResultHistory, 'direction' | 'unit' | 'baseline' | 'target' | 'band'> {
  const metric = keyResult.metric;
  switch (metric.kind) {
    case 'numeric':
      return { direction: metric.direction, unit: metric.unit ?? null, baseline: metric.start, target: metric.target, band: null };
    case 'binary':
      return { direction: null, unit: null, baseline: 0, target: 1, band: null };
    case 'milestones':
      return { direction: null, unit: null, baseline: 0, target: metric.milestones.length, band: null };
    case 'guardrail': {
      const band: HistoryBand =
        metric.bound === 'above'
          ? { lower: metric.threshold, upper: null, inclusive: metric.inclusive ?? true }
          : { lower: null, upper: metric.threshold, inclusive: metric.inclusive ?? true };
      return { direction: null, unit: metric.unit ?? null, baseline: null, target: null, band };
    }
    case 'guardrail-range':
      return {
        direction: null,
        unit: metric.unit ?? null,
        baseline: null,
        target: null,
        band: { lower: metric.min, upper: metric.max, inclusive: metric.inclusive ?? true },
      };
    default:
      return metric satisfies never;
  }
}

/**
 * A key result's history from the check-in log: value, unclamped progress, confidence,
 * author and note at each check-in (oldest first, ties by id), the expected line from the
 * baseline at the period's start to the target at its end (the rule of `expectedProgress`),
 * the target, and a guardrail's band. One sort and one sweep: linear in the KR's check-ins.
 * Throws a `RangeError` for an unknown KR, or a check-in whose `at` or `value` is unreadable.
 * @example
 * keyResultHistory(okrSet, 'kr-mau').points.map((point) => [point.at, point.value, point.progress])
 * // [['2026-01-20T09:00:00Z', 1100, 0.5], ['2026-02-03T09:00:00Z', 1250, 1.25]]
 */
export function keyResultHistory(okrSet: OkrSet, keyResultId: string): KeyResultHistory {
  const index = okrIndex(okrSet);
  const keyResult = requireKeyResult(index, keyResultId);
  const read = progressReader(keyResult.metric);
  const checkIns = index.checkInsByKeyResult.get(keyResultId) ?? [];
  const points: KeyResultHistoryPoint[] = [];
  for (let i = 0; i < checkIns.length; i++) {
    const checkIn = checkIns[i] as CheckIn;
    const { atMs, value } = readCheckIn(checkIn);
    points.push({
      checkInId: checkIn.id,
      at: checkIn.at,
      atMs,
      value,
      progress: read(value),
      confidence: typeof checkIn.confidence === 'number' && Number.isFinite(checkIn.confidence) ? checkIn.confidence : null,
      authorId: checkIn.authorId ?? null,
      note: checkIn.note ?? null,
    });
  }
  // The index keeps the log in time order already; this settles ties by id (near-linear on sorted input).
  points.sort(compareHistoryPoints);
  const shape = shapeOf(keyResult);
  const period = periodOf(index, keyResult);
  const expected =
    period && shape.baseline !== null && shape.target !== null
      ? { from: { atMs: period.startMs, value: shape.baseline }, to: { atMs: period.endMs, value: shape.target } }
      : null;
  return { keyResultId, metricKind: keyResult.metric.kind, ...shape, period, expected, points };
}

/**
 * The value the expected line reaches at an instant: baseline + (target − baseline) ×
 * `expectedProgress(period, at)`. Null when the history has no expected line (guardrails, no period).
 * @example expectedValueAt(keyResultHistory(okrSet, 'kr-mau'), '2026-02-15T00:00:00Z') // 1100 (half way from 1,000 to 1,200)
 */
export function expectedValueAt(history: Pick<KeyResultHistory, 'period' | 'expected'>, at: Instant): number | null {
  if (!history.period || !history.expected) return null;
  const share = expectedProgress(history.period, at);
  const { from, to } = history.expected;
  return cleanFraction(from.value + (to.value - from.value) * share);
}

/**
 * How a history moved from its first check-in to its last, in unclamped progress.
 * Null with fewer than two check-ins (there is no movement to speak of).
 * @example keyResultHistoryChange(history) // { from: 0.2, to: 0.32, change: 0.12, direction: 'up', since: '2026-03-03T09:00:00Z' }
 */
export function keyResultHistoryChange(history: Pick<KeyResultHistory, 'points'>): HistoryChange | null {
  const first = history.points[0];
  const last = history.points[history.points.length - 1];
  if (!first || !last || history.points.length < 2) return null;
  const change = cleanFraction(last.progress - first.progress);
  return { from: first.progress, to: last.progress, change, direction: change > 0 ? 'up' : change < 0 ? 'down' : 'flat', since: first.at };
}
