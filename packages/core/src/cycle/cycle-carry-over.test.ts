import { describe, expect, it } from 'vitest';
import type { KeyResult, Objective } from '../model/model.types';
import { canEditClosed, carryOverObjective } from './index';

const objective: Objective = { id: 'o1', title: 'Significantly increase user activity', periodId: 'q1', ownerId: 'ana', parentId: 'company', weight: 2, kind: 'aspirational', state: 'closed', priority: 1, retrospective: 'MAU missed' };
const keyResults: KeyResult[] = [
  { id: 'k1', objectiveId: 'o1', title: 'MAU +20 %', weight: 3, contributesTo: ['c2'], metric: { kind: 'numeric', direction: 'increase', start: 1000, target: 1200, current: 1140, unit: { kind: 'count' } } },
  { id: 'k2', objectiveId: 'o1', title: 'Daily usage +30 min', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 30, current: 31 } },
  { id: 'k9', objectiveId: 'other', title: 'Not this one', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 1, current: 0 } },
];

describe('carryOverObjective', () => {
  it('given chosen KRs, when carried over, it drafts the objective in the next period with baselines at the final values and everything else kept', () => {
    const result = carryOverObjective(objective, keyResults, { nextPeriodId: 'q2', objectiveId: 'o1-q2', keyResultIds: { k1: 'k1-q2', k9: 'k9-q2' } });
    expect(result.objective).toEqual({ id: 'o1-q2', title: objective.title, periodId: 'q2', ownerId: 'ana', parentId: 'company', weight: 2, kind: 'aspirational', state: 'draft' });
    expect(result.keyResults).toEqual([{ ...keyResults[0], id: 'k1-q2', objectiveId: 'o1-q2', metric: { kind: 'numeric', direction: 'increase', start: 1140, target: 1200, current: 1140, unit: { kind: 'count' } } }]);
  });
});

describe('canEditClosed', () => {
  it('given a closed objective, when edited while closed, it refuses; when only reopened, it allows; an open one is always editable', () => {
    expect(canEditClosed(objective, { ...objective, title: 'Changed' })).toBe(false);
    expect(canEditClosed(objective, { ...objective, state: 'active' })).toBe(true);
    expect(canEditClosed(objective, { ...objective, state: 'active', title: 'Changed' })).toBe(false);
    expect(canEditClosed({ ...objective, state: 'active' }, { ...objective, title: 'Changed' })).toBe(true);
  });
});
