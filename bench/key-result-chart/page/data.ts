import type { OkrSet } from '@okrkit/core';

/** One KR in Q1 2026 with `count` check-ins spread over the quarter; values unique, so a tooltip names its point. */
export function chartData(count: number): { okrSet: OkrSet; now: string } {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const span = Date.parse('2026-03-31T00:00:00Z') - start;
  const checkIns = Array.from({ length: count }, (_, index) => ({
    id: `c${String(index).padStart(5, '0')}`,
    keyResultId: 'kr-bench',
    at: new Date(start + Math.round(((index + 0.5) / count) * span)).toISOString(),
    value: 1000 + index * 3 + ((index * 7919) % 13),
    confidence: ((index * 37) % 100) / 100,
    authorId: index % 2 === 0 ? 'amara' : 'jonas',
    note: index % 10 === 0 ? `Note ${index}` : undefined,
  }));
  return {
    now: '2026-03-20T12:00:00Z',
    okrSet: {
      periods: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
      objectives: [{ id: 'o1', title: 'Grow', periodId: 'q1' }],
      keyResults: [{ id: 'kr-bench', objectiveId: 'o1', title: 'Weekly active users 1,000 → 5,000', metric: { kind: 'numeric', direction: 'increase', start: 1000, target: 5000, current: checkIns.at(-1)?.value ?? 1000 } }],
      checkIns,
    },
  };
}

/** The value texts a tooltip may show, as en-GB writes them. */
export const valueText = (value: number) => value.toLocaleString('en-GB');
