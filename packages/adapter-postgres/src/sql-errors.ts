import { OkrStorageError, UnavailableError, ValidationFailedError } from '@okrkit/core';
import { isDataError, toDataValidationError, type DataSubject } from './data-errors';

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
 * pass through. Data the database refuses (SQLSTATE class 22 — a `\u0000`, invalid
 * Unicode, a number out of range — and 54000, e.g. an id too long for an index entry)
 * becomes a `ValidationFailedError` (422, never retried) that names the change and field
 * at fault when `subject` tells which input the statement had, with a plain message
 * rather than the database's (which names tables and indexes). Everything else — a lost
 * connection, a closed pool, a database that is down, out of resources or too
 * contended — becomes an `UnavailableError`, which tells the UI that retrying may help.
 * The driver's error stays on `cause` of the latter.
 * @example
 * try { await pool.query(sql, params); } catch (error) { throw toPostgresStorageError(error); }
 */
export function toPostgresStorageError(error: unknown, subject?: DataSubject): OkrStorageError {
  if (error instanceof OkrStorageError) return error;
  const state = sqlState(error);
  if (isDataError(state)) {
    if (subject) return toDataValidationError(state, subject);
    return new ValidationFailedError([{ path: '', message: 'the database refused a value it cannot store (invalid text, a number out of range or a key too long)' }]);
  }
  const message = error instanceof Error ? error.message : String(error);
  const detail = state ? `${message} (SQLSTATE ${state})` : message;
  return new UnavailableError(`PostgreSQL storage is unavailable: ${detail}`, { cause: error });
}
