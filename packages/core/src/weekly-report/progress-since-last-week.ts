import { metricAtValue } from '../history/metric-at-value';
import { okrIndex } from '../indexing/okr-index';
import type { CheckIn, KeyResult, OkrSet } from '../model/model.types';
import { metricRawProgress } from '../progress/progress';
import { clamp01, cleanFraction } from '../progress/progress.utils';
import { isLaterInstant } from '../time/instant';
import { DAY_MS, startOfDateMs } from '../time/time';
import type { KeyResultReading, KeyResultWeekProgress, WeeklyReport } from './weekly-report.types';

/** The reading of a KR from the check-ins (oldest first) recorded strictly before the instant `before`. */
function readingBefore(keyResult: KeyResult, checkIns: readonly CheckIn[], before: string): KeyResultReading | null {
  let last: CheckIn | undefined;
  let confidence: number | null = null;
  for (const checkIn of checkIns) {
    if (!isLaterInstant(before, checkIn.at)) break;
    last = checkIn;
    if (checkIn.confidence !== undefined) confidence = clamp01(checkIn.confidence);
  }
  if (!last) return null;
  return { value: last.value, progress: metricRawProgress(metricAtValue(keyResult.metric, last.value)), confidence, at: last.at };
}

/** after − before, saturating at ±`Number.MAX_VALUE` where two extreme values would overflow (1e308 − −1e308). */
function difference(after: number | null | undefined, before: number | null | undefined): number | null {
  if (after === null || after === undefined || before === null || before === undefined) return null;
  const change = after - before;
  if (change > Number.MAX_VALUE) return Number.MAX_VALUE;
  if (change < -Number.MAX_VALUE) return -Number.MAX_VALUE;
  return cleanFraction(change);
}

/**
 * The key results a report focuses on, in focus order without repeats: each focus entry's
 * KR, or every KR of an objective named without a KR. Ids the set does not know are skipped.
 * @example focusKeyResults(report, okrSet).map((keyResult) => keyResult.id) // ['kr-questionnaires', 'kr-trends']
 */
export function focusKeyResults(report: Pick<WeeklyReport, 'focus'>, okrSet: OkrSet): KeyResult[] {
  const index = okrIndex(okrSet);
  const seen = new Set<string>();
  const keyResults: KeyResult[] = [];
  const add = (keyResult: KeyResult | undefined): void => {
    if (keyResult && !seen.has(keyResult.id)) {
      seen.add(keyResult.id);
      keyResults.push(keyResult);
    }
  };
  for (const entry of report.focus) {
    if (entry.keyResultId !== undefined) add(index.keyResultsById.get(entry.keyResultId));
    else if (entry.objectiveId !== undefined) index.keyResultsByObjective.get(entry.objectiveId)?.forEach(add);
  }
  return keyResults;
}

/**
 * How each focus key result moved during the report's week, computed from the check-in log
 * (never typed in): `lastWeek` ("then") is the last check-in before the week started,
 * `thisWeek` ("now") the last one before the week ended (both at 00:00 UTC, like every okrkit
 * date). Confidence is the last one recorded up to each moment. A KR with no check-in before
 * the week has `lastWeek: null` and no change; a KR not checked in during the week keeps its
 * reading (change 0) and says so in `checkedInThisWeek`.
 * @example
 * progressSinceLastWeek(report, okrSet)[0]
 * // { keyResultId: 'kr-questionnaires', lastWeek: { value: 20, progress: 0.2, confidence: 0.6, … },
 * //   thisWeek: { value: 45, progress: 0.45, confidence: 0.7, … }, change: { value: 25, progress: 0.25, confidence: 0.1 }, … }
 */
export function progressSinceLastWeek(report: Pick<WeeklyReport, 'focus' | 'weekStart'>, okrSet: OkrSet): KeyResultWeekProgress[] {
  const startMs = startOfDateMs(report.weekStart);
  const weekStart = new Date(startMs).toISOString();
  const weekEnd = new Date(startMs + 7 * DAY_MS).toISOString();
  const byKeyResult = okrIndex(okrSet).checkInsByKeyResult;
  return focusKeyResults(report, okrSet).map((keyResult) => {
    const checkIns = byKeyResult.get(keyResult.id) ?? [];
    const lastWeek = readingBefore(keyResult, checkIns, weekStart);
    const thisWeek = readingBefore(keyResult, checkIns, weekEnd);
    return {
      keyResultId: keyResult.id,
      objectiveId: keyResult.objectiveId,
      title: keyResult.title,
      lastWeek,
      thisWeek,
      change: {
        value: difference(thisWeek?.value, lastWeek?.value),
        progress: difference(thisWeek?.progress, lastWeek?.progress),
        confidence: difference(thisWeek?.confidence, lastWeek?.confidence),
      },
      checkedInThisWeek: checkIns.some((checkIn) => !isLaterInstant(weekStart, checkIn.at) && isLaterInstant(weekEnd, checkIn.at)),
    };
  });
}
