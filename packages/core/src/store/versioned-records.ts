import type { AnyRecord, AppliedChange, ApplyOptions, Change, LoadQuery, RecordCondition, RecordKind, StoredRecord } from './adapter.types';
import { ConflictError, NotFoundError } from './errors';
import { isTombstone, type Tombstone } from './record-references';
import { assertIntegrity, checkIntegritySync, mapReader } from './referential-integrity';

/** The id of a record of any kind. */
export function recordId(record: AnyRecord): string {
  return record.id;
}

/**
 * Checks one change against the version currently stored, throwing the typed error a
 * conflicting or missing write deserves. Shared by the adapters so that every one of
 * them decides conflicts the same way. A tombstone counts as no record.
 * @example assertExpectedVersion(change, current) // throws ConflictError when stale
 */
export function assertExpectedVersion(change: Change, stored: StoredRecord | undefined): void {
  const current = isTombstone(stored) ? undefined : stored;
  const id = change.op === 'put' ? change.record.id : change.id;
  if (change.op === 'put' && change.expectedVersion === null) {
    if (current) throw new ConflictError(change.kind, id, null, current);
    return;
  }
  if (!current) {
    if (change.op === 'delete') throw new NotFoundError(change.kind, id);
    throw new ConflictError(change.kind, id, change.expectedVersion, null);
  }
  if (current.version !== change.expectedVersion) {
    throw new ConflictError(change.kind, id, change.expectedVersion, current);
  }
}

/**
 * Checks one of `apply`'s conditions against the record stored before the batch (a
 * tombstone counts as none), throwing a `ConflictError` with `condition: true` on a mismatch.
 * @example assertCondition({ kind: 'objective', id: 'obj-1', version: 3 }, current)
 */
export function assertCondition(condition: RecordCondition, stored: StoredRecord | undefined): void {
  const current = isTombstone(stored) ? undefined : stored;
  if ((current?.version ?? null) !== condition.version) {
    throw new ConflictError(condition.kind, condition.id, condition.version, current ?? null, { condition: true });
  }
}

/** What {@link stageChanges} leaves: each key's next state, and what the batch applied. */
export interface StagedChanges {
  /** Each key the batch touches → its next stored state (a {@link Tombstone} for a delete). */
  staged: Map<string, StoredRecord>;
  applied: AppliedChange[];
}

/**
 * The version part of `apply`, without referential integrity: `options.conditions` are
 * checked against `records` (the state before the batch), every change's version against
 * the state the batch has built so far, and each key's next state is returned, nothing
 * written. For adapters that run the integrity rule themselves against their own reads
 * (`checkIntegrity` inside a database transaction); others use {@link applyToRecordMap}.
 * `records` needs to hold only the keys the batch and its conditions name.
 * @example const { staged, applied } = stageChanges(current, changes, recordKey, { conditions });
 * @throws ConflictError, NotFoundError
 */
export function stageChanges(
  records: ReadonlyMap<string, StoredRecord>,
  changes: readonly Change[],
  keyOf: (kind: RecordKind, id: string) => string = (kind, id) => `${kind}:${id}`,
  options: ApplyOptions = {},
): StagedChanges {
  for (const condition of options.conditions ?? []) assertCondition(condition, records.get(keyOf(condition.kind, condition.id)));
  const staged = new Map<string, StoredRecord>();
  const applied: AppliedChange[] = [];
  for (const change of changes) {
    const id = change.op === 'put' ? change.record.id : change.id;
    const key = keyOf(change.kind, id);
    const current = staged.get(key) ?? records.get(key);
    assertExpectedVersion(change, current);
    // Continues above a tombstone's version, so an old writer's version never matches again.
    const version = (current?.version ?? 0) + 1;
    if (change.op === 'put') {
      // Stored as a deep copy: callers may mutate what they passed in, and readers get their own copies.
      const record = structuredClone(change.record);
      staged.set(key, { kind: change.kind, record, version });
      applied.push({ op: 'put', kind: change.kind, id, version, record: structuredClone(record) });
    } else {
      const tombstone: Tombstone = { kind: change.kind, record: { id }, version: current!.version, deleted: true };
      staged.set(key, tombstone);
      applied.push({ op: 'delete', kind: change.kind, id, version: null });
    }
  }
  return { staged, applied };
}

/**
 * Applies a batch to a map of stored records, all or nothing, with every rule of `apply`:
 * `options.conditions` are checked against the state before the batch; every version
 * against the state the batch has built so far; then referential integrity of the state
 * after it (see `integrityChecks`). The map is only changed once the whole batch passed.
 * A delete leaves a {@link Tombstone} with the last version in the map (filter them out with
 * `isTombstone`, or load through {@link filterByQuery}, which drops them); a re-create
 * continues from its version. Used by in-process adapters and hosts' own key-value ones.
 * @example
 * const applied = applyToRecordMap(records, changes, undefined, { conditions });
 * @throws ConflictError, NotFoundError, or ValidationFailedError (broken references)
 */
export function applyToRecordMap(
  records: Map<string, StoredRecord>,
  changes: readonly Change[],
  keyOf: (kind: RecordKind, id: string) => string = (kind, id) => `${kind}:${id}`,
  options: ApplyOptions = {},
): AppliedChange[] {
  const { staged, applied } = stageChanges(records, changes, keyOf, options);
  assertIntegrity(checkIntegritySync(changes, mapReader(records, keyOf)));
  for (const [key, value] of staged) records.set(key, value);
  return applied;
}

/**
 * Applies a {@link LoadQuery} to loaded records, for adapters that filter in memory:
 * `kinds` keeps those kinds; `periodId` keeps every period, that period's objectives, their
 * key results and the check-ins of those, and leaves weekly reports and the planning cycle's
 * records out (ask for them by kind).
 * Tombstones are always dropped.
 * @example filterByQuery(all, { periodId: 'q1-2026' })
 */
export function filterByQuery(all: readonly StoredRecord[], query?: LoadQuery): StoredRecord[] {
  const records = all.some(isTombstone) ? all.filter((stored) => !isTombstone(stored)) : all;
  let result = query?.kinds ? records.filter((stored) => query.kinds!.includes(stored.kind)) : [...records];
  const periodId = query?.periodId;
  if (periodId === undefined) return result;
  const field = (stored: StoredRecord, name: string): unknown => (stored.record as Record<string, unknown> | null)?.[name];
  const objectiveIds = new Set(
    records.filter((s) => s.kind === 'objective' && field(s, 'periodId') === periodId).map((s) => field(s, 'id') as string),
  );
  const keyResultIds = new Set(
    records.filter((s) => s.kind === 'keyResult' && objectiveIds.has(field(s, 'objectiveId') as string)).map((s) => field(s, 'id') as string),
  );
  result = result.filter((stored) => {
    switch (stored.kind) {
      case 'period':
        return true;
      case 'objective':
        return objectiveIds.has(field(stored, 'id') as string);
      case 'keyResult':
        return keyResultIds.has(field(stored, 'id') as string);
      case 'checkIn':
        return keyResultIds.has(field(stored, 'keyResultId') as string);
      case 'weeklyReport':
      case 'planningCycle':
      case 'proposal':
      case 'proposalComment':
      case 'vote':
      case 'closeOut':
        return false;
      default:
        return stored.kind satisfies never;
    }
  });
  return result;
}
