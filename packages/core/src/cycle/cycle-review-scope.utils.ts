import type { ObjectiveKind, OkrSet, Period } from '../model/model.types';
import { scoreProgress } from '../scoring/scoring';
import type { ScoringStrategy } from '../scoring/scoring.types';
import type { CloseOut } from './cycle.types';
import { summarise, type PeriodReview } from './cycle-review';

/**
 * Which part of a period's review to look at: one team (`null` is the company's objectives,
 * those without a team) and/or one kind. An absent key means every team / both kinds.
 * @example { teamId: 'brightline-growth', kind: 'aspirational' }
 */
export interface PeriodReviewScope {
  teamId?: string | null;
  kind?: ObjectiveKind;
}

/** How far a period's close-out has come, for the objectives in a scope. */
export interface PeriodCompletion {
  /** Closed with a close-out record: graded, in the review. */
  reviewed: number;
  /** Still active: not closed out yet. */
  open: number;
  /** Closed without a close-out record (closed before close-outs were kept): not graded, not in the review. */
  ungraded: number;
  /** `nothing-closed` while no objective is reviewed; `partly-closed` while some are still open; else `closed`. */
  state: 'nothing-closed' | 'partly-closed' | 'closed';
}

const inScope = (scope: PeriodReviewScope, teamId: string | null, kind: ObjectiveKind) =>
  (scope.teamId === undefined || scope.teamId === teamId) && (scope.kind === undefined || scope.kind === kind);

/**
 * How many of a period's objectives are reviewed, still open or closed without a record. Only
 * objectives that ran count: drafts and proposals that were never confirmed are not "open".
 * @example periodCompletion(q1, okrSet, closeOuts) // { reviewed: 3, open: 1, ungraded: 0, state: 'partly-closed' }
 */
export function periodCompletion(period: Period, okrSet: OkrSet, closeOuts: readonly CloseOut[], scope: PeriodReviewScope = {}): PeriodCompletion {
  const recorded = new Set(closeOuts.map((closeOut) => closeOut.objectiveId));
  let reviewed = 0;
  let open = 0;
  let ungraded = 0;
  for (const objective of okrSet.objectives) {
    if (objective.periodId !== period.id || !inScope(scope, objective.teamId ?? null, objective.kind ?? 'committed')) continue;
    const state = objective.state ?? 'active';
    if (state === 'active') open += 1;
    else if (state === 'closed') {
      if (recorded.has(objective.id)) reviewed += 1;
      else ungraded += 1;
    }
  }
  return { reviewed, open, ungraded, state: reviewed === 0 ? 'nothing-closed' : open > 0 ? 'partly-closed' : 'closed' };
}

/**
 * The review narrowed to a scope: only its team's and/or kind's objectives, with the overall
 * figures, the by-team and by-kind groups and the lessons worked out again from them (so the
 * mean grade is the scope's, not the period's). An empty scope returns the review unchanged.
 * @example scopePeriodReview(review, { kind: 'aspirational' }, scoringPresets.google).overall.meanGrade // 0.65
 */
export function scopePeriodReview(review: PeriodReview, scope: PeriodReviewScope, strategy: ScoringStrategy): PeriodReview {
  if (scope.teamId === undefined && scope.kind === undefined) return review;
  const objectives = review.objectives.filter((entry) => inScope(scope, entry.teamId, entry.kind));
  const kept = new Set(objectives.map((entry) => entry.objectiveId));
  const teams = review.byTeam.map((group) => group.teamId).filter((teamId) => objectives.some((entry) => entry.teamId === teamId));
  return {
    periodId: review.periodId,
    overall: summarise(objectives, strategy),
    byTeam: teams.map((teamId) => ({ teamId, ...summarise(objectives.filter((entry) => entry.teamId === teamId), strategy) })),
    byKind: {
      committed: summarise(objectives.filter((entry) => entry.kind === 'committed'), strategy),
      aspirational: summarise(objectives.filter((entry) => entry.kind === 'aspirational'), strategy),
    },
    objectives,
    lessons: review.lessons.filter((lesson) => kept.has(lesson.objectiveId)),
  };
}

/**
 * Where an aspirational objective is expected to land at the end of its period, on the
 * strategy's own scale: progress 0.6 to 0.7 scored as aspirational (Google's "sweet spot";
 * DOMAIN.md §6). A committed objective is expected to reach the top (progress 1.0).
 * @example aspirationalSweetSpot(scoringPresets.google) // { low: 0.6, high: 0.7, committed: 1 }
 * @example aspirationalSweetSpot(scoringPresets.percent) // { low: 60, high: 70, committed: 100 }
 */
export function aspirationalSweetSpot(strategy: ScoringStrategy): { low: number; high: number; committed: number } {
  return {
    low: scoreProgress(0.6, strategy, 'aspirational').score,
    high: scoreProgress(0.7, strategy, 'aspirational').score,
    committed: scoreProgress(1, strategy, 'committed').score,
  };
}
