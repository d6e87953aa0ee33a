import { check, number, optional, pipe, safeParse, string, type InferOutput } from 'valibot';
import { okrIndex } from '../indexing/okr-index';
import type { OkrSet } from '../model/model.types';
import { isCalendarDate, isDateTime } from '../validation/formats';
import { OKR_LIMITS } from '../validation/limits';
import { formatPath, list, object, oneOf, ruled } from '../validation/schema-parts';
import { idProblem, lineProblem, longTextProblem, TEXT_MESSAGES } from '../validation/text-rules';
import type { ValidationError, ValidationResult } from '../validation/validation.types';
import { addDays, formatIsoWeek, isoWeekMonday, isoWeeksInYear } from './week';
import { isWellFormedWeeklyReport } from './weekly-report-checks';
import type { WeeklyReport } from './weekly-report.types';

// The same plain messages and bounds (OKR_LIMITS) as the OKR validators, read after a path:
// "tasks[3].due: must be a calendar date YYYY-MM-DD", "notes: must be at most 10,000 characters".

/** Built on first use, so that importing the maths alone bundles neither valibot nor this schema. */
function buildSchema() {
  const { text: maxText, list: maxList } = OKR_LIMITS;
  const text = string('must be text');
  const id = ruled(idProblem);
  // A problem or next week's item may run over lines, but must say something.
  const item = ruled((value) => longTextProblem(value, maxText.reportItem) ?? (value.trim() === '' ? TEXT_MESSAGES.blank : undefined));
  const wholeNumber = (min: number, max: number) =>
    pipe(
      number('must be a number'),
      check((value) => Number.isInteger(value) && value >= min && value <= max, `must be a whole number from ${min} to ${max}`),
    );
  const calendarDate = pipe(text, check(isCalendarDate, 'must be a calendar date YYYY-MM-DD'));
  const dateTime = pipe(text, check(isDateTime, 'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z'));

  const focus = object({
    objectiveId: optional(id),
    keyResultId: optional(id),
    priority: oneOf([1, 2, 3]),
    expectedResult: ruled((value) => longTextProblem(value, maxText.reportItem)),
  });
  const task = object({
    id,
    title: ruled((value) => lineProblem(value, maxText.title)),
    keyResultId: optional(id),
    priority: oneOf(['P1', 'P2', 'P3']),
    due: optional(calendarDate),
    status: oneOf(['todo', 'doing', 'done']),
    ownerId: optional(id),
  });
  return object({
    id,
    authorId: id,
    teamId: optional(id),
    week: object({ year: wholeNumber(1, 9999), week: wholeNumber(1, 53) }),
    weekStart: calendarDate,
    state: oneOf(['draft', 'submitted']),
    submittedAt: optional(dateTime),
    focus: list(focus, maxList.reportFocus),
    tasks: list(task, maxList.reportTasks),
    problems: list(
      object({ text: item, severity: optional(oneOf(['risk', 'blocker'])), keyResultId: optional(id) }),
      maxList.reportItems,
    ),
    nextWeek: list(object({ text: item, keyResultId: optional(id) }), maxList.reportItems),
    notes: optional(ruled((value) => longTextProblem(value, maxText.reportNotes))),
  });
}

let built: ReturnType<typeof buildSchema> | undefined;


