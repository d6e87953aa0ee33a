import { PGlite } from '@electric-sql/pglite';
import { ConflictError, NotFoundError, UnavailableError, ValidationFailedError, type Change, type KeyResult } from '@okrkit/core';
import { withParents } from '@okrkit/core/testing';
import { afterAll, afterEach, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg, fromPglite, migrate, migrations, type SqlClient } from '../src/index';
import { checkIn, keyResult, nextQuarter, objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

interface Backend {
  name: string;
  client(): Promise<SqlClient>;
  close(): Promise<void>;
}

let pglite: Promise<PGlite> | undefined;
const pools: ReturnType<typeof testPool>[] = [];
const backends: Backend[] = [
  {
    name: 'PGlite',
    client: async () => fromPglite(await (pglite ??= PGlite.create())),
    close: async () => (await pglite)?.close(),
  },
  {
    name: 'PostgreSQL server',
    client: async () => {
      const pool = testPool(inject('databaseUrl'), { max: 8 });
      pools.push(pool);
      return fromPg(pool);
    },
    close: async () => {
      await Promise.all(pools.splice(0).map((pool) => pool.end()));
    },
  },
];
afterAll(async () => {
  for (const backend of backends) await backend.close();
});

const puts = (...changes: [Change['kind'], unknown][]): Change[] =>
  changes.map(([kind, record]) => ({ op: 'put', kind, record, expectedVersion: null }) as Change);
/** {@link puts} with stand-ins for the period, objective or key result the records refer to (storage enforces references). */
const seeded = (...changes: [Change['kind'], unknown][]): Change[] => withParents(puts(...changes));

describe.each(backends)('the postgres adapter on $name', (backend) => {
  const schemas: string[] = [];
  async function subject() {
    const client = await backend.client();
    const schema = freshSchema();
    schemas.push(schema);
    return { client, schema, adapter: createPostgresAdapter({ client, schema }) };
  }
  afterEach(async () => {
    const client = await backend.client();
    for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  it('given numbers at the edges of a double, when stored and read back, it returns exactly the same numbers', async () => {
    const { adapter } = await subject();
    const values = [5e-324, 1e15, 0.1 + 0.2, -1e21, Number.MAX_SAFE_INTEGER, 1.7976931348623157e308, 123456.789];
    const records = values.map((current, index) => keyResult(`k${index}`, 'o1', current));
    await adapter.apply(seeded(...records.map((record) => ['keyResult', record] as [Change['kind'], unknown])));
    const loaded = await adapter.load();
    const byId = new Map(loaded.records.map((stored) => [(stored.record as KeyResult).id, stored.record as KeyResult]));
    values.forEach((value, index) => {
      const metric = byId.get(`k${index}`)?.metric;
      expect(metric?.kind === 'numeric' && Object.is(metric.current, value), `${value} round-trips`).toBe(true);
    });
  });

  it('given a stored record, when a writer names a stale version, it throws ConflictError carrying the current record', async () => {
    const { adapter } = await subject();
    await adapter.apply(seeded(['objective', objective('o1')]));
    const [updated] = await adapter.apply([{ op: 'put', kind: 'objective', record: { ...objective('o1'), title: 'v2' }, expectedVersion: 1 }]);
    expect(updated).toMatchObject({ op: 'put', id: 'o1', version: 2, record: { title: 'v2' } });
    const stale = adapter.apply([{ op: 'put', kind: 'objective', record: { ...objective('o1'), title: 'v2b' }, expectedVersion: 1 }]);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ code: 'conflict', expectedVersion: 1, current: { version: 2, record: { title: 'v2' } } });
    await expect(adapter.apply(puts(['objective', objective('o1')]))).rejects.toMatchObject({ expectedVersion: null, current: { version: 2 } });
    await expect(adapter.apply([{ op: 'delete', kind: 'objective', id: 'missing', expectedVersion: 1 }])).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      adapter.apply([{ op: 'put', kind: 'objective', record: objective('missing'), expectedVersion: 3 }]),
    ).rejects.toMatchObject({ code: 'conflict', current: null });
  });

  it('given a batch whose last change conflicts, it applies none of the batch', async () => {
    const { adapter } = await subject();
    await adapter.apply(seeded(['objective', objective('o1')]));
    const batch: Change[] = [
      ...puts(['keyResult', keyResult('k1', 'o1')], ['checkIn', checkIn('c1', 'k1')]),
      { op: 'put', kind: 'objective', record: { ...objective('o1'), title: 'changed' }, expectedVersion: 1 },
      { op: 'delete', kind: 'objective', id: 'o1', expectedVersion: 1 },
    ];
    await expect(adapter.apply(batch)).rejects.toBeInstanceOf(ConflictError);
    const { records } = await adapter.load({ kinds: ['objective', 'keyResult', 'checkIn'] });
    expect(records).toEqual([{ kind: 'objective', record: objective('o1'), version: 1 }]);
  });

  it('given two periods, when loading one, it returns every period and only that period’s objectives, key results and check-ins', async () => {
    const { adapter } = await subject();
    await adapter.apply(
      puts(
        ['period', quarter],
        ['period', nextQuarter],
        ['objective', objective('o1')],
        ['objective', objective('o2', nextQuarter.id)],
        ['keyResult', keyResult('k1', 'o1')],
        ['keyResult', keyResult('k2', 'o2')],
        ['checkIn', checkIn('c1', 'k1')],
        ['checkIn', checkIn('c2', 'k2')],
      ),
    );
    const { records } = await adapter.load({ periodId: quarter.id });
    const ids = records.map((stored) => `${stored.kind}:${(stored.record as { id: string }).id}`).sort();
    expect(ids).toEqual(['checkIn:c1', 'keyResult:k1', 'objective:o1', 'period:q1-2026', 'period:q2-2026']);
  });

  it('given weekly reports beside the OKRs, when loading by kinds or by period, it returns the kinds asked for and leaves reports out of a period', async () => {
    const { adapter } = await subject();
    const report = { id: 'w1', authorId: 'alice', week: '2026-W06', weekStart: '2026-02-02', state: 'draft', focus: [], tasks: [], problems: [], nextWeek: [] };
    await adapter.apply(puts(['period', quarter], ['objective', objective('o1')], ['keyResult', keyResult('k1', 'o1')], ['checkIn', checkIn('c1', 'k1')], ['weeklyReport', report]));
    const keys = async (query: Parameters<typeof adapter.load>[0]) =>
      (await adapter.load(query)).records.map((stored) => `${stored.kind}:${(stored.record as { id: string }).id}`).sort();
    expect(await keys({ kinds: ['weeklyReport'] })).toEqual(['weeklyReport:w1']);
    expect(await keys({ periodId: quarter.id })).toEqual(['checkIn:c1', 'keyResult:k1', 'objective:o1', 'period:q1-2026']);
    expect(await keys({ periodId: quarter.id, kinds: ['checkIn', 'period'] })).toEqual(['checkIn:c1', 'period:q1-2026']);
    expect(await keys({})).toHaveLength(5);
  });

  it('given a key result moved to another objective, when loading by period, it follows the move', async () => {
    const { adapter } = await subject();
    await adapter.apply(seeded(['objective', objective('o1')], ['objective', objective('o2', nextQuarter.id)], ['keyResult', keyResult('k1', 'o1')]));
    await adapter.apply([{ op: 'put', kind: 'keyResult', record: keyResult('k1', 'o2'), expectedVersion: 1 }]);
    const { records } = await adapter.load({ periodId: nextQuarter.id, kinds: ['objective', 'keyResult', 'checkIn'] });
    expect(records.map((stored) => (stored.record as { id: string }).id).sort()).toEqual(['k1', 'o2']);
  });

  it('given hundreds of keys with duplicates and missing ones, when getting them, it returns each existing record once', async () => {
    const { adapter } = await subject();
    const awkward = ['NULL', 'a,b', 'quote"d', 'back\\slash', '{braces}', ' spaced ', 'ünï 🎯', ''];
    const ids = [...awkward, ...Array.from({ length: 600 }, (_, index) => `c${index}`)];
    await adapter.apply(seeded(...ids.map((id) => ['checkIn', checkIn(id, 'k1')] as [Change['kind'], unknown])));
    const keys = ids.flatMap((id) => [
      { kind: 'checkIn' as const, id },
      { kind: 'checkIn' as const, id },
      { kind: 'keyResult' as const, id },
    ]);
    const found = await adapter.get(keys);
    expect(found).toHaveLength(ids.length);
    expect(new Set(found.map((stored) => (stored.record as { id: string }).id))).toEqual(new Set(ids));
  });

  it('given text jsonb cannot hold (a NUL character), it throws ValidationFailedError and stores nothing', async () => {
    const { adapter } = await subject();
    await expect(adapter.apply(puts(['objective', { ...objective('o1'), title: 'a\u0000b' }]))).rejects.toBeInstanceOf(ValidationFailedError);
    expect((await adapter.load()).records).toEqual([]);
  });

  it('given a fresh schema, when several processes migrate at once, every one succeeds and the step runs once', async () => {
    const clients = await Promise.all(Array.from({ length: 5 }, () => backend.client()));
    const schema = freshSchema();
    schemas.push(schema);
    const applied = await Promise.all(clients.map((client) => migrate(client, { schema })));
    const every = migrations.map((migration) => migration.version).sort((a, b) => a - b);
    expect(applied.flat().sort((a, b) => a - b), 'each step ran once, in one of the processes').toEqual(every);
    expect(await migrate(clients[0]!, { schema })).toEqual([]);
    const { rows } = await clients[0]!.query(`SELECT version FROM "${schema}".schema_migrations`);
    expect(rows).toHaveLength(every.length);
  });

  it('given a custom table name, it keeps its records and migrations apart from the default table', async () => {
    const { client, schema, adapter } = await subject();
    const other = createPostgresAdapter({ client, schema, tableName: 'team_okrs' });
    await adapter.apply(puts(['period', quarter]));
    await other.apply(puts(['period', nextQuarter]));
    expect((await other.load()).records.map((stored) => (stored.record as { id: string }).id)).toEqual([nextQuarter.id]);
    expect(() => createPostgresAdapter({ client, schema: 'x"; DROP TABLE y; --' })).toThrow(TypeError);
  });

  it('given serialization failures, it retries the whole batch a bounded number of times', async () => {
    // Batches of two changes: a single change is one autocommitted statement, not a transaction.
    const { client, schema } = await subject();
    await migrate(client, { schema });
    let failures = 2;
    const flaky: SqlClient = {
      query: (text, params) => client.query(text, params),
      transaction: (fn) =>
        client.transaction(async (sql) => {
          const result = await fn(sql);
          if (failures-- > 0) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
          return result;
        }),
    };
    const adapter = createPostgresAdapter({ client: flaky, schema, maxAttempts: 3 });
    await expect(adapter.apply(puts(['period', quarter], ['objective', objective('o1')]))).resolves.toHaveLength(2);
    expect(failures).toBe(-1);
    expect((await adapter.load()).records).toHaveLength(2);
    failures = 5;
    const failing = adapter.apply(puts(['period', nextQuarter], ['objective', objective('o2')]));
    await expect(failing).rejects.toBeInstanceOf(UnavailableError);
    await expect(failing).rejects.toMatchObject({ retryable: true });
    expect(failures, 'three attempts, then it gave up').toBe(2);
    expect((await adapter.load()).records).toHaveLength(2);
  });

  it('given many writers naming the same version at once, exactly one wins and the others get ConflictError', async () => {
    const { adapter, schema, client } = await subject();
    await adapter.apply(seeded(['keyResult', keyResult('k1', 'o1')]));
    const writers = Array.from({ length: 8 }, () => createPostgresAdapter({ client, schema }));
    const results = await Promise.allSettled(
      writers.map((writer, index) =>
        writer.apply([{ op: 'put', kind: 'keyResult', record: keyResult('k1', 'o1', 1000 + index), expectedVersion: 1 }]),
      ),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((result) => result.status === 'rejected')) {
      expect(result.reason).toBeInstanceOf(ConflictError);
    }
    expect((await adapter.load({ kinds: ['keyResult'] })).records[0]?.version).toBe(2);
  });
});
