import type { AnyRecord, AppliedChange, Change, RecordKind, StoredRecord } from './adapter.types';
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
