import { describe, expect, it } from 'vitest';
import { expectedProgress, metricProgress, objectiveProgress, type Metric } from '../src/index';
import {
  expectedValueAt,
  keyResultAsOf,
  keyResultHistory,
  keyResultHistoryChange,
  metricAtValue,
  objectiveHistory,
  objectiveProgressAsOf,
  progressReader,
} from '../src/history/index';
import { checkIn, keyResult, numeric, objective, okrSet } from './fixtures';

const milestones: Metric = {
  kind: 'milestones',
  milestones: [
    { title: 'Design', done: false, weight: 1 },
    { title: 'Build', done: false, weight: 2 },
    { title: 'Launch', done: false, weight: 1 },
  ],
};

describe('keyResultHistory', () => {
  it('given a KR with no check-ins, it has no points but still the expected line and the target', () => {
    const set = okrSet({ objectives: [objective('o1')], keyResults: [keyResult('kr1', 'o1', numeric(0, 100, 0))] });
    const history = keyResultHistory(set, 'kr1');
    expect(history.points).toEqual([]);
    expect(history.baseline).toBe(0);
    expect(history.target).toBe(100);
    expect(history.expected).toEqual({
      from: { atMs: Date.parse('2026-01-01T00:00:00Z'), value: 0 },
      to: { atMs: Date.parse('2026-04-01T00:00:00Z'), value: 100 },
    });
    expect(keyResultHistoryChange(history)).toBeNull();
  });

  it('given one check-in, it reads value, progress, confidence, author and note from it', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('kr1', 'o1', numeric(1000, 1200, 1100))],
      checkIns: [{ id: 'c1', keyResultId: 'kr1', at: '2026-02-01T09:00:00Z', value: 1100, confidence: 0.7, authorId: 'ada', note: 'Two new clients' }],
    });
    expect(keyResultHistory(set, 'kr1').points).toEqual([
      { checkInId: 'c1', at: '2026-02-01T09:00:00Z', atMs: Date.parse('2026-02-01T09:00:00Z'), value: 1100, progress: 0.5, confidence: 0.7, authorId: 'ada', note: 'Two new clients' },
    ]);
  });

  it('given check-ins out of order and two at the same instant, it orders them by time and then by id', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('kr1', 'o1', numeric(0, 10, 0))],
      checkIns: [
        checkIn('c3', 'kr1', '2026-03-01T00:00:00Z', 8),
        checkIn('c2b', 'kr1', '2026-02-01T00:00:00Z', 5),
        checkIn('c1', 'kr1', '2026-01-15T00:00:00+01:00', 2),
        checkIn('c2a', 'kr1', '2026-02-01T00:00:00Z', 4),
      ],
    });
    const points = keyResultHistory(set, 'kr1').points;
    expect(points.map((point) => point.checkInId)).toEqual(['c1', 'c2a', 'c2b', 'c3']);
    expect(points.map((point) => point.confidence)).toEqual([null, null, null, null]);
  });

  it('given over-achievement, it keeps the unclamped progress (1.5) and the change since the first check-in', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('kr1', 'o1', numeric(0, 100, 150))],
      checkIns: [checkIn('c1', 'kr1', '2026-01-10T00:00:00Z', 20), checkIn('c2', 'kr1', '2026-03-10T00:00:00Z', 150)],
    });
    const history = keyResultHistory(set, 'kr1');
    expect(history.points.map((point) => point.progress)).toEqual([0.2, 1.5]);
    expect(keyResultHistoryChange(history)).toEqual({ from: 0.2, to: 1.5, change: 1.3, direction: 'up', since: '2026-01-10T00:00:00Z' });
  });

  it('given a decreasing metric, it counts falling values as progress and draws the expected line downwards', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('kr1', 'o1', numeric(5, 3, 5))],
      checkIns: [checkIn('c1', 'kr1', '2026-01-20T00:00:00Z', 4.5), checkIn('c2', 'kr1', '2026-02-20T00:00:00Z', 4), checkIn('c3', 'kr1', '2026-03-01T00:00:00Z', 5.5)],
    });
    const history = keyResultHistory(set, 'kr1');
    expect(history.direction).toBe('decrease');
    expect(history.points.map((point) => point.progress)).toEqual([0.25, 0.5, -0.25]);
    expect(history.expected?.from.value).toBe(5);
    expect(history.expected?.to.value).toBe(3);
    expect(keyResultHistoryChange(history)?.direction).toBe('down');
  });

  it('given milestones with weights, each value counts that many done in order, weighted like metricProgress', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('kr1', 'o1', milestones)],
      checkIns: [checkIn('c1', 'kr1', '2026-01-20T00:00:00Z', 1), checkIn('c2', 'kr1', '2026-02-20T00:00:00Z', 2), checkIn('c3', 'kr1', '2026-03-20T00:00:00Z', 3)],
    });
    const history = keyResultHistory(set, 'kr1');
    expect(history.points.map((point) => point.progress)).toEqual([0.25, 0.75, 1]);
    expect([history.baseline, history.target]).toEqual([0, 3]);
  });

  it('given a binary KR, it is a step from 0 to 1 with an expected line from 0 to 1', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('kr1', 'o1', { kind: 'binary', done: true })],
      checkIns: [checkIn('c1', 'kr1', '2026-01-20T00:00:00Z', 0), checkIn('c2', 'kr1', '2026-03-02T00:00:00Z', 1)],
    });
    const history = keyResultHistory(set, 'kr1');
    expect(history.points.map((point) => point.progress)).toEqual([0, 1]);
    expect(history.expected?.to.value).toBe(1);
  });

  it('given guardrails, it gives the band and no expected line, and progress is 1 only while inside', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [
        keyResult('above', 'o1', { kind: 'guardrail', bound: 'above', threshold: 90, current: 95 }),
        keyResult('range', 'o1', { kind: 'guardrail-range', min: 99.5, max: 100, current: 99.9, inclusive: false }),
      ],
      checkIns: [
        checkIn('a1', 'above', '2026-01-20T00:00:00Z', 92),
        checkIn('a2', 'above', '2026-02-20T00:00:00Z', 88),
        checkIn('r1', 'range', '2026-01-20T00:00:00Z', 99.7),
        checkIn('r2', 'range', '2026-02-20T00:00:00Z', 100),
      ],
    });
    const above = keyResultHistory(set, 'above');
    expect(above.band).toEqual({ lower: 90, upper: null, inclusive: true });
    expect(above.expected).toBeNull();
    expect(above.points.map((point) => point.progress)).toEqual([1, 0]);
    const range = keyResultHistory(set, 'range');
    expect(range.band).toEqual({ lower: 99.5, upper: 100, inclusive: false });
    expect(range.points.map((point) => point.progress)).toEqual([1, 0]);
  });

  it('given an unknown KR or an unreadable check-in, it refuses with the id or the check-in path', () => {
    const set = okrSet({
      objectives: [objective('o1')],
      keyResults: [keyResult('kr1', 'o1', numeric(0, 10, 0))],
      checkIns: [checkIn('bad', 'kr1', 'next tuesday', 3)],
    });
    expect(() => keyResultHistory(set, 'nope')).toThrow('no key result with id "nope"');
    expect(() => keyResultHistory(set, 'kr1')).toThrow('checkIns["bad"].at is not a valid date or time');
  });

  it('given an objective whose period is unknown, it has no period and no expected line (never NaN)', () => {
    const set = okrSet({ objectives: [objective('o1', { periodId: 'gone' })], keyResults: [keyResult('kr1', 'o1', numeric(0, 10, 0))] });
    const history = keyResultHistory(set, 'kr1');
    expect(history.period).toBeNull();
    expect(history.expected).toBeNull();
    expect(expectedValueAt(history, '2026-02-15T00:00:00Z')).toBeNull();
  });
});

