import { integrityChecks, isTombstone, type Change, type IntegrityAnswer, type IntegrityRead, type StoredRecord, type ValidationError } from '@okrkit/core';
import { REFERENCES_INDEX, fromStoredValue, recordKey, type StoredValue } from './indexed-db';

/** Collects the results of several requests, in order, then calls `then` (still inside the transaction). */
function collect<T>(requests: IDBRequest<T>[], then: (results: T[]) => void): void {
  if (requests.length === 0) return then([]);
  const results: T[] = [];
  let pending = requests.length;
  requests.forEach((request, at) => {
    request.onsuccess = () => {
      results[at] = request.result;
      pending -= 1;
      if (pending === 0) then(results);
    };
  });
}

const live = (stored: StoredRecord | undefined): stored is StoredRecord => stored !== undefined && !isTombstone(stored);

/**
 * Drives the core's integrity rule (`integrityChecks`) with reads of one readwrite
 * transaction. Every read is issued from the callback of the one before, never after an
 * `await`, so the transaction stays active from the first read to the last write: no other
 * tab's write can slip in between the check and the write. A failing request aborts the
 * transaction, and its `onabort` reports the error.
 * @example checkIntegrityInTransaction(store, changes, (errors) => errors.length ? tx.abort() : writeAll(), fail);
 */
export function checkIntegrityInTransaction(store: IDBObjectStore, changes: readonly Change[], done: (errors: ValidationError[]) => void, fail: (error: unknown) => void): void {
  const run = integrityChecks(changes);
  const advance = (answer?: IntegrityAnswer) => {
    let step: IteratorResult<IntegrityRead, ValidationError[]>;
    try {
      step = answer === undefined ? run.next() : run.next(answer);
    } catch (error) {
      return fail(error);
    }
    if (step.done) return done(step.value);
    const read = step.value;
    if (read.read === 'records') {
      collect(
        read.keys.map((key) => store.get(recordKey(key.kind, key.id)) as IDBRequest<StoredValue | undefined>),
        (values) => advance({ records: values.map((value) => (value ? fromStoredValue(value) : undefined)).filter(live) }),
      );
      return;
    }
    const index = store.index(REFERENCES_INDEX);
    const excluded = new Set(read.exclude.map((key) => recordKey(key.kind, key.id)));
    collect(
      read.targets.map((target) => index.getAll(IDBKeyRange.only(recordKey(target.kind, target.id))) as IDBRequest<StoredValue[]>),
      (lists) => {
        const found = new Map<string, StoredRecord>();
        for (const value of lists.flat()) {
          const stored = fromStoredValue(value);
          const key = recordKey(stored.kind, (stored.record as { id: string }).id);
          if (live(stored) && !excluded.has(key)) found.set(key, stored);
        }
        advance({ records: [...found.values()].slice(0, read.limit), total: found.size });
      },
    );
  };
  advance();
}
