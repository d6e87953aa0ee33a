import type { CheckIn, KeyResult, Metric, Objective, OkrSet, Period } from '../src/index';

/** Small builders so each test states only what it is about. */
export const q1: Period = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31', parentId: 'fy' };
export const fy: Period = { id: 'fy', name: 'FY 2026', start: '2026-01-01', end: '2026-12-31' };

export function numeric(start: number, target: number, current: number, direction?: 'increase' | 'decrease'): Metric {
  return { kind: 'numeric', direction: direction ?? (target >= start ? 'increase' : 'decrease'), start, target, current };
}

export function objective(id: string, extra: Partial<Objective> = {}): Objective {
  return { id, title: `Objective ${id}`, periodId: 'q1', ...extra };
}

export function keyResult(id: string, objectiveId: string, metric: Metric, extra: Partial<KeyResult> = {}): KeyResult {
  return { id, objectiveId, title: `Key result ${id}`, metric, ...extra };
}

export function checkIn(id: string, keyResultId: string, at: string, value: number, confidence?: number): CheckIn {
  return { id, keyResultId, at, value, ...(confidence === undefined ? {} : { confidence }) };
}

export function okrSet(parts: Partial<OkrSet>): OkrSet {
  return { periods: [q1, fy], objectives: [], keyResults: [], checkIns: [], ...parts };
}
