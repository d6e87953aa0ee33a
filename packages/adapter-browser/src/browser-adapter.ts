import {
  UnavailableError,
  ValidationFailedError,
  filterByQuery,
  stageChanges,
  type AppliedChange,
  type ApplyOptions,
  type Change,
  type ChangeEvent,
  type LoadQuery,
  type LoadedRecords,
  type RecordKey,
  type RecordKind,
  type StorageAdapter,
  type StoredRecord,
} from '@okrkit/core';
import { KIND_INDEX, RECORDS_STORE, fromStoredValue, openDatabase, recordKey, requestResult, toBrowserStorageError, toStoredValue, type StoredValue } from './indexed-db';
import { checkIntegrityInTransaction } from './indexed-db-integrity';

/** Options of {@link createBrowserAdapter}. */
export interface BrowserAdapterOptions {
  /** The IndexedDB database that holds the records. @default 'okrkit' */
  databaseName?: string;
  /** The BroadcastChannel on which tabs tell each other of their writes. @default `okrkit:${databaseName}` */
  channelName?: string;
  /** The IndexedDB to use (tests, or `fake-indexeddb`). @default globalThis.indexedDB */
  indexedDB?: IDBFactory;
  /** The BroadcastChannel constructor; without one, tabs do not hear each other. @default globalThis.BroadcastChannel */
  BroadcastChannel?: typeof BroadcastChannel;
}

/** The browser adapter: the full contract, plus `close`. */
export interface BrowserAdapter extends Required<Pick<StorageAdapter, 'load' | 'get' | 'apply' | 'subscribe'>> {
  readonly name: 'browser';
  readonly databaseName: string;
  /**
   * Closes the database connection and the channel and drops every listener (e.g. when the
   * host unmounts). Later `load`/`apply` calls reject with an `UnavailableError`.
   */
  close(): void;
}

const RECORD_KINDS: readonly RecordKind[] = ['period', 'objective', 'keyResult', 'checkIn', 'weeklyReport', 'planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut'];

/** What one tab posts to the others after a write. */
interface ChangeMessage {
  type: 'okrkit:changes';
  changes: AppliedChange[];
}

function isChangeMessage(data: unknown): data is ChangeMessage {
  return typeof data === 'object' && data !== null && (data as ChangeMessage).type === 'okrkit:changes' && Array.isArray((data as ChangeMessage).changes);
}

