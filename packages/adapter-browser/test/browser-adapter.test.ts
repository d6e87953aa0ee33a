import { ConflictError, NotFoundError, UnavailableError, type ChangeEvent, type StoredRecord } from '@okrkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAdapter, type BrowserAdapter } from '../src/index';
import { breakableIndexedDB, create, createPeriod, deleteDatabase, eventually, freshDatabaseName, objective, period, update } from './helpers';

const opened: BrowserAdapter[] = [];
/** An adapter on `databaseName`; every call is another "tab" with its own connection and channel. */
function tab(databaseName: string, options: Parameters<typeof createBrowserAdapter>[0] = {}): BrowserAdapter {
  const adapter = createBrowserAdapter({ databaseName, ...options });
  opened.push(adapter);
  return adapter;
}
afterEach(() => {
  for (const adapter of opened.splice(0)) adapter.close();
});

const byId = (records: StoredRecord[]) => Object.fromEntries(records.map((s) => [(s.record as { id: string }).id, s]));

describe('createBrowserAdapter', () => {
  it('given a new database, when records are created and updated, it stores them with growing versions', async () => {
    const adapter = tab(freshDatabaseName());
    expect(adapter.name).toBe('browser');
    await adapter.apply([createPeriod]);
    expect(await adapter.apply([create(objective('o1'))])).toEqual([{ op: 'put', kind: 'objective', id: 'o1', version: 1, record: objective('o1') }]);
    await adapter.apply([update(objective('o1', 'Renamed'), 1)]);
    const { records } = await adapter.load({ kinds: ['objective'] });
    expect(records).toEqual([{ kind: 'objective', record: objective('o1', 'Renamed'), version: 2 }]);
  });

  it('given the default options, it uses the database "okrkit"', () => {
    const adapter = createBrowserAdapter();
    expect(adapter.databaseName).toBe('okrkit');
    adapter.close();
  });

  it('given a batch whose last change is stale, when applied, it writes nothing of the batch', async () => {
    const adapter = tab(freshDatabaseName());
    await adapter.apply([createPeriod]);
    await adapter.apply([create(objective('o1'))]);
    const attempt = adapter.apply([create(objective('o2')), update(objective('o1', 'Stale'), 7)]);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ code: 'conflict', id: 'o1', expectedVersion: 7, current: { version: 1 } });
    expect((await adapter.load({ kinds: ['objective'] })).records.map((s) => (s.record as { id: string }).id)).toEqual(['o1']);
  });

  it('given a batch that touches one record twice, it checks the second change against the first', async () => {
    const adapter = tab(freshDatabaseName());
    await adapter.apply([createPeriod]);
    const applied = await adapter.apply([create(objective('o1')), update(objective('o1', 'Twice'), 1)]);
    expect(applied.map((change) => change.version)).toEqual([1, 2]);
    expect((await adapter.load({ kinds: ['objective'] })).records[0]).toMatchObject({ version: 2, record: { title: 'Twice' } });
  });

  it('given a missing record, when it is deleted, it throws NotFoundError; when an existing one is, it is gone', async () => {
    const adapter = tab(freshDatabaseName());
    await adapter.apply([createPeriod]);
    await expect(adapter.apply([{ op: 'delete', kind: 'objective', id: 'nope', expectedVersion: 1 }])).rejects.toBeInstanceOf(NotFoundError);
    await adapter.apply([create(objective('o1'))]);
    expect(await adapter.apply([{ op: 'delete', kind: 'objective', id: 'o1', expectedVersion: 1 }])).toEqual([
      { op: 'delete', kind: 'objective', id: 'o1', version: null },
    ]);
    expect((await adapter.load({ kinds: ['objective'] })).records).toEqual([]);
  });

  it('given records of two periods, when loading one period, it returns all periods and that period’s tree only', async () => {
    const adapter = tab(freshDatabaseName());
    await adapter.apply([
      { op: 'put', kind: 'period', record: period, expectedVersion: null },
      { op: 'put', kind: 'period', record: { ...period, id: 'q2-2026', name: 'Q2 2026' }, expectedVersion: null },
      create(objective('o1')),
      create(objective('o2', 'Later', 'q2-2026')),
      { op: 'put', kind: 'keyResult', record: { id: 'kr1', objectiveId: 'o1', title: 'KR', metric: { kind: 'binary', done: false } }, expectedVersion: null },
      { op: 'put', kind: 'keyResult', record: { id: 'kr2', objectiveId: 'o2', title: 'KR', metric: { kind: 'binary', done: false } }, expectedVersion: null },
      { op: 'put', kind: 'checkIn', record: { id: 'c1', keyResultId: 'kr1', at: '2026-01-05T09:00:00Z', value: 1 }, expectedVersion: null },
      { op: 'put', kind: 'checkIn', record: { id: 'c2', keyResultId: 'kr2', at: '2026-04-05T09:00:00Z', value: 1 }, expectedVersion: null },
    ] as never);
    const { records } = await adapter.load({ periodId: 'q1-2026' });
    expect(Object.keys(byId(records)).sort()).toEqual(['c1', 'kr1', 'o1', 'q1-2026', 'q2-2026']);
    expect((await adapter.load()).records).toHaveLength(8);
  });

  it('given unicode, long text and large numbers, it stores them unchanged', async () => {
    const adapter = tab(freshDatabaseName());
    const record = { ...objective('ü-😀-用户'), title: 'Ünïcödé 😀 '.repeat(5000), weight: Number.MAX_SAFE_INTEGER };
    await adapter.apply([createPeriod]);
    await adapter.apply([create(record)]);
    expect((await adapter.load({ kinds: ['objective'] })).records[0]?.record).toEqual(record);
  });

  it('given a caller that mutates what it passed or got back, the stored record stays as written', async () => {
    const adapter = tab(freshDatabaseName());
    const record = objective('o1');
    await adapter.apply([createPeriod]);
    const [applied] = await adapter.apply([create(record)]);
    record.title = 'mutated';
    Object.assign(applied?.record ?? {}, { title: 'mutated too' });
    expect((await adapter.load({ kinds: ['objective'] })).records[0]?.record).toEqual(objective('o1'));
  });
});

