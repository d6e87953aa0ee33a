import type { Change } from '@okrkit/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg, migrate } from '../src/index';
import { tableNames } from '../src/migrations';
import { objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

const put = (kind: Change['kind'], record: unknown): Change => ({ op: 'put', kind, record, expectedVersion: null }) as Change;

describe('migration 5 on a real PostgreSQL server: the planning cycle references', () => {
  const pool = testPool(inject('databaseUrl'));
  const schema = freshSchema();
  afterAll(async () => {
    await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool.end();
  });

  it('given a schema at version 4, it adds the indexed refs column; the cycle kinds store their references there, and a referenced proposal cannot be deleted', async () => {
    const client = fromPg(pool);
    await migrate(client, { schema });
    const table = tableNames({ schema });
    // As versions 1–4 left the table: no refs column, step 5 not recorded.
    await pool.query(`DROP INDEX IF EXISTS "${schema}"."records_refs_idx"`);
    await pool.query(`ALTER TABLE ${table.records} DROP COLUMN refs`);
    await pool.query(`DELETE FROM ${table.migrations} WHERE version = 5`);

    expect(await migrate(client, { schema })).toEqual([5]);
    expect(await migrate(client, { schema })).toEqual([]);
    const { rows: indexes } = await pool.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'records_refs_idx'`, [schema]);
    expect(indexes[0]?.indexdef).toContain('gin (refs)');

    const adapter = createPostgresAdapter({ client, schema, changeFeed: false, autoMigrate: false });
    await adapter.apply([
      put('period', quarter),
      put('objective', { ...objective('o1'), state: 'proposed' }),
      put('planningCycle', { id: 'plan', periodId: quarter.id, phase: 'screening', phases: [], participants: [{ personId: 'ceo', roles: ['confirmer', 'voter'] }], votingMethod: { kind: 'ranking' } }),
      put('proposal', { id: 'p1', cycleId: 'plan', objectiveId: 'o1', proposerId: 'eve', strategy: 'Grow' }),
      put('vote', { id: 'vote:plan:ceo', cycleId: 'plan', voterId: 'ceo', ballot: { kind: 'ranking', ranking: ['p1'] } }),
    ]);
    const { rows } = await pool.query<{ kind: string; refs: string[] | null }>(`SELECT kind, refs FROM ${table.records} WHERE kind IN ('proposal', 'vote') ORDER BY kind`);
    expect(rows).toEqual([
      { kind: 'proposal', refs: ['planningCycle:plan', 'objective:o1'] },
      { kind: 'vote', refs: ['planningCycle:plan', 'proposal:p1'] },
    ]);
    await expect(adapter.apply([{ op: 'delete', kind: 'proposal', id: 'p1', expectedVersion: 1 }])).rejects.toThrow('vote "vote:plan:ceo" (ballot.ranking[0])');
    await adapter.apply([{ op: 'delete', kind: 'vote', id: 'vote:plan:ceo', expectedVersion: 1 }, { op: 'delete', kind: 'proposal', id: 'p1', expectedVersion: 1 }]);
    const { rows: after } = await pool.query<{ refs: string[] | null; deleted: boolean }>(`SELECT refs, deleted FROM ${table.records} WHERE kind = 'vote'`);
    expect(after).toEqual([{ refs: null, deleted: true }]);
  });
});
