import type { CheckIn, KeyResult } from '../model/model.types';
import { currentMetricFromLog, latestCheckIn } from './check-in-log';
import { NotFoundError } from './errors';
import { metricAfterCheckIn } from './store-commands';
import type { RecordTables } from './store-records';
import type { CheckInPatch } from './store.types';

/** What editing or deleting a past check-in writes: the check-in (null: deleted) and, when its reading moved, the KR. */
export interface CheckInEditPlan {
  checkIn: CheckIn | null;
  /** The KR with its metric recomputed from the log, or null when the metric stays as it is. */
  keyResult: KeyResult | null;
}

/**
 * Plans an edit (`patch`) or a deletion (`patch === null`) of a logged check-in: the check-in
 * as it will be, and the KR's metric recomputed from the log as it will be (latest by `at`).
 * Pure over the store's tables; throws `NotFoundError` for an unknown check-in and
 * `ValidationFailedError` for a reading its KR's metric cannot take.
 * @example planCheckInEdit(tables, 'ci-mau-2026-02-13', { value: 1_180_000 }).keyResult?.metric // { …, current: 1_180_000 }
 */
export function planCheckInEdit(tables: RecordTables, checkInId: string, patch: CheckInPatch | null): CheckInEditPlan {
  const existing = tables.checkIn.get(checkInId);
  if (!existing) throw new NotFoundError('checkIn', checkInId);
  const keyResult = tables.keyResult.get(existing.keyResultId);
  if (!keyResult) throw new NotFoundError('keyResult', existing.keyResultId);
  const log = [...tables.checkIn.values()].filter((checkIn) => checkIn.keyResultId === keyResult.id);
  const reflected = latestCheckIn(log);

  let next: CheckIn | null = null;
  let exactMetric: KeyResult['metric'] | null = null;
  if (patch !== null) {
    next = { ...existing };
    if (patch.value !== undefined || patch.done !== undefined || patch.milestones !== undefined) {
      const reading = metricAfterCheckIn(keyResult.metric, { keyResultId: keyResult.id, value: patch.value, done: patch.done, milestones: patch.milestones });
      next.value = reading.value;
      exactMetric = reading.metric;
    }
    if (patch.at !== undefined) next.at = patch.at;
    if (patch.confidence === null) delete next.confidence;
    else if (patch.confidence !== undefined) next.confidence = patch.confidence;
    if (patch.note === null || patch.note === '') delete next.note;
    else if (patch.note !== undefined) next.note = patch.note;
  }

  const remaining = log.flatMap((checkIn) => (checkIn.id !== checkInId ? [checkIn] : next ? [next] : []));
  const recomputed = currentMetricFromLog(keyResult.metric, remaining, reflected);
  // A reading given to the entry that ends up latest is taken as given (milestones flag by
  // flag, not only how many); the KR is written only when its metric really moves.
  const metric = exactMetric && next && recomputed.from?.id === next.id ? exactMetric : recomputed.metric;
  const unchanged = metric === keyResult.metric || JSON.stringify(metric) === JSON.stringify(keyResult.metric);
  return { checkIn: next, keyResult: unchanged ? null : { ...keyResult, metric } };
}
