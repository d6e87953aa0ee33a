import type { AnyRecord, AppliedChange, Change, LoadQuery, RecordKind, StoredRecord } from './adapter.types';
import { ConflictError, NotFoundError } from './errors';

/** The id of a record of any kind. */
export function recordId(record: AnyRecord): string {
  return record.id;
}

/**
 * Checks one change against the version currently stored, throwing the typed error a
 * conflicting or missing write deserves. Shared by the adapters so that every one of
 * them decides conflicts the same way.
 * @example assertExpectedVersion(change, current) // throws ConflictError when stale
 */
export function assertExpectedVersion(change: Change, current: StoredRecord | undefined): void {
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
 * Applies a batch to a map of stored records, all or nothing: every version is checked
 * against the state the batch has built so far, and the map is only changed once the
 * whole batch passed. Returns what was applied. Used by in-process adapters.
 */
export function applyToRecordMap(
  records: Map<string, StoredRecord>,
  changes: readonly Change[],
  keyOf: (kind: RecordKind, id: string) => string = (kind, id) => `${kind}:${id}`,
): AppliedChange[] {
  const staged = new Map<string, StoredRecord | null>();
  const applied: AppliedChange[] = [];
  for (const change of changes) {
    const id = change.op === 'put' ? change.record.id : change.id;
    const key = keyOf(change.kind, id);
    const current = staged.has(key) ? (staged.get(key) ?? undefined) : records.get(key);
    assertExpectedVersion(change, current);
    if (change.op === 'put') {
      const version = (current?.version ?? 0) + 1;
      // Stored as a deep copy: callers may mutate what they passed in, and readers get their own copies.
      const record = structuredClone(change.record);
      staged.set(key, { kind: change.kind, record, version });
      applied.push({ op: 'put', kind: change.kind, id, version, record: structuredClone(record) });
    } else {
      staged.set(key, null);
      applied.push({ op: 'delete', kind: change.kind, id, version: null });
    }
  }
  for (const [key, value] of staged) {
    if (value === null) records.delete(key);
    else records.set(key, value);
  }
  return applied;
}

/**
 * Applies a {@link LoadQuery} to loaded records, for adapters that filter in memory:
 * `kinds` keeps those kinds; `periodId` keeps every period, that period's objectives, their
 * key results and the check-ins of those, and leaves weekly reports out (ask for them by kind).
 * @example filterByQuery(all, { periodId: 'q1-2026' })
 */
export function filterByQuery(records: readonly StoredRecord[], query?: LoadQuery): StoredRecord[] {
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
        return false;
      default:
        return stored.kind satisfies never;
    }
  });
  return result;
}
