import type { ValidationError } from '../validation/index';
import type { RecordKind, StoredRecord } from './adapter.types';

/** Why a storage operation failed, as a UI can act on it. */
export type StorageErrorCode = 'conflict' | 'not-found' | 'validation' | 'read-only' | 'unavailable' | 'forbidden' | 'unknown';

/**
 * The base of every error the store and adapters raise. `code` is stable and serialisable
 * (the REST adapter sends it over the wire); `retryable` tells a UI whether "retry" can help.
 * `detail`, when an adapter sets it, is for developers (the URL, the status, the server's
 * words): log it, don't show it to people — show them a message chosen by `code`.
 * @example
 * try { await store.load() } catch (error) { if (error instanceof OkrStorageError) console.error(error.detail ?? error.message) }
 */
export class OkrStorageError extends Error {
  override readonly name: string = 'OkrStorageError';
  /** What exactly failed, for the console and `onError`, e.g. `GET /api/okr/records answered 404: no okrkit route at …`. */
  detail?: string;
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly retryable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A write named a version that is no longer current: someone else changed (or deleted,
 * or already created) the record. `current` is the record as it is now, or null if it
 * no longer exists — show both versions rather than overwrite. `condition` is true when the
 * stale version was one of `apply`'s `options.conditions` rather than a change's
 * `expectedVersion` (a server then re-reads and re-authorises).
 */
export class ConflictError extends OkrStorageError {
  override readonly name = 'ConflictError';
  readonly condition: boolean;
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
    readonly expectedVersion: number | null,
    readonly current: StoredRecord | null,
    options: { condition?: boolean } = {},
  ) {
    super(
      'conflict',
      current === null
        ? `${kind} "${id}" was deleted by someone else`
        : expectedVersion === null
          ? `${kind} "${id}" already exists`
          : `${kind} "${id}" was changed by someone else (you edited version ${expectedVersion}, it is now version ${current.version})`,
    );
    this.condition = options.condition === true;
  }
}

/** A record to update or delete does not exist. */
export class NotFoundError extends OkrStorageError {
  override readonly name = 'NotFoundError';
  constructor(
    readonly kind: RecordKind,
    readonly id: string,
  ) {
    super('not-found', `${kind} "${id}" does not exist`);
  }
}

/** A write was refused because the data is invalid; `errors` name each path. */
export class ValidationFailedError extends OkrStorageError {
  override readonly name = 'ValidationFailedError';
  constructor(readonly errors: ValidationError[]) {
    super('validation', errors.map((error) => `${error.path}: ${error.message}`).join('; ') || 'invalid data');
  }
}

/** The adapter has no `apply`: this storage is read-only. */
export class ReadOnlyError extends OkrStorageError {
  override readonly name = 'ReadOnlyError';
  constructor(adapterName = 'this storage') {
    super('read-only', `${adapterName} is read-only`);
  }
}

/** Storage could not be reached or failed (network down, timeout, database error). Retrying may help. */
export class UnavailableError extends OkrStorageError {
  override readonly name = 'UnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('unavailable', message, true, options);
  }
}

/** The host's policy refused the action. */
export class ForbiddenError extends OkrStorageError {
  override readonly name = 'ForbiddenError';
  constructor(message = 'not allowed') {
    super('forbidden', message);
  }
}

/** Wraps anything thrown into an {@link OkrStorageError}, keeping typed ones as they are. */
export function toStorageError(error: unknown): OkrStorageError {
  if (error instanceof OkrStorageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new OkrStorageError('unknown', message, false, { cause: error });
}
