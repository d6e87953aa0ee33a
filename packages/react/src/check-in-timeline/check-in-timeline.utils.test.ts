import type { KeyResult, OkrSet } from '@okrkit/core';
import { describe, expect, it } from 'vitest';
import { defaultLabels } from '../provider/labels';
import { editValuesOf, toCheckInPatch, validateCheckInEdit } from './check-in-edit.utils';
import { defaultTimelineLabels } from './check-in-timeline.labels';
import { describeChange, formatCheckInDate, formatReading, timelineEntries } from './check-in-timeline.utils';

const numericKeyResult: KeyResult = { id: 'k1', objectiveId: 'o1', title: 'Churn', metric: { kind: 'numeric', direction: 'decrease', start: 5, target: 3, current: 4, unit: { kind: 'percent' } } };
const milestonesKeyResult: KeyResult = { id: 'k2', objectiveId: 'o1', title: 'Launch', metric: { kind: 'milestones', milestones: [{ title: 'a', done: true }, { title: 'b', done: false }, { title: 'c', done: false }] } };
const set: OkrSet = {
  periods: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
  objectives: [{ id: 'o1', title: 'O', periodId: 'q1' }],
  keyResults: [numericKeyResult, milestonesKeyResult],
  checkIns: [
    { id: 'c2', keyResultId: 'k1', at: '2026-02-01T16:00:00Z', value: 4 },
    { id: 'c1', keyResultId: 'k1', at: '2026-01-15T16:00:00Z', value: 4.6 },
    { id: 'm1', keyResultId: 'k2', at: '2026-01-20T16:00:00Z', value: 1 },
  ],
};
const labels = { ...defaultLabels, ...defaultTimelineLabels };

describe('timeline entries', () => {
  it('given a log out of order, entries are newest first and each knows the reading before it on its own KR', () => {
    const entries = timelineEntries(set, { objectiveId: 'o1' });
    expect(entries.map((entry) => [entry.checkIn.id, entry.previousValue])).toEqual([['c2', 4.6], ['m1', null], ['c1', null]]);
    expect(timelineEntries(set, { keyResultId: 'k2' }).map((entry) => entry.checkIn.id)).toEqual(['m1']);
    expect(timelineEntries(set, { keyResultId: 'unknown' })).toEqual([]);
  });

  it('writes each metric’s reading in its own words and the change between two', () => {
    expect(describeChange(timelineEntries(set, { keyResultId: 'k1' })[0]!, labels, 'en-US')).toBe('4.6% → 4%');
    expect(formatReading(milestonesKeyResult.metric, 1, labels, 'en-US')).toBe('1 of 3 milestones');
    expect(formatReading({ kind: 'binary', done: false }, 1, labels, 'en-US')).toBe('Done');
    expect(formatCheckInDate('2026-02-01T16:00:00Z', 'de-DE')).toBe('01.02.2026');
    expect(formatCheckInDate('not a date', 'en-US')).toBe('not a date');
  });
});

describe('the edit form of a past check-in', () => {
  const messages = { enterNumber: 'Enter a number', confidenceRange: 'Range', milestoneCount: (count: number) => `0 to ${count}` };

  it('starts from the check-in as logged, confidence in percent', () => {
    expect(editValuesOf({ id: 'c', keyResultId: 'k1', at: '2026-02-01T16:00:00Z', value: 4, confidence: 0.655, note: 'x' })).toEqual({ value: '4', done: true, confidence: '65.5', note: 'x' });
  });

  it('refuses what the metric cannot take: not a number, a milestones count out of range or not whole, a confidence over 100', () => {
    expect(validateCheckInEdit({ value: 'abc', done: false, confidence: '', note: '' }, numericKeyResult, messages)).toEqual({ value: 'Enter a number' });
    expect(validateCheckInEdit({ value: '4', done: false, confidence: '', note: '' }, milestonesKeyResult, messages)).toEqual({ value: '0 to 3' });
    expect(validateCheckInEdit({ value: '1.5', done: false, confidence: '101', note: '' }, milestonesKeyResult, messages)).toEqual({ value: '0 to 3', confidence: 'Range' });
    expect(validateCheckInEdit({ value: 'Infinity', done: false, confidence: '', note: '' }, numericKeyResult, messages)).toEqual({ value: 'Enter a number' });
  });

  it('turns valid values into the store’s patch: empty confidence and note remove them', () => {
    expect(toCheckInPatch({ value: ' 3.9 ', done: false, confidence: '', note: '  ' }, numericKeyResult)).toEqual({ value: 3.9, confidence: null, note: null });
    expect(toCheckInPatch({ value: '', done: true, confidence: '80', note: 'Shipped' }, { ...numericKeyResult, metric: { kind: 'binary', done: false } })).toEqual({ done: true, confidence: 0.8, note: 'Shipped' });
  });
});
