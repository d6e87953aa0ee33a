import { describe, expect, it } from 'vitest';
import {
  OKR_LIMITS,
  validateCheckIn,
  validateKeyResult,
  validateObjective,
  validatePeriod,
  validateWeeklyReport,
  type ValidationResult,
  type WeeklyReport,
} from '../src/index';

// Every bound of OKR_LIMITS, just inside and just outside, and the inputs of issue 9
// (a 3,000-character id, NUL in an id, a title and a note, a lone surrogate).

const objective = { id: 'o1', title: 'Grow the customer base', periodId: 'q1' };
const period = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };
const checkIn = { id: 'c1', keyResultId: 'kr1', at: '2026-03-02T09:30:00Z', value: 12 };
const numeric = { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 1 };
const keyResult = { id: 'kr1', objectiveId: 'o1', title: 'Ten pilots', metric: numeric };
const report: WeeklyReport = {
  id: 'wr-10',
  authorId: 'ana',
  week: { year: 2026, week: 10 },
  weekStart: '2026-03-02',
  state: 'draft',
  focus: [{ objectiveId: 'o1', priority: 1, expectedResult: 'Questionnaire sent' }],
  tasks: [{ id: 't1', title: 'Draft the questionnaire', priority: 'P1', status: 'todo' }],
  problems: [],
  nextWeek: [],
};

const errorsOf = (result: ValidationResult<unknown>) => (result.ok ? [] : result.errors);
const chars = (count: number, char = 'a') => char.repeat(count);

describe('OKR_LIMITS', () => {
  it('given the exported limits, it documents one figure per bounded field and cannot be changed', () => {
    expect(OKR_LIMITS).toMatchObject({ id: 128, metricValue: 1e15, weight: 1e6, priority: 1e6 });
    expect(OKR_LIMITS.text).toMatchObject({ title: 200, description: 10000, note: 5000, retrospective: 10000, unitLabel: 40, periodName: 100 });
    expect(OKR_LIMITS.list).toMatchObject({ milestones: 100, contributesTo: 50 });
    expect(Object.isFrozen(OKR_LIMITS) && Object.isFrozen(OKR_LIMITS.text) && Object.isFrozen(OKR_LIMITS.list)).toBe(true);
  });
});

describe('ids: length and characters', () => {
  it('given an id of exactly 128 characters it accepts it; of 129, it says how long it may be', () => {
    expect(validateObjective({ ...objective, id: chars(128) }).ok).toBe(true);
    expect(errorsOf(validateObjective({ ...objective, id: chars(129) }))).toEqual([{ path: 'id', message: 'must be at most 128 characters' }]);
  });

  it('given the issue’s 3,000-character id and periodId, it refuses both with their paths', () => {
    expect(errorsOf(validateObjective({ ...objective, id: chars(3000), periodId: chars(3000, 'p') }))).toEqual([
      { path: 'id', message: 'must be at most 128 characters' },
      { path: 'periodId', message: 'must be at most 128 characters' },
    ]);
  });

  it('given NUL, another C0 or a C1 control, or DEL in an id, it refuses it', () => {
    for (const bad of ['o\u00001', 'o\t1', 'o\n1', 'o\u001f', 'o\u007f', 'o\u0085', 'o\u009f']) {
      expect(errorsOf(validateObjective({ ...objective, id: bad }))).toEqual([{ path: 'id', message: 'must not contain control characters' }]);
    }
  });

  it('given a lone surrogate (high or low) in an id it refuses it; a whole surrogate pair (an emoji) is fine', () => {
    const message = 'must not contain a broken character (half of a UTF-16 surrogate pair)';
    expect(errorsOf(validateObjective({ ...objective, id: 'o\ud800' }))).toEqual([{ path: 'id', message }]);
    expect(errorsOf(validateObjective({ ...objective, id: '\udc00o' }))).toEqual([{ path: 'id', message }]);
    expect(errorsOf(validateObjective({ ...objective, id: '\udc00\ud800' }))).toEqual([{ path: 'id', message }]);
    expect(validateObjective({ ...objective, id: 'rocket-🚀' }).ok).toBe(true);
  });

  it('given a whitespace-only id, a bidi override or a line separator in one, it refuses it; any other Unicode is fine', () => {
    expect(errorsOf(validateObjective({ ...objective, id: ' \u00a0 ' }))).toEqual([{ path: 'id', message: 'must not be empty' }]);
    for (const bad of ['o\u202e1', 'o\u20661', 'o\u2028']) {
      expect(errorsOf(validateObjective({ ...objective, id: bad }))).toEqual([
        { path: 'id', message: 'must not contain direction-changing or line-separator characters' },
      ]);
    }
    expect(validateObjective({ ...objective, id: 'équipe-北京 q1' }).ok).toBe(true);
  });

  it('given any field naming a record or a person, it applies the id rule to it', () => {
    const long = chars(129);
    expect(errorsOf(validateObjective({ ...objective, ownerId: long, teamId: 'a\u0000', parentId: long, contributesTo: ['ok', long] }))).toEqual([
      { path: 'ownerId', message: 'must be at most 128 characters' },
      { path: 'teamId', message: 'must not contain control characters' },
      { path: 'parentId', message: 'must be at most 128 characters' },
      { path: 'contributesTo[1]', message: 'must be at most 128 characters' },
    ]);
    expect(errorsOf(validateKeyResult({ ...keyResult, objectiveId: long, ownerId: 'x\u0000' }))).toEqual([
      { path: 'objectiveId', message: 'must be at most 128 characters' },
      { path: 'ownerId', message: 'must not contain control characters' },
    ]);
    expect(errorsOf(validateCheckIn({ ...checkIn, keyResultId: long, authorId: '\ud800' }))).toMatchObject([{ path: 'keyResultId' }, { path: 'authorId' }]);
    expect(errorsOf(validatePeriod({ ...period, id: long, parentId: long }))).toMatchObject([{ path: 'id' }, { path: 'parentId' }]);
  });
});

