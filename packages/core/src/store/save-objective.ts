import type { KeyResult, Objective } from '../model/model.types';
import type { ValidationError } from '../validation/index';
import type { AnyRecord, OkrRecordKind } from './adapter.types';
import { ValidationFailedError } from './errors';
import { referenceErrors } from './store-commands';
import { validateRecord, type RecordTables } from './store-records';
import type { ObjectiveSaveInput } from './store.types';

/** One record the save writes: its next state, or null to delete it. */
export interface ObjectiveSaveWrite {
  kind: OkrRecordKind;
  id: string;
  next: AnyRecord | null;
}

/** What {@link planObjectiveSave} decided: the batch, and the objective and key results as they will be stored. */
export interface ObjectiveSavePlan {
  writes: ObjectiveSaveWrite[];
  objective: Objective;
  keyResults: KeyResult[];
  created: boolean;
}

const same = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Plans `store.saveObjective`: the objective (created with state `draft` unless it says
 * otherwise, or updated) with its key results — new ones get ids, changed ones are written,
 * unchanged ones are left out of the batch, each gets `position` = its place in the list (1 first), `removedKeyResultIds` are deleted with their
 * check-ins. Every record is validated first and every problem is reported with its path in
 * the input (`objective.title`, `keyResults[1].metric.target`); nothing is planned when any fails.
 * @example planObjectiveSave(tables, { objective: { title: 'Launch the beta', periodId: 'q2', ownerId: 'ana' }, keyResults: [keyResult] }, generateId).writes.length // 2
 * @throws ValidationFailedError with every problem found.
 */
export function planObjectiveSave(tables: RecordTables, input: ObjectiveSaveInput, generateId: (kind: OkrRecordKind) => string): ObjectiveSavePlan {
  const errors: ValidationError[] = [];
  const report = (prefix: string, found: readonly ValidationError[]) => {
    for (const error of found) errors.push({ ...error, path: error.path ? `${prefix}.${error.path}` : prefix });
  };
  const stored = input.objective.id === undefined ? undefined : tables.objective.get(input.objective.id);
  const created = stored === undefined;
  const id = input.objective.id ?? generateId('objective');
  const candidate = { ...(created ? { state: 'draft' as const } : {}), ...input.objective, id };
  const checkedObjective = validateRecord('objective', candidate);
  if (!checkedObjective.ok) report('objective', checkedObjective.errors);
  else report('objective', referenceErrors(tables, 'objective', checkedObjective.value));
  const objective = checkedObjective.ok ? checkedObjective.value : (candidate as Objective);

  const removed = new Set(input.removedKeyResultIds ?? []);
  [...removed].forEach((removedId, index) => {
    const keyResult = tables.keyResult.get(removedId);
    if (!keyResult || keyResult.objectiveId !== id) errors.push({ path: `removedKeyResultIds[${index}]`, message: `names no key result of this objective with id "${removedId}"` });
  });

  const writes: ObjectiveSaveWrite[] = [];
  if (created || !same(stored, objective)) writes.push({ kind: 'objective', id, next: objective });
  const keyResults: KeyResult[] = [];
  const seen = new Set<string>();
  input.keyResults.forEach((draft, index) => {
    const path = `keyResults[${index}]`;
    const keyResultId = draft.id ?? generateId('keyResult');
    const existing = draft.id === undefined ? undefined : tables.keyResult.get(draft.id);
    if (seen.has(keyResultId)) errors.push({ path: `${path}.id`, message: `is listed twice ("${keyResultId}")` });
    seen.add(keyResultId);
    if (existing && existing.objectiveId !== id) errors.push({ path: `${path}.id`, message: `"${keyResultId}" belongs to another objective` });
    if (removed.has(keyResultId)) errors.push({ path: `${path}.id`, message: `"${keyResultId}" is also in removedKeyResultIds` });
    const checkedKeyResult = validateRecord('keyResult', { ...draft, id: keyResultId, objectiveId: id, position: index + 1 });
    if (!checkedKeyResult.ok) return report(path, checkedKeyResult.errors);
    keyResults.push(checkedKeyResult.value);
    if (!existing || !same(existing, checkedKeyResult.value)) writes.push({ kind: 'keyResult', id: keyResultId, next: checkedKeyResult.value });
  });
  if (errors.length > 0) throw new ValidationFailedError(errors);

  for (const removedId of removed) {
    for (const checkIn of tables.checkIn.values()) if (checkIn.keyResultId === removedId) writes.push({ kind: 'checkIn', id: checkIn.id, next: null });
    writes.push({ kind: 'keyResult', id: removedId, next: null });
  }
  return { writes, objective, keyResults, created };
}
