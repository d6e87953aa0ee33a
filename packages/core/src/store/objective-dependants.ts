import type { CheckIn, KeyResult, Objective, OkrSet } from '../model/model.types';

/**
 * What deleting an objective touches, as `store.deleteObjective` does it: its key results and
 * their check-ins go with it; objectives aligned to it (its children, or contributing through
 * `contributesTo`) and other objectives' key results contributing to it are kept and detached.
 */
export interface ObjectiveDependants {
  objective: Objective;
  keyResults: KeyResult[];
  checkIns: CheckIn[];
  /** Objectives whose `parentId` or `contributesTo` names it, as they are now (before detaching). */
  alignedObjectives: Objective[];
  /** Other objectives' key results whose `contributesTo` names it, as they are now. */
  alignedKeyResults: KeyResult[];
}

/**
 * Everything that depends on objective `objectiveId` in `okrSet`, or null when there is no
 * such objective: for a delete confirmation ("3 key results, 12 check-ins, 2 aligned
 * objectives"), and the records an Undo writes back with `store.restore`.
 * @example
 * const dependants = objectiveDependants(store.getSnapshot().okrSet, 'obj-churn');
 * await store.deleteObjective('obj-churn');
 * if (dependants) await store.restore(restorableRecords(dependants)); // Undo
 */
export function objectiveDependants(okrSet: OkrSet, objectiveId: string): ObjectiveDependants | null {
  const objective = okrSet.objectives.find((candidate) => candidate.id === objectiveId);
  if (!objective) return null;
  const keyResults = okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === objectiveId);
  const ownKeyResultIds = new Set(keyResults.map((keyResult) => keyResult.id));
  return {
    objective,
    keyResults,
    checkIns: okrSet.checkIns.filter((checkIn) => ownKeyResultIds.has(checkIn.keyResultId)),
    alignedObjectives: okrSet.objectives.filter((other) => other.id !== objectiveId && (other.parentId === objectiveId || other.contributesTo?.includes(objectiveId) === true)),
    alignedKeyResults: okrSet.keyResults.filter((keyResult) => !ownKeyResultIds.has(keyResult.id) && keyResult.contributesTo?.includes(objectiveId) === true),
  };
}

/**
 * The records that undo a delete, for `store.restore`: the objective, its key results and
 * check-ins, and what was aligned to it as it was before the delete detached it.
 * @example await store.restore(restorableRecords(dependants));
 */
export function restorableRecords(dependants: ObjectiveDependants): { objectives: Objective[]; keyResults: KeyResult[]; checkIns: CheckIn[] } {
  return {
    objectives: [dependants.objective, ...dependants.alignedObjectives],
    keyResults: [...dependants.keyResults, ...dependants.alignedKeyResults],
    checkIns: dependants.checkIns,
  };
}