/** The rules that span fields of a well-formed report, and its references into `okrSet`. */
function reportErrors(report: WeeklyReport, okrSet: OkrSet | undefined): ValidationError[] {
  const errors: ValidationError[] = [];
  const monday = isoWeekMonday(report.week);
  // Counted within the year: week 53 of 9999 would otherwise need a date in year 10000.
  if (report.week.week > isoWeeksInYear(report.week.year)) {
    errors.push({ path: 'week.week', message: `must be a week of ${report.week.year}, which has 52 weeks` });
  } else if (report.weekStart > monday || addDays(report.weekStart, 6) < monday) {
    errors.push({
      path: 'weekStart',
      message: `must be within the 7 days up to ${monday}, the Monday of ${formatIsoWeek(report.week)}`,
    });
  }
  if (report.state === 'submitted' && report.submittedAt === undefined) {
    errors.push({ path: 'submittedAt', message: 'is required once the report is submitted' });
  } else if (report.state === 'draft' && report.submittedAt !== undefined) {
    errors.push({ path: 'submittedAt', message: 'must be absent while the report is a draft' });
  }
  report.focus.forEach((entry, at) => {
    if (entry.objectiveId === undefined && entry.keyResultId === undefined) {
      errors.push({ path: `focus[${at}]`, message: 'must name an objective or a key result' });
    }
  });
  const firstTask = new Map<string, number>();
  report.tasks.forEach(({ id }, at) => {
    const earlier = firstTask.get(id);
    if (earlier === undefined) firstTask.set(id, at);
    else errors.push({ path: `tasks[${at}].id`, message: `repeats the id "${id}" of tasks[${earlier}]` });
  });
  if (!okrSet) return errors;

  const index = okrIndex(okrSet);
  const keyResultAt = (path: string, id: string | undefined): void => {
    if (id !== undefined && !index.keyResultsById.has(id)) errors.push({ path, message: `names no key result with id "${id}"` });
  };
  report.focus.forEach((entry, at) => {
    const { objectiveId, keyResultId } = entry;
    if (objectiveId !== undefined && !index.objectivesById.has(objectiveId)) {
      errors.push({ path: `focus[${at}].objectiveId`, message: `names no objective with id "${objectiveId}"` });
    }
    keyResultAt(`focus[${at}].keyResultId`, keyResultId);
    const owner = keyResultId === undefined ? undefined : index.keyResultsById.get(keyResultId)?.objectiveId;
    if (owner !== undefined && objectiveId !== undefined && owner !== objectiveId && index.objectivesById.has(objectiveId)) {
      errors.push({ path: `focus[${at}].keyResultId`, message: `belongs to objective "${owner}", not "${objectiveId}"` });
    }
  });
  report.tasks.forEach((task, at) => keyResultAt(`tasks[${at}].keyResultId`, task.keyResultId));
  report.problems.forEach((problem, at) => keyResultAt(`problems[${at}].keyResultId`, problem.keyResultId));
  report.nextWeek.forEach((item, at) => keyResultAt(`nextWeek[${at}].keyResultId`, item.keyResultId));
  return errors;
}

/**
 * Checks a {@link WeeklyReport}, e.g. read back from storage or a form: every field against
 * the model (one plain message per field), then the rules across fields — the ISO week exists,
 * `weekStart` lies in the 7 days up to its Monday, `submittedAt` is set exactly when
 * submitted, each focus entry names something, task ids are unique — and, given an
 * `okrSet`, that every `objectiveId` and `keyResultId` exists (and a focus KR belongs to
 * its objective). Unknown extra properties are kept. Never throws.
 * @example
 * validateWeeklyReport({ ...report, tasks: [{ ...task, due: '2026-02-30' }] })
 * // { ok: false, errors: [{ path: 'tasks[0].due', message: 'must be a calendar date YYYY-MM-DD' }] }
 * @example validateWeeklyReport(report, { okrSet }) // { ok: true, value: { … } }
 */
export function validateWeeklyReport(input: unknown, options: { okrSet?: OkrSet } = {}): ValidationResult<WeeklyReport> {
  try {
    built ??= buildSchema();
    const result = safeParse(built, input, { abortPipeEarly: true });
    if (!result.success) {
      return { ok: false, errors: result.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
    }
    const value = result.output as WeeklyReport;
    const errors = reportErrors(value, options.okrSet);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
  } catch {
    // Only a hostile input gets here (a proxy or a getter that throws): validators never throw.
    return { ok: false, errors: [{ path: '', message: 'could not be read' }] };
  }
}

/**
 * Validates a report storage handed over (a load, a change event) to the same verdict as
 * {@link validateWeeklyReport}: the hand-written predicate of `weekly-report-checks.ts`
 * decides the field rules, and the schema is asked only for the messages of a report it
 * refuses. A valid report is taken as it is, not copied: adapters hand over copies of their own.
 * Internal to the store.
 */
export function validateStoredWeeklyReport(input: unknown): ValidationResult<WeeklyReport> {
  if (!isWellFormedWeeklyReport(input)) return validateWeeklyReport(input);
  const value = input as WeeklyReport;
  const errors = reportErrors(value, undefined);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

// Fails to compile if the schema stops yielding the model type (never called; dropped by bundlers).
type Proof = InferOutput<ReturnType<typeof buildSchema>> extends WeeklyReport ? true : never;
function schemaProof(): Proof {
  return true;
}
void schemaProof;
