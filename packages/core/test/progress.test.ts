import { describe, expect, it } from 'vitest';
import { keyResultProgress, metricProgress, objectiveProgress } from '../src/index';
import { keyResult, numeric, objective, okrSet } from './fixtures';

describe('metricProgress: numeric metrics', () => {
  it('given a zero baseline and a decimal current, it is exact to floating-point error (5.9 of 10 is 0.59)', () => {
    expect(metricProgress(numeric(0, 10, 5.9)).value).toBe(0.59);
  });

  it('given a non-zero baseline, it measures from the baseline (1,000 → 1,200 at 1,100 is half way)', () => {
    const progress = metricProgress(numeric(1000, 1200, 1100));
    expect(progress.value).toBe(0.5);
    expect(progress.explanation.formula).toBe('(current − start) / (target − start)');
    expect(progress.explanation.inputs).toMatchObject({ start: 1000, target: 1200, current: 1100 });
  });

  it('given a decreasing metric (churn 5 % → 3 %), it counts the fall as progress', () => {
    expect(metricProgress(numeric(5, 3, 4)).value).toBe(0.5);
    expect(metricProgress(numeric(5, 3, 3)).value).toBe(1);
    expect(metricProgress(numeric(5, 3, 2)).raw).toBe(1.5);
  });

  it('given over-achievement, it keeps the raw value above 1 and clamps the value to 1', () => {
    const progress = metricProgress(numeric(0, 100, 150));
    expect(progress.raw).toBe(1.5);
    expect(progress.value).toBe(1);
  });

  it('given movement the wrong way, it reports a negative raw value and clamps to 0', () => {
    const progress = metricProgress(numeric(100, 200, 75));
    expect(progress.raw).toBe(-0.25);
    expect(progress.value).toBe(0);
  });

  it('given a decreasing metric that rose, it is negative raw, never a negative bar', () => {
    const progress = metricProgress(numeric(5, 3, 6));
    expect(progress.raw).toBe(-0.5);
    expect(progress.value).toBe(0);
  });

  it('given start equal to target, it is met (1) or not (0) by direction, never NaN', () => {
    expect(metricProgress(numeric(10, 10, 10, 'increase')).value).toBe(1);
    expect(metricProgress(numeric(10, 10, 9, 'increase')).value).toBe(0);
    expect(metricProgress(numeric(10, 10, 9, 'decrease')).value).toBe(1);
    expect(metricProgress(numeric(10, 10, 11, 'decrease')).value).toBe(0);
    expect(metricProgress(numeric(10, 10, 9, 'increase')).explanation.note).toBe('start equals target');
  });

  it('given floating-point noise in the subtraction, it rounds it away (0.1 → 0.3 at 0.2 is 0.5)', () => {
    expect(metricProgress(numeric(0.1, 0.3, 0.2)).value).toBe(0.5);
  });

  it('given very large numbers, it stays finite', () => {
    const progress = metricProgress(numeric(0, 1e15, 2.5e14));
    expect(progress.value).toBe(0.25);
  });
});

describe('metricProgress: binary, milestones and guardrails', () => {
  it('given a binary metric, it is 1 when done and 0 otherwise', () => {
    expect(metricProgress({ kind: 'binary', done: true }).value).toBe(1);
    expect(metricProgress({ kind: 'binary', done: false }).value).toBe(0);
  });

  it('given weighted milestones, it is the weighted share done, with each milestone explained', () => {
    const progress = metricProgress({
      kind: 'milestones',
      milestones: [
        { title: 'Design', done: true, weight: 1 },
        { title: 'Build', done: true, weight: 2 },
        { title: 'Launch', done: false, weight: 1 },
      ],
    });
    expect(progress.value).toBe(0.75);
    expect(progress.explanation.parts?.map((part) => part.contribution)).toEqual([0.25, 0.5, 0]);
  });

  it('given no milestones or zero weights, it is 0 with a note, never NaN', () => {
    expect(metricProgress({ kind: 'milestones', milestones: [] })).toMatchObject({ value: 0, raw: 0 });
    const zero = metricProgress({ kind: 'milestones', milestones: [{ title: 'a', done: true, weight: 0 }] });
    expect(zero.value).toBe(0);
    expect(zero.explanation.note).toBe('weights sum to 0');
  });

  it('given an inclusive guardrail, sitting on the threshold holds', () => {
    expect(metricProgress({ kind: 'guardrail', bound: 'below', threshold: 4, current: 4 }).value).toBe(1);
    expect(metricProgress({ kind: 'guardrail', bound: 'above', threshold: 4, current: 4 }).value).toBe(1);
  });

  it('given a strict guardrail, sitting on the threshold breaches', () => {
    expect(metricProgress({ kind: 'guardrail', bound: 'below', threshold: 4, current: 4, inclusive: false }).value).toBe(0);
    expect(metricProgress({ kind: 'guardrail', bound: 'above', threshold: 4, current: 4.01, inclusive: false }).value).toBe(1);
  });

  it('given a range guardrail, it holds inside the band only', () => {
    const band = { kind: 'guardrail-range', min: 99.5, max: 100 } as const;
    expect(metricProgress({ ...band, current: 99.7 }).value).toBe(1);
    expect(metricProgress({ ...band, current: 99.4 }).value).toBe(0);
    expect(metricProgress({ ...band, current: 99.5, inclusive: false }).value).toBe(0);
  });
});

