import type { ClosingResult } from '@okrkit/core';
import type { ProvidedOkrLabels } from '../provider/labels';

/**
 * The words of `CloseOutDialog` and of a closed `ObjectiveCard`: a section of `OkrLabels`
 * (`labels.closeOut`), replaced through `OkrProvider` like every other word; kept here so
 * only pages that close objectives ship them.
 */
export interface CloseOutLabels {
  /** The dialog's title: "Close out: ‹objective›". */
  title: (objectiveTitle: string) => string;
  description: string;
  /** The trigger's default text. */
  closeOut: string;
  grades: string;
  /** "Suggested: 0.7" (the grade already formatted). */
  suggested: (grade: string) => string;
  /** The grade field of one KR: "Final grade of ‹KR›". */
  gradeOf: (keyResultTitle: string) => string;
  /** The reason field of one KR: "Why the grade differs: ‹KR›". */
  reasonOf: (keyResultTitle: string) => string;
  /** "Between 0 and 1". */
  gradeRange: (min: string, max: string) => string;
  reasonRequired: string;
  /** The objective's grade from the KRs', weighted: "Objective grade: 0.65". */
  objectiveGrade: (grade: string) => string;
  noKeyResults: string;
  result: string;
  results: Record<ClosingResult, string>;
  retrospective: string;
  met: string;
  missed: string;
  lessons: string;
  retrospectiveRequired: string;
  tooLong: (max: string) => string;
  carryOver: string;
  nextPeriod: string;
  nextPeriodRequired: string;
  continuingKeyResults: string;
  keyResultsRequired: string;
  /** Shown where the form would be when the objective is not active. */
  notActive: string;
  /** Shown when a close-out left unsaved (before a reload) is back in the form. */
  restoredDraft: string;
  /** Drops the restored close-out for the strategy's suggestions. */
  startOver: string;
  save: string;
  saving: string;
  /** The closed card's line: "Closed · Missed · grade 0.55". */
  closedSummary: (result: string, grade: string) => string;
  closed: string;
  finalGrade: string;
  /** The adjusted grade's note in the closed card: "adjusted: ‹reason›". */
  adjusted: (reason: string) => string;
  reopen: string;
  reopening: string;
  reopenFailed: string;
}

/** okrkit's English words for closing out an objective. */
export const defaultCloseOutLabels: CloseOutLabels = {
  title: (objectiveTitle) => `Close out: ${objectiveTitle}`,
  description: 'Settle each key result’s final grade, how the objective ended and what the team learned. Everything is saved at once.',
  closeOut: 'Close out',
  grades: 'Final grades',
  suggested: (grade) => `Suggested: ${grade}`,
  gradeOf: (keyResultTitle) => `Final grade of ${keyResultTitle}`,
  reasonOf: (keyResultTitle) => `Why the grade of ${keyResultTitle} differs`,
  gradeRange: (min, max) => `Enter a grade between ${min} and ${max}`,
  reasonRequired: 'Say why the grade differs from the suggested one',
  objectiveGrade: (grade) => `Objective grade: ${grade}`,
  noKeyResults: 'This objective has no key results to grade.',
  result: 'Result',
  results: { achieved: 'Achieved', missed: 'Missed', postponed: 'Postponed', 'carried-over': 'Carried over' },
  retrospective: 'Retrospective',
  met: 'What was met',
  missed: 'What was missed, and why',
  lessons: 'Lessons for the next cycle',
  retrospectiveRequired: 'Write at least one of what was met, what was missed, or the lessons',
  tooLong: (max) => `Keep it under ${max} characters`,
  carryOver: 'Carry over',
  nextPeriod: 'Next period',
  nextPeriodRequired: 'Choose the period it continues in',
  continuingKeyResults: 'Key results that continue',
  keyResultsRequired: 'Choose at least one key result to continue',
  notActive: 'Only an active objective can be closed out.',
  restoredDraft: 'What you typed before is back. It is not saved yet.',
  startOver: 'Start over',
  save: 'Close objective',
  saving: 'Closing…',
  closedSummary: (result, grade) => `Closed · ${result} · grade ${grade}`,
  closed: 'Closed',
  finalGrade: 'Final grade',
  adjusted: (reason) => `adjusted: ${reason}`,
  reopen: 'Reopen',
  reopening: 'Reopening…',
  reopenFailed: 'The objective was not reopened. Try again.',
};

/**
 * The close-out words: okrkit's defaults, then the provider's `labels.closeOut`, then the widget's own.
 * @example const labels = resolveCloseOutLabels(useOkrContext().labels, props.labels);
 */
export function resolveCloseOutLabels(fromProvider: ProvidedOkrLabels, own?: Partial<CloseOutLabels>): CloseOutLabels {
  const provided = fromProvider.closeOut;
  if (!provided && !own) return defaultCloseOutLabels;
  return { ...defaultCloseOutLabels, ...provided, ...own, results: { ...defaultCloseOutLabels.results, ...provided?.results, ...own?.results } };
}
