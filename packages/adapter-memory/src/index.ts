import {
  applyToRecordMap,
  filterByQuery,
  isTombstone,
  toStorageError,
  type AppliedChange,
  type ApplyOptions,
  type Change,
  type ChangeEvent,
  type LoadQuery,
  type LoadedRecords,
  type OkrSet,
  type RecordKey,
  type RecordKind,
  type StorageAdapter,
  type StoredRecord,
} from '@okrkit/core';
import { copyStored } from './copy-stored';

/** Options of {@link createMemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** Records to start with; each gets version 1. */
  initial?: Partial<OkrSet>;
  /**
   * Simulated latency in milliseconds for every call, so stories and tests can show
   * loading and saving states. @default 0
   */
  latencyMs?: number;
}

/** The memory adapter, with a few extras for tests and stories. */
export interface MemoryAdapter extends Required<Pick<StorageAdapter, 'load' | 'get' | 'apply' | 'subscribe'>> {
  readonly name: 'memory';
  /** Every stored record, as storage holds it (copies), without the tombstones of deleted ones. */
  dump(): StoredRecord[];
}

const COLLECTIONS: ReadonlyArray<[keyof OkrSet, RecordKind]> = [
  ['periods', 'period'],
  ['objectives', 'objective'],
  ['keyResults', 'keyResult'],
  ['checkIns', 'checkIn'],
];

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * Keeps records in memory, with versions, atomic batches and change events: the
 * reference implementation of the storage-adapter contract (it passes the conformance
 * suite of `@okrkit/core/testing`). Nothing survives a reload.
 * @example
 * const store = createOkrStore({ adapter: createMemoryAdapter({ initial: domainExamples }) });
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const records = new Map<string, StoredRecord>();
  const listeners = new Set<(event: ChangeEvent) => void>();
  const latencyMs = options.latencyMs ?? 0;
  for (const [collection, kind] of COLLECTIONS) {
    for (const record of options.initial?.[collection] ?? []) {
      records.set(`${kind}:${record.id}`, { kind, record: structuredClone(record), version: 1 });
    }
  }
  // One write at a time, so that a batch's version checks and its writes are atomic even with latency.
  let queue: Promise<unknown> = Promise.resolve();

  /**
   * Tells every listener, each with its own copy. A listener that throws must neither fail a
   * write that is already committed (the caller would roll back what storage kept) nor keep
   * the other listeners from hearing it, so its error is rethrown on its own, outside the write.
   */
  function notify(applied: AppliedChange[]): void {
    // A snapshot: a listener that subscribes another one while being told must not tell it this event.
    for (const listener of Array.from(listeners)) {
      try {
        listener({ changes: structuredClone(applied) });
      } catch (error) {
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  return {
    name: 'memory',
    async load(query?: LoadQuery): Promise<LoadedRecords> {
      await delay(latencyMs);
      return { records: filterByQuery([...records.values()], query).map(copyStored) };
    },
    apply(changes: readonly Change[], applyOptions: ApplyOptions = {}): Promise<AppliedChange[]> {
      let batch: readonly Change[];
      let conditions: ApplyOptions;
      try {
        // Copied now, not when the queue reaches it: with latency, a caller could change the
        // records in between, and storage must hold what was passed at the time of the call.
        batch = structuredClone(changes);
        conditions = structuredClone(applyOptions);
      } catch (error) {
        // A record that cannot be cloned (a function, a DOM node) is not serialisable data.
        return Promise.reject(toStorageError(error));
      }
      const run = queue.then(async () => {
        await delay(latencyMs);
        let applied: AppliedChange[];
        try {
          // Conditions, version checks and referential integrity, all against the state this queued write sees.
          applied = applyToRecordMap(records, batch, undefined, conditions);
        } catch (error) {
          throw toStorageError(error);
        }
        notify(applied);
        return applied;
      });
      queue = run.catch(() => undefined);
      return run;
    },
    subscribe(listener: (event: ChangeEvent) => void): () => void {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    async get(keys: readonly RecordKey[]): Promise<StoredRecord[]> {
      await delay(latencyMs);
      const found: StoredRecord[] = [];
      for (const key of keys) {
        const stored = records.get(`${key.kind}:${key.id}`);
        if (stored && !isTombstone(stored)) found.push(structuredClone(stored));
      }
      return found;
    },
    dump: () => filterByQuery([...records.values()]).map((stored) => structuredClone(stored)),
  };
}