describe('objectiveProgress', () => {
  it('given equal weights, it is the plain mean of the KRs clamped values', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('a', 'o', numeric(0, 10, 5)), keyResult('b', 'o', numeric(0, 10, 15))],
    });
    const progress = objectiveProgress('o', set);
    // (0.5 + 1) / 2: the over-achieving KR counts as 1, not 1.5.
    expect(progress.value).toBe(0.75);
    // raw keeps over-achievement visible: (0.5 + 1.5) / 2.
    expect(progress.raw).toBe(1);
  });

  it('given weights, it is the weighted mean and explains each part (why 43 %?)', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [
        keyResult('a', 'o', numeric(0, 100, 10), { weight: 3 }),
        keyResult('b', 'o', numeric(0, 100, 100), { weight: 1 }),
      ],
    });
    const progress = objectiveProgress('o', set);
    expect(progress.value).toBeCloseTo((3 * 0.1 + 1 * 1) / 4, 12);
    expect(progress.explanation.parts).toEqual([
      expect.objectContaining({ id: 'a', weight: 3, share: 0.75, value: 0.1 }),
      expect.objectContaining({ id: 'b', weight: 1, share: 0.25, value: 1, contribution: 0.25 }),
    ]);
  });

  it('given an objective with no key results, it is 0 with a note, never NaN', () => {
    const progress = objectiveProgress('o', okrSet({ objectives: [objective('o')] }));
    expect(progress).toMatchObject({ value: 0, raw: 0 });
    expect(progress.explanation.note).toMatch(/nothing to count/);
  });

  it('given all weights 0, it is 0, never NaN', () => {
    const set = okrSet({
      objectives: [objective('o')],
      keyResults: [keyResult('a', 'o', numeric(0, 10, 5), { weight: 0 })],
    });
    expect(objectiveProgress('o', set).value).toBe(0);
  });

  it('given includeChildren, aligned children count as weighted parts and drafts never count', () => {
    const set = okrSet({
      objectives: [
        objective('parent'),
        objective('child', { parentId: 'parent', weight: 2 }),
        objective('draft', { parentId: 'parent', state: 'draft' }),
      ],
      keyResults: [
        keyResult('p', 'parent', numeric(0, 10, 10)),
        keyResult('c', 'child', numeric(0, 10, 4)),
        keyResult('d', 'draft', numeric(0, 10, 0)),
      ],
    });
    expect(objectiveProgress('parent', set).value).toBe(1);
    const rolled = objectiveProgress('parent', set, { includeChildren: true });
    // (1 × 1 + 2 × 0.4) / 3
    expect(rolled.value).toBeCloseTo(0.6, 12);
    expect(rolled.explanation.parts?.map((part) => part.id)).toEqual(['p', 'child']);
  });

  it('given grandchildren, it rolls up through every level', () => {
    const set = okrSet({
      objectives: [objective('a'), objective('b', { parentId: 'a' }), objective('c', { parentId: 'b' })],
      keyResults: [keyResult('kc', 'c', numeric(0, 10, 8))],
    });
    // c = 0.8; b has only c → 0.8; a has only b → 0.8.
    expect(objectiveProgress('a', set, { includeChildren: true }).value).toBe(0.8);
  });

  it('given an alignment loop in unvalidated data, it does not recurse forever', () => {
    const set = okrSet({
      objectives: [objective('a', { parentId: 'b' }), objective('b', { parentId: 'a' })],
      keyResults: [keyResult('ka', 'a', numeric(0, 10, 5))],
    });
    expect(Number.isFinite(objectiveProgress('a', set, { includeChildren: true }).value)).toBe(true);
  });

  it('given an unknown id, it throws a RangeError naming the id', () => {
    expect(() => objectiveProgress('nope', okrSet({}))).toThrow(/no objective with id "nope"/);
  });

  it('keyResultProgress reads the KR metric', () => {
    expect(keyResultProgress(keyResult('k', 'o', { kind: 'binary', done: true })).value).toBe(1);
  });
});
