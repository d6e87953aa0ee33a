import { OkrStorageError, UnavailableError, toStorageError } from '@okrkit/core';

/** The one object store: values `{ kind, record, version }` under the key `${kind}:${id}`. */
export const RECORDS_STORE = 'records';
/** The index on `kind`, so a period query reads one kind at a time. */
export const KIND_INDEX = 'kind';
/** Bump this and add a step to {@link upgrade} when the schema changes. */
const SCHEMA_VERSION = 1;

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

function upgrade(database: IDBDatabase, oldVersion: number): void {
  if (oldVersion < 1) {
    const store = database.createObjectStore(RECORDS_STORE);
    store.createIndex(KIND_INDEX, 'kind', { unique: false });
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
    request.onupgradeneeded = (event) => upgrade(request.result, event.oldVersion);
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
