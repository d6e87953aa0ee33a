import { describe, expect, it } from 'vitest';
import {
  carryOverTasks,
  createWeeklyReport,
  isWeeklyReportEditable,
  progressSinceLastWeek,
  reopenReport,
  sortTasks,
  submitReport,
  validateWeeklyReport,
  WeeklyReportError,
  type OkrSet,
  type Task,
  type WeeklyReport,
} from '../src/index';

/**
 * DOMAIN.md §9: goal "finish the market survey" with its two KRs, check-ins in two
 * consecutive weeks (2026-W09 and 2026-W10), and a team objective ranked second.
 */
const surveySet: OkrSet = {
  periods: [{ id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [
    { id: 'obj-panel', title: 'Build a customer panel', periodId: 'q1-2026', ownerId: 'ben', teamId: 'research', priority: 2 },
    { id: 'obj-survey', title: 'Finish the market survey', periodId: 'q1-2026', ownerId: 'ana', teamId: 'research', priority: 1 },
    { id: 'obj-draft', title: 'Next quarter idea', periodId: 'q1-2026', ownerId: 'ana', state: 'draft' },
    { id: 'obj-sales', title: 'Win five pilot customers', periodId: 'q1-2026', ownerId: 'carl', teamId: 'sales', priority: 1 },
  ],
  keyResults: [
    { id: 'kr-questionnaires', objectiveId: 'obj-survey', title: '100 valid questionnaires', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 100, current: 60 } },
    { id: 'kr-trends', objectiveId: 'obj-survey', title: 'Main demand and competitor trends analysed', metric: { kind: 'milestones', milestones: [{ title: 'Main demand analysed', done: true }, { title: 'Competitor trends analysed', done: false }] } },
    { id: 'kr-panel', objectiveId: 'obj-panel', title: '50 panel members', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 50, current: 12 } },
    { id: 'kr-pilots', objectiveId: 'obj-sales', title: '5 signed pilots', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 5, current: 1 } },
    { id: 'kr-pilot-survey', objectiveId: 'obj-sales', title: 'Pilot survey sent to every lead', metric: { kind: 'binary', done: false }, ownerId: 'ana' },
  ],
  checkIns: [
    { id: 'c1', keyResultId: 'kr-questionnaires', at: '2026-02-20T16:00:00Z', value: 10, confidence: 0.5 },
    // Last week (W09): the "then" reading; 00:30 in Berlin on Monday is still Sunday in UTC.
    { id: 'c2', keyResultId: 'kr-questionnaires', at: '2026-03-02T00:30:00+01:00', value: 20, confidence: 0.6 },
    // This week (W10): one without a confidence, then one with.
    { id: 'c3', keyResultId: 'kr-questionnaires', at: '2026-03-04T16:00:00Z', value: 32 },
    { id: 'c4', keyResultId: 'kr-questionnaires', at: '2026-03-06T16:00:00Z', value: 45, confidence: 0.7 },
    { id: 'c5', keyResultId: 'kr-trends', at: '2026-03-05T10:00:00Z', value: 1, confidence: 0.8 },
    { id: 'c6', keyResultId: 'kr-panel', at: '2026-02-27T12:00:00Z', value: 12, confidence: 0.4 },
    // Next week: after the report's week, never counted.
    { id: 'c7', keyResultId: 'kr-questionnaires', at: '2026-03-10T16:00:00Z', value: 60, confidence: 0.75 },
  ],
};

const draft = (): WeeklyReport =>
  createWeeklyReport({ id: 'wr-10', authorId: 'ana', teamId: 'research', date: '2026-03-04', locale: 'de-DE', okrSet: surveySet, now: '2026-03-04T08:00:00Z' });

const task = (id: string, extra: Partial<Task> = {}): Task => ({ id, title: `Task ${id}`, priority: 'P2', status: 'todo', ...extra });

describe('createWeeklyReport', () => {
  it("given the author's and the team's active objectives, it drafts the week with their KRs in focus, ranked by priority", () => {
    expect(draft()).toEqual({
      id: 'wr-10',
      authorId: 'ana',
      teamId: 'research',
      week: { year: 2026, week: 10 },
      weekStart: '2026-03-02',
      state: 'draft',
      focus: [
        { objectiveId: 'obj-survey', keyResultId: 'kr-questionnaires', priority: 1, expectedResult: '' },
        { objectiveId: 'obj-survey', keyResultId: 'kr-trends', priority: 1, expectedResult: '' },
        { objectiveId: 'obj-panel', keyResultId: 'kr-panel', priority: 2, expectedResult: '' },
        // Another team's objective: only the KR the author owns.
        { objectiveId: 'obj-sales', keyResultId: 'kr-pilot-survey', priority: 3, expectedResult: '' },
      ],
      tasks: [],
      problems: [],
      nextWeek: [],
    });
  });

  it('given no date, it uses the UTC day of now; given a week outside every period, the focus is empty', () => {
    const report = createWeeklyReport({ id: 'wr', authorId: 'ana', locale: 'en-US', okrSet: surveySet, now: '2026-05-13T23:30:00Z' });
    expect(report).toMatchObject({ weekStart: '2026-05-10', week: { year: 2026, week: 20 }, focus: [] });
    expect(report).not.toHaveProperty('teamId');
  });

  it('given a date that is not a calendar date, it throws a RangeError', () => {
    expect(() => createWeeklyReport({ id: 'wr', authorId: 'ana', date: '2026-02-30', locale: 'en-US', okrSet: surveySet, now: 0 })).toThrow(RangeError);
  });
});

