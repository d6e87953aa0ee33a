import { describe, expect, it } from 'vitest';
import {
  assessObjective,
  assessOkrSet,
  defineScoringStrategy,
  keyResultStatus,
  objectiveStatus,
  scoringPresets,
} from '../src/index';
import { checkIn, keyResult, numeric, objective, okrSet } from './fixtures';

// Q1 2026 runs 90 days; on 2026-02-15T00:00Z exactly half has elapsed.
const midQuarter = '2026-02-15T00:00:00Z';

function setWith(current: number, extra: Parameters<typeof okrSet>[0] = {}) {
  return okrSet({
    objectives: [objective('o')],
    keyResults: [keyResult('k', 'o', numeric(0, 100, current))],
    ...extra,
  });
}

describe('objectiveStatus with the default (percent) strategy', () => {
  it('given a time before the period starts, it is not-started whatever the progress', () => {
    expect(objectiveStatus('o', setWith(100), { now: '2025-12-01T00:00:00Z' })).toBe('not-started');
  });

  it('given progress at or above the elapsed share, it is on-track', () => {
    expect(objectiveStatus('o', setWith(50), { now: midQuarter })).toBe('on-track');
  });

  it('given progress up to 20 points behind, it is at-risk; beyond, off-track', () => {
    expect(objectiveStatus('o', setWith(31), { now: midQuarter })).toBe('at-risk');
    expect(objectiveStatus('o', setWith(30), { now: midQuarter })).toBe('at-risk');
    expect(objectiveStatus('o', setWith(29), { now: midQuarter })).toBe('off-track');
  });

  it('given progress of 1, it is achieved whatever the strategy says', () => {
    const pessimist = defineScoringStrategy({ id: 'pessimist', status: () => 'off-track' });
    expect(objectiveStatus('o', setWith(100), { now: midQuarter, scoring: pessimist })).toBe('achieved');
    expect(objectiveStatus('o', setWith(120), { now: midQuarter, scoring: pessimist })).toBe('achieved');
  });

  it('given the period has ended short of the target, it is off-track', () => {
    expect(objectiveStatus('o', setWith(60), { now: '2026-05-01T00:00:00Z' })).toBe('off-track');
  });

  it('given a replaced strategy, the strategy decides', () => {
    const generous = defineScoringStrategy({ id: 'generous', status: () => 'on-track' });
    expect(objectiveStatus('o', setWith(1), { now: midQuarter, scoring: generous })).toBe('on-track');
  });

  it('given an invalid now, it throws a clear RangeError', () => {
    expect(() => objectiveStatus('o', setWith(1), { now: 'soon' })).toThrow(/now is not a valid date/);
  });
});

describe('assessObjective: outdated is reported alongside the status', () => {
  it('given no check-in for more than 14 days into the period, it is outdated but keeps its status', () => {
    const assessment = assessObjective('o', setWith(50), { now: midQuarter });
    expect(assessment.status).toBe('on-track');
    expect(assessment.outdated).toBe(true);
    expect(assessment.lastCheckInAt).toBeNull();
  });

  it('given a recent check-in, it is not outdated and reports its time', () => {
    const set = setWith(50, { checkIns: [checkIn('c1', 'k', '2026-02-10T09:00:00Z', 50)] });
    const assessment = assessObjective('o', set, { now: midQuarter });
    expect(assessment.outdated).toBe(false);
    expect(assessment.lastCheckInAt).toBe('2026-02-10T09:00:00Z');
  });

  it('given a configurable age, an older check-in makes it outdated', () => {
    const set = setWith(50, { checkIns: [checkIn('c1', 'k', '2026-02-10T09:00:00Z', 50)] });
    expect(assessObjective('o', set, { now: midQuarter, outdatedAfterDays: 3 }).outdated).toBe(true);
  });

  it('given check-ins out of order, the newest one counts', () => {
    const set = setWith(50, {
      checkIns: [checkIn('c2', 'k', '2026-02-12T00:00:00Z', 50), checkIn('c1', 'k', '2026-01-05T00:00:00Z', 10)],
    });
    expect(assessObjective('o', set, { now: midQuarter }).lastCheckInAt).toBe('2026-02-12T00:00:00Z');
  });

  it('grades the progress under the chosen strategy', () => {
    const assessment = assessObjective('o', setWith(72), { now: midQuarter, scoring: scoringPresets.percent });
    expect(assessment.grade).toEqual({ score: 72, band: expect.objectContaining({ id: 'high' }) });
    expect(assessment.expected).toBe(0.5);
  });
});

describe('assessOkrSet', () => {
  it('given a whole set, it assesses each objective with children rolled up once', () => {
    const set = okrSet({
      objectives: [objective('a'), objective('b', { parentId: 'a' })],
      keyResults: [keyResult('kb', 'b', numeric(0, 10, 10))],
    });
    const all = assessOkrSet(set, { now: midQuarter, includeChildren: true });
    expect(all.get('a')?.status).toBe('achieved');
    expect(all.get('b')?.progress.value).toBe(1);
  });
});

describe('keyResultStatus', () => {
  it('judges one KR against its objective period', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('slow', 'o', numeric(0, 100, 10)), keyResult('fast', 'o', numeric(0, 100, 60))],
    });
    expect(keyResultStatus('slow', set, { now: midQuarter })).toBe('off-track');
    expect(keyResultStatus('fast', set, { now: midQuarter })).toBe('on-track');
    expect(() => keyResultStatus('none', set, { now: midQuarter })).toThrow(/no key result/);
  });
});
