import { PGlite } from '@electric-sql/pglite';
import type { Change, ChangeEvent } from '@okrkit/core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg, fromPglite, type SqlClient } from '../src/index';
import { checkIn, keyResult, objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

let pglite: Promise<PGlite> | undefined;
const pools: ReturnType<typeof testPool>[] = [];
const backends = [
  { name: 'PGlite', client: async (): Promise<SqlClient> => fromPglite(await (pglite ??= PGlite.create())) },
  {
    name: 'PostgreSQL server',
    client: async (): Promise<SqlClient> => {
      const pool = testPool(inject('databaseUrl'), { max: 4 });
      pools.push(pool);
      return fromPg(pool);
    },
  },
];
afterAll(async () => {
  await (await pglite)?.close();
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

const create = (kind: Change['kind'], record: unknown): Change => ({ op: 'put', kind, record, expectedVersion: null }) as Change;

async function waitFor(condition: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(backends)('the change feed on $name', (backend) => {
  // Starting PGlite takes seconds (more on a busy machine): not part of any test's time.
  beforeAll(async () => {
    await backend.client();
  }, 60_000);
  const schemas: string[] = [];
  async function subject(feed: Parameters<typeof createPostgresAdapter>[0]['changeFeed'] = true) {
    const client = await backend.client();
    const schema = freshSchema('okrkit_feed');
    schemas.push(schema);
    const adapter = createPostgresAdapter({ client, schema, changeFeed: feed });
    await adapter.apply([create('period', quarter), create('objective', objective('o1')), create('keyResult', keyResult('k1', 'o1'))]);
    return { client, schema, adapter, peer: () => createPostgresAdapter({ client, schema, changeFeed: feed }) };
  }
  afterEach(async () => {
    const client = await backend.client();
    for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  it('given a batch of 400 check-ins (far past NOTIFY’s 8,000-byte payload), a subscriber hears it whole, as one event', { timeout: 90_000 }, async () => {
    const { adapter, peer } = await subject();
    const events: ChangeEvent[] = [];
    const unsubscribe = adapter.subscribe!((event) => events.push(event));
    await adapter.whenListening();
    const batch = Array.from({ length: 400 }, (_, index) => create('checkIn', { ...checkIn(`c${index}`, 'k1', index), note: 'a note of some length '.repeat(4) }));
    expect(JSON.stringify(batch).length).toBeGreaterThan(8_000 * 10);
    await peer().apply(batch);
    // (The set-up batch, committed just before subscribing, may be told too: the start looks back a little.)
    const ofBatch = () => events.filter((event) => event.changes.some((change) => change.kind === 'checkIn'));
    await waitFor(() => ofBatch().length > 0, 'the batch was heard', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    unsubscribe();
    expect(ofBatch()).toHaveLength(1);
    expect(ofBatch()[0]!.changes.map((change) => change.id)).toEqual(batch.map((change) => (change.op === 'put' ? change.record.id : '')));
  });

  it('given more batches than the log keeps, pruning removes the oldest and keeps the newest retentionRows', async () => {
    const { adapter, client, schema } = await subject({ retentionRows: 5, pruneEvery: 1_000_000 });
    for (let index = 0; index < 12; index += 1) await adapter.apply([create('checkIn', checkIn(`p${index}`, 'k1', index))]);
    // 1 seed batch + 12: 13 logged, 8 beyond the newest 5.
    expect(await adapter.pruneChangeLog()).toBe(8);
    const { rows } = await client.query<{ seq: string | number }>(`SELECT seq FROM "${schema}".records_changes ORDER BY seq`);
    expect(rows.map((row) => Number(row.seq))).toEqual([9, 10, 11, 12, 13]);
    expect(await adapter.pruneChangeLog()).toBe(0);
  });

  it('given pruning every 4 writes, the log stays bounded however many writes are made', async () => {
    const { adapter, client, schema } = await subject({ retentionRows: 3, pruneEvery: 4 });
    for (let index = 0; index < 30; index += 1) await adapter.apply([create('checkIn', checkIn(`b${index}`, 'k1', index))]);
    await new Promise((resolve) => setTimeout(resolve, 100)); // pruning runs after the write, in the background
    const { rows } = await client.query<{ count: string | number }>(`SELECT count(*) AS count FROM "${schema}".records_changes`);
    expect(Number(rows[0]!.count)).toBeLessThanOrEqual(3 + 4);
  });

  it('given a subscriber that falls behind past what was pruned, it is told how many changes it missed and hears the rest in order', async () => {
    // A client without LISTEN: the feed polls, here rarely, so that pruning can overtake it.
    const { adapter, schema } = await subject({ retentionRows: 2, pruneEvery: 1_000_000 });
    const base = await backend.client();
    const errors: string[] = [];
    const polling = createPostgresAdapter({
      client: { query: base.query.bind(base), transaction: base.transaction.bind(base) },
      schema,
      changeFeed: { pollIntervalMs: 400, onError: (error) => errors.push(error.message) },
    });
    const heard: string[] = [];
    const unsubscribe = polling.subscribe!((event) => heard.push(...event.changes.map((change) => change.id).filter((id) => id.startsWith('g'))));
    await polling.whenListening();
    await new Promise((resolve) => setTimeout(resolve, 60)); // past the start's look-back
    for (let index = 0; index < 6; index += 1) await adapter.apply([create('checkIn', checkIn(`g${index}`, 'k1', index))]);
    await adapter.pruneChangeLog();
    await waitFor(() => heard.includes('g5'), 'the newest batch was heard');
    unsubscribe();
    expect(heard).toEqual(['g4', 'g5']);
    expect(errors).toEqual(['missed 4 change(s) pruned from the log before they were read; reload to see them']);
  });

  it('given changeFeed: false, nothing is logged and the adapter has no subscribe (the handler answers 501 for events)', async () => {
    const { adapter, client, schema } = await subject(false);
    expect(adapter.subscribe).toBeUndefined();
    const { rows } = await client.query<{ count: string | number }>(`SELECT count(*) AS count FROM "${schema}".records_changes`);
    expect(Number(rows[0]!.count)).toBe(0);
  });

  it('given a failed batch, nothing of it is logged, and the next batch takes the next number (no gap)', async () => {
    const { adapter, client, schema } = await subject();
    await expect(adapter.apply([create('checkIn', checkIn('ok', 'k1')), create('keyResult', keyResult('k1', 'o1'))])).rejects.toThrow();
    await adapter.apply([create('checkIn', checkIn('next', 'k1'))]);
    const { rows } = await client.query<{ seq: string | number }>(`SELECT seq FROM "${schema}".records_changes ORDER BY seq`);
    expect(rows.map((row) => Number(row.seq))).toEqual([1, 2]);
  });
});
