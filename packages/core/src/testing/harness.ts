import { afterEach, beforeEach, expect, type TestContext } from 'vitest';
import type { AppliedChange, ApplyOptions, Change, LoadQuery, RecordKind, StorageAdapter, StoredRecord } from '../store/adapter.types';
import { ConflictError, NotFoundError, OkrStorageError, ValidationFailedError } from '../index';
import type { ConformanceSubject, ConformanceTarget } from './conformance.types';

/** Shown by the reporter next to every write test that a read-only adapter skips. */
export const READ_ONLY_SKIP = 'read-only adapter (no `apply`): write tests do not apply';

/** The subject of the running test; every test gets a fresh one. */
export interface SubjectHandle {
  readonly subject: ConformanceSubject;
  readonly adapter: StorageAdapter;
}

/**
 * Creates a fresh subject before each test and cleans it up after, so tests never see
 * each other's records.
 */
export function useSubject(target: ConformanceTarget): SubjectHandle {
  let current: ConformanceSubject | undefined;
  beforeEach(async () => {
    current = await target.create();
  });
  afterEach(async () => {
    const subject = current;
    current = undefined;
    await subject?.cleanup?.();
  });
  return {
    get subject() {
      if (!current) throw new Error('the conformance subject is only available inside a test');
      return current;
    },
    get adapter() {
      return this.subject.adapter;
    },
  };
}

export type Apply = (changes: readonly Change[], options?: ApplyOptions) => Promise<AppliedChange[]>;

/** The adapter's `apply`, or skips the test (with a reason) when the adapter is read-only. */
export function applyOf(context: TestContext, adapter: StorageAdapter): Apply {
  const apply = adapter.apply;
  if (!apply) return context.skip(READ_ONLY_SKIP);
  // Called as a method: class-based adapters rely on `this`.
  return (changes, options) => (options === undefined ? apply.call(adapter, changes) : apply.call(adapter, changes, options));
}

/** The key the suite uses for a record: ids are unique per kind, not across kinds. */
export function keyOf(kind: RecordKind, id: string): string {
  return `${kind}:${id}`;
}

/** Loads and indexes by kind and id, checking that no record comes back twice. */
export async function loadMap(adapter: StorageAdapter, query?: LoadQuery): Promise<Map<string, StoredRecord>> {
  const { records } = query === undefined ? await adapter.load() : await adapter.load(query);
  expect(Array.isArray(records), 'load() must resolve to { records: [...] }').toBe(true);
  const map = new Map<string, StoredRecord>();
  for (const stored of records) {
    const key = keyOf(stored.kind, (stored.record as { id: string }).id);
    expect(map.has(key), `load() returned ${key} twice`).toBe(false);
    map.set(key, stored);
  }
  return map;
}

/** The stored record of that kind and id, or undefined. */
export async function loadOne(adapter: StorageAdapter, kind: RecordKind, id: string): Promise<StoredRecord | undefined> {
  return (await loadMap(adapter)).get(keyOf(kind, id));
}

/** Sorted keys of what load returns, for comparing whole states. */
export async function loadedKeys(adapter: StorageAdapter, query?: LoadQuery): Promise<string[]> {
  return [...(await loadMap(adapter, query)).keys()].sort();
}

/** Everything load returns, as `key → version`, for "nothing changed" checks. */
export async function loadedVersions(adapter: StorageAdapter): Promise<Record<string, number>> {
  return Object.fromEntries([...(await loadMap(adapter))].map(([key, stored]) => [key, stored.version]));
}

/** Awaits a rejection and checks it is a typed conflict, returning it for further checks. */
export async function expectConflict(promise: Promise<unknown>): Promise<ConflictError> {
  const error = await rejectionOf(promise);
  expect(error, 'expected a ConflictError').toBeInstanceOf(ConflictError);
  expect((error as ConflictError).code).toBe('conflict');
  return error as ConflictError;
}

/** Awaits a rejection and checks it is a typed not-found error. */
export async function expectNotFound(promise: Promise<unknown>): Promise<NotFoundError> {
  const error = await rejectionOf(promise);
  expect(error, 'expected a NotFoundError').toBeInstanceOf(NotFoundError);
  expect((error as NotFoundError).code).toBe('not-found');
  return error as NotFoundError;
}

/**
 * Awaits a rejection and checks it is a typed validation failure (HTTP 422 over REST) with
 * an error at `path` whose message names every one of `mentions`.
 */
export async function expectRefused(promise: Promise<unknown>, path: string, mentions: readonly string[] = []): Promise<ValidationFailedError> {
  const error = await rejectionOf(promise);
  expect(error, `expected a ValidationFailedError, got ${describeValue(error)}`).toBeInstanceOf(ValidationFailedError);
  const failure = error as ValidationFailedError;
  expect(failure.code).toBe('validation');
  const at = failure.errors.find((each) => each.path === path);
  expect(at, `expected an error at ${path}, got ${JSON.stringify(failure.errors)}`).toBeDefined();
  for (const mention of mentions) expect(at!.message).toContain(mention);
  return failure;
}

/** Awaits a rejection and checks it is an OkrStorageError (any code), never a plain Error. */
export async function expectStorageError(promise: Promise<unknown>): Promise<OkrStorageError> {
  const error = await rejectionOf(promise);
  expect(error, `expected an OkrStorageError, got ${describeValue(error)}`).toBeInstanceOf(OkrStorageError);
  return error as OkrStorageError;
}

async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    const value = await promise;
    throw new Error(`expected a rejection, but it resolved with ${describeValue(value)}`, { cause: 'no-rejection' });
  } catch (error) {
    if (error instanceof Error && error.cause === 'no-rejection') throw error;
    return error;
  }
}

function describeValue(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * Waits until `condition` holds, polling briefly: events from another client (a tab, a
 * database notification) may arrive a little later than the write that caused them.
 */
export async function waitUntil(condition: () => boolean, message: string, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting until ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
