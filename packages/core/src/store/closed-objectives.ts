import type { CheckIn, KeyResult, Objective } from '../model/model.types';
import type { AnyRecord, OkrRecordKind } from './adapter.types';
import { ValidationFailedError } from './errors';
import type { RecordTables } from './store-records';

/**
 * Whether an objective may be edited: a closed objective is read-only until it is reopened
 * (moved back to `active`, which is itself the one edit allowed on a closed objective).
 *
 * @example
 * canEditClosed({ id: 'o1', title: 'Grow', periodId: 'q1', state: 'closed' }, { id: 'o1', title: 'Grow more', periodId: 'q1', state: 'closed' }) // → false
 */
export function canEditClosed(before: Objective, after: Objective): boolean {
  if (before.state !== 'closed') return true;
  if (after.state === 'closed') return false;
  // Reopening changes the state only.
  const { state: _beforeState, ...restBefore } = before;
  const { state: _afterState, ...restAfter } = after;
  return JSON.stringify(restBefore, Object.keys(restBefore).sort()) === JSON.stringify(restAfter, Object.keys(restAfter).sort()) && Object.keys(restBefore).length === Object.keys(restAfter).length;
}

/**
 * Refuses a plan that edits a closed objective, or a key result or check-in of one, other than
 * by reopening it (see {@link canEditClosed}). Deleting a closed objective with its key results
 * and check-ins stays possible: that removes the record, it does not rewrite its history.
 * @throws ValidationFailedError naming the record, e.g. `objectives["o1"].state`.
 */
export function assertClosedUntouched(tables: RecordTables, plan: ReadonlyArray<{ kind: OkrRecordKind; id: string; next: AnyRecord | null }>): void {
  const planned = new Map<string, Objective | null>();
  for (const write of plan) if (write.kind === 'objective') planned.set(write.id, write.next as Objective | null);
  const errors: Array<{ path: string; message: string }> = [];
  const closedObjective = (objectiveId: string | undefined): boolean => {
    if (objectiveId === undefined) return false;
    // Deleted in the same plan: the whole objective goes, with what belongs to it.
    if (planned.has(objectiveId) && planned.get(objectiveId) === null) return false;
    const before = tables.objective.get(objectiveId);
    const after = planned.get(objectiveId);
    return before?.state === 'closed' && (after === undefined || after?.state === 'closed');
  };
  for (const write of plan) {
    if (write.kind === 'objective') {
      const before = tables.objective.get(write.id);
      if (before && write.next !== null && !canEditClosed(before, write.next as Objective)) {
        errors.push({ path: `objectives[${JSON.stringify(write.id)}].state`, message: `objective "${write.id}" is closed: reopen it (state active) before editing it` });
      }
    } else if (write.kind === 'keyResult') {
      const keyResult = (write.next as KeyResult | null) ?? tables.keyResult.get(write.id);
      const objectiveIds = new Set([keyResult?.objectiveId, tables.keyResult.get(write.id)?.objectiveId]);
      if ([...objectiveIds].some(closedObjective)) errors.push({ path: `keyResults[${JSON.stringify(write.id)}]`, message: `key result "${write.id}" belongs to a closed objective: reopen it first` });
    } else if (write.kind === 'checkIn') {
      const checkIn = (write.next as CheckIn | null) ?? tables.checkIn.get(write.id);
      const keyResult = checkIn ? tables.keyResult.get(checkIn.keyResultId) : undefined;
      if (closedObjective(keyResult?.objectiveId)) errors.push({ path: `checkIns[${JSON.stringify(write.id)}]`, message: `check-in "${write.id}" is on a key result of a closed objective: reopen it first` });
    }
  }
  if (errors.length > 0) throw new ValidationFailedError(errors);
}
