/*
 * The suite tested on itself: a minimal shared-storage adapter switches every optional
 * capability on (peer, subscribe, breakStorage), so no test of the suite goes unexercised
 * inside core, and a read-only adapter shows that write tests skip rather than fail.
 */
import type { ChangeEvent, StorageAdapter, StoredRecord } from '../store/adapter.types';
import { applyToRecordMap, UnavailableError } from '../index';
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
        const all = [...records.values()].map((stored) => structuredClone(stored));
        if (query?.periodId === undefined) return { records: all };
        const objectives = new Set(all.filter((s) => s.kind === 'objective' && (s.record as { periodId: string }).periodId === query.periodId).map((s) => (s.record as { id: string }).id));
        const keyResults = new Set(all.filter((s) => s.kind === 'keyResult' && objectives.has((s.record as { objectiveId: string }).objectiveId)).map((s) => (s.record as { id: string }).id));
        return {
          records: all.filter((s) => {
            const record = s.record as { id: string; keyResultId?: string };
            if (s.kind === 'period') return true;
            if (s.kind === 'objective') return objectives.has(record.id);
            if (s.kind === 'keyResult') return keyResults.has(record.id);
            return keyResults.has(record.keyResultId ?? '');
          }),
        };
      },
      async apply(changes) {
        // Yields first, so that concurrent calls really interleave before the atomic section.
        await Promise.resolve();
        if (broken) throw new UnavailableError('storage is down');
        const applied = applyToRecordMap(records, changes);
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
