import { buildOkrIndex, okrIndex } from '../indexing/okr-index';
import type { CheckIn, KeyResult, OkrSet } from '../model/model.types';
import type { Progress } from '../explain/explain.types';
import { rollUpObjective, type ObjectiveProgressOptions } from '../progress/progress';
import { toEpochMs, type Instant } from '../time/time';
import type { KeyResultAsOf } from './history.types';
import { readCheckIn, requireKeyResult } from './key-result-history';
import { baselineMetric, metricAtValue } from './metric-at-value';

/** The last check-in at or before `atMs` (ties by id: the greater id is the later entry), in one pass. */
function lastCheckInBy(checkIns: readonly CheckIn[], atMs: number): CheckIn | null {
  let best: CheckIn | null = null;
  let bestMs = -Infinity;
  for (const checkIn of checkIns) {
    const ms = readCheckIn(checkIn).atMs;
    if (ms > atMs) continue;
    if (ms > bestMs || (ms === bestMs && best !== null && checkIn.id > best.id)) {
      best = checkIn;
      bestMs = ms;
    }
  }
  return best;
}

function asOf(keyResult: KeyResult, checkIns: readonly CheckIn[], atMs: number): KeyResultAsOf {
  const checkIn = lastCheckInBy(checkIns, atMs);
  if (checkIn) {
    const metric = metricAtValue(keyResult.metric, checkIn.value);
    return { keyResult: { ...keyResult, metric }, metric, checkIn, source: 'check-in' };
  }
  const metric = baselineMetric(keyResult.metric);
  const source = metric === keyResult.metric ? 'recorded' : 'baseline';
  return { keyResult: metric === keyResult.metric ? keyResult : { ...keyResult, metric }, metric, checkIn: null, source };
}

/**
 * A key result as it stood at an instant: its metric as the last check-in at or before
 * `at` left it, or its baseline before the first one (a guardrail, which has no baseline,
 * reads as recorded). Linear in the KR's check-ins. Throws a `RangeError` for an unknown KR
 * or an unreadable `at`.
 * @example keyResultAsOf(okrSet, 'kr-mau', '2026-02-01T00:00:00Z').metric // { kind: 'numeric', …, current: 1100 }
 */
export function keyResultAsOf(okrSet: OkrSet, keyResultId: string, at: Instant): KeyResultAsOf {
  const index = okrIndex(okrSet);
  const keyResult = requireKeyResult(index, keyResultId);
  return asOf(keyResult, index.checkInsByKeyResult.get(keyResultId) ?? [], toEpochMs(at, 'at'));
}

/**
 * An objective's progress as it stood at an instant: the same weighted rollup as
 * `objectiveProgress`, over its KRs as of `at` (see {@link keyResultAsOf}); with
 * `includeChildren`, aligned child objectives are rolled up as of `at` too.
 * Throws a `RangeError` for an unknown objective or an unreadable `at`.
 * @example objectiveProgressAsOf(okrSet, 'o1', '2026-02-01T00:00:00Z').value // 0.25
 */
export function objectiveProgressAsOf(
  okrSet: OkrSet,
  objectiveId: string,
  at: Instant,
  options: ObjectiveProgressOptions = {},
): Progress {
  const index = okrIndex(okrSet);
  const objective = index.objectivesById.get(objectiveId);
  if (!objective) throw new RangeError(`no objective with id "${objectiveId}"`);
  const atMs = toEpochMs(at, 'at');
  const includeChildren = options.includeChildren ?? false;
  // Without children only this objective's KRs matter; with them, any KR may be below it.
  const keyResults = includeChildren ? okrSet.keyResults : (index.keyResultsByObjective.get(objectiveId) ?? []);
  const asOfSet: OkrSet = {
    periods: okrSet.periods,
    objectives: okrSet.objectives,
    keyResults: keyResults.map((keyResult) => asOf(keyResult, index.checkInsByKeyResult.get(keyResult.id) ?? [], atMs).keyResult),
    checkIns: [],
  };
  const asOfIndex = buildOkrIndex(asOfSet);
  return rollUpObjective(objective, asOfSet, includeChildren, new Map(), undefined, asOfIndex);
}