describe('persistence', () => {
  it('given records written, when the page "reloads" (adapter closed, a new one opened), the records are still there', async () => {
    const databaseName = freshDatabaseName();
    const before = tab(databaseName);
    await before.apply([createPeriod]);
    await before.apply([create(objective('o1')), update(objective('o1', 'Kept'), 1)]);
    before.close();
    await expect(before.load({ kinds: ['objective'] })).rejects.toBeInstanceOf(UnavailableError);

    const after = tab(databaseName);
    expect((await after.load({ kinds: ['objective'] })).records).toEqual([{ kind: 'objective', record: objective('o1', 'Kept'), version: 2 }]);
    await after.apply([update(objective('o1', 'Again'), 2)]);
  });
});

describe('two tabs', () => {
  it('given two tabs subscribed, when one writes, both hear the change once', async () => {
    const databaseName = freshDatabaseName();
    const [first, second] = [tab(databaseName), tab(databaseName)];
    const heardByFirst: ChangeEvent[] = [];
    const heardBySecond: ChangeEvent[] = [];
    await first.apply([createPeriod]);
    first.subscribe((event) => heardByFirst.push(event));
    const unsubscribe = second.subscribe((event) => heardBySecond.push(event));

    await first.apply([create(objective('o1'))]);
    await eventually(() => heardBySecond.length === 1);
    const expected = { changes: [{ op: 'put', kind: 'objective', id: 'o1', version: 1, record: objective('o1') }] };
    expect(heardBySecond).toEqual([expected]);
    expect(heardByFirst).toEqual([expected]);
    expect((await second.load({ kinds: ['objective'] })).records).toHaveLength(1);

    unsubscribe();
    await second.apply([update(objective('o1', 'From second'), 1)]);
    await eventually(() => heardByFirst.length === 2);
    expect(heardByFirst[1]?.changes[0]).toMatchObject({ version: 2, record: { title: 'From second' } });
    expect(heardBySecond).toHaveLength(1);
  });

  it('given two tabs with different channel names, they share data but do not hear each other', async () => {
    const databaseName = freshDatabaseName();
    const first = tab(databaseName, { channelName: 'one' });
    const second = tab(databaseName, { channelName: 'two' });
    const heard: ChangeEvent[] = [];
    await first.apply([createPeriod]);
    second.subscribe((event) => heard.push(event));
    await first.apply([create(objective('o1'))]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).toEqual([]);
    expect((await second.load({ kinds: ['objective'] })).records).toHaveLength(1);
  });

  it('given two tabs that read version 1, when both update at once, exactly one wins and the other gets a ConflictError', async () => {
    const databaseName = freshDatabaseName();
    const [first, second] = [tab(databaseName), tab(databaseName)];
    await first.apply([createPeriod]);
    await first.apply([create(objective('o1'))]);
    const results = await Promise.allSettled([
      first.apply([update(objective('o1', 'First'), 1)]),
      second.apply([update(objective('o1', 'Second'), 1)]),
    ]);
    const winners = results.filter((result) => result.status === 'fulfilled');
    const losers = results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]).toBeInstanceOf(ConflictError);
    expect(losers[0]).toMatchObject({ expectedVersion: 1, current: { version: 2 } });
    expect((await second.load({ kinds: ['objective'] })).records[0]?.version).toBe(2);
  });

  it('given ten tabs creating the same record at once, exactly one create succeeds', async () => {
    const databaseName = freshDatabaseName();
    const tabs = Array.from({ length: 10 }, () => tab(databaseName));
    await tabs[0]!.apply([createPeriod]);
    const results = await Promise.allSettled(tabs.map((adapter, index) => adapter.apply([create(objective('o1', `Tab ${index}`))])));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof ConflictError)).toHaveLength(9);
  });
});

