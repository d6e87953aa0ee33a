import type { ClosingResult } from '@okrkit/core';
import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `PeriodReview`. A section of `OkrLabels` (`labels.review`), replaced through
 * `OkrProvider` like every other word; kept here so only pages with the review ship them.
 * Functions receive numbers and grades already formatted for the provider's locale.
 */
export interface PeriodReviewLabels {
  /** The review's accessible name: "Review: Q1 2026". */
  reviewOf: (period: string) => string;
  loading: string;
  /** A failed load, in plain words (the detail goes to `onError`). */
  loadFailed: string;
  retry: string;
  noPeriod: string;
  /** The filters' group name. */
  filters: string;
  team: string;
  allTeams: string;
  /** Objectives without a team: the company's own. */
  company: string;
  kind: string;
  kinds: { all: string; committed: string; aspirational: string };
  summary: string;
  /** The figure of objectives closed out (graded). */
  closedObjectives: string;
  /** The figure of objectives still active. */
  openObjectives: string;
  meanGrade: string;
  /** Where a mean grade would be, for a group with nothing closed. */
  noGrade: string;
  /** Objectives per score band: the band's name and the count, "Green: 3". */
  bandCount: (band: string, count: string) => string;
  results: Record<ClosingResult, string>;
  /** Some objectives still open: "2 objectives of this period are still open; the review shows the 3 closed so far." */
  partlyClosed: (open: string, closed: string) => string;
  /** No objective closed out yet, with how many are still open. */
  nothingClosed: (open: string) => string;
  /** Closed before close-outs were recorded: "1 objective was closed without a close-out and is not graded." */
  ungraded: (count: string) => string;
  byTeam: string;
  byTeamCaption: string;
  teamColumn: string;
  objectivesColumn: string;
  meanGradeColumn: string;
  bandsColumn: string;
  resultsColumn: string;
  /** The columns of the exported list of objectives (Markdown): objective, result, grade. */
  objectiveColumn: string;
  resultColumn: string;
  gradeColumn: string;
  byKind: string;
  byKindCaption: string;
  kindColumn: string;
  /** "Committed objectives are expected to reach 100." */
  committedNote: (top: string) => string;
  /** "Aspirational objectives are expected to land around 60–70: below a committed grade, and still a success." */
  aspirationalNote: (low: string, high: string) => string;
  lessons: string;
  noLessons: string;
  met: string;
  missed: string;
  lessonsLearned: string;
  /** An objective's line in the lessons: "Missed · grade 40 · Low". */
  outcome: (result: string, grade: string, band: string) => string;
  export: string;
  copyMarkdown: string;
  copyCsv: string;
  downloadMarkdown: string;
  downloadCsv: string;
  copied: string;
  copyFailed: string;
}

/** okrkit's English words for {@link PeriodReviewLabels}. */
export const defaultPeriodReviewLabels: PeriodReviewLabels = {
  reviewOf: (period) => `Review: ${period}`,
  loading: 'Loading the review…',
  loadFailed: 'The review could not be loaded. Check the connection and try again.',
  retry: 'Retry',
  noPeriod: 'This period does not exist.',
  filters: 'Show',
  team: 'Team',
  allTeams: 'All teams',
  company: 'Company',
  kind: 'Kind',
  kinds: { all: 'Committed and aspirational', committed: 'Committed', aspirational: 'Aspirational' },
  summary: 'Summary',
  closedObjectives: 'Objectives closed',
  openObjectives: 'Still open',
  meanGrade: 'Mean grade',
  noGrade: 'none yet',
  bandCount: (band, count) => `${band}: ${count}`,
  results: { achieved: 'Achieved', missed: 'Missed', postponed: 'Postponed', 'carried-over': 'Carried over' },
  partlyClosed: (open, closed) => `Not closed yet: ${open} still open. The review shows the ${closed} closed so far.`,
  nothingClosed: (open) => `Nothing is closed out yet (${open} still open). The review fills in as objectives are closed.`,
  ungraded: (count) => `Closed without a close-out, so not graded: ${count}.`,
  byTeam: 'By team',
  byTeamCaption: 'Closed objectives by team: how many, their mean grade and how they spread over the grade bands',
  teamColumn: 'Team',
  objectivesColumn: 'Objectives',
  meanGradeColumn: 'Mean grade',
  bandsColumn: 'Grade bands',
  resultsColumn: 'Results',
  objectiveColumn: 'Objective',
  resultColumn: 'Result',
  gradeColumn: 'Grade',
  byKind: 'Committed and aspirational',
  byKindCaption: 'Closed objectives by kind: committed ones are meant to be met in full, aspirational ones to stretch',
  kindColumn: 'Kind',
  committedNote: (top) => `Committed objectives are expected to reach ${top}.`,
  aspirationalNote: (low, high) => `Aspirational objectives are expected to land around ${low}–${high}: lower than a committed grade, and still a success.`,
  lessons: 'Lessons',
  noLessons: 'No closed objective here yet.',
  met: 'What was met',
  missed: 'What was missed, and why',
  lessonsLearned: 'Lessons for the next cycle',
  outcome: (result, grade, band) => `${result} · grade ${grade} · ${band}`,
  export: 'Export',
  copyMarkdown: 'Copy Markdown',
  copyCsv: 'Copy CSV',
  downloadMarkdown: 'Download Markdown',
  downloadCsv: 'Download CSV',
  copied: 'Copied.',
  copyFailed: 'Could not copy: use Download instead.',
};

/**
 * The review's words: okrkit's defaults, then the provider's `labels.review`, then the widget's own.
 * @example const labels = resolvePeriodReviewLabels(useOkrContext().labels, props.labels);
 */
export function resolvePeriodReviewLabels(fromProvider: ProvidedOkrLabels, own?: Partial<PeriodReviewLabels>): PeriodReviewLabels {
  const provided = fromProvider.review;
  if (!provided && !own) return defaultPeriodReviewLabels;
  return {
    ...defaultPeriodReviewLabels,
    ...provided,
    ...own,
    kinds: { ...defaultPeriodReviewLabels.kinds, ...provided?.kinds, ...own?.kinds },
    results: { ...defaultPeriodReviewLabels.results, ...provided?.results, ...own?.results },
  };
}
