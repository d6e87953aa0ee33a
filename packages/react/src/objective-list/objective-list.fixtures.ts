/** Story and test data for ObjectiveList (not part of the package). */
import type { KeyResult, Objective, OkrSet } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';

const growthTitles = [
  'Win back customers who stopped using the app',
  'Make onboarding the best first week in the category',
  'Turn referrals into a growth channel',
  'Learn which price works for small teams',
];

/** The Growth team's Q1 objectives: the domain example ranked first, four more under it, one with a child aligned to it. */
export const listStorySet: OkrSet = {
  ...domainExamples,
  objectives: [
    ...domainExamples.objectives,
    ...growthTitles.map(
      (title, index): Objective => ({
        id: `obj-growth-${index + 2}`,
        title,
        periodId: 'q1-2026',
        ownerId: 'priya-nair',
        teamId: 'brightline-growth',
        priority: index + 2,
        state: index === 3 ? 'draft' : 'active',
      }),
    ),
    { id: 'obj-growth-child', title: 'Interview twenty customers who left', periodId: 'q1-2026', ownerId: 'priya-nair', teamId: 'brightline-support', parentId: 'obj-growth-2', priority: 5 },
  ],
  keyResults: [
    ...domainExamples.keyResults,
    ...[1, 2].map(
      (number): KeyResult => ({
        id: `kr-growth-2-${number}`,
        objectiveId: 'obj-growth-2',
        title: number === 1 ? 'Reactivate 500 lapsed accounts' : 'Churn below 3% a month',
        metric: number === 1 ? { kind: 'numeric', direction: 'increase', start: 0, target: 500, current: 120, unit: { kind: 'count' } } : { kind: 'numeric', direction: 'decrease', start: 6, target: 3, current: 5, unit: { kind: 'percent' } },
      }),
    ),
  ],
};

/**
 * `count` ranked objectives of one team (for windowing, stories and the benchmark), titles
 * numbered so a test can find any of them.
 * @example manyObjectivesSet(2000).objectives.length // 2000
 */
export function manyObjectivesSet(count: number, teamId = 'brightline-growth'): OkrSet {
  const owners = ['priya-nair', 'jonas-weber', 'lena-kovac', 'tom-becker'];
  const states = ['active', 'active', 'proposed', 'draft'] as const;
  return {
    periods: domainExamples.periods,
    objectives: Array.from({ length: count }, (_, index): Objective => ({
      id: `obj-many-${index + 1}`,
      title: `Objective ${index + 1}: ${growthTitles[index % growthTitles.length]}`,
      periodId: index % 5 === 4 ? 'q2-2026' : 'q1-2026',
      ownerId: owners[index % owners.length]!,
      teamId,
      priority: index + 1,
      state: states[index % states.length]!,
    })),
    keyResults: Array.from({ length: count }, (_, index): KeyResult => ({
      id: `kr-many-${index + 1}`,
      objectiveId: `obj-many-${index + 1}`,
      title: 'Weekly active teams',
      metric: { kind: 'numeric', direction: 'increase', start: 0, target: 100, current: (index * 37) % 101, unit: { kind: 'count' } },
    })),
    checkIns: [],
  };
}