describe('expectedValueAt', () => {
  it('given the middle of the period, it is half way from baseline to target, by the rule of expectedProgress', () => {
    const set = okrSet({ objectives: [objective('o1')], keyResults: [keyResult('kr1', 'o1', numeric(1000, 1200, 1000))] });
    const history = keyResultHistory(set, 'kr1');
    const at = '2026-02-15T00:00:00Z';
    expect(expectedValueAt(history, at)).toBe(1000 + 200 * expectedProgress({ start: '2026-01-01', end: '2026-03-31' }, at));
    expect(expectedValueAt(history, '2025-12-01T00:00:00Z')).toBe(1000);
    expect(expectedValueAt(history, '2026-05-01T00:00:00Z')).toBe(1200);
  });
});

describe('progressReader', () => {
  it('given any metric kind, it equals metricProgress of the metric at that value', () => {
    const metrics: Metric[] = [
      numeric(0, 10, 0),
      numeric(5, 3, 5),
      numeric(7, 7, 0),
      milestones,
      { kind: 'milestones', milestones: [] },
      { kind: 'binary', done: false },
      { kind: 'guardrail', bound: 'below', threshold: 3, current: 1, inclusive: false },
      { kind: 'guardrail-range', min: 1, max: 2, current: 1 },
    ];
    for (const metric of metrics) {
      const read = progressReader(metric);
      for (const value of [-2, 0, 0.5, 1, 2, 2.5, 3, 3, 6, 7, 12]) {
        expect(read(value)).toBe(metricProgress(metricAtValue(metric, value)).raw);
      }
    }
  });
});

