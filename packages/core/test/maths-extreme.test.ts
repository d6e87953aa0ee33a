import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as core from '../src/index';
import { assessOkrSet, metricProgress, objectiveProgress, scoringPresets, type Metric, type OkrSet } from '../src/index';
// @ts-expect-error a plain-JavaScript module shared with bench/maths-properties.bench.mjs (no .d.ts)
import { mathsProperties } from './maths-properties.mjs';

const MAX = Number.MAX_VALUE;
const numeric = (direction: 'increase' | 'decrease', start: number, target: number, current: number): Metric => ({ kind: 'numeric', direction, start, target, current });

function setOf(metrics: { metric: Metric; weight?: number }[], children: { weight?: number; metric: Metric }[] = []): OkrSet {
  return {
    periods: [{ id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      { id: 'company', title: 'Grow the company', periodId: 'q1' },
      ...children.map((child, at) => ({ id: `team-${at}`, title: `Team objective ${at}`, periodId: 'q1', parentId: 'company', teamId: `t${at}`, ...(child.weight === undefined ? {} : { weight: child.weight }) })),
    ],
    keyResults: [
      ...metrics.map((part, at) => ({ id: `k${at}`, objectiveId: 'company', title: `Key result ${at}`, metric: part.metric, ...(part.weight === undefined ? {} : { weight: part.weight }) })),
      ...children.map((child, at) => ({ id: `team-k${at}`, objectiveId: `team-${at}`, title: `Team key result ${at}`, metric: child.metric })),
    ],
    checkIns: [],
  };
}

describe('maths at extreme but finite inputs', () => {
  it('given an increase from −1e308 to 1e308 that reached 1e308, when its progress is computed, it is 1, not NaN', () => {
    const progress = metricProgress(numeric('increase', -1e308, 1e308, 1e308));
    expect(progress.value).toBe(1);
    expect(progress.raw).toBe(1);
  });

  it('given a span from −MAX to MAX at 0, when its progress is computed, it is halfway (0.5), not 0', () => {
    expect(metricProgress(numeric('increase', -MAX, MAX, 0)).raw).toBe(0.5);
    expect(metricProgress(numeric('decrease', MAX, -MAX, 0)).raw).toBe(0.5);
  });

  it('given a tiny span and a huge current value, when computed, raw progress is capped at ±1e9 rather than Infinity', () => {
    expect(metricProgress(numeric('increase', 0, 1e-6, MAX)).raw).toBe(1e9);
    expect(metricProgress(numeric('increase', 0, 1e-6, -MAX)).raw).toBe(-1e9);
  });

  it('given milestones whose weights sum past the largest float, when computed, it is the weighted share done', () => {
    const metric: Metric = { kind: 'milestones', milestones: [{ title: 'A', done: true, weight: MAX }, { title: 'B', done: false, weight: MAX }, { title: 'C', done: true, weight: MAX }] };
    const progress = metricProgress(metric);
    expect(progress.raw).toBeCloseTo(2 / 3, 12);
    expect(progress.explanation.inputs).toEqual({ done: MAX, total: MAX });
    expect(progress.explanation.parts?.map((part) => part.share)).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('given KR weights of 1e308 and 5e-324 in a rollup, when the objective is computed, the heavy KR decides it', () => {
    const set = setOf([
      { metric: { kind: 'binary', done: true }, weight: 1e308 },
      { metric: { kind: 'binary', done: false }, weight: 5e-324 },
      { metric: { kind: 'binary', done: false }, weight: 1e308 },
    ]);
    const progress = objectiveProgress('company', set);
    expect(progress.value).toBe(0.5);
    const shares = progress.explanation.parts?.map((part) => part.share) ?? [];
    expect(shares.every(Number.isFinite)).toBe(true);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
  });

  it('given one extreme KR in a child objective, when the company rolls up with includeChildren, it stays a number and the status is not off-track by NaN', () => {
    const set = setOf([{ metric: { kind: 'binary', done: true } }], [{ metric: numeric('increase', -1e308, 1e308, 1e308), weight: MAX }, { metric: { kind: 'binary', done: true }, weight: MAX }]);
    const assessment = assessOkrSet(set, { now: '2026-02-15T00:00:00Z', includeChildren: true, scoring: scoringPresets.quantive }).get('company');
    expect(assessment?.progress.value).toBe(1);
    expect(assessment?.status).toBe('achieved');
    expect(assessment?.grade.score).toBe(100);
  });

  it('given a viewport at a near-zero scale far out, when its rectangle is computed, every side is finite', () => {
    const rectangle = core.viewportRectangle({ x: 1e308, y: -1e308, width: 1280, height: 720, scale: 5e-324, overscan: 200 });
    expect(Object.values(rectangle).every(Number.isFinite)).toBe(true);
    expect(rectangle.maxX).toBe(MAX);
    expect(() => core.viewportRectangle({ x: 0, y: 0, width: 1, height: 1, scale: Number.POSITIVE_INFINITY })).toThrow(/scale must be a positive number/);
  });

  it('given a node size beyond a million pixels, when laid out, it is refused with the option named', () => {
    const set = setOf([{ metric: { kind: 'binary', done: true } }]);
    const graph = core.buildAlignmentGraph(set);
    expect(() => core.layoutAlignmentTree(graph, { nodeWidth: 1e308, nodeHeight: 96, gapX: 24, gapY: 48 })).toThrow(/nodeWidth must be a number of pixels from 0 to 1,000,000, got 1e\+308/);
  });
});

describe('properties: every maths function stays finite for any finite input (10^4 runs; 10^6 in pnpm bench:maths)', () => {
  const properties: { name: string; arbitrary: fc.Arbitrary<unknown>; holds: (value: unknown) => boolean }[] = mathsProperties(core, fc);
  const runsEach = Math.ceil(10_000 / properties.length);
  for (const property of properties) {
    it(`given ${runsEach} random inputs, ${property.name} returns finite values in range`, () => {
      fc.assert(fc.property(property.arbitrary, property.holds), { numRuns: runsEach });
    });
  }
});