describe('sortTasks', () => {
  it('given mixed tasks, it orders by priority, then due date with undated last, then title', () => {
    const tasks = [
      task('a', { priority: 'P3', title: 'Tidy the sheet' }),
      task('b', { priority: 'P1', title: 'Send reminders', due: '2026-03-05' }),
      task('c', { priority: 'P1', title: 'Call the provider' }),
      task('d', { priority: 'P1', title: 'Book the room', due: '2026-03-03' }),
      task('e', { priority: 'P2', title: 'Draft questions', due: '2026-03-01' }),
      task('f', { priority: 'P1', title: 'Agree the budget', due: '2026-03-05' }),
      task('g', { priority: 'P1', title: 'Task 10' }),
      task('h', { priority: 'P1', title: 'Task 9' }),
    ];
    expect(sortTasks(tasks).map((each) => each.title)).toEqual([
      'Book the room',
      'Agree the budget',
      'Send reminders',
      'Call the provider',
      'Task 9',
      'Task 10',
      'Draft questions',
      'Tidy the sheet',
    ]);
    expect(tasks[0]?.id).toBe('a');
  });
});

describe('progressSinceLastWeek', () => {
  it('given check-ins in the previous and this week, it reads value and confidence then and now from the log', () => {
    const [questionnaires, trends, panel, pilotSurvey] = progressSinceLastWeek(draft(), surveySet);
    expect(questionnaires).toEqual({
      keyResultId: 'kr-questionnaires',
      objectiveId: 'obj-survey',
      title: '100 valid questionnaires',
      lastWeek: { value: 20, progress: 0.2, confidence: 0.6, at: '2026-03-02T00:30:00+01:00' },
      thisWeek: { value: 45, progress: 0.45, confidence: 0.7, at: '2026-03-06T16:00:00Z' },
      change: { value: 25, progress: 0.25, confidence: 0.1 },
      checkedInThisWeek: true,
    });
    // No check-in before the week: nothing to compare with.
    expect(trends).toMatchObject({ lastWeek: null, thisWeek: { value: 1, progress: 0.5, confidence: 0.8 }, change: { value: null, progress: null, confidence: null } });
    // Not checked in this week: the reading stands still.
    expect(panel).toMatchObject({ lastWeek: { value: 12 }, thisWeek: { value: 12 }, change: { value: 0, progress: 0, confidence: 0 }, checkedInThisWeek: false });
    expect(pilotSurvey).toMatchObject({ lastWeek: null, thisWeek: null, checkedInThisWeek: false });
  });

  it('given a focus entry with only an objective, it covers each of its KRs once', () => {
    const report = { ...draft(), focus: [{ objectiveId: 'obj-survey', priority: 1 as const, expectedResult: '' }, { keyResultId: 'kr-trends', priority: 2 as const, expectedResult: '' }] };
    expect(progressSinceLastWeek(report, surveySet).map((row) => row.keyResultId)).toEqual(['kr-questionnaires', 'kr-trends']);
  });
});

describe('carryOverTasks', () => {
  it('given unfinished tasks, it copies them to next week under new ids with their status, once', () => {
    const thisWeek = { ...draft(), tasks: [task('t1', { status: 'doing', keyResultId: 'kr-questionnaires' }), task('t2', { status: 'done' }), task('t3')] };
    const nextWeek = { ...draft(), id: 'wr-11', weekStart: '2026-03-09', week: { year: 2026, week: 11 }, tasks: [task('n1')] };
    const carried = carryOverTasks(thisWeek, nextWeek);
    expect(carried.tasks).toEqual([
      task('n1'),
      task('wr-11/t1', { title: 'Task t1', status: 'doing', keyResultId: 'kr-questionnaires' }),
      task('wr-11/t3', { title: 'Task t3' }),
    ]);
    expect(carryOverTasks(thisWeek, carried)).toBe(carried);
    expect(nextWeek.tasks).toHaveLength(1);
  });

  it('given a submitted next report, it refuses', () => {
    const submitted = submitReport(draft(), '2026-03-13T16:00:00Z');
    expect(() => carryOverTasks(draft(), submitted)).toThrow(expect.objectContaining({ code: 'read-only' }));
  });
});

