import { isCalendarDate, isDateTime } from '../validation/formats';
import { OKR_LIMITS } from '../validation/limits';
import { idProblem, lineProblem, longTextProblem } from '../validation/text-rules';

/**
 * A hand-written predicate that accepts exactly the reports the valibot schema of
 * `validate-weekly-report.ts` accepts (the field rules, not the rules across fields), without
 * building issues or copies: the store runs it over every report it loads — one report holds
 * up to 5,000 tasks — and asks the schema for the messages only when it says no.
 * `test/weekly-report-fast-path.test.ts` checks that both agree on random valid and invalid
 * reports; a rule added to the schema must be added here too.
 */

type Fields = Record<string, unknown>;

const { text: maxText, list: maxList } = OKR_LIMITS;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isId = (value: unknown): boolean => typeof value === 'string' && idProblem(value) === undefined;
const isOptionalId = (value: unknown): boolean => value === undefined || isId(value);
const isItemText = (value: unknown): boolean =>
  typeof value === 'string' && longTextProblem(value, maxText.reportItem) === undefined && value.trim() !== '';
const isWholeNumber = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

function isFocus(entry: unknown): boolean {
  return (
    isObject(entry) &&
    isOptionalId(entry.objectiveId) &&
    isOptionalId(entry.keyResultId) &&
    (entry.priority === 1 || entry.priority === 2 || entry.priority === 3) &&
    typeof entry.expectedResult === 'string' &&
    longTextProblem(entry.expectedResult, maxText.reportItem) === undefined
  );
}

function isTask(task: unknown): boolean {
  if (!isObject(task)) return false;
  const { priority, status, due } = task;
  return (
    isId(task.id) &&
    typeof task.title === 'string' &&
    lineProblem(task.title, maxText.title) === undefined &&
    isOptionalId(task.keyResultId) &&
    (priority === 'P1' || priority === 'P2' || priority === 'P3') &&
    (due === undefined || (typeof due === 'string' && isCalendarDate(due))) &&
    (status === 'todo' || status === 'doing' || status === 'done') &&
    isOptionalId(task.ownerId)
  );
}

function isProblem(problem: unknown): boolean {
  return (
    isObject(problem) &&
    isItemText(problem.text) &&
    (problem.severity === undefined || problem.severity === 'risk' || problem.severity === 'blocker') &&
    isOptionalId(problem.keyResultId)
  );
}

function isPlanItem(item: unknown): boolean {
  return isObject(item) && isItemText(item.text) && isOptionalId(item.keyResultId);
}

function isListOf(value: unknown, max: number, isItem: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (let at = 0; at < value.length; at++) if (!isItem(value[at])) return false;
  return true;
}

/**
 * Whether every field of `input` keeps the weekly report's field rules (what
 * `validateWeeklyReport` checks before the rules across fields).
 * @example isWellFormedWeeklyReport(report) // true
 * @example isWellFormedWeeklyReport({ ...report, tasks: [{ ...task, due: '2026-02-30' }] }) // false
 */
export function isWellFormedWeeklyReport(input: unknown): boolean {
  try {
    if (!isObject(input)) return false;
    const { week, weekStart, state, submittedAt, notes } = input;
    return (
      isId(input.id) &&
      isId(input.authorId) &&
      isOptionalId(input.teamId) &&
      isObject(week) &&
      isWholeNumber(week.year, 1, 9999) &&
      isWholeNumber(week.week, 1, 53) &&
      typeof weekStart === 'string' &&
      isCalendarDate(weekStart) &&
      (state === 'draft' || state === 'submitted') &&
      (submittedAt === undefined || (typeof submittedAt === 'string' && isDateTime(submittedAt))) &&
      isListOf(input.focus, maxList.reportFocus, isFocus) &&
      isListOf(input.tasks, maxList.reportTasks, isTask) &&
      isListOf(input.problems, maxList.reportItems, isProblem) &&
      isListOf(input.nextWeek, maxList.reportItems, isPlanItem) &&
      (notes === undefined || (typeof notes === 'string' && longTextProblem(notes, maxText.reportNotes) === undefined))
    );
  } catch {
    // A getter that throws: the schema says so ("could not be read").
    return false;
  }
}
