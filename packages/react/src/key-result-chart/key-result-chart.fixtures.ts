/** Chart scenarios over the domain examples, for tests and stories (not part of the package). */
import type { CheckIn, KeyResult, OkrSet } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';

const objectiveId = 'obj-user-activity';
const day = 86_400_000;
const q1Start = Date.parse('2026-01-01T09:00:00Z');

/** Check-ins every `everyDays` from 1 Jan (Q1 2026), values from `valueAt(i)`. */
function series(keyResultId: string, count: number, everyDays: number, valueAt: (index: number) => number, extra: (index: number) => Partial<CheckIn> = () => ({})): CheckIn[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `${keyResultId}-c${String(index).padStart(4, '0')}`,
    keyResultId,
    at: new Date(q1Start + index * everyDays * day).toISOString(),
    value: valueAt(index),
    confidence: 0.3 + ((index * 37) % 70) / 100,
    authorId: index % 2 === 0 ? 'amara-osei' : 'jonas-weber',
    ...extra(index),
  }));
}

/** The domain examples plus one chart KR (in Q1 2026) and its check-ins. */
export function chartSet(keyResult: Omit<KeyResult, 'objectiveId'>, checkIns: CheckIn[]): OkrSet {
  return {
    ...domainExamples,
    keyResults: [...domainExamples.keyResults, { ...keyResult, objectiveId }],
    checkIns: [...domainExamples.checkIns, ...checkIns],
  };
}

const numeric = (start: number, target: number, current: number) =>
  ({ kind: 'numeric', direction: target >= start ? 'increase' : 'decrease', start, target, current }) as const;

/** Named scenarios: every metric kind and state the chart draws. */
export const chartScenarios = {
  noCheckIns: chartSet({ id: 'kr-chart', title: 'Sign up 40 partners', metric: numeric(0, 40, 0) }, []),
  oneCheckIn: chartSet({ id: 'kr-chart', title: 'Sign up 40 partners', metric: numeric(0, 40, 12) }, series('kr-chart', 1, 20, () => 12, () => ({ note: 'First partners signed', confidence: 0.8 }))),
  many: chartSet({ id: 'kr-chart', title: 'Grow weekly active users to 5,000', metric: numeric(1000, 5000, 3300) }, series('kr-chart', 40, 1, (i) => 1000 + i * 60 + ((i * 53) % 7) * 30)),
  offTrack: chartSet({ id: 'kr-chart', title: 'Raise NPS to 50', metric: numeric(20, 50, 23) }, series('kr-chart', 6, 7, (i) => 20 + i * 0.6, () => ({ confidence: 0.25 }))),
  overAchieved: chartSet({ id: 'kr-chart', title: 'Run 20 customer interviews', metric: numeric(0, 20, 31) }, series('kr-chart', 6, 7, (i) => 5 + i * 5.2)),
  decreasing: chartSet({ id: 'kr-chart', title: 'Cut monthly churn from 5% to 3%', metric: { ...numeric(5, 3, 3.9), unit: { kind: 'percent' } } }, series('kr-chart', 6, 7, (i) => 5 - i * 0.22)),
  milestones: chartSet(
    {
      id: 'kr-chart',
      title: 'Launch the partner portal',
      metric: { kind: 'milestones', milestones: [{ title: 'Design', done: true }, { title: 'Beta', done: true }, { title: 'Pilot', done: false }, { title: 'Launch', done: false }] },
    },
    series('kr-chart', 4, 10, (i) => Math.min(2, Math.floor(i / 1.5))),
  ),
  binary: chartSet({ id: 'kr-chart', title: 'Publish the pricing page', metric: { kind: 'binary', done: true } }, series('kr-chart', 3, 14, (i) => (i >= 2 ? 1 : 0))),
  guardrail: chartSet(
    { id: 'kr-chart', title: 'Keep first response under 4 h', metric: { kind: 'guardrail', bound: 'below', threshold: 4, current: 3.1, unit: { kind: 'custom', label: 'h' } } },
    series('kr-chart', 8, 7, (i) => 3 + ((i * 7) % 5) * 0.4),
  ),
  guardrailRange: chartSet(
    { id: 'kr-chart', title: 'Keep uptime between 99.5% and 100%', metric: { kind: 'guardrail-range', min: 99.5, max: 100, current: 99.8, unit: { kind: 'percent' } } },
    series('kr-chart', 8, 7, (i) => 99.4 + ((i * 3) % 6) * 0.1),
  ),
  longNotes: chartSet(
    { id: 'kr-chart', title: 'Sign up 40 partners', metric: numeric(0, 40, 18) },
    series('kr-chart', 4, 9, (i) => i * 6, (i) => ({
      note: `Week ${i + 1}: ${'we met the regional distributors again and agreed on a pilot for the northern stores, pending legal review of the revenue share; '.repeat(3)}`,
    })),
  ),
} satisfies Record<string, OkrSet>;

export type ChartScenario = keyof typeof chartScenarios;
