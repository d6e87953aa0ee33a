import type { ObjectiveKind, OkrSet, Period } from '../model/model.types';
import { neutraliseFormula } from '../interchange/csv-cells';
import { bandOf } from '../scoring/scoring';
import type { ScoreBand, ScoringStrategy } from '../scoring/scoring.types';
import { isolateText } from '../text/bidi-isolation';
import { markdown, markdownLine, markdownTable, oneLine } from '../text/export-format';
import { CLOSING_RESULTS, type CloseOut, type ClosingResult } from './cycle.types';

/** Grades and results of a group of closed objectives (a team, or a kind). */
export interface ReviewGroup {
  count: number;
  /** Mean of the objectives' final grades; 0 when the group is empty (never NaN). */
  meanGrade: number;
  /** How many objectives fall in each of the strategy's bands, by band id (every band listed). */
  distribution: Record<string, number>;
  results: Record<ClosingResult, number>;
}

/** One closed objective as the review lists it: no owner, no person — objectives are graded, never people. */
export interface ReviewedObjective {
  objectiveId: string;
  title: string;
  teamId: string | null;
  kind: ObjectiveKind;
  result: ClosingResult;
  grade: number;
  band: string;
  met: string;
  missed: string;
  lessons: string;
}

/** The review of a closed period (DOMAIN.md §5 "evaluate", §11). */
export interface PeriodReview {
  periodId: string;
  overall: ReviewGroup;
  /** By team; objectives without a team under `teamId: null` (the company's). */
  byTeam: Array<{ teamId: string | null } & ReviewGroup>;
  /** Committed objectives are expected to reach the top; aspirational ones ~0.7 (Google). */
  byKind: Record<ObjectiveKind, ReviewGroup>;
  objectives: ReviewedObjective[];
  /** The lessons written, objective by objective, for the next cycle. */
  lessons: Array<{ objectiveId: string; title: string; lessons: string }>;
}

/** @internal The counts, mean grade and band distribution of some reviewed objectives (also `scopePeriodReview`'s). */
export function summarise(entries: readonly ReviewedObjective[], strategy: ScoringStrategy): ReviewGroup {
  const distribution = Object.fromEntries(strategy.bands.map((band) => [band.id, 0]));
  const results = Object.fromEntries(CLOSING_RESULTS.map((result) => [result, 0])) as Record<ClosingResult, number>;
  let total = 0;
  for (const entry of entries) {
    distribution[entry.band] = (distribution[entry.band] ?? 0) + 1;
    results[entry.result] += 1;
    total += entry.grade;
  }
  return { count: entries.length, meanGrade: entries.length === 0 ? 0 : Math.round((total / entries.length) * 10_000) / 10_000, distribution, results };
}

/** @internal The overall, by-team and by-kind figures of some reviewed objectives (also `scopePeriodReview`'s). */
export function groupSummaries(objectives: readonly ReviewedObjective[], teams: ReadonlyArray<string | null>, strategy: ScoringStrategy): Pick<PeriodReview, 'overall' | 'byTeam' | 'byKind'> {
  return {
    overall: summarise(objectives, strategy),
    byTeam: teams.map((teamId) => ({ teamId, ...summarise(objectives.filter((entry) => entry.teamId === teamId), strategy) })),
    byKind: {
      committed: summarise(objectives.filter((entry) => entry.kind === 'committed'), strategy),
      aspirational: summarise(objectives.filter((entry) => entry.kind === 'aspirational'), strategy),
    },
  };
}

/**
 * The review of a period: every closed objective of it with its close-out, the grade
 * distribution over the strategy's bands by team and by kind (committed vs aspirational),
 * the closing results, and the lessons. Objectives closed without a close-out record are
 * left out (nothing to grade). There is deliberately no per-person view: OKRs are not a
 * performance-appraisal tool (DOMAIN.md §6), so the review groups by team and kind only.
 * @example periodReview(q1, okrSet, closeOuts, scoringPresets.google).byKind.aspirational.meanGrade // 0.68
 */
export function periodReview(period: Period, okrSet: OkrSet, closeOuts: readonly CloseOut[], strategy: ScoringStrategy): PeriodReview {
  const closeOutOf = new Map(closeOuts.map((closeOut) => [closeOut.objectiveId, closeOut]));
  const objectives: ReviewedObjective[] = [];
  for (const objective of okrSet.objectives) {
    const closeOut = closeOutOf.get(objective.id);
    if (objective.periodId !== period.id || objective.state !== 'closed' || !closeOut) continue;
    const grade = Number.isFinite(closeOut.grade) ? closeOut.grade : 0;
    objectives.push({
      objectiveId: objective.id,
      title: objective.title,
      teamId: objective.teamId ?? null,
      kind: objective.kind ?? 'committed',
      result: closeOut.result,
      grade,
      band: bandOf(grade, strategy).id,
      ...closeOut.retrospective,
    });
  }
  const teams = [...new Set(objectives.map((entry) => entry.teamId))].sort((left, right) => (left ?? '').localeCompare(right ?? ''));
  return {
    periodId: period.id,
    ...groupSummaries(objectives, teams, strategy),
    objectives,
    lessons: objectives.filter((entry) => entry.lessons.trim() !== '').map(({ objectiveId, title, lessons }) => ({ objectiveId, title, lessons })),
  };
}

