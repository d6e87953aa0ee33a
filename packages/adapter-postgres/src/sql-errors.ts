import { OkrStorageError, UnavailableError, ValidationFailedError } from '@okrkit/core';

/** The SQLSTATE of a driver error, when it has one (pg and PGlite both put it on `code`). */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Whether a whole transaction can simply be run again: a serialization failure (40001,
 * the normal outcome of contention under SERIALIZABLE, and CockroachDB's default) or a
 * deadlock (40P01). PostgreSQL has rolled the transaction back in both cases, so nothing
 * of it is visible and retrying cannot apply a change twice.
 */
export function isTransactionRetryable(error: unknown): boolean {
  const state = sqlState(error);
  return state === '40001' || state === '40P01';
}

/**
 * Turns whatever a driver threw into the typed error the store understands. Typed errors
 * pass through. Invalid data (SQLSTATE class 22, e.g. a `\u0000` that jsonb refuses)
 * becomes a `ValidationFailedError`; everything else — a lost connection, a closed pool,
 * a database that is down, out of resources or too contended — an `UnavailableError`,
 * which tells the UI that retrying may help. The driver's error stays on `cause`.
 */
export function toPostgresStorageError(error: unknown): OkrStorageError {
  if (error instanceof OkrStorageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const state = sqlState(error);
  if (state?.startsWith('22')) {
    return new ValidationFailedError([{ path: '', message: `the database refused the data: ${message}` }]);
  }
  const detail = state ? `${message} (SQLSTATE ${state})` : message;
  return new UnavailableError(`PostgreSQL storage is unavailable: ${detail}`, { cause: error });
}
