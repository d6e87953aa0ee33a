import { createOkrStore, okrIndex, type Change, type KeyResult } from '@okrkit/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg, migrate } from '../src/index';
import { tableNames } from '../src/migrations';
import { keyResult, objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

const put = (kind: Change['kind'], record: unknown): Change => ({ op: 'put', kind, record, expectedVersion: null }) as Change;
const positioned = (id: string, objectiveId: string, position: number): KeyResult => ({ ...keyResult(id, objectiveId), position });

describe('migration 4 on a real PostgreSQL server: key results stored before positions', () => {
  const pool = testPool(inject('databaseUrl'));
  const schema = freshSchema();
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('given unpositioned key results, it numbers them per objective after the highest stored position, by id in byte order, and a store lists them so', async () => {
    const client = fromPg(pool);
    const adapter = createPostgresAdapter({ client, schema, changeFeed: false });
    await adapter.apply([
      put('period', quarter),
      put('objective', objective('o1')),
      put('objective', objective('o2')),
      put('objective', objective('o3')),
      put('keyResult', keyResult('k-b', 'o1')),
      put('keyResult', positioned('k-x', 'o1', 2)),
      put('keyResult', keyResult('K-z', 'o1')),
      put('keyResult', keyResult('k-a', 'o1')),
      put('keyResult', keyResult('m-2', 'o2')),
      put('keyResult', keyResult('m-10', 'o2')),
      put('keyResult', positioned('n-1', 'o3', 1)),
      put('keyResult', keyResult('gone', 'o3')),
    ]);
    await adapter.apply([{ op: 'delete', kind: 'keyResult', id: 'gone', expectedVersion: 1 }]);
    // As versions 1–3 left them: migration 4 not yet run on this schema.
    const table = tableNames({ schema });
    await pool.query(`DELETE FROM ${table.migrations} WHERE version = 4`);

    expect(await migrate(client, { schema })).toEqual([4]);

    const { rows } = await pool.query<{ id: string; version: string; position: number | null; deleted: boolean }>(
      `SELECT id, version, (data->'position')::int AS position, deleted FROM ${table.records} WHERE kind = 'keyResult' ORDER BY id COLLATE "C"`,
    );
    expect(rows.map((row) => [row.id, row.position, Number(row.version), row.deleted])).toEqual([
      // 'K' (0x4B) sorts before 'k' (0x6B) in byte order, and '1' before '2' ("m-10" before "m-2").
      ['K-z', 3, 2, false],
      ['gone', null, 1, true], // a tombstone is left as it was
      ['k-a', 4, 2, false],
      ['k-b', 5, 2, false],
      ['k-x', 2, 1, false],
      ['m-10', 1, 2, false],
      ['m-2', 2, 2, false],
      ['n-1', 1, 1, false],
    ]);

    const store = createOkrStore({ adapter });
    await store.load();
    const order = (objectiveId: string) => (okrIndex(store.getSnapshot().okrSet).keyResultsByObjective.get(objectiveId) ?? []).map((entry) => entry.id);
    expect([order('o1'), order('o2'), order('o3')]).toEqual([['k-x', 'K-z', 'k-a', 'k-b'], ['m-10', 'm-2'], ['n-1']]);
    // A store that read the records before the migration now names a stale version.
    await expect(adapter.apply([{ op: 'put', kind: 'keyResult', record: keyResult('k-a', 'o1'), expectedVersion: 1 }])).rejects.toMatchObject({ code: 'conflict' });
    expect(await migrate(client, { schema })).toEqual([]);
  });
});
