import { okrIndex } from '../indexing/okr-index';
import type { IsoDate, KeyResult, Objective, OkrSet } from '../model/model.types';
import { toEpochMs, type Instant } from '../time/time';
import { isCalendarDate } from '../validation/formats';
import { reportWeekOf } from './week';
import type { FocusPriority, Task, TaskPriority, WeeklyFocus, WeeklyReport } from './weekly-report.types';

/** Why a weekly-report command refused. */
export type WeeklyReportErrorCode = 'read-only' | 'not-author' | 'not-submitted';

/**
 * Thrown when a command would break a report's rules: a submitted report is read-only
 * (`'read-only'`), only its author may reopen it (`'not-author'`), and only a submitted
 * report can be reopened (`'not-submitted'`).
 * @example
 * try { reopenReport(report, { by: 'someone-else' }) } catch (error) { if (error instanceof WeeklyReportError) error.code } // 'not-author'
 */
export class WeeklyReportError extends Error {
  override readonly name = 'WeeklyReportError';
  constructor(
    readonly code: WeeklyReportErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** What {@link createWeeklyReport} needs. */
export interface CreateWeeklyReportInput {
  id: string;
  authorId: string;
  teamId?: string;
  /** Any day of the report's week. @default the UTC calendar date of `now` */
  date?: IsoDate;
  /** The author's locale, which decides the first day of the week, e.g. 'en-US'. */
  locale: string;
  okrSet: OkrSet;
  now: Instant;
}

const byRank = (a: Objective, b: Objective): number =>
  (a.priority ?? Number.POSITIVE_INFINITY) - (b.priority ?? Number.POSITIVE_INFINITY) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A new draft for the week that holds `date`, with its focus filled in from the OKRs that
 * are active during that week and belong to the author or the team: the author's and the
 * team's active objectives, then KRs the author owns in other active objectives. Within each
 * group objectives are ranked by their `priority` (unranked last); the first objective gets
 * focus priority 1, the second 2, the rest 3. Each KR is one focus entry; an objective without KRs is one entry.
 * Expected results are left empty for the author to write.
 * @example
 * createWeeklyReport({ id: 'wr-1', authorId: 'ana', date: '2026-03-04', locale: 'de-DE', okrSet, now: '2026-03-04T08:00:00Z' })
 * // { id: 'wr-1', authorId: 'ana', week: { year: 2026, week: 10 }, weekStart: '2026-03-02', state: 'draft',
 * //   focus: [{ objectiveId: 'obj-survey', keyResultId: 'kr-questionnaires', priority: 1, expectedResult: '' }, …], tasks: [], … }
 */
export function createWeeklyReport(input: CreateWeeklyReportInput): WeeklyReport {
  const { authorId, teamId, okrSet } = input;
  const date = input.date ?? new Date(toEpochMs(input.now)).toISOString().slice(0, 10);
  if (!isCalendarDate(date)) throw new RangeError(`date is not a calendar date (YYYY-MM-DD): ${date}`);
  const { week, weekStart, weekEnd } = reportWeekOf(date, input.locale);
  const index = okrIndex(okrSet);

  const activeThisWeek = (objective: Objective): boolean => {
    const period = index.periodsById.get(objective.periodId);
    return (objective.state ?? 'active') === 'active' && period !== undefined && period.start <= weekEnd && period.end >= weekStart;
  };
  const ownedObjective = (objective: Objective): boolean =>
    objective.ownerId === authorId || (teamId !== undefined && objective.teamId === teamId);

  const keyResultsOf = new Map<Objective, KeyResult[]>();
  for (const objective of okrSet.objectives) {
    if (!activeThisWeek(objective)) continue;
    const keyResults = index.keyResultsByObjective.get(objective.id) ?? [];
    if (ownedObjective(objective)) keyResultsOf.set(objective, keyResults);
    else {
      const own = keyResults.filter((keyResult) => keyResult.ownerId === authorId);
      if (own.length > 0) keyResultsOf.set(objective, own);
    }
  }

  const focus: WeeklyFocus[] = [];
  // The author's and the team's own objectives first; priorities rank within an owner's list.
  const ranked = [...keyResultsOf.keys()].sort((a, b) => Number(!ownedObjective(a)) - Number(!ownedObjective(b)) || byRank(a, b));
  ranked.forEach((objective, rank) => {
    const priority = Math.min(rank + 1, 3) as FocusPriority;
    const keyResults = keyResultsOf.get(objective) ?? [];
    if (keyResults.length === 0) focus.push({ objectiveId: objective.id, priority, expectedResult: '' });
    for (const keyResult of keyResults) {
      focus.push({ objectiveId: objective.id, keyResultId: keyResult.id, priority, expectedResult: '' });
    }
  });

  return {
    id: input.id,
    authorId,
    ...(teamId === undefined ? {} : { teamId }),
    week,
    weekStart,
    state: 'draft',
    focus,
    tasks: [],
    problems: [],
    nextWeek: [],
  };
}

const PRIORITY_ORDER: Record<TaskPriority, number> = { P1: 1, P2: 2, P3: 3 };

/**
 * Tasks in their default order: priority P1 → P3, then due date (earliest first, undated
 * last), then title (by the locale's collation), then id so the order is total. Returns a
 * new array; the input is left as it was.
 * @example sortTasks(report.tasks).map((task) => task.title) // ['Send reminders', 'Book the room', 'Tidy the sheet']
 */
export function sortTasks(tasks: readonly Task[], options: { locale?: string } = {}): Task[] {
  const collator = new Intl.Collator(options.locale ?? 'en', { numeric: true });
  return [...tasks].sort(
    (a, b) =>
      PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] ||
      (a.due === b.due ? 0 : a.due === undefined ? 1 : b.due === undefined ? -1 : a.due < b.due ? -1 : 1) ||
      collator.compare(a.title, b.title) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Whether a report may still be edited (only drafts can).
 * @example isWeeklyReportEditable({ ...report, state: 'submitted' }) // false
 */
export function isWeeklyReportEditable(report: Pick<WeeklyReport, 'state'>): boolean {
  return report.state === 'draft';
}

function assertEditable(report: WeeklyReport): void {
  if (!isWeeklyReportEditable(report)) {
    throw new WeeklyReportError('read-only', `weekly report "${report.id}" is submitted and read-only; its author can reopen it`);
  }
}

/** Options of {@link carryOverTasks}. */
export interface CarryOverOptions {
  /** The id of a copied task. @default `${nextReport.id}/${task.id}` */
  generateId?: (task: Task, nextReport: WeeklyReport) => string;
}

/**
 * Copies the unfinished tasks (todo and doing, with their status) of `report` into
 * `nextReport` under new ids, after the tasks it already has. Copying twice adds nothing:
 * a task whose new id is already there is skipped. Returns the updated next report; throws a
 * `WeeklyReportError` ('read-only') when the next report is submitted.
 * @example carryOverTasks(thisWeek, nextWeek).tasks.map((task) => task.id) // ['wr-11/t1', 'wr-11/t3']
 */
export function carryOverTasks(report: WeeklyReport, nextReport: WeeklyReport, options: CarryOverOptions = {}): WeeklyReport {
  assertEditable(nextReport);
  const generateId = options.generateId ?? ((task, next) => `${next.id}/${task.id}`);
  const taken = new Set(nextReport.tasks.map((task) => task.id));
  const copies: Task[] = [];
  for (const task of report.tasks) {
    if (task.status === 'done') continue;
    const id = generateId(task, nextReport);
    if (taken.has(id)) continue;
    taken.add(id);
    copies.push({ ...task, id });
  }
  return copies.length === 0 ? nextReport : { ...nextReport, tasks: [...nextReport.tasks, ...copies] };
}

/**
 * Submits a draft, stamping `submittedAt`; from then on it is read-only. Throws a
 * `WeeklyReportError` ('read-only') when it is already submitted.
 * @example submitReport(draft, '2026-03-06T16:00:00Z') // { …draft, state: 'submitted', submittedAt: '2026-03-06T16:00:00.000Z' }
 */
export function submitReport(report: WeeklyReport, now: Instant): WeeklyReport {
  assertEditable(report);
  return { ...report, state: 'submitted', submittedAt: new Date(toEpochMs(now)).toISOString() };
}

/**
 * Turns a submitted report back into a draft. Only its author may: anyone else gets a
 * `WeeklyReportError` ('not-author'); a draft gets 'not-submitted'.
 * @example reopenReport(submitted, { by: submitted.authorId }).state // 'draft'
 */
export function reopenReport(report: WeeklyReport, options: { by: string }): WeeklyReport {
  if (report.state !== 'submitted') {
    throw new WeeklyReportError('not-submitted', `weekly report "${report.id}" is not submitted`);
  }
  if (options.by !== report.authorId) {
    throw new WeeklyReportError('not-author', `only the author of weekly report "${report.id}" can reopen it`);
  }
  const { submittedAt: _submittedAt, ...rest } = report;
  return { ...rest, state: 'draft' };
}
