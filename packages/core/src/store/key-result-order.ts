import type { KeyResult } from '../model/model.types';
import type { ValidationError } from '../validation/index';
import { NotFoundError, ValidationFailedError } from './errors';
import type { RecordTables } from './store-records';

/**
 * Plans `store.reorderKeyResults`: each listed key result gets `position` = its place in
 * `keyResultIds` (1 first — the model's positions are whole numbers from 1, as
 * `saveObjective` writes them). Only the key results whose position changes are returned,
 * so an unchanged order writes nothing. The list must name exactly the objective's key
 * results, each once; every problem is reported with its path (`keyResultIds[2]`, or
 * `keyResultIds` for one left out), and nothing is planned when any is found.
 * @example planKeyResultOrder(tables, 'o1', ['k2', 'k1']) // [{ ...k2, position: 1 }, { ...k1, position: 2 }]
 * @throws NotFoundError when the objective is unknown; ValidationFailedError with every problem.
 */
export function planKeyResultOrder(tables: RecordTables, objectiveId: string, keyResultIds: readonly string[]): KeyResult[] {
  if (!tables.objective.has(objectiveId)) throw new NotFoundError('objective', objectiveId);
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  const planned: KeyResult[] = [];
  keyResultIds.forEach((id, index) => {
    const path = `keyResultIds[${index}]`;
    const keyResult = tables.keyResult.get(id);
    if (seen.has(id)) errors.push({ path, message: `lists key result "${id}" twice` });
    else if (!keyResult) errors.push({ path, message: `names no key result with id "${id}"` });
    else if (keyResult.objectiveId !== objectiveId) errors.push({ path, message: `"${id}" belongs to objective "${keyResult.objectiveId}", not "${objectiveId}"` });
    else if (keyResult.position !== index + 1) planned.push({ ...keyResult, position: index + 1 });
    seen.add(id);
  });
  const missing: string[] = [];
  for (const keyResult of tables.keyResult.values()) if (keyResult.objectiveId === objectiveId && !seen.has(keyResult.id)) missing.push(`"${keyResult.id}"`);
  if (missing.length > 0) errors.push({ path: 'keyResultIds', message: `must list every key result of objective "${objectiveId}"; it leaves out ${missing.join(', ')}` });
  if (errors.length > 0) throw new ValidationFailedError(errors);
  return planned;
}