describe('keyResultAsOf', () => {
  const set = okrSet({
    objectives: [objective('o1')],
    keyResults: [
      keyResult('kr1', 'o1', numeric(0, 100, 60)),
      keyResult('guard', 'o1', { kind: 'guardrail', bound: 'below', threshold: 3, current: 2 }),
      keyResult('steps', 'o1', milestones),
    ],
    checkIns: [
      checkIn('c2', 'kr1', '2026-02-01T00:00:00Z', 60),
      checkIn('c1', 'kr1', '2026-01-15T00:00:00Z', 30),
      checkIn('s1', 'steps', '2026-01-20T00:00:00Z', 2),
    ],
  });

  it('given an instant between check-ins, it reads the metric as the earlier check-in left it', () => {
    const asOf = keyResultAsOf(set, 'kr1', '2026-01-20T00:00:00Z');
    expect(asOf.metric).toMatchObject({ kind: 'numeric', current: 30 });
    expect(asOf.checkIn?.id).toBe('c1');
    expect(asOf.source).toBe('check-in');
  });

  it('given the exact instant of a check-in, it includes that check-in', () => {
    expect(keyResultAsOf(set, 'kr1', '2026-02-01T00:00:00Z').checkIn?.id).toBe('c2');
  });

  it('given an instant before the first check-in, it is at the baseline (start, none done); a guardrail reads as recorded', () => {
    expect(keyResultAsOf(set, 'kr1', '2026-01-01T00:00:00Z')).toMatchObject({ metric: { current: 0 }, checkIn: null, source: 'baseline' });
    expect(keyResultAsOf(set, 'steps', '2026-01-01T00:00:00Z').metric).toMatchObject({ milestones: [{ done: false }, { done: false }, { done: false }] });
    expect(keyResultAsOf(set, 'guard', '2026-01-01T00:00:00Z')).toMatchObject({ metric: { current: 2 }, source: 'recorded' });
  });

  it('given an unreadable instant, it refuses it by name', () => {
    expect(() => keyResultAsOf(set, 'kr1', 'soon')).toThrow('at is not a valid date or time: soon');
  });
});

describe('objectiveProgressAsOf and objectiveHistory', () => {
  const set = okrSet({
    objectives: [objective('o1'), objective('child', { parentId: 'o1' })],
    keyResults: [
      keyResult('a', 'o1', numeric(0, 100, 80), { weight: 3 }),
      keyResult('b', 'o1', { kind: 'binary', done: true }),
      keyResult('c', 'child', numeric(10, 0, 0)),
    ],
    checkIns: [
      checkIn('a2', 'a', '2026-02-10T00:00:00Z', 80),
      checkIn('a1', 'a', '2026-01-10T00:00:00Z', 40),
      checkIn('b1', 'b', '2026-02-10T00:00:00Z', 1),
      checkIn('c1', 'c', '2026-01-20T00:00:00Z', 0),
    ],
  });

  it('given a date, it is the weighted rollup of the KRs as they stood then', () => {
    expect(objectiveProgressAsOf(set, 'o1', '2026-01-01T00:00:00Z').value).toBe(0);
    expect(objectiveProgressAsOf(set, 'o1', '2026-01-15T00:00:00Z').value).toBe(0.3); // (3 × 0.4 + 0) / 4
    expect(objectiveProgressAsOf(set, 'o1', '2026-03-01T00:00:00Z').value).toBe(objectiveProgress('o1', set).value);
  });

  it('given includeChildren, it rolls the child objective up as of the date too', () => {
    const before = objectiveProgressAsOf(set, 'o1', '2026-01-15T00:00:00Z', { includeChildren: true }).value;
    const after = objectiveProgressAsOf(set, 'o1', '2026-01-25T00:00:00Z', { includeChildren: true }).value;
    expect(before).toBe(0.24); // (3 × 0.4 + 0 + 0) / 5
    expect(after).toBe(0.44); // (3 × 0.4 + 0 + 1) / 5
  });

  it('given the log, it has one point per check-in, and the last at each instant equals the rollup as of that instant', () => {
    const history = objectiveHistory(set, 'o1');
    expect(history.map((point) => point.checkInId)).toEqual(['a1', 'a2', 'b1']);
    // a2 and b1 share an instant: a2's point is the rollup after a2 alone, b1's after both.
    expect(history.map((point) => point.value)).toEqual([0.3, 0.6, 0.85]);
    const lastAtEachInstant = history.filter((point, index) => history[index + 1]?.atMs !== point.atMs);
    expect(lastAtEachInstant.map((point) => point.checkInId)).toEqual(['a1', 'b1']);
    for (const point of lastAtEachInstant) {
      expect(point.value).toBe(objectiveProgressAsOf(set, 'o1', point.at).value);
      expect(point.raw).toBe(objectiveProgressAsOf(set, 'o1', point.at).raw);
    }
  });

  it('given an objective with no KRs or an unknown id, it is empty or refused', () => {
    const empty = okrSet({ objectives: [objective('lonely')] });
    expect(objectiveHistory(empty, 'lonely')).toEqual([]);
    expect(objectiveProgressAsOf(empty, 'lonely', '2026-02-01T00:00:00Z').value).toBe(0);
    expect(() => objectiveHistory(empty, 'ghost')).toThrow('no objective with id "ghost"');
  });
});
