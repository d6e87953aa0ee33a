import { describe, expect, it } from 'vitest';
import {
  applyToRecordMap,
  ConflictError,
  conflictRetryAttempts,
  conflictRetryDelay,
  createOkrStore,
  filterByQuery,
  type AppliedChange,
  type Change,
  type KeyResult,
  type StorageAdapter,
  type StoredRecord,
} from '../src/index';
import { fy, keyResult, numeric, objective, q1 } from './fixtures';

/**
 * One shared storage with a few milliseconds between a writer sending a batch and storage
 * checking it, and no live updates: stores learn that the key result moved only from a
 * conflict or by reading it again (`get`) — the worst case for fairness.
 */
function sharedStorage(initial: StoredRecord[], latencyMs: number) {
  const records = new Map<string, StoredRecord>(initial.map((stored) => [`${stored.kind}:${(stored.record as { id: string }).id}`, stored]));
  const adapter: StorageAdapter = {
    name: 'shared',
    load: async () => ({ records: filterByQuery([...records.values()]).map((stored) => structuredClone(stored)) }),
    async apply(changes: readonly Change[]): Promise<AppliedChange[]> {
      await new Promise((resolve) => setTimeout(resolve, latencyMs * Math.random()));
      return structuredClone(applyToRecordMap(records, structuredClone([...changes])));
    },
    async get(keys) {
      return keys.flatMap((key) => {
        const stored = records.get(`${key.kind}:${key.id}`);
        return stored && filterByQuery([stored]).length > 0 ? [structuredClone(stored)] : [];
      });
    },
  };
  return { adapter, records };
}

const seeded = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

describe('check-ins racing for one key result', () => {
  const initial: StoredRecord[] = [
    { kind: 'period', record: fy, version: 1 },
    { kind: 'period', record: q1, version: 1 },
    { kind: 'objective', record: objective('o1', { periodId: 'q1' }), version: 1 },
    { kind: 'keyResult', record: keyResult('k1', 'o1', numeric(0, 1000, 0)), version: 1 },
  ];

  it('given 20 stores recording 5 check-ins each on one key result at once, every check-in gets through, and the key result has one version per check-in', { timeout: 30_000 }, async () => {
    const { adapter, records } = sharedStorage(structuredClone(initial), 4);
    const stores = Array.from({ length: 20 }, (_, index) => createOkrStore({ adapter, generateId: (() => { let n = 0; return () => `c-${index}-${(n += 1)}`; })() }));
    await Promise.all(stores.map((store) => store.load()));
    const outcomes = await Promise.allSettled(
      stores.flatMap((store, index) => Array.from({ length: 5 }, (_, n) => store.recordCheckIn({ keyResultId: 'k1', value: index * 10 + n }))),
    );
    const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
    expect(failed.map((outcome) => String((outcome as PromiseRejectedResult).reason))).toEqual([]);
    expect([...records.keys()].filter((key) => key.startsWith('checkIn:'))).toHaveLength(100);
    expect(records.get('keyResult:k1')?.version).toBe(101);
  });

  it('given retrying turned off ({ attempts: 1 }), the same race makes some check-ins give up with a ConflictError', { timeout: 30_000 }, async () => {
    const { adapter } = sharedStorage(structuredClone(initial), 4);
    const stores = Array.from({ length: 20 }, () => createOkrStore({ adapter, checkInRetry: { attempts: 1 } }));
    await Promise.all(stores.map((store) => store.load()));
    const outcomes = await Promise.allSettled(stores.map((store, index) => store.recordCheckIn({ keyResultId: 'k1', value: index })));
    const conflicts = outcomes.filter((outcome) => outcome.status === 'rejected' && outcome.reason instanceof ConflictError);
    expect(conflicts.length).toBeGreaterThan(0);
  });

  it('given a retry, it re-applies the reading to the key result as it now is (the other writer’s title change survives)', async () => {
    const { adapter, records } = sharedStorage(structuredClone(initial), 0);
    const store = createOkrStore({ adapter, checkInRetry: { sleep: async () => undefined } });
    await store.load();
    const theirs = records.get('keyResult:k1')!;
    records.set('keyResult:k1', { ...theirs, version: 2, record: { ...(theirs.record as KeyResult), title: 'Renamed by someone else' } });
    await store.recordCheckIn({ keyResultId: 'k1', value: 400 });
    const stored = records.get('keyResult:k1')!;
    expect(stored.version).toBe(3);
    expect(stored.record).toMatchObject({ title: 'Renamed by someone else', metric: { current: 400 } });
  });

  it('given a key result that someone deleted, it does not retry: the ConflictError reaches the caller at once', async () => {
    const { adapter, records } = sharedStorage(structuredClone(initial), 0);
    let sleeps = 0;
    const store = createOkrStore({ adapter, checkInRetry: { sleep: async () => void (sleeps += 1) } });
    await store.load();
    records.delete('keyResult:k1');
    await expect(store.recordCheckIn({ keyResultId: 'k1', value: 1 })).rejects.toThrow();
    expect(sleeps).toBe(0);
  });
});

describe('conflictRetryDelay (exponential backoff with full jitter)', () => {
  it('given successive retries, it draws each wait between 0 and a ceiling that doubles up to maxDelayMs', () => {
    const random = seeded(7);
    for (let retry = 1; retry <= 12; retry += 1) {
      const ceiling = Math.min(1000, 10 * 2 ** (retry - 1));
      for (let draw = 0; draw < 200; draw += 1) {
        const delay = conflictRetryDelay(retry, {}, random);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }
    }
    expect(conflictRetryDelay(1, {}, () => 0.5)).toBe(5);
    expect(conflictRetryDelay(50, {}, () => 0.999)).toBeCloseTo(999);
  });

  it('given nonsense options, it stays finite and bounded (never NaN)', () => {
    expect(conflictRetryDelay(Number.NaN, { baseDelayMs: Number.POSITIVE_INFINITY, maxDelayMs: -5 }, () => Number.NaN)).toBe(0);
    expect(conflictRetryDelay(1e9, { baseDelayMs: 1e308, maxDelayMs: 1e308 }, () => 0.5)).toBeLessThan(Number.POSITIVE_INFINITY);
    expect(conflictRetryAttempts({ attempts: Number.NaN })).toBe(12);
    expect(conflictRetryAttempts({ attempts: -3 })).toBe(1);
  });
});
