import type { Change, RecordKey, StorageAdapter, StoredRecord } from '@okrkit/core';
import { isObject } from './wire';

function reference(record: unknown, field: 'objectiveId' | 'keyResultId' | 'cycleId' | 'proposalId'): string | undefined {
  const value = isObject(record) ? record[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The keys a record's owner chain needs next: a check-in's key result, a key result's objective. */
function parentKeys(kind: string, record: unknown): RecordKey[] {
  if (kind === 'checkIn') {
    const id = reference(record, 'keyResultId');
    return id === undefined ? [] : [{ kind: 'keyResult', id }];
  }
  if (kind === 'keyResult' || kind === 'closeOut') {
    const id = reference(record, 'objectiveId');
    return id === undefined ? [] : [{ kind: 'objective', id }];
  }
  // The planning cycle's chains: comment → proposal → cycle and objective; vote → cycle.
  if (kind === 'proposal' || kind === 'vote') {
    const keys: RecordKey[] = [];
    const cycleId = reference(record, 'cycleId');
    if (cycleId !== undefined) keys.push({ kind: 'planningCycle', id: cycleId });
    const objectiveId = kind === 'proposal' ? reference(record, 'objectiveId') : undefined;
    if (objectiveId !== undefined) keys.push({ kind: 'objective', id: objectiveId });
    return keys;
  }
  if (kind === 'proposalComment') {
    const id = reference(record, 'proposalId');
    return id === undefined ? [] : [{ kind: 'proposal', id }];
  }
  return [];
}

/**
 * The stored records a batch of changes needs for its authorisation and version checks:
 * each changed record as stored, and the chain each one (as stored and as written) belongs
 * to — check-in → key result → objective; comment → proposal → cycle and objective; vote →
 * cycle; close-out → objective. With `storage.get` that is at most three small
 * reads, whatever the size of storage; without it, everything is loaded.
 */
export async function recordsForChanges(storage: StorageAdapter, changes: readonly Change[]): Promise<StoredRecord[]> {
  const get = storage.get?.bind(storage);
  if (!get) return (await storage.load()).records;
  const found = new Map<string, StoredRecord>();
  const asked = new Set<string>();
  let wanted: RecordKey[] = [];
  const want = (key: RecordKey) => {
    const name = `${key.kind}:${key.id}`;
    if (asked.has(name)) return;
    asked.add(name);
    wanted.push(key);
  };
  for (const change of changes) {
    want({ kind: change.kind, id: change.op === 'put' ? change.record.id : change.id });
    if (change.op === 'put') for (const key of parentKeys(change.kind, change.record)) want(key);
  }
  // Each round climbs one level of the chain: at most check-in → key result → objective.
  for (let round = 0; round < 3 && wanted.length > 0; round++) {
    const batch = wanted;
    wanted = [];
    for (const stored of await get(batch)) {
      const id = (stored.record as { id?: unknown }).id;
      if (typeof id !== 'string') continue;
      found.set(`${stored.kind}:${id}`, stored);
      for (const key of parentKeys(stored.kind, stored.record)) want(key);
    }
    // Parents of records created in this batch were asked above; their own parents come from what storage returned.
  }
  return [...found.values()];
}
