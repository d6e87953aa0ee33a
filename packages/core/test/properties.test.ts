import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectedProgress, metricProgress, objectiveProgress, type Metric, type OkrSet } from '../src/index';

// Finite values in the range hosts store (money in cents up to 1e12, rates down to 1e-6).
const value = fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true });
const weight = fc.option(fc.double({ min: 0, max: 1000, noNaN: true, noDefaultInfinity: true }), { nil: undefined });

const numericMetric = fc
  .tuple(value, value, value)
  .map(([start, target, current]): Metric => ({
    kind: 'numeric',
    direction: target >= start ? 'increase' : 'decrease',
    start,
    target,
    current,
  }));

const metric: fc.Arbitrary<Metric> = fc.oneof(
  numericMetric,
  fc.boolean().map((done): Metric => ({ kind: 'binary', done })),
  fc
    .array(fc.record({ title: fc.string(), done: fc.boolean(), weight }), { maxLength: 8 })
    .map((milestones): Metric => ({ kind: 'milestones', milestones })),
  fc
    .tuple(fc.constantFrom('above' as const, 'below' as const), value, value, fc.boolean())
    .map(([bound, threshold, current, inclusive]): Metric => ({ kind: 'guardrail', bound, threshold, current, inclusive })),
  fc
    .tuple(value, value, value)
    .map(([a, b, current]): Metric => ({ kind: 'guardrail-range', min: Math.min(a, b), max: Math.max(a, b), current })),
);

function isFiniteProgress(progress: { value: number; raw: number }): boolean {
  return Number.isFinite(progress.value) && Number.isFinite(progress.raw);
}

describe('properties of progress', () => {
  it('no valid metric gives NaN or Infinity, and the value stays in [0, 1]', () => {
    fc.assert(
      fc.property(metric, (m) => {
        const progress = metricProgress(m);
        expect(isFiniteProgress(progress)).toBe(true);
        expect(progress.value).toBeGreaterThanOrEqual(0);
        expect(progress.value).toBeLessThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('the value is the raw value clamped to [0, 1]', () => {
    fc.assert(
      fc.property(metric, (m) => {
        const { value: clamped, raw } = metricProgress(m);
        expect(clamped).toBe(Math.min(1, Math.max(0, raw)));
      }),
    );
  });

  it('progress is monotonic in current for increasing metrics, reversed for decreasing ones', () => {
    const bounded = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(bounded, bounded, bounded, bounded, (start, target, a, b) => {
        const direction = target >= start ? 'increase' : 'decrease';
        const low = Math.min(a, b);
        const high = Math.max(a, b);
        const atLow = metricProgress({ kind: 'numeric', direction, start, target, current: low }).raw;
        const atHigh = metricProgress({ kind: 'numeric', direction, start, target, current: high }).raw;
        if (direction === 'increase') expect(atHigh).toBeGreaterThanOrEqual(atLow);
        else expect(atHigh).toBeLessThanOrEqual(atLow);
      }),
      { numRuns: 2000 },
    );
  });

  it("an objective's progress lies between its parts' min and max", () => {
    const parts = fc.array(fc.tuple(metric, fc.double({ min: 0.01, max: 100, noNaN: true })), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(parts, (list) => {
        const set: OkrSet = {
          periods: [{ id: 'p', name: 'P', start: '2026-01-01', end: '2026-03-31' }],
          objectives: [{ id: 'o', title: 'O', periodId: 'p' }],
          keyResults: list.map(([m, w], i) => ({ id: `k${i}`, objectiveId: 'o', title: `K${i}`, metric: m, weight: w })),
          checkIns: [],
        };
        const values = list.map(([m]) => metricProgress(m).value);
        const progress = objectiveProgress('o', set);
        expect(isFiniteProgress(progress)).toBe(true);
        expect(progress.value).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(progress.value).toBeLessThanOrEqual(Math.max(...values) + 1e-9);
      }),
      { numRuns: 1000 },
    );
  });

  it('expected progress stays in [0, 1] and never decreases with time', () => {
    const day = fc.integer({ min: 0, max: 3650 });
    const instant = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2037, 0, 1) });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), instant, instant, (startDay, length, t1, t2) => {
        const start = new Date(Date.UTC(2020, 0, 1) + startDay * 86_400_000).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2020, 0, 1) + (startDay + length) * 86_400_000).toISOString().slice(0, 10);
        const early = expectedProgress({ start, end }, Math.min(t1, t2));
        const late = expectedProgress({ start, end }, Math.max(t1, t2));
        expect(early).toBeGreaterThanOrEqual(0);
        expect(late).toBeLessThanOrEqual(1);
        expect(late).toBeGreaterThanOrEqual(early);
      }),
    );
  });
});
