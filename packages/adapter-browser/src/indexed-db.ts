import { OkrStorageError, UnavailableError, isTombstone, referencesOf, toStorageError, type StoredRecord, type Tombstone } from '@okrkit/core';

/** The one object store: values `{ kind, record, version }` under the key `${kind}:${id}`. */
export const RECORDS_STORE = 'records';
/** The index on `kind`, so a period query reads one kind at a time. */
export const KIND_INDEX = 'kind';
/**
 * The multi-entry index on `references` (the `kind:id` keys a record refers to), so the
 * integrity rule finds a record's dependants ("who refers to objective o1?") without a scan.
 */
export const REFERENCES_INDEX = 'references';
/** Bump this and add a step to {@link upgrade} when the schema changes. */
const SCHEMA_VERSION = 2;

/**
 * What the object store holds for a record: the stored record plus its `references` for the
 * index; a deleted record is a tombstone `{ kind, record: { id }, version, deleted: true }`.
 */
export interface StoredValue extends StoredRecord {
  references?: string[];
  deleted?: true;
}

/** The value to put for a stored record (or tombstone). */
export function toStoredValue(stored: StoredRecord): StoredValue {
  if (isTombstone(stored)) return { kind: stored.kind, record: stored.record, version: stored.version, deleted: true };
  return { kind: stored.kind, record: stored.record, version: stored.version, references: referencesOf(stored.kind, stored.record).map((reference) => recordKey(reference.kind, reference.id)) };
}

/** The stored record (or tombstone) a value holds, without the index's field. */
export function fromStoredValue(value: StoredValue): StoredRecord {
  if (value.deleted !== true) return { kind: value.kind, record: value.record, version: value.version };
  const tombstone: Tombstone = { kind: value.kind, record: value.record as Tombstone['record'], version: value.version, deleted: true };
  return tombstone;
}

/** The key of a record in the object store. */
export function recordKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/**
 * Turns whatever IndexedDB threw or aborted with into a typed storage error, naming what
 * the user can do about it. Typed errors (a conflict that aborted the transaction) pass through.
 * @example toBrowserStorageError(new DOMException('full', 'QuotaExceededError'), 'okrkit') // UnavailableError
 */
export function toBrowserStorageError(error: unknown, databaseName: string): OkrStorageError {
  if (error instanceof OkrStorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? `: ${error.message}` : '';
  switch (name) {
    case 'QuotaExceededError':
      return new UnavailableError(
        `The browser's storage quota for this site is exhausted, so "${databaseName}" could not be written. Free some space (or delete old data) and try again${detail}`,
        { cause: error },
      );
    case 'InvalidStateError':
    case 'TransactionInactiveError':
    case 'AbortError':
    case 'UnknownError':
    case 'VersionError':
    case 'NotFoundError':
    case 'SecurityError':
      return new UnavailableError(`IndexedDB database "${databaseName}" is unavailable (${name})${detail}`, { cause: error });
    default:
      return toStorageError(error);
  }
}

function upgrade(database: IDBDatabase, oldVersion: number, transaction: IDBTransaction | null): void {
  if (oldVersion < 1) {
    const store = database.createObjectStore(RECORDS_STORE);
    store.createIndex(KIND_INDEX, 'kind', { unique: false });
  }
  if (oldVersion < 2 && transaction) {
    const store = transaction.objectStore(RECORDS_STORE);
    store.createIndex(REFERENCES_INDEX, 'references', { unique: false, multiEntry: true });
    // Records written by version 1 get their references, so the index finds them too.
    if (oldVersion >= 1) {
      const cursor = store.openCursor();
      cursor.onsuccess = () => {
        const at = cursor.result;
        if (!at) return;
        at.update(toStoredValue(at.value as StoredRecord));
        at.continue();
      };
    }
  }
}

/**
 * Opens (creating or upgrading) the database. Rejects with an {@link UnavailableError} when
 * there is no IndexedDB (server-side rendering, some private modes), when the browser
 * refuses it, or when another tab blocks an upgrade by keeping an older version open.
 */
export function openDatabase(factory: IDBFactory | undefined, databaseName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(
        new UnavailableError(
          `IndexedDB is not available here (server-side rendering, a worker without it, or a private mode that disables it), so "${databaseName}" cannot be opened. Create the browser adapter in the browser, or use another adapter.`,
        ),
      );
      return;
    }
    let settled = false;
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(databaseName, SCHEMA_VERSION);
    } catch (error) {
      reject(toBrowserStorageError(error, databaseName));
      return;
    }
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion, request.transaction);
    request.onsuccess = () => {
      // Opened after all, but too late: the caller already got the "blocked" error.
      if (settled) request.result.close();
      else resolve(request.result);
      settled = true;
    };
    request.onerror = (event) => {
      event.preventDefault();
      if (!settled) reject(toBrowserStorageError(request.error, databaseName));
      settled = true;
    };
    request.onblocked = () => {
      if (!settled) {
        reject(
          new UnavailableError(
            `IndexedDB database "${databaseName}" is blocked: another tab keeps an older version of it open. Close or reload the other okrkit tabs and try again.`,
          ),
        );
      }
      settled = true;
    };
  });
}

/** Resolves with a request's result, or rejects with its typed error. */
export function requestResult<T>(request: IDBRequest<T>, databaseName: string): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      reject(toBrowserStorageError(request.error, databaseName));
    };
  });
}
