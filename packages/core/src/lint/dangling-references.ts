import type { OkrIndex } from '../indexing/okr-index';
import type { Objective, OkrSet } from '../model/model.types';
import { objectiveName } from './lint.utils';

/**
 * One reference that does not resolve, as `lintOkrSet` reports it (`dangling-reference`,
 * a warning): the record that holds it, and a message for the people who own the OKRs.
 * @example { objectiveId: 'team-b', message: 'The objective "Ship the app" is aligned to an objective that does not exist ("team-a"); …' }
 */
export interface DanglingReference {
  objectiveId?: string;
  keyResultId?: string;
  message: string;
}

/**
 * Every reference of the set that names a record it does not hold: an objective's period,
 * parent or `contributesTo`, a key result's objective or `contributesTo`, a check-in's key
 * result. Such records come from data written before storage enforced references, or by
 * another tool; the store keeps them (as load warnings) and this says what is missing.
 * With `only`, just that objective's references and its key results'. Linear in the set.
 * @example
 * danglingReferences(okrSet, okrIndex(okrSet))
 * // [{ objectiveId: 'team-b', message: 'The objective "Ship the app" is aligned to an objective that does not exist ("team-a"); link it to one that does.' }]
 */
export function danglingReferences(okrSet: OkrSet, index: OkrIndex, only?: Objective): DanglingReference[] {
  const found: DanglingReference[] = [];
  const { objectivesById, periodsById, keyResultsById } = index;
  for (const objective of only ? [only] : okrSet.objectives) {
    const { id } = objective;
    const name = `The ${objectiveName(objective)}`;
    if (!periodsById.has(objective.periodId)) {
      found.push({ objectiveId: id, message: `${name} belongs to a period that does not exist ("${objective.periodId}"); move it to an existing period.` });
    }
    if (objective.parentId !== undefined && !objectivesById.has(objective.parentId)) {
      found.push({ objectiveId: id, message: `${name} is aligned to an objective that does not exist ("${objective.parentId}"); link it to one that does.` });
    }
    for (const target of objective.contributesTo ?? []) {
      if (!objectivesById.has(target)) {
        found.push({ objectiveId: id, message: `${name} contributes to an objective that does not exist ("${target}"); remove the link or choose another.` });
      }
    }
  }
  for (const keyResult of only ? (index.keyResultsByObjective.get(only.id) ?? []) : okrSet.keyResults) {
    const name = `The key result "${keyResult.title}"`;
    const owner = objectivesById.has(keyResult.objectiveId) ? keyResult.objectiveId : undefined;
    if (owner === undefined) {
      found.push({
        keyResultId: keyResult.id,
        message: `${name} belongs to an objective that does not exist ("${keyResult.objectiveId}"); move it to an existing objective or delete it.`,
      });
    }
    for (const target of keyResult.contributesTo ?? []) {
      if (!objectivesById.has(target)) {
        found.push({
          ...(owner === undefined ? {} : { objectiveId: owner }),
          keyResultId: keyResult.id,
          message: `${name} contributes to an objective that does not exist ("${target}"); remove the link or choose another.`,
        });
      }
    }
  }
  if (!only) {
    for (const checkIn of okrSet.checkIns) {
      if (!keyResultsById.has(checkIn.keyResultId)) {
        found.push({ message: `A check-in of ${checkIn.at} belongs to a key result that does not exist ("${checkIn.keyResultId}"); move it or delete it.` });
      }
    }
  }
  return found;
}
