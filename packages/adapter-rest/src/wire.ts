import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  OkrStorageError,
  ReadOnlyError,
  UnavailableError,
  ValidationFailedError,
  type RecordKind,
  type StorageErrorCode,
  type StoredRecord,
  type ValidationError,
} from '@okrkit/core';

/**
 * What travels between the client and the handler: the routes, the record kinds and the
 * error body `{ error: { code, message, ...details } }` with its mapping to typed errors.
 * Both sides use these functions, so a typed error thrown by storage on the server comes
 * out of the client as the same typed error.
 */

export const RECORD_KINDS: readonly RecordKind[] = ['period', 'objective', 'keyResult', 'checkIn', 'weeklyReport', 'planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut'];

/** The error body of every non-2xx response. */
export interface ErrorBody {
  error: {
    code: StorageErrorCode;
    message: string;
    /** For `validation`: every problem, with its path in the request (`changes[0].record.metric.target`). */
    errors?: ValidationError[];
    /** For `conflict` and `not-found`: the record concerned. */
    kind?: RecordKind;
    id?: string;
    /** For `conflict`: the version the writer named, and the record as it is now (null when deleted). */
    expectedVersion?: number | null;
    current?: StoredRecord | null;
  };
}

/** A plain object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The HTTP status a typed storage error is sent with. */
export function statusOfError(error: OkrStorageError): number {
  switch (error.code) {
    case 'conflict':
      return 409;
    case 'not-found':
      return 404;
    case 'validation':
      return 422;
    case 'read-only':
      return 405;
    case 'unavailable':
      return 503;
    case 'forbidden':
      return 403;
    case 'unknown':
      return 500;
    default:
      return error.code satisfies never;
  }
}

/**
 * The wire form of a typed storage error. Details are read by `code`, not `instanceof`, so
 * errors from another copy of `@okrkit/core` (a host's own storage) still keep them.
 * `unknown` errors get a generic message: their text may hold internals.
 */
export function errorToBody(error: OkrStorageError): ErrorBody {
  const details = error as unknown as Record<string, unknown>;
  const body: ErrorBody['error'] = { code: error.code, message: error.code === 'unknown' ? 'internal error' : error.message };
  if (error.code === 'validation' && Array.isArray(details['errors'])) body.errors = details['errors'] as ValidationError[];
  if (error.code === 'conflict' || error.code === 'not-found') {
    if (typeof details['kind'] === 'string') body.kind = details['kind'] as RecordKind;
    if (typeof details['id'] === 'string') body.id = details['id'];
  }
  if (error.code === 'conflict') {
    body.expectedVersion = (details['expectedVersion'] as number | null | undefined) ?? null;
    body.current = (details['current'] as StoredRecord | null | undefined) ?? null;
  }
  return { error: body };
}

function isKind(value: unknown): value is RecordKind {
  return typeof value === 'string' && (RECORD_KINDS as readonly string[]).includes(value);
}

function validationErrorsOf(value: unknown, fallback: string): ValidationError[] {
  const errors = Array.isArray(value)
    ? value.filter(isObject).map((e) => ({ path: String(e['path'] ?? ''), message: String(e['message'] ?? '') }))
    : [];
  return errors.length > 0 ? errors : [{ path: '', message: fallback }];
}

/**
 * Turns a non-2xx response back into the typed error it stands for: by the body's `code`
 * first, by the status when the body is not ours (a proxy's HTML error page, say).
 * @example errorFromResponse(404, { error: { code: 'not-found', message: '…', kind: 'objective', id: 'o1' } }) // NotFoundError
 */
export function errorFromResponse(status: number, body: unknown): OkrStorageError {
  const details = isObject(body) && isObject(body['error']) ? body['error'] : {};
  const code = typeof details['code'] === 'string' ? details['code'] : undefined;
  const message = typeof details['message'] === 'string' && details['message'] ? details['message'] : `the server answered HTTP ${status}`;
  const kind = details['kind'];
  const id = details['id'];
  if (code === 'conflict' || (code === undefined && status === 409)) {
    if (!isKind(kind) || typeof id !== 'string') return new OkrStorageError('conflict', message);
    const expected = typeof details['expectedVersion'] === 'number' ? details['expectedVersion'] : null;
    const current = isObject(details['current']) ? (details['current'] as unknown as StoredRecord) : null;
    return new ConflictError(kind, id, expected, current);
  }
  if (code === 'not-found') {
    return isKind(kind) && typeof id === 'string' ? new NotFoundError(kind, id) : new OkrStorageError('not-found', message);
  }
  if (code === 'validation' || (code === undefined && [400, 413, 415, 422].includes(status))) {
    return new ValidationFailedError(validationErrorsOf(details['errors'], message));
  }
  if (code === 'forbidden' || (code === undefined && (status === 401 || status === 403))) return new ForbiddenError(message);
  if (code === 'read-only') return new ReadOnlyError('the server');
  if (code === 'unavailable' || status >= 500 || status === 429) return new UnavailableError(message);
  return new OkrStorageError('unknown', message);
}

/** What `new Headers(…)` accepts (the DOM's `HeadersInit`, which Node's types do not name globally). */
export type HeadersInit = NonNullable<ConstructorParameters<typeof Headers>[0]>;