describe('submitReport and reopenReport', () => {
  it('given a draft, when submitted, it is stamped and read-only', () => {
    const submitted = submitReport(draft(), '2026-03-06T17:00:00+01:00');
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt: '2026-03-06T16:00:00.000Z' });
    expect(isWeeklyReportEditable(submitted)).toBe(false);
    expect(() => submitReport(submitted, '2026-03-07T00:00:00Z')).toThrow(WeeklyReportError);
  });

  it('given a submitted report, only its author can reopen it', () => {
    const submitted = submitReport(draft(), '2026-03-06T16:00:00Z');
    expect(() => reopenReport(submitted, { by: 'ben' })).toThrow(expect.objectContaining({ code: 'not-author' }));
    const reopened = reopenReport(submitted, { by: 'ana' });
    expect(reopened).toEqual(draft());
    expect(() => reopenReport(reopened, { by: 'ana' })).toThrow(expect.objectContaining({ code: 'not-submitted' }));
  });
});

describe('validateWeeklyReport', () => {
  it('given a well-formed report, it returns it; given the OKR set, its references resolve', () => {
    const report = { ...draft(), tasks: [task('t1', { keyResultId: 'kr-trends', due: '2026-03-05' })] };
    expect(validateWeeklyReport(report, { okrSet: surveySet })).toEqual({ ok: true, value: report });
    expect(validateWeeklyReport(submitReport(report, '2026-03-06T16:00:00Z')).ok).toBe(true);
  });

  it('given wrong fields, it gives one plain message per field with its path', () => {
    const input = {
      ...draft(),
      week: { year: 2026, week: 54 },
      state: 'sent',
      focus: [{ keyResultId: 'kr-trends', priority: 4, expectedResult: '' }],
      tasks: [task('t0'), task('t1'), task('t2'), task('t3', { due: '2026-02-30' }), { id: 't4', title: ' ', priority: 'P0', status: 'todo' }],
      problems: [{ text: 'Late', severity: 'fatal' }],
      nextWeek: 'nothing',
    };
    const result = validateWeeklyReport(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map(({ path, message }) => `${path}: ${message}`)).toEqual([
      'week.week: must be a whole number from 1 to 53',
      'state: must be one of "draft", "submitted"',
      'focus[0].priority: must be one of 1, 2, 3',
      'tasks[3].due: must be a calendar date YYYY-MM-DD',
      'tasks[4].title: must not be empty',
      'tasks[4].priority: must be one of "P1", "P2", "P3"',
      'problems[0].severity: must be one of "risk", "blocker"',
      'nextWeek: must be a list',
    ]);
    expect(validateWeeklyReport('report')).toEqual({ ok: false, errors: [{ path: '', message: 'must be an object' }] });
    expect(validateWeeklyReport({})).toMatchObject({ ok: false, errors: expect.arrayContaining([{ path: 'authorId', message: 'is required' }]) });
  });

  it('given fields that disagree, it reports the week, the submission stamp, empty focus and repeated task ids', () => {
    const input = {
      ...draft(),
      week: { year: 2025, week: 53 },
      state: 'submitted',
      focus: [{ priority: 1, expectedResult: 'Something' }],
      tasks: [task('t1'), task('t1')],
    };
    expect(validateWeeklyReport(input)).toEqual({
      ok: false,
      errors: [
        { path: 'week.week', message: 'must be a week of 2025, which has 52 weeks' },
        { path: 'submittedAt', message: 'is required once the report is submitted' },
        { path: 'focus[0]', message: 'must name an objective or a key result' },
        { path: 'tasks[1].id', message: 'repeats the id "t1" of tasks[0]' },
      ],
    });
    // The last year there is: its week 53 would start in year 10000. Refused with the message, not a RangeError.
    expect(validateWeeklyReport({ ...draft(), week: { year: 9999, week: 53 } })).toMatchObject({
      ok: false,
      errors: [{ path: 'week.week', message: 'must be a week of 9999, which has 52 weeks' }],
    });
    expect(validateWeeklyReport({ ...draft(), weekStart: '2026-03-09' })).toEqual({
      ok: false,
      errors: [{ path: 'weekStart', message: 'must be within the 7 days up to 2026-03-02, the Monday of 2026-W10' }],
    });
  });

  it('given an OKR set, every keyResultId and objectiveId must exist and a focus KR must belong to its objective', () => {
    const input = {
      ...draft(),
      focus: [
        { objectiveId: 'obj-gone', priority: 1, expectedResult: '' },
        { objectiveId: 'obj-panel', keyResultId: 'kr-trends', priority: 2, expectedResult: '' },
      ],
      tasks: [task('t1', { keyResultId: 'kr-gone' })],
      problems: [{ text: 'Late', keyResultId: 'kr-late' }],
      nextWeek: [{ text: 'Write it up', keyResultId: 'kr-trends' }],
    };
    expect(validateWeeklyReport(input, { okrSet: surveySet })).toEqual({
      ok: false,
      errors: [
        { path: 'focus[0].objectiveId', message: 'names no objective with id "obj-gone"' },
        { path: 'focus[1].keyResultId', message: 'belongs to objective "obj-survey", not "obj-panel"' },
        { path: 'tasks[0].keyResultId', message: 'names no key result with id "kr-gone"' },
        { path: 'problems[0].keyResultId', message: 'names no key result with id "kr-late"' },
      ],
    });
  });
});
