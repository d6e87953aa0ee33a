/*
 * The suite tested on itself: a minimal shared-storage adapter switches every optional
 * capability on (peer, subscribe, breakStorage), so no test of the suite goes unexercised
 * inside core, and a read-only adapter shows that write tests skip rather than fail.
 */
import type { ChangeEvent, StorageAdapter, StoredRecord } from '../store/adapter.types';
import { applyToRecordMap, filterByQuery, UnavailableError } from '../index';
import { describeStorageAdapterConformance } from './index';

/** One storage that several clients share, each with its own listeners, like tabs on one database. */
function sharedStorage() {
  const records = new Map<string, StoredRecord>();
  const clients = new Set<Set<(event: ChangeEvent) => void>>();
  let broken = false;
  const client = (): StorageAdapter => {
    const listeners = new Set<(event: ChangeEvent) => void>();
    clients.add(listeners);
    return {
      name: 'shared',
      async load(query) {
        if (broken) throw new UnavailableError('storage is down');
        // filterByQuery also drops the tombstones that applyToRecordMap leaves for deleted ids.
        return { records: filterByQuery([...records.values()], query).map((stored) => structuredClone(stored)) };
      },
      async apply(changes, options) {
        // Yields first, so that concurrent calls really interleave before the atomic section.
        await Promise.resolve();
        if (broken) throw new UnavailableError('storage is down');
        const applied = applyToRecordMap(records, changes, undefined, options);
        for (const each of clients) for (const listener of each) listener({ changes: structuredClone(applied) });
        return applied;
      },
      subscribe(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
  };
  return { client, break: () => void (broken = true) };
}

describeStorageAdapterConformance('shared-storage self-test', {
  async create() {
    const storage = sharedStorage();
    return { adapter: storage.client(), peer: async () => storage.client(), breakStorage: async () => storage.break() };
  },
});

describeStorageAdapterConformance('read-only self-test', {
  async create() {
    const record = { id: 'q1', name: 'Q1', start: '2026-01-01', end: '2026-03-31' };
    return { adapter: { load: async () => ({ records: [{ kind: 'period', record, version: 1 }] }) } };
  },
});