describe('text fields: a documented maximum each, control characters refused', () => {
  const cases = [
    ['objective title', (value: string) => validateObjective({ ...objective, title: value }), 'title', OKR_LIMITS.text.title],
    ['objective description', (value: string) => validateObjective({ ...objective, description: value }), 'description', OKR_LIMITS.text.description],
    ['retrospective', (value: string) => validateObjective({ ...objective, retrospective: value }), 'retrospective', OKR_LIMITS.text.retrospective],
    ['period name', (value: string) => validatePeriod({ ...period, name: value }), 'name', OKR_LIMITS.text.periodName],
    ['key-result title', (value: string) => validateKeyResult({ ...keyResult, title: value }), 'title', OKR_LIMITS.text.title],
    [
      'milestone title',
      (value: string) => validateKeyResult({ ...keyResult, metric: { kind: 'milestones', milestones: [{ title: value, done: false }] } }),
      'metric.milestones[0].title',
      OKR_LIMITS.text.title,
    ],
    [
      'unit label',
      (value: string) => validateKeyResult({ ...keyResult, metric: { ...numeric, unit: { kind: 'custom', label: value } } }),
      'metric.unit.label',
      OKR_LIMITS.text.unitLabel,
    ],
    [
      'unit labelOne',
      (value: string) => validateKeyResult({ ...keyResult, metric: { ...numeric, unit: { kind: 'custom', label: 'pts', labelOne: value } } }),
      'metric.unit.labelOne',
      OKR_LIMITS.text.unitLabel,
    ],
    ['check-in note', (value: string) => validateCheckIn({ ...checkIn, note: value }), 'note', OKR_LIMITS.text.note],
  ] as const;

  for (const [name, validate, path, max] of cases) {
    it(`given a ${name} of exactly ${max} characters it accepts it; of ${max + 1}, it refuses it with the path "${path}"`, () => {
      expect(validate(chars(max)).ok).toBe(true);
      expect(errorsOf(validate(chars(max + 1)))).toEqual([{ path, message: `must be at most ${max.toLocaleString('en-US')} characters` }]);
    });
    it(`given NUL or a lone surrogate in a ${name}, it refuses it with the path "${path}"`, () => {
      expect(errorsOf(validate('Grow\u0000'))).toEqual([{ path, message: 'must not contain control characters' }]);
      expect(errorsOf(validate('Grow \udbff'))).toEqual([{ path, message: 'must not contain a broken character (half of a UTF-16 surrogate pair)' }]);
    });
  }

  it('given the issue’s title of " a" × 50,000 (100 KB), it refuses it at once', () => {
    const started = performance.now();
    expect(errorsOf(validateObjective({ ...objective, title: ' a'.repeat(50_000) }))).toEqual([{ path: 'title', message: 'must be at most 200 characters' }]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('given tab, line feed and carriage return, long text (description, note, retrospective) keeps them; a title or name does not', () => {
    expect(validateObjective({ ...objective, description: 'Why:\n\t- reach', retrospective: 'Went well.\r\nNext time: earlier.' }).ok).toBe(true);
    expect(validateCheckIn({ ...checkIn, note: 'Line one\nline two\tdone' }).ok).toBe(true);
    for (const bad of ['a\u000bb', 'a\u000cb', 'bell\u0007', 'esc\u001b[2J']) {
      expect(errorsOf(validateCheckIn({ ...checkIn, note: bad }))).toEqual([{ path: 'note', message: 'must not contain control characters' }]);
    }
    expect(errorsOf(validateObjective({ ...objective, title: 'Grow\nrevenue' }))).toEqual([{ path: 'title', message: 'must not contain control characters' }]);
    expect(errorsOf(validatePeriod({ ...period, name: 'Q1\t2026' }))).toEqual([{ path: 'name', message: 'must not contain control characters' }]);
  });
});

describe('lists: a documented maximum each', () => {
  it('given 100 milestones it accepts them; 101, it refuses the list', () => {
    const milestones = (count: number) => Array.from({ length: count }, (_, at) => ({ title: `Step ${at}`, done: false }));
    expect(validateKeyResult({ ...keyResult, metric: { kind: 'milestones', milestones: milestones(100) } }).ok).toBe(true);
    expect(errorsOf(validateKeyResult({ ...keyResult, metric: { kind: 'milestones', milestones: milestones(101) } }))).toEqual([
      { path: 'metric.milestones', message: 'must have at most 100 entries' },
    ]);
  });

  it('given 50 contributesTo ids it accepts them; 51, or a million, it refuses the list without reading its entries', () => {
    const ids = (count: number) => Array.from({ length: count }, (_, at) => `o${at}`);
    expect(validateObjective({ ...objective, contributesTo: ids(50) }).ok).toBe(true);
    expect(errorsOf(validateObjective({ ...objective, contributesTo: ids(51) }))).toEqual([{ path: 'contributesTo', message: 'must have at most 50 entries' }]);
    const huge = Array.from({ length: 1_000_000 }, () => 42);
    expect(errorsOf(validateKeyResult({ ...keyResult, contributesTo: huge }))).toEqual([{ path: 'contributesTo', message: 'must have at most 50 entries' }]);
  });
});

describe('numbers: the range where okrkit’s maths is exact', () => {
  it('given metric values at ±1e15 it accepts them; just beyond, it refuses each with its path', () => {
    const beyond = 1e15 + 2; // the next double above 1e15 that is a whole number
    expect(validateKeyResult({ ...keyResult, metric: { ...numeric, start: -1e15, target: 1e15, current: 1e15 } }).ok).toBe(true);
    expect(errorsOf(validateKeyResult({ ...keyResult, metric: { ...numeric, start: -beyond, target: beyond, current: Number.MAX_VALUE } }))).toEqual([
      { path: 'metric.start', message: 'must be from -1e15 to 1e15' },
      { path: 'metric.target', message: 'must be from -1e15 to 1e15' },
      { path: 'metric.current', message: 'must be from -1e15 to 1e15' },
    ]);
    const guardrail = { kind: 'guardrail', bound: 'below', threshold: 1e16, current: -1e16 };
    expect(errorsOf(validateKeyResult({ ...keyResult, metric: guardrail }))).toMatchObject([{ path: 'metric.threshold' }, { path: 'metric.current' }]);
    const range = { kind: 'guardrail-range', min: -1e16, max: 1e15, current: 0 };
    expect(errorsOf(validateKeyResult({ ...keyResult, metric: range }))).toMatchObject([{ path: 'metric.min' }]);
  });

  it('given the issue’s {increase, −1e308, 1e308, 1e308}, it refuses it instead of computing NaN', () => {
    const metric = { kind: 'numeric', direction: 'increase', start: -1e308, target: 1e308, current: 1e308 };
    expect(errorsOf(validateKeyResult({ ...keyResult, metric })).map((error) => error.path)).toEqual(['metric.start', 'metric.target', 'metric.current']);
  });

  it('given a check-in value at 1e15 it accepts it; beyond, it refuses it', () => {
    expect(validateCheckIn({ ...checkIn, value: -1e15 }).ok).toBe(true);
    expect(errorsOf(validateCheckIn({ ...checkIn, value: 2e15 }))).toEqual([{ path: 'value', message: 'must be from -1e15 to 1e15' }]);
  });

  it('given weights of 0 and 1,000,000 it accepts them; above, it refuses objective, key-result and milestone weights', () => {
    expect(validateObjective({ ...objective, weight: 1e6 }).ok).toBe(true);
    expect(validateObjective({ ...objective, weight: 0 }).ok).toBe(true);
    expect(errorsOf(validateObjective({ ...objective, weight: 1e6 + 1 }))).toEqual([{ path: 'weight', message: 'must be at most 1,000,000' }]);
    expect(errorsOf(validateKeyResult({ ...keyResult, weight: 1e300 }))).toEqual([{ path: 'weight', message: 'must be at most 1,000,000' }]);
    const milestones = [{ title: 'a', done: true, weight: 1e6 }, { title: 'b', done: false, weight: Number.MAX_VALUE }];
    expect(errorsOf(validateKeyResult({ ...keyResult, metric: { kind: 'milestones', milestones } }))).toEqual([
      { path: 'metric.milestones[1].weight', message: 'must be at most 1,000,000' },
    ]);
  });

  it('given a priority of 1,000,000 it accepts it; 1,000,001, it refuses it', () => {
    expect(validateObjective({ ...objective, priority: 1e6 }).ok).toBe(true);
    expect(errorsOf(validateObjective({ ...objective, priority: 1e6 + 1 }))).toEqual([{ path: 'priority', message: 'must be at most 1,000,000' }]);
  });
});

describe('weekly reports: the same bounds', () => {
  it('given a report inside every bound, it accepts it', () => {
    const full: WeeklyReport = {
      ...report,
      notes: chars(OKR_LIMITS.text.reportNotes),
      tasks: Array.from({ length: OKR_LIMITS.list.reportTasks }, (_, at) => ({ id: `t${at}`, title: chars(200), priority: 'P2', status: 'todo' })),
      problems: [{ text: `Blocked:\n${chars(990)}` }],
    };
    expect(validateWeeklyReport(full).ok).toBe(true);
  });

  it('given an oversized id, NUL in a task title, a lone surrogate in notes and too long a problem, it refuses each with its path', () => {
    const result = validateWeeklyReport({
      ...report,
      id: chars(3000),
      authorId: 'ana\u0000',
      tasks: [{ ...report.tasks[0], title: 'Draft\u0000' }],
      problems: [{ text: chars(OKR_LIMITS.text.reportItem + 1) }],
      notes: 'half \ud800',
    });
    expect(errorsOf(result)).toEqual([
      { path: 'id', message: 'must be at most 128 characters' },
      { path: 'authorId', message: 'must not contain control characters' },
      { path: 'tasks[0].title', message: 'must not contain control characters' },
      { path: 'problems[0].text', message: 'must be at most 1,000 characters' },
      { path: 'notes', message: 'must not contain a broken character (half of a UTF-16 surrogate pair)' },
    ]);
  });

  it('given more tasks, focus entries or problems than allowed, it refuses the list', () => {
    const tasks = Array.from({ length: OKR_LIMITS.list.reportTasks + 1 }, (_, at) => ({ id: `t${at}`, title: 'x', priority: 'P2', status: 'todo' }));
    const focus = Array.from({ length: OKR_LIMITS.list.reportFocus + 1 }, () => report.focus[0]);
    const problems = Array.from({ length: OKR_LIMITS.list.reportItems + 1 }, () => ({ text: 'x' }));
    expect(errorsOf(validateWeeklyReport({ ...report, tasks, focus, problems }))).toEqual([
      { path: 'focus', message: 'must have at most 20 entries' },
      { path: 'tasks', message: 'must have at most 5,000 entries' },
      { path: 'problems', message: 'must have at most 100 entries' },
    ]);
  });
});