/** The words of the review's Markdown export (`periodReviewToMarkdown`); English by default. */
export interface PeriodReviewMarkdownLabels {
  /** The heading: "Review: Q1 2026". */
  title: (period: string) => string;
  byTeam: string;
  byKind: string;
  objectives: string;
  lessons: string;
  /** Said under Lessons when none were written. */
  noLessons: string;
  team: string;
  /** Teamless objectives: the company's own. */
  company: string;
  kind: string;
  objective: string;
  /** The column counting objectives. */
  count: string;
  meanGrade: string;
  result: string;
  grade: string;
  kinds: Record<ObjectiveKind, string>;
  results: Record<ClosingResult, string>;
  /** A score band's name (defaults to the strategy's own label). */
  band?: (band: ScoreBand) => string;
}

/** English words for `periodReviewToMarkdown`. */
export const PERIOD_REVIEW_MARKDOWN_LABELS: PeriodReviewMarkdownLabels = {
  title: (period) => `Review: ${period}`,
  byTeam: 'By team',
  byKind: 'Committed and aspirational',
  objectives: 'Objectives',
  lessons: 'Lessons',
  noLessons: 'None.',
  team: 'Team',
  company: 'Company',
  kind: 'Kind',
  objective: 'Objective',
  count: 'Objectives',
  meanGrade: 'Mean grade',
  result: 'Result',
  grade: 'Grade',
  kinds: { committed: 'Committed', aspirational: 'Aspirational' },
  results: { achieved: 'Achieved', missed: 'Missed', postponed: 'Postponed', 'carried-over': 'Carried over' },
};

/**
 * The review as Markdown: the distribution by team and by kind, then each objective's
 * result and grade, then the lessons, in `labels`' words (English by default). User text
 * escaped and direction-isolated.
 * @example periodReviewToMarkdown(review, 'Q1 2026', scoringPresets.google) // '# Review: Q1 2026\n\n## By team\n\n| Team | Objectives | Mean grade | …'
 */
export function periodReviewToMarkdown(
  review: PeriodReview,
  periodName: string,
  strategy: ScoringStrategy,
  nameOf: (teamId: string | null) => string = (teamId) => teamId ?? PERIOD_REVIEW_MARKDOWN_LABELS.company,
  labels: PeriodReviewMarkdownLabels = PERIOD_REVIEW_MARKDOWN_LABELS,
): string {
  const bands = strategy.bands.map((band) => (labels.band ? labels.band(band) : band.label));
  const row = (name: string, group: ReviewGroup) => [isolateText(name), String(group.count), strategy.format(group.meanGrade), ...strategy.bands.map((band) => String(group.distribution[band.id] ?? 0))];
  const out = [`# ${markdown(labels.title(isolateText(periodName)))}`, '', `## ${markdown(labels.byTeam)}`, '', ...markdownTable([labels.team, labels.count, labels.meanGrade, ...bands], review.byTeam.map((group) => row(nameOf(group.teamId), group)))];
  out.push('', `## ${markdown(labels.byKind)}`, '', ...markdownTable([labels.kind, labels.count, labels.meanGrade, ...bands], [row(labels.kinds.committed, review.byKind.committed), row(labels.kinds.aspirational, review.byKind.aspirational)]));
  out.push('', `## ${markdown(labels.objectives)}`, '', ...markdownTable([labels.objective, labels.team, labels.kind, labels.result, labels.grade], review.objectives.map((entry) => [isolateText(entry.title), isolateText(nameOf(entry.teamId)), labels.kinds[entry.kind], labels.results[entry.result], strategy.format(entry.grade)])));
  out.push('', `## ${markdown(labels.lessons)}`, '');
  if (review.lessons.length === 0) out.push(markdownLine(labels.noLessons));
  for (const lesson of review.lessons) out.push(`- **${markdown(isolateText(lesson.title))}**: ${markdown(isolateText(lesson.lessons))}`);
  return `${out.join('\n')}\n`;
}

/** A CSV cell (RFC 4180): formula starts neutralised, quoted when it holds a comma, quote or line break. */
function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * The review as CSV, one row per closed objective (team, kind, result, grade, band, met,
 * missed, lessons) — no person column. Formula-like text is neutralised for spreadsheets.
 * @example periodReviewToCsv(review) // 'objective_id,title,team_id,kind,result,grade,band,met,missed,lessons\r\no1,Grow,sales,…'
 */
export function periodReviewToCsv(review: PeriodReview): string {
  const header = ['objective_id', 'title', 'team_id', 'kind', 'result', 'grade', 'band', 'met', 'missed', 'lessons'];
  const rows = review.objectives.map((entry) => [entry.objectiveId, oneLine(entry.title), entry.teamId ?? '', entry.kind, entry.result, entry.grade, entry.band, entry.met, entry.missed, entry.lessons]);
  return `${[header, ...rows].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
