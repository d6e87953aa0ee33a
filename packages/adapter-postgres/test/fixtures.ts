import type { CheckIn, KeyResult, Objective, Period } from '@okrkit/core';

/** Q1 of the internet company in DOMAIN.md: "Significantly increase user activity". */
export const quarter: Period = { id: 'q1-2026', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };
export const nextQuarter: Period = { id: 'q2-2026', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' };

export function objective(id: string, periodId = quarter.id): Objective {
  return { id, title: 'Significantly increase user activity', periodId, kind: 'aspirational', priority: 1 };
}

export function keyResult(id: string, objectiveId: string, current = 1000): KeyResult {
  return {
    id,
    objectiveId,
    title: 'Monthly active users +20 %',
    metric: { kind: 'numeric', direction: 'increase', start: 1000, target: 1200, current, unit: { kind: 'count' } },
  };
}

export function checkIn(id: string, keyResultId: string, value = 1100): CheckIn {
  return { id, keyResultId, at: '2026-02-02T09:30:00Z', value, confidence: 0.7, note: 'campaign launched' };
}
