import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateWeeklyReport } from '../src/index';
import { validateStoredWeeklyReport } from '../src/weekly-report/validate-weekly-report';
import { isWellFormedWeeklyReport } from '../src/weekly-report/weekly-report-checks';

// The store decides a loaded report with the hand-written predicate and asks the valibot
// schema only for messages. These properties hold both to the same verdict and messages.

const base = {
  id: 'wr-10',
  authorId: 'ana',
  teamId: 'sales',
  week: { year: 2026, week: 10 },
  weekStart: '2026-03-02',
  state: 'draft',
  focus: [{ objectiveId: 'o1', keyResultId: 'kr1', priority: 1, expectedResult: 'Ten pilots\nsigned' }],
  tasks: [{ id: 't1', title: 'Call the panel', keyResultId: 'kr1', priority: 'P1', due: '2026-03-04', status: 'doing', ownerId: 'ben' }],
  problems: [{ text: 'Late\tpanel', severity: 'risk', keyResultId: 'kr1' }],
  nextWeek: [{ text: 'Book the room', keyResultId: 'kr1' }],
  notes: 'All fine',
} as const;

const edgy = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, true, 0, 1, 2, 3, 4, 0.5, -1, 53, 54, 9999, 10_000, Number.NaN, Number.POSITIVE_INFINITY,
    '', ' ', 'a', 'a\u0000', 'a\t', 'a\n', 'a\r', '\u007f', '\ud800', '🚀', 'a\u202e', '\u2028', 'x'.repeat(128), 'x'.repeat(129),
    'x'.repeat(200), 'x'.repeat(201), 'x'.repeat(1000), 'x'.repeat(1001), 'x'.repeat(10_001),
    '2026-02-29', '2028-02-29', '2026-04-31', '2026-03-02', '2026-03-08', '2026-03-02T09:30:00Z', '2026-03-02T09:30',
    'draft', 'submitted', 'P1', 'P4', 'todo', 'doing', 'done', 'risk', 'blocker', 'kr1', 'toString', '__proto__',
    [], [{}], ['t1'], {}, { year: 2026, week: 10 }, { year: 2026, week: 53 }, { year: 2026.5, week: 10 },
    Array.from({ length: 21 }, () => ({ keyResultId: 'kr1', priority: 1, expectedResult: '' })),
    Array.from({ length: 101 }, () => ({ text: 'x' })),
  ),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.anything(),
);

/** Values on, or just beyond, the edge of one field's own rule, so each rule is met often. */
const near: Record<string, readonly unknown[]> = {
  priority: [0, 1, 2, 3, 4, '1', 'P0', 'P1', 'P3', 'P4', 'p1'],
  status: ['todo', 'doing', 'done', 'Done', 'blocked'],
  state: ['draft', 'submitted', 'Draft', 'closed'],
  severity: ['risk', 'blocker', 'Risk', 'issue', null],
  year: [0, 1, 2026, 9999, 10_000, 2026.5, '2026'],
  week: [0, 1, 10, 53, 54, 9.5, '10', { year: 2026, week: 10 }],
  due: ['2026-03-04', '2026-02-29', '2028-02-29', '2026-04-31', '2026-3-4', ''],
  weekStart: ['2026-03-02', '2026-02-24', '2026-02-23', '2026-03-08', '2026-03-09', '2026-02-30'],
  submittedAt: ['2026-03-06T10:42:00Z', '2026-03-06T10:42:00+01:00', '2026-03-06T10:42', '2026-03-06'],
  title: ['', ' ', 'a\n', 'x'.repeat(200), 'x'.repeat(201)],
  text: ['', ' ', 'a\nb', 'a\u0000', 'x'.repeat(1000), 'x'.repeat(1001)],
  expectedResult: ['', 'a\nb', 'a\u0000', 'x'.repeat(1000), 'x'.repeat(1001)],
  notes: ['', 'a\r\nb', 'a\u0000', 'x'.repeat(10_000), 'x'.repeat(10_001)],
};
const valueFor = (field: string) => (near[field] ? fc.oneof(fc.constantFrom(...near[field]), edgy) : edgy);

type Where = 'report' | 'week' | 'focus' | 'task' | 'problem' | 'plan';
const fields: Record<Where, string[]> = {
  report: [...Object.keys(base), 'submittedAt', 'unknownExtra'],
  week: ['year', 'week'],
  focus: Object.keys(base.focus[0]),
  task: Object.keys(base.tasks[0]),
  problem: Object.keys(base.problems[0]),
  plan: Object.keys(base.nextWeek[0]),
};

/** A valid report with a few fields replaced, added or removed, at any depth. */
const mutated = fc
  .array(
    fc.constantFrom<Where>('report', 'week', 'focus', 'task', 'problem', 'plan').chain((where) =>
      fc.constantFrom(...fields[where]).chain((field) => fc.record({ where: fc.constant(where), field: fc.constant(field), value: valueFor(field), drop: fc.boolean() })),
    ),
    { minLength: 0, maxLength: 3 },
  )
  .map((edits) => {
    const copy = structuredClone(base) as Record<string, any>;
    for (const { where, field, value, drop } of edits) {
      const target =
        where === 'report' ? copy
        : where === 'week' ? copy.week
        : where === 'focus' ? copy.focus?.[0]
        : where === 'task' ? copy.tasks?.[0]
        : where === 'problem' ? copy.problems?.[0]
        : copy.nextWeek?.[0];
      if (!target || typeof target !== 'object') continue;
      if (drop) delete target[field];
      else target[field] = value;
    }
    return copy;
  });

describe('the weekly report fast path and the valibot schema agree', () => {
  it('given 4,000 random reports, valid and invalid, the stored-report check gives the schema’s verdict and messages', () => {
    let accepted = 0;
    fc.assert(
      fc.property(mutated, (input) => {
        const expected = validateWeeklyReport(input);
        if (expected.ok) accepted++;
        const fast = validateStoredWeeklyReport(input);
        expect(fast.ok).toBe(expected.ok);
        if (!expected.ok && !fast.ok) expect(fast.errors).toEqual(expected.errors);
      }),
      { numRuns: 4000 },
    );
    // Found by this property in CI: the last week of the last year (its Thursday is in year 10000) threw a RangeError.
    const lastWeek = { ...base, week: { year: 9999, week: 53 } };
    expect(validateStoredWeeklyReport(lastWeek)).toEqual(validateWeeklyReport(lastWeek));
    expect(validateWeeklyReport(lastWeek).ok).toBe(false);
    // Both sides must be exercised, or agreeing means little.
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(3800);
  });

  it('given any value at all, the predicate agrees with the schema and never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (input) => {
        expect(validateStoredWeeklyReport(input).ok).toBe(validateWeeklyReport(input).ok);
      }),
      { numRuns: 1000 },
    );
  });

  it('given a valid report, the stored-report check keeps the very object, not a copy', () => {
    const report = structuredClone(base);
    const result = validateStoredWeeklyReport(report);
    expect(result.ok && result.value).toBe(report);
    expect(isWellFormedWeeklyReport({ ...report, tasks: [{ ...report.tasks[0], due: '2026-02-30' }] })).toBe(false);
  });

  it('given a limit in a message, it is written with thousands separators', () => {
    const result = validateWeeklyReport({ ...base, notes: 'x'.repeat(10_001) });
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'notes', message: 'must be at most 10,000 characters' }]);
  });
});
