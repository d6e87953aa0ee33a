import type { Progress } from '../explain/explain.types';
import { okrIndex, type PeriodBounds } from '../indexing/okr-index';
import type { IsoDateTime, Objective, OkrSet, Period, Status } from '../model/model.types';
import { objectiveProgress, rollUpObjective, keyResultProgress } from '../progress/progress';
import { scoreProgress } from '../scoring/scoring';
import type { Grade, ScoringStrategy } from '../scoring/scoring.types';
import { percent } from '../scoring/presets/percent';
import { DAY_MS, startOfDateMs, toEpochMs, type Instant } from '../time/time';

/** Options of {@link objectiveStatus} and {@link assessObjective}. */
export interface StatusOptions {
  /** The time to judge at. Always passed in: okrkit reads no clock. */
  now: Instant;
  /** @default scoringPresets.percent */
  scoring?: ScoringStrategy;
  /** Roll aligned child objectives into the progress. @default false */
  includeChildren?: boolean;
  /** A KR whose last check-in is older than this is outdated. @default 14 */
  outdatedAfterDays?: number;
}

/** Everything known about where an objective stands at a moment. */
export interface ObjectiveAssessment {
  objectiveId: string;
  status: Status;
  progress: Progress;
  /** Elapsed share of the period. */
  expected: number;
  grade: Grade;
  /** True when a counted KR's last check-in (or the period start, if none) is older than `outdatedAfterDays`. */
  outdated: boolean;
  /** The newest check-in of the objective's KRs, if any. */
  lastCheckInAt: IsoDateTime | null;
}

/**
 * Decides a status from progress, the elapsed share and a strategy. 'not-started' only
 * before the period begins; 'achieved' once progress reaches 1, whatever the strategy;
 * otherwise the strategy decides.
 * @example decideStatus({ progress: 0.3, raw: 0.3, expected: 0.5, started: true, kind: 'committed', scoring: scoringPresets.percent }) // 'at-risk'
 */
export function decideStatus(input: {
  progress: number;
  raw: number;
  expected: number;
  started: boolean;
  kind: Objective['kind'];
  scoring: ScoringStrategy;
}): Status {
  if (!input.started) return 'not-started';
  if (input.progress >= 1) return 'achieved';
  return input.scoring.status({
    progress: input.progress,
    rawProgress: input.raw,
    expected: input.expected,
    kind: input.kind ?? 'committed',
  });
}

/**
 * An objective whose period the set does not hold (data written before storage enforced
 * references; the store keeps it with a load warning) is judged with no period: started,
 * nothing expected yet (elapsed share 0), never outdated. Its progress counts as usual.
 */
const NO_PERIOD: PeriodBounds = { startMs: Number.NEGATIVE_INFINITY, endMs: Number.POSITIVE_INFINITY };

function boundsOf(objective: Objective, okrSet: OkrSet): PeriodBounds {
  return okrIndex(okrSet).periodBounds.get(objective.periodId) ?? NO_PERIOD;
}

function elapsedShare(bounds: PeriodBounds, nowMs: number): number {
  if (bounds === NO_PERIOD || nowMs <= bounds.startMs) return 0;
  if (nowMs >= bounds.endMs) return 1;
  return (nowMs - bounds.startMs) / (bounds.endMs - bounds.startMs);
}

/**
 * The newest check-in time among the given KRs, as an ISO string, or null.
 * @example lastCheckInAt(['kr-mau', 'kr-usage'], okrSet) // '2026-02-13T16:00:00Z'
 */
export function lastCheckInAt(keyResultIds: readonly string[], okrSet: OkrSet): IsoDateTime | null {
  const index = okrIndex(okrSet);
  let newest: IsoDateTime | null = null;
  let newestMs = Number.NEGATIVE_INFINITY;
  for (const id of keyResultIds) {
    const ms = index.lastCheckInMs(id);
    if (ms !== undefined && ms > newestMs) {
      newestMs = ms;
      newest = index.lastCheckInByKeyResult.get(id)?.at ?? null;
    }
  }
  return newest;
}

/**
 * Whether a KR's updates are stale at `now`: its last check-in (or, with none, the
 * period's start) is more than `outdatedAfterDays` ago. Never outdated before the period
 * starts or after it ends.
 * @example isKeyResultOutdated('kr-mau', q1, okrSet, Date.parse('2026-02-15T00:00:00Z'), 14) // false
 */
export function isKeyResultOutdated(
  keyResultId: string,
  period: Pick<Period, 'start' | 'end'>,
  okrSet: OkrSet,
  nowMs: number,
  outdatedAfterDays: number,
): boolean {
  const startMs = startOfDateMs(period.start);
  const bounds = { startMs, endMs: startOfDateMs(period.end) + DAY_MS };
  return isOutdatedWithin(bounds, okrIndex(okrSet).lastCheckInMs(keyResultId), nowMs, outdatedAfterDays * DAY_MS);
}

function isOutdatedWithin(bounds: PeriodBounds, lastMs: number | undefined, nowMs: number, maxAgeMs: number): boolean {
  if (bounds === NO_PERIOD || nowMs < bounds.startMs || nowMs >= bounds.endMs) return false;
  return nowMs - (lastMs ?? bounds.startMs) > maxAgeMs;
}