/** Some browsers throw on merely reading `indexedDB` when storage is blocked for the site. */
function defaultIndexedDB(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

/** A listener that throws must neither fail the write that was already stored nor starve the other listeners. */
function notify(listeners: Iterable<(event: ChangeEvent) => void>, changes: AppliedChange[]): void {
  // A snapshot: a listener subscribed while this event is told must not hear it.
  for (const listener of Array.from(listeners)) {
    try {
      listener({ changes: structuredClone(changes) });
    } catch (error) {
      if (typeof globalThis.reportError === 'function') globalThis.reportError(error);
      else queueMicrotask(() => { throw error; });
    }
  }
}

/**
 * Keeps records in the browser's IndexedDB, so they survive a reload, and tells the other
 * tabs of the same site about every write through a `BroadcastChannel`, so their stores
 * stay in sync. Nothing touches `window` until the first call: safe to create during
 * server-side rendering (calls then reject with an `UnavailableError`).
 * @example
 * const store = createOkrStore({ adapter: createBrowserAdapter({ databaseName: 'acme-okrs' }) });
 */
export function createBrowserAdapter(options: BrowserAdapterOptions = {}): BrowserAdapter {
  const databaseName = options.databaseName ?? 'okrkit';
  const channelName = options.channelName ?? `okrkit:${databaseName}`;
  const listeners = new Set<(event: ChangeEvent) => void>();
  let connection: Promise<IDBDatabase> | undefined;
  let channel: BroadcastChannel | undefined;
  let closed = false;

  function database(): Promise<IDBDatabase> {
    if (closed) return Promise.reject(new UnavailableError(`The browser adapter for "${databaseName}" was closed.`));
    if (connection) return connection;
    const opening = openDatabase(options.indexedDB ?? defaultIndexedDB(), databaseName).then(
      (db) => {
        const forget = () => {
          if (connection === opening) connection = undefined;
        };
        // Another tab wants to upgrade or delete the database: let it, and reopen on the next call.
        db.onversionchange = () => {
          db.close();
          forget();
        };
        // The browser closed the connection (site data cleared, storage failure).
        db.onclose = forget;
        return db;
      },
      (error: unknown) => {
        if (connection === opening) connection = undefined;
        throw error;
      },
    );
    connection = opening;
    return opening;
  }

  /** One channel object per adapter: it does not hear its own posts, so local listeners are told directly. */
  function ensureChannel(): BroadcastChannel | undefined {
    if (channel || closed) return channel;
    const Channel = options.BroadcastChannel ?? globalThis.BroadcastChannel;
    if (typeof Channel !== 'function') return undefined;
    try {
      channel = new Channel(channelName);
    } catch {
      return undefined;
    }
    channel.onmessage = (event: MessageEvent) => {
      if (isChangeMessage(event.data)) notify(listeners, event.data.changes);
    };
    return channel;
  }

  async function transaction(mode: IDBTransactionMode): Promise<IDBTransaction> {
    const db = await database();
    try {
      return db.transaction(RECORDS_STORE, mode);
    } catch (error) {
      throw toBrowserStorageError(error, databaseName);
    }
  }

  return {
    name: 'browser',
    databaseName,

    async load(query?: LoadQuery): Promise<LoadedRecords> {
      const store = (await transaction('readonly')).objectStore(RECORDS_STORE);
      // filterByQuery drops the tombstones of deleted records.
      if (query?.kinds === undefined && query?.periodId === undefined) {
        return { records: filterByQuery((await requestResult(store.getAll() as IDBRequest<StoredValue[]>, databaseName)).map(fromStoredValue)) };
      }
      // Read only the kinds asked for, through the kind index.
      const index = store.index(KIND_INDEX);
      const byKind = await Promise.all(
        (query.kinds ?? RECORD_KINDS).map((kind) => requestResult(index.getAll(kind) as IDBRequest<StoredValue[]>, databaseName)),
      );
      return { records: filterByQuery(byKind.flat().map(fromStoredValue), query) };
    },

    async get(keys: readonly RecordKey[]): Promise<StoredRecord[]> {
      if (keys.length === 0) return [];
      const store = (await transaction('readonly')).objectStore(RECORDS_STORE);
      const found = await Promise.all(
        keys.map((key) => requestResult(store.get(recordKey(key.kind, key.id)) as IDBRequest<StoredValue | undefined>, databaseName)),
      );
      return filterByQuery(found.filter((value): value is StoredValue => value !== undefined).map(fromStoredValue));
    },

    async apply(changes: readonly Change[], applyOptions: ApplyOptions = {}): Promise<AppliedChange[]> {
      if (changes.length === 0) return [];
      const tx = await transaction('readwrite');
      const applied = await new Promise<AppliedChange[]>((resolve, reject) => {
        // Why this is atomic, also across tabs: IndexedDB runs readwrite transactions whose
        // scopes overlap one after another, in the order they were created, whatever the
        // connection or tab. Reading the versions, checking them and writing all happen
        // inside this single transaction, so no other writer can slip in between; of two
        // tabs writing the same version, the second one's transaction starts after the first
        // committed, reads the new version, and fails with a ConflictError.
        // The integrity reads (referenced records, dependants through the references index) run
        // in the same transaction, issued from callbacks, so they hold across tabs just as well.
        const store = tx.objectStore(RECORDS_STORE);
        const conditions = applyOptions.conditions ?? [];
        const keys = [
          ...new Set([
            ...changes.map((change) => recordKey(change.kind, change.op === 'put' ? change.record.id : change.id)),
            ...conditions.map((condition) => recordKey(condition.kind, condition.id)),
          ]),
        ];
        const current = new Map<string, StoredRecord>();
        let result: AppliedChange[] = [];
        let failure: unknown;
        let pending = keys.length;

        const abort = (error: unknown) => {
          failure = error;
          tx.abort(); // nothing of the batch is written
        };
        const writeAll = () => {
          let stage: ReturnType<typeof stageChanges>;
          try {
            // Conditions, then every expected version against the state the batch built so
            // far, as the memory adapter does; `staged` holds what each key must become.
            stage = stageChanges(current, changes, recordKey, { conditions });
          } catch (error) {
            return abort(error);
          }
          checkIntegrityInTransaction(
            store,
            changes,
            (errors) => {
              if (errors.length > 0) return abort(new ValidationFailedError(errors));
              try {
                for (const [key, next] of stage.staged) store.put(toStoredValue(next), key);
              } catch (error) {
                return abort(error); // e.g. QuotaExceededError, raised by put itself
              }
              result = stage.applied;
            },
            abort,
          );
        };

        for (const key of keys) {
          const request = store.get(key) as IDBRequest<StoredValue | undefined>;
          request.onsuccess = () => {
            if (request.result !== undefined) current.set(key, fromStoredValue(request.result));
            pending -= 1;
            // Still inside the transaction: issuing the writes from this callback keeps it alive.
            if (pending === 0) writeAll();
          };
        }
        // Resolve only once the data is committed: a quota error surfaces here, not at put().
        tx.oncomplete = () => resolve(result);
        tx.onabort = () => reject(toBrowserStorageError(failure ?? tx.error ?? new DOMException('aborted', 'AbortError'), databaseName));
      });
      ensureChannel()?.postMessage({ type: 'okrkit:changes', changes: applied } satisfies ChangeMessage);
      notify(listeners, applied);
      return structuredClone(applied);
    },

    subscribe(listener: (event: ChangeEvent) => void): () => void {
      if (closed) return () => undefined;
      listeners.add(listener);
      ensureChannel();
      return () => {
        listeners.delete(listener);
      };
    },

    close(): void {
      closed = true;
      listeners.clear();
      channel?.close();
      channel = undefined;
      void connection?.then((db) => db.close(), () => undefined);
      connection = undefined;
    },
  };
}
