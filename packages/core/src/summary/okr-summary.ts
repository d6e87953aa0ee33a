import type { Progress } from '../explain/explain.types';
import { netConfidenceScore } from '../confidence/confidence';
import { okrIndex } from '../indexing/okr-index';
import type { IsoDateTime, Objective, OkrSet, Status } from '../model/model.types';
import { percent } from '../scoring/presets/percent';
import type { ScoreBand } from '../scoring/scoring.types';
import { assessWithMemo, isKeyResultOutdated, type StatusOptions } from '../status/status';
import { toEpochMs } from '../time/time';

/** Which objectives a summary covers. Every filter given must match; none given means all. */
export interface OkrSummaryScope {
  teamId?: string;
  periodId?: string;
  ownerId?: string;
}

/** A KR without a recent check-in, as a summary lists it. */
export interface OutdatedKeyResult {
  keyResultId: string;
  objectiveId: string;
  /** Its latest check-in, or null when it never had one. */
  lastCheckInAt: IsoDateTime | null;
}

/** How many closed objectives were graded into one band of the scoring strategy. */
export interface GradeBandCount {
  band: ScoreBand;
  count: number;
}

/** What {@link summarizeOkrs} returns: the numbers behind a team's or a period's dashboard. */
export interface OkrSummaryData {
  /** Objectives under way (proposed or active), by status; every status is present, 0 when none. */
  byStatus: Record<Status, number>;
  /** How many objectives are under way (the sum of `byStatus`). */
  underWay: number;
  /** The net confidence score of the objectives under way, −100…100 (see `netConfidenceScore`). */
  netConfidenceScore: number;
  /** KRs of objectives under way that have gone too long without a check-in, oldest first. */
  outdatedKeyResults: OutdatedKeyResult[];
  /** Closed objectives by grade band, from the lowest band to the highest; empty when none is closed. */
  grades: GradeBandCount[];
  /** How many objectives are closed (the sum of `grades`). */
  closed: number;
}

const STATUSES: readonly Status[] = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];

function inScope(objective: Objective, scope: OkrSummaryScope): boolean {
  return (
    (scope.teamId === undefined || objective.teamId === scope.teamId) &&
    (scope.periodId === undefined || objective.periodId === scope.periodId) &&
    (scope.ownerId === undefined || objective.ownerId === scope.ownerId)
  );
}

/**
 * A compact dashboard's numbers for a team, a period or an owner: objectives under way by
 * status, their net confidence score, the KRs among them gone stale (older than
 * `outdatedAfterDays` without a check-in, judged at `now`), and the grade distribution of
 * the closed ones under the scoring strategy. Drafts are left out. One pass over the set.
 * @example
 * summarizeOkrs(okrSet, { teamId: 'brightline-growth' }, { now: '2026-02-15T12:00:00Z' })
 * // { byStatus: { 'on-track': 1, 'at-risk': 1, … }, underWay: 2, netConfidenceScore: 50, outdatedKeyResults: [], grades: [], closed: 0 }
 */
export function summarizeOkrs(okrSet: OkrSet, scope: OkrSummaryScope, options: StatusOptions): OkrSummaryData {
  const scoring = options.scoring ?? percent;
  const outdatedAfterDays = options.outdatedAfterDays ?? 14;
  const nowMs = toEpochMs(options.now, 'now');
  const index = okrIndex(okrSet);
  const memo = new Map<string, Progress>();
  const byStatus = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  const statuses: Status[] = [];
  const outdatedKeyResults: OutdatedKeyResult[] = [];
  const gradeCounts = new Map<string, number>();
  let closed = 0;

  for (const objective of okrSet.objectives) {
    const state = objective.state ?? 'active';
    if (state === 'draft' || !inScope(objective, scope)) continue;
    const assessment = assessWithMemo(objective, okrSet, options, nowMs, memo);
    if (state === 'closed') {
      closed++;
      gradeCounts.set(assessment.grade.band.id, (gradeCounts.get(assessment.grade.band.id) ?? 0) + 1);
      continue;
    }
    byStatus[assessment.status]++;
    statuses.push(assessment.status);
    const period = index.periodsById.get(objective.periodId);
    if (!period) continue;
    for (const keyResult of index.keyResultsByObjective.get(objective.id) ?? []) {
      if (!isKeyResultOutdated(keyResult.id, period, okrSet, nowMs, outdatedAfterDays)) continue;
      outdatedKeyResults.push({ keyResultId: keyResult.id, objectiveId: objective.id, lastCheckInAt: index.lastCheckInByKeyResult.get(keyResult.id)?.at ?? null });
    }
  }
  outdatedKeyResults.sort((a, b) => (a.lastCheckInAt === b.lastCheckInAt ? 0 : a.lastCheckInAt === null ? -1 : b.lastCheckInAt === null ? 1 : Date.parse(a.lastCheckInAt) - Date.parse(b.lastCheckInAt)));
  return {
    byStatus,
    underWay: statuses.length,
    netConfidenceScore: netConfidenceScore(statuses),
    outdatedKeyResults,
    grades: closed === 0 ? [] : scoring.bands.map((band) => ({ band, count: gradeCounts.get(band.id) ?? 0 })),
    closed,
  };
}
