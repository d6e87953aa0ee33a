import type { OkrIndex } from '../indexing/okr-index';
import type { Objective, OkrSet } from '../model/model.types';
import type { LintParams } from './lint.types';
import { lintName, objectiveName } from './lint.utils';

/**
 * One reference that does not resolve, as `lintOkrSet` reports it (`dangling-reference`,
 * a warning): the record that holds it, and a message for the people who own the OKRs.
 * @example { objectiveId: 'team-b', message: 'The objective "Ship the app" is aligned to an objective that does not exist ("team-a"); …' }
 */
export interface DanglingReference {
  objectiveId?: string;
  keyResultId?: string;
  message: string;
  /** What the message is built from (see `LintParams['dangling-reference']`). */
  params: LintParams['dangling-reference'];
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
    const named = lintName(objective);
    const about = (via: LintParams['dangling-reference']['via'], missingId: string): LintParams['dangling-reference'] => ({ via, name: named.title, ...(named.state ? { state: named.state } : {}), missingId });
    if (!periodsById.has(objective.periodId)) {
      found.push({ objectiveId: id, message: `${name} belongs to a period that does not exist ("${objective.periodId}"); move it to an existing period.`, params: about('objective-period', objective.periodId) });
    }
    if (objective.parentId !== undefined && !objectivesById.has(objective.parentId)) {
      found.push({ objectiveId: id, message: `${name} is aligned to an objective that does not exist ("${objective.parentId}"); link it to one that does.`, params: about('objective-parent', objective.parentId) });
    }
    for (const target of objective.contributesTo ?? []) {
      if (!objectivesById.has(target)) {
        found.push({ objectiveId: id, message: `${name} contributes to an objective that does not exist ("${target}"); remove the link or choose another.`, params: about('objective-contributes-to', target) });
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
        params: { via: 'key-result-objective', name: keyResult.title, missingId: keyResult.objectiveId },
      });
    }
    for (const target of keyResult.contributesTo ?? []) {
      if (!objectivesById.has(target)) {
        found.push({
          ...(owner === undefined ? {} : { objectiveId: owner }),
          keyResultId: keyResult.id,
          message: `${name} contributes to an objective that does not exist ("${target}"); remove the link or choose another.`,
          params: { via: 'key-result-contributes-to', name: keyResult.title, missingId: target },
        });
      }
    }
  }
  if (!only) {
    for (const checkIn of okrSet.checkIns) {
      if (!keyResultsById.has(checkIn.keyResultId)) {
        found.push({
          message: `A check-in of ${checkIn.at} belongs to a key result that does not exist ("${checkIn.keyResultId}"); move it or delete it.`,
          params: { via: 'check-in-key-result', name: checkIn.at, missingId: checkIn.keyResultId },
        });
      }
    }
  }
  return found;
}
