// An okrkit storage adapter over any async key-value store (Redis, DynamoDB, a Map…):
// the whole contract in ~40 lines. `applyToRecordMap` does the version checks, the
// conditions, referential integrity and tombstones, so the adapter only has to make each
// batch atomic — here by writing under a lock.
import { applyToRecordMap, filterByQuery, UnavailableError, type StorageAdapter, type StoredRecord } from '@okrkit/core';

/** What your storage must offer: read and replace all records (a real one would be per key). */
export interface KeyValueStore {
  getAll(): Promise<StoredRecord[]>;
  putAll(records: StoredRecord[]): Promise<void>;
}

export function createKeyValueAdapter(kv: KeyValueStore): StorageAdapter {
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = lock.then(work);
    lock = run.catch(() => undefined);
    return run;
  };
  const read = async () => {
    try {
      return await kv.getAll();
    } catch (cause) {
      throw new UnavailableError('the key-value store did not answer', { cause });
    }
  };
  return {
    name: 'key-value',
    async load(query) {
      return { records: filterByQuery(await read(), query) };
    },
    apply: (changes, options) =>
      exclusive(async () => {
        const records = new Map((await read()).map((stored) => [`${stored.kind}:${(stored.record as { id: string }).id}`, stored]));
        // Checks versions, `options.conditions` and referential integrity, and keeps tombstones
        // of deleted ids in `records` (load's filterByQuery drops them). Throws ConflictError /
        // NotFoundError / ValidationFailedError and then changes nothing.
        const applied = applyToRecordMap(records, changes, undefined, options);
        await kv.putAll([...records.values()]);
        return applied;
      }),
  };
}
