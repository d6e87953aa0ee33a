import { keyResultHistory, type KeyResultHistory } from '@okrkit/core';
import { curveLinear, curveStepAfter, line } from 'd3-shape';
import { describe, expect, it } from 'vitest';
import { chartScenarios } from './key-result-chart.fixtures';
import { chartGeometry, confidenceLevel, linePath, nearestPointIndex } from './key-result-chart.utils';
import { sparklinePath } from './sparkline.utils';

const nowMs = Date.parse('2026-02-15T12:00:00Z');

function numbersIn(geometry: ReturnType<typeof chartGeometry>): number[] {
  const found: number[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'number') found.push(value);
    else if (typeof value === 'string') for (const match of value.match(/-?[\d.]+(e-?\d+)?|NaN|Infinity/g) ?? []) found.push(Number(match));
    else if (value && typeof value === 'object') for (const inner of Object.values(value)) walk(inner === undefined ? null : inner);
  };
  walk(geometry);
  return found;
}

const bare: KeyResultHistory = {
  keyResultId: 'x',
  metricKind: 'numeric',
  direction: 'increase',
  unit: null,
  period: null,
  baseline: 7,
  target: 7,
  band: null,
  expected: null,
  points: [],
};

describe('chartGeometry', () => {
  it('given every scenario and degenerate inputs (no period, start = target, one point, tiny box), it is never NaN or infinite', () => {
    const histories = [
      ...Object.values(chartScenarios).map((set) => keyResultHistory(set, 'kr-chart')),
      bare,
      { ...bare, points: [{ checkInId: 'c', at: '2026-02-01T00:00:00Z', atMs: Date.parse('2026-02-01T00:00:00Z'), value: 7, progress: 1, confidence: null, authorId: null, note: null }] },
      { ...bare, metricKind: 'guardrail' as const, baseline: null, target: null, band: { lower: null, upper: 3, inclusive: true } },
    ];
    for (const history of histories) {
      for (const [width, height] of [[480, 240], [0, 0], [Number.NaN, -5], [10_000, 90]] as const) {
        const numbers = numbersIn(chartGeometry(history, { width, height, nowMs }));
        expect(numbers.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it('given a right-to-left page, it mirrors time: the first check-in is at the right', () => {
    const history = keyResultHistory(chartScenarios.offTrack, 'kr-chart');
    const ltr = chartGeometry(history, { width: 480, height: 240, nowMs });
    const rtl = chartGeometry(history, { width: 480, height: 240, nowMs, rtl: true });
    expect((ltr.points[0]?.x ?? 0) < (ltr.points[5]?.x ?? 0)).toBe(true);
    expect((rtl.points[0]?.x ?? 0) > (rtl.points[5]?.x ?? 0)).toBe(true);
    expect(rtl.points[0]?.x).toBeCloseTo(480 - (ltr.points[0]?.x ?? 0) + 48 - 16, 6);
  });

  it('given a decreasing KR, the target sits below the start and the expected line falls', () => {
    const geometry = chartGeometry(keyResultHistory(chartScenarios.decreasing, 'kr-chart'), { width: 480, height: 240, nowMs });
    const [start, end] = (geometry.expectedPath ?? '').slice(1).split('L').map((pair) => Number(pair.split(',')[1]));
    expect(end).toBeGreaterThan(start as number);
    expect(geometry.targetY).toBeCloseTo(end as number, 2);
  });

  it('given a guardrail below a threshold, the band runs from the threshold to the bottom of the plot', () => {
    const geometry = chartGeometry(keyResultHistory(chartScenarios.guardrail, 'kr-chart'), { width: 480, height: 240, nowMs });
    expect(geometry.band).not.toBeNull();
    expect((geometry.band?.y ?? 0) + (geometry.band?.height ?? 0)).toBe(geometry.plot.bottom);
  });

  it('places today inside the period and nowhere outside it', () => {
    const history = keyResultHistory(chartScenarios.offTrack, 'kr-chart');
    expect(chartGeometry(history, { width: 480, height: 240, nowMs }).todayX).not.toBeNull();
    expect(chartGeometry(history, { width: 480, height: 240, nowMs: Date.parse('2027-01-01T00:00:00Z') }).todayX).toBeNull();
  });
});

describe('confidenceLevel and sparklinePath', () => {
  it('sorts confidence into four looks', () => {
    expect([0.9, 0.7, 0.5, 0.39, null].map(confidenceLevel)).toEqual(['high', 'high', 'medium', 'low', 'none']);
  });

  it('given fewer than two check-ins there is no line; with more, a path inside the box', () => {
    expect(sparklinePath(keyResultHistory(chartScenarios.oneCheckIn, 'kr-chart'), 64, 16)).toBeNull();
    const path = sparklinePath(keyResultHistory(chartScenarios.many, 'kr-chart'), 64, 16) ?? '';
    const coordinates = path.slice(1).split(/[LHV,]/).map(Number);
    expect(coordinates.every((value) => Number.isFinite(value) && value >= 0 && value <= 64)).toBe(true);
  });
});

describe('nearestPointIndex', () => {
  /** The plain scan it replaces: the first of the nearest, or -1 beyond reach. */
  function scan(points: { x: number }[], x: number, reach: number): number {
    let best = -1;
    let distance = Infinity;
    for (const [index, point] of points.entries()) {
      const gap = Math.abs(point.x - x);
      if (gap < distance) [distance, best] = [gap, index];
    }
    return distance <= reach ? best : -1;
  }

  it('given points in time order on either axis direction, it finds what a full scan finds', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let round = 0; round < 200; round++) {
      const xs: number[] = [];
      let at = 48;
      // Repeated positions (check-ins at one instant) as well as gaps.
      for (let i = 0, n = Math.floor(random() * 40); i < n; i++) xs.push((at += random() < 0.3 ? 0 : Math.round(random() * 30)));
      const ltr = xs.map((x) => ({ x }));
      const rtl = xs.map((x) => ({ x: 700 - x }));
      for (let probe = 0; probe < 30; probe++) {
        const x = random() * 800 - 40;
        const reach = random() < 0.5 ? Infinity : Math.round(random() * 40);
        expect(nearestPointIndex(ltr, x, reach)).toBe(scan(ltr, x, reach));
        expect(nearestPointIndex(rtl, x, reach)).toBe(scan(rtl, x, reach));
      }
    }
  });

  it('given no points or a position that is not a number, it finds none', () => {
    expect(nearestPointIndex([], 10, Infinity)).toBe(-1);
    expect(nearestPointIndex([{ x: 1 }], Number.NaN, Infinity)).toBe(-1);
    expect(nearestPointIndex([{ x: 1 }, { x: 100 }], 60, 10)).toBe(-1);
    expect(nearestPointIndex([{ x: 1 }, { x: 100 }], 60, 40)).toBe(1);
  });
});

describe('linePath', () => {
  it('given straight or stepped vertices, it writes the same path as d3-shape (curveLinear, curveStepAfter), which it replaces', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 600 - 50;
    const round = (value: number) => Math.round(value * 1000) / 1000;
    for (const count of [2, 3, 17, 500]) {
      const vertices = Array.from({ length: count }, () => [round(random()), round(random())] as [number, number]);
      for (const [stepped, curve] of [
        [false, curveLinear],
        [true, curveStepAfter],
      ] as const) {
        expect(linePath(vertices, stepped)).toBe(line().curve(curve)(vertices));
      }
    }
  });

  it('given no vertices, it is null; one vertex is a bare move (d3 would close it; the chart never draws one); steps hold each reading until the next', () => {
    expect(linePath([], false)).toBeNull();
    expect(linePath([[3, 4]], false)).toBe('M3,4');
    expect(linePath([[0, 10], [5, 4], [9, 4]], true)).toBe('M0,10L5,10L5,4L9,4L9,4');
  });
});