describe('failures', () => {
  it('given a page without IndexedDB (some private modes), calls reject with an UnavailableError that says why', async () => {
    vi.stubGlobal('indexedDB', undefined);
    try {
      const adapter = tab(freshDatabaseName());
      await expect(adapter.load()).rejects.toBeInstanceOf(UnavailableError);
      await expect(adapter.apply([create(objective('o1'))])).rejects.toThrow(/IndexedDB is not available/);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('given storage that breaks while open (site data cleared), the next call rejects with a retryable UnavailableError', async () => {
    const databaseName = freshDatabaseName();
    const storage = breakableIndexedDB();
    const adapter = tab(databaseName, { indexedDB: storage.factory });
    await adapter.apply([createPeriod]);
    await adapter.apply([create(objective('o1'))]);
    storage.break();
    await deleteDatabase(databaseName); // not blocked: the adapter closes on `versionchange`
    await expect(adapter.load({ kinds: ['objective'] })).rejects.toMatchObject({ name: 'UnavailableError', code: 'unavailable', retryable: true });
  });

  it('given a database deleted by another tab, the adapter reopens an empty one', async () => {
    const databaseName = freshDatabaseName();
    const adapter = tab(databaseName);
    await adapter.apply([createPeriod]);
    await adapter.apply([create(objective('o1'))]);
    await deleteDatabase(databaseName);
    expect((await adapter.load({ kinds: ['objective'] })).records).toEqual([]);
  });

  it('given a record that cannot be cloned, it rejects and writes nothing', async () => {
    const adapter = tab(freshDatabaseName());
    const bad = { ...objective('o2'), title: (() => 'x') as unknown as string };
    await expect(adapter.apply([create(objective('o1')), create(bad)])).rejects.toMatchObject({ name: 'OkrStorageError' });
    expect((await adapter.load()).records).toEqual([]);
  });

  it('given a listener that throws, the write still succeeds and other listeners still hear it', async () => {
    const adapter = tab(freshDatabaseName());
    const heard: ChangeEvent[] = [];
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    await adapter.apply([createPeriod]);
    adapter.subscribe(() => {
      throw new Error('listener bug');
    });
    adapter.subscribe((event) => heard.push(event));
    await adapter.apply([create(objective('o1'))]);
    vi.unstubAllGlobals();
    expect(heard).toHaveLength(1);
    expect(reportError).toHaveBeenCalledWith(new Error('listener bug'));
  });
});
