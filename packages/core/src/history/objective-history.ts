import { buildOkrIndex, okrIndex } from '../indexing/okr-index';
import type { CheckIn, KeyResult, OkrSet } from '../model/model.types';
import { rollUpObjective } from '../progress/progress';
import type { ObjectiveHistoryPoint } from './history.types';
import { compareHistoryPoints, readCheckIn } from './key-result-history';
import { baselineMetric, metricAtValue } from './metric-at-value';

interface Step {
  atMs: number;
  checkInId: string;
  checkIn: CheckIn;
  slot: number;
}

/**
 * An objective's rolled-up progress over time: one point per check-in of its KRs, each the
 * rollup of `objectiveProgress` (the same function, so the same weights and rounding) over
 * the KRs as they stood just after that check-in; before its first check-in a KR counts at
 * its baseline. The KRs' check-ins are sorted once and swept once; each step re-rolls the
 * objective's few KRs, so a point equals `objectiveProgressAsOf` at its instant. Child
 * objectives are not included: use `objectiveProgressAsOf` with `includeChildren` for a date.
 * Throws a `RangeError` for an unknown objective or an unreadable check-in.
 * @example objectiveHistory(okrSet, 'o1').map((point) => [point.at, point.value]) // [['2026-01-20T09:00:00Z', 0.25], …]
 */
export function objectiveHistory(okrSet: OkrSet, objectiveId: string): ObjectiveHistoryPoint[] {
  const index = okrIndex(okrSet);
  const objective = index.objectivesById.get(objectiveId);
  if (!objective) throw new RangeError(`no objective with id "${objectiveId}"`);
  const keyResults = index.keyResultsByObjective.get(objectiveId) ?? [];
  const standing: KeyResult[] = keyResults.map((keyResult) => {
    const metric = baselineMetric(keyResult.metric);
    return metric === keyResult.metric ? keyResult : { ...keyResult, metric };
  });
  const steps: Step[] = [];
  keyResults.forEach((keyResult, slot) => {
    for (const checkIn of index.checkInsByKeyResult.get(keyResult.id) ?? []) {
      steps.push({ atMs: readCheckIn(checkIn).atMs, checkInId: checkIn.id, checkIn, slot });
    }
  });
  steps.sort(compareHistoryPoints);
  const points: ObjectiveHistoryPoint[] = [];
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Step;
    const keyResult = keyResults[step.slot] as KeyResult;
    standing[step.slot] = { ...keyResult, metric: metricAtValue(keyResult.metric, step.checkIn.value) };
    // A set of just this objective and its KRs as they stand: the rollup reads nothing else.
    const moment: OkrSet = { periods: [], objectives: [objective], keyResults: standing, checkIns: [] };
    const progress = rollUpObjective(objective, moment, false, new Map(), undefined, buildOkrIndex(moment));
    points.push({
      at: step.checkIn.at,
      atMs: step.atMs,
      checkInId: step.checkInId,
      keyResultId: step.checkIn.keyResultId,
      value: progress.value,
      raw: progress.raw,
    });
  }
  return points;
}