/** Assessment with a memo shared across a whole-set pass. */
export function assessWithMemo(
  objective: Objective,
  okrSet: OkrSet,
  options: StatusOptions,
  nowMs: number,
  memo: Map<string, Progress>,
): ObjectiveAssessment {
  const scoring = options.scoring ?? percent;
  const maxAgeMs = (options.outdatedAfterDays ?? 14) * DAY_MS;
  const index = okrIndex(okrSet);
  const bounds = index.periodBounds.get(objective.periodId) ?? boundsOf(objective, okrSet);
  const progress = rollUpObjective(objective, okrSet, options.includeChildren ?? false, memo, undefined, index);
  const expected = elapsedShare(bounds, nowMs);
  const kind = objective.kind ?? 'committed';
  const status = decideStatus({ progress: progress.value, raw: progress.raw, expected, started: nowMs >= bounds.startMs, kind, scoring });
  let outdated = false;
  let newestMs = Number.NEGATIVE_INFINITY;
  let newestKeyResult: string | undefined;
  for (const keyResult of index.keyResultsByObjective.get(objective.id) ?? []) {
    const ms = index.lastCheckInMs(keyResult.id);
    if (ms !== undefined && ms > newestMs) {
      newestMs = ms;
      newestKeyResult = keyResult.id;
    }
    if (!outdated && isOutdatedWithin(bounds, ms, nowMs, maxAgeMs)) outdated = true;
  }
  return {
    objectiveId: objective.id,
    status,
    progress,
    expected,
    // The raw value, so strategies that show over-achievement (e.g. 125 %) can.
    grade: scoreProgress(progress.raw, scoring, kind),
    outdated,
    lastCheckInAt: newestKeyResult === undefined ? null : (index.lastCheckInByKeyResult.get(newestKeyResult)?.at ?? null),
  };
}

function objectiveOf(objectiveId: string, okrSet: OkrSet): Objective {
  const objective = okrIndex(okrSet).objectivesById.get(objectiveId);
  if (!objective) throw new RangeError(`no objective with id "${objectiveId}"`);
  return objective;
}

/**
 * Where an objective stands at `now`: status, progress, expected progress, grade under the
 * strategy, and whether its check-ins are outdated (reported alongside the status, not instead).
 * @example assessObjective('o1', okrSet, { now: '2026-02-15T00:00:00Z', scoring: scoringPresets.google })
 */
export function assessObjective(objectiveId: string, okrSet: OkrSet, options: StatusOptions): ObjectiveAssessment {
  return assessWithMemo(objectiveOf(objectiveId, okrSet), okrSet, options, toEpochMs(options.now), new Map());
}

/**
 * The status of an objective at `now` under a scoring strategy:
 * `'not-started' | 'on-track' | 'at-risk' | 'off-track' | 'achieved'`.
 * Use {@link assessObjective} for the "outdated" flag and the numbers behind the status.
 * @example objectiveStatus('o1', okrSet, { now: new Date('2026-02-15') }) // 'at-risk'
 */
export function objectiveStatus(objectiveId: string, okrSet: OkrSet, options: StatusOptions): Status {
  return assessObjective(objectiveId, okrSet, options).status;
}

/**
 * The status of one key result at `now`, judged against its objective's period.
 * @example keyResultStatus('kr1', okrSet, { now: '2026-02-15T00:00:00Z' }) // 'on-track'
 */
export function keyResultStatus(keyResultId: string, okrSet: OkrSet, options: Omit<StatusOptions, 'includeChildren'>): Status {
  const index = okrIndex(okrSet);
  const keyResult = index.keyResultsById.get(keyResultId);
  if (!keyResult) throw new RangeError(`no key result with id "${keyResultId}"`);
  const objective = objectiveOf(keyResult.objectiveId, okrSet);
  const bounds = boundsOf(objective, okrSet);
  const nowMs = toEpochMs(options.now);
  const progress = keyResultProgress(keyResult);
  return decideStatus({
    progress: progress.value,
    raw: progress.raw,
    expected: elapsedShare(bounds, nowMs),
    started: nowMs >= bounds.startMs,
    kind: objective.kind,
    scoring: options.scoring ?? percent,
  });
}

/**
 * Assesses every objective of a set in one pass (rollups memoised), e.g. to draw a
 * dashboard or an alignment tree. Returns a map keyed by objective id.
 * @example assessOkrSet(okrSet, { now: '2026-02-15', includeChildren: true }).get('company')?.status
 */
export function assessOkrSet(okrSet: OkrSet, options: StatusOptions): Map<string, ObjectiveAssessment> {
  const nowMs = toEpochMs(options.now);
  const memo = new Map<string, Progress>();
  const result = new Map<string, ObjectiveAssessment>();
  for (const objective of okrSet.objectives) {
    result.set(objective.id, assessWithMemo(objective, okrSet, options, nowMs, memo));
  }
  return result;
}

export { objectiveProgress };
