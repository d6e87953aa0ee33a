import {
  array,
  check,
  looseObject,
  number,
  optional,
  picklist,
  pipe,
  safeParse,
  string,
  type BaseIssue,
  type GenericSchema,
  type InferOutput,
  type ObjectEntries,
} from 'valibot';
import { okrIndex } from '../indexing/okr-index';
import type { OkrSet } from '../model/model.types';
import { isCalendarDate, isDateTime } from '../validation/formats';
import type { ValidationError, ValidationResult } from '../validation/validation.types';
import { addDays, formatIsoWeek, isoWeekMonday, isoWeekOf } from './week';
import type { WeeklyReport } from './weekly-report.types';

// The same plain messages as the OKR validators (validation/schemas.ts), read after a path:
// "tasks[3].due: must be a calendar date YYYY-MM-DD". The few helpers are repeated here
// because validation/ keeps its own private; sharing them would mean exporting them there.

const objectMessage = (issue: BaseIssue<unknown>): string => (issue.path ? 'is required' : 'must be an object');
const listOf = (options: readonly (string | number)[]): string =>
  `must be one of ${options.map((option) => (typeof option === 'string' ? `"${option}"` : String(option))).join(', ')}`;

/* @__NO_SIDE_EFFECTS__ */
function object<const TEntries extends ObjectEntries>(entries: TEntries) {
  return looseObject(entries, objectMessage);
}

/* @__NO_SIDE_EFFECTS__ */
function oneOf<const TOptions extends readonly [string | number, ...(string | number)[]]>(options: TOptions) {
  return picklist(options, listOf(options));
}

/* @__NO_SIDE_EFFECTS__ */
function list<const TItem extends GenericSchema>(item: TItem) {
  return array(item, 'must be a list');
}

/** Built on first use, so that importing the maths alone bundles neither valibot nor this schema. */
function buildSchema() {
  const text = string('must be text');
  const nonBlank = pipe(text, check((value) => value.trim() !== '', 'must not be empty'));
  const wholeNumber = (min: number, max: number) =>
    pipe(
      number('must be a number'),
      check((value) => Number.isInteger(value) && value >= min && value <= max, `must be a whole number from ${min} to ${max}`),
    );
  const calendarDate = pipe(text, check(isCalendarDate, 'must be a calendar date YYYY-MM-DD'));
  const dateTime = pipe(text, check(isDateTime, 'must be an ISO date-time with a time zone, e.g. 2026-03-02T09:30:00Z'));

  const focus = object({
    objectiveId: optional(nonBlank),
    keyResultId: optional(nonBlank),
    priority: oneOf([1, 2, 3]),
    expectedResult: text,
  });
  const task = object({
    id: nonBlank,
    title: nonBlank,
    keyResultId: optional(nonBlank),
    priority: oneOf(['P1', 'P2', 'P3']),
    due: optional(calendarDate),
    status: oneOf(['todo', 'doing', 'done']),
    ownerId: optional(nonBlank),
  });
  return object({
    id: nonBlank,
    authorId: nonBlank,
    teamId: optional(nonBlank),
    week: object({ year: wholeNumber(1, 9999), week: wholeNumber(1, 53) }),
    weekStart: calendarDate,
    state: oneOf(['draft', 'submitted']),
    submittedAt: optional(dateTime),
    focus: list(focus),
    tasks: list(task),
    problems: list(object({ text: nonBlank, severity: optional(oneOf(['risk', 'blocker'])), keyResultId: optional(nonBlank) })),
    nextWeek: list(object({ text: nonBlank, keyResultId: optional(nonBlank) })),
    notes: optional(text),
  });
}

let built: ReturnType<typeof buildSchema> | undefined;

/** Writes a valibot path the way you reach the value in JavaScript: `tasks[3].due`. */
function formatPath(path: readonly { key: unknown }[] = []): string {
  return path.map(({ key }, at) => (typeof key === 'number' ? `[${key}]` : at ? `.${String(key)}` : String(key))).join('');
}

/** The rules that span fields of a well-formed report, and its references into `okrSet`. */
function reportErrors(report: WeeklyReport, okrSet: OkrSet | undefined): ValidationError[] {
  const errors: ValidationError[] = [];
  const monday = isoWeekMonday(report.week);
  if (isoWeekOf(monday).week !== report.week.week) {
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

// Fails to compile if the schema stops yielding the model type (never called; dropped by bundlers).
type Proof = InferOutput<ReturnType<typeof buildSchema>> extends WeeklyReport ? true : never;
function schemaProof(): Proof {
  return true;
}
void schemaProof;
