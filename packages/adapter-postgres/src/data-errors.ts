import { ValidationFailedError, type Change, type RecordKey } from '@okrkit/core';

/**
 * What the adapter knows about the input a statement was given, so that a data error of
 * the database can name the part of the input that caused it (`changes[2].record.title`).
 */
export type DataSubject = { change: Change; index: number } | { keys: readonly RecordKey[] } | { periodId: string };

/**
 * Whether PostgreSQL refused the *data*, so that sending it again cannot help: a data
 * exception (SQLSTATE class 22: NUL in text, invalid Unicode in jsonb, a number out of
 * range, text that is not a number) or a program limit (54000: a key too long for an
 * index entry, a value past the 1 GB field limit).
 * @example isDataError('22021'); // true (invalid byte sequence: a NUL in text)
 */
export function isDataError(state: string | undefined): boolean {
  return state !== undefined && (state.startsWith('22') || state === '54000');
}

/** Keys and references the adapter writes into indexed text columns (the B-tree limit applies to them). */
const KEY_FIELDS = ['id', 'periodId', 'objectiveId', 'keyResultId', 'parentId'] as const;

/**
 * PostgreSQL's B-tree entries hold at most ~2,700 bytes (a third of an 8 kB page). Keys
 * longer than this are refused by the index, whatever the column's type.
 */
export const MAX_KEY_BYTES = 2_000;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a string cannot be stored as text in PostgreSQL, or null when it can: a NUL
 * character (text and jsonb refuse it) or an unpaired UTF-16 surrogate (not Unicode: the
 * driver would silently turn it into U+FFFD, and jsonb refuses it).
 * @example unstorableText('a\u0000b'); // 'contains a NUL character (\\u0000), which cannot be stored'
 */
export function unstorableText(value: string): string | null {
  if (value.includes('\u0000')) return 'contains a NUL character (\\u0000), which cannot be stored';
  if (LONE_SURROGATE.test(value)) return 'contains an unpaired UTF-16 surrogate, which is not valid Unicode';
  return null;
}

const byteLength = (value: string) => new TextEncoder().encode(value).length;

/** The first string in `value` (keys included) that cannot be stored, with its path. */
function findUnstorable(value: unknown, path: string, depth = 0): { path: string; message: string } | null {
  if (typeof value === 'string') {
    const message = unstorableText(value);
    return message ? { path, message } : null;
  }
  if (value === null || typeof value !== 'object' || depth > 64) return null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnstorable(value[index], `${path}[${index}]`, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = unstorableText(key);
    if (keyProblem) return { path, message: `has a field name that ${keyProblem}` };
    const found = findUnstorable(item, `${path}.${key}`, depth + 1);
    if (found) return found;
  }
  return null;
}

function locateInChange(change: Change, index: number, state: string | undefined): { path: string; message: string } {
  const base = `changes[${index}]`;
  const text = findUnstorable(change.kind, `${base}.kind`) ?? (change.op === 'delete' ? findUnstorable(change.id, `${base}.id`) : findUnstorable(change.record, `${base}.record`));
  if (text) return text;
  const version = change.expectedVersion;
  if (version !== null && (!Number.isSafeInteger(version) || version < 1)) {
    return { path: `${base}.expectedVersion`, message: 'must be a positive whole number below 2^53 (the version read)' };
  }
  if (state === '54000') {
    const fields = change.op === 'delete' ? { id: change.id } : (change.record as unknown as Record<string, unknown>);
    const longest = KEY_FIELDS.map((field) => ({ field, value: fields[field] }))
      .filter((entry): entry is { field: (typeof KEY_FIELDS)[number]; value: string } => typeof entry.value === 'string')
      .sort((a, b) => byteLength(b.value) - byteLength(a.value))[0];
    if (longest && byteLength(longest.value) > MAX_KEY_BYTES) {
      const path = change.op === 'delete' ? `${base}.id` : `${base}.record.${longest.field}`;
      return { path, message: `is too long to be stored as a key (${byteLength(longest.value)} bytes in UTF-8, at most ${MAX_KEY_BYTES})` };
    }
    return { path: `${base}.record`, message: 'is too large to be stored' };
  }
  return { path: change.op === 'delete' ? base : `${base}.record`, message: 'holds a value the database cannot store' };
}

/**
 * Turns a data error of PostgreSQL into a `ValidationFailedError` (422: the input is at
 * fault, retrying cannot help) whose path names the change and field at fault and whose
 * message is plain. The database's own message (which names tables and indexes) is not
 * repeated to the client.
 * @example
 * toDataValidationError('54000', { change, index: 0 }).errors;
 * // [{ path: 'changes[0].record.id', message: 'is too long to be stored as a key (3000 bytes in UTF-8, at most 2000)' }]
 */
export function toDataValidationError(state: string | undefined, subject: DataSubject): ValidationFailedError {
  if ('change' in subject) return new ValidationFailedError([locateInChange(subject.change, subject.index, state)]);
  if ('keys' in subject) {
    for (const [index, key] of subject.keys.entries()) {
      const found = findUnstorable(key.kind, `keys[${index}].kind`) ?? findUnstorable(key.id, `keys[${index}].id`);
      if (found) return new ValidationFailedError([found]);
    }
    return new ValidationFailedError([{ path: 'keys', message: 'hold a value the database cannot read' }]);
  }
  return new ValidationFailedError([findUnstorable(subject.periodId, 'query.periodId') ?? { path: 'query', message: 'holds a value the database cannot read' }]);
}

/**
 * Refuses, before any statement, text the driver would not send faithfully: an unpaired
 * surrogate in a key is silently replaced by U+FFFD on its way to the server, so a delete
 * or read could reach *another* record. NUL and the rest are left to the database, whose
 * refusal {@link toDataValidationError} maps.
 * @example assertKeysStorable([{ kind: 'objective', id: 'o\uD800' }], 'keys'); // throws ValidationFailedError
 */
export function assertKeysStorable(keys: readonly { kind: string; id: unknown }[], path: (index: number) => string): void {
  for (const [index, key] of keys.entries()) {
    if (typeof key.id !== 'string') continue;
    const message = unstorableText(key.id);
    if (message) throw new ValidationFailedError([{ path: `${path(index)}.id`, message }]);
  }
}
