import type { KeyResult, Objective } from '../model/model.types';

/** Which KRs continue and the ids and period of the continuation. */
export interface CarryOverPlan {
  nextPeriodId: string;
  objectiveId: string;
  /** Old KR id → new KR id, for the KRs chosen to continue; others stay behind. */
  keyResultIds: Readonly<Record<string, string>>;
}

/**
 * Continues a closed objective into the next period with the chosen KRs. The new objective is
 * a `draft` in the next period with the same title, owner, team, weight, kind and alignment;
 * each chosen KR keeps its target, unit, weight and alignment, and a numeric KR's baseline
 * becomes its final value (what was reached is where the next period starts). Check-ins are
 * not copied: the new period's history starts empty. Pure: returns new records.
 *
 * @example
 * carryOverObjective(objective, keyResults, { nextPeriodId: 'q3', objectiveId: 'o1-q3', keyResultIds: { k1: 'k1-q3' } })
 * // → { objective: { id: 'o1-q3', periodId: 'q3', state: 'draft', … }, keyResults: [{ id: 'k1-q3', metric: { start: 740, current: 740, target: 1000, … } }] }
 */
export function carryOverObjective(objective: Objective, keyResults: readonly KeyResult[], plan: CarryOverPlan): { objective: Objective; keyResults: KeyResult[] } {
  const { retrospective: _retrospective, priority: _priority, ...kept } = objective;
  const next: Objective = { ...kept, id: plan.objectiveId, periodId: plan.nextPeriodId, state: 'draft' };
  const carried: KeyResult[] = [];
  for (const keyResult of keyResults) {
    const newId = plan.keyResultIds[keyResult.id];
    if (keyResult.objectiveId !== objective.id || newId === undefined) continue;
    const metric = keyResult.metric.kind === 'numeric' ? { ...keyResult.metric, start: keyResult.metric.current } : keyResult.metric;
    carried.push({ ...keyResult, id: newId, objectiveId: plan.objectiveId, metric });
  }
  return { objective: next, keyResults: carried };
}

export { canEditClosed } from '../store/closed-objectives';
