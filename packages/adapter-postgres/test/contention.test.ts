import { ConflictError, type Change } from '@okrkit/core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg } from '../src/index';
import { keyResult, objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

const pools: ReturnType<typeof testPool>[] = [];
afterAll(async () => {
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

describe('writers racing for one record on a real PostgreSQL server', () => {
  it('given 12 writers that each name the key result in their conditions (as the handler does) and update it at once, one wins, the rest conflict, and the server saw no deadlock', async () => {
    const pool = testPool(inject('databaseUrl'), { max: 16 });
    pools.push(pool);
    const schema = freshSchema('okrkit_race');
    const adapter = createPostgresAdapter({ client: fromPg(pool), schema });
    await adapter.apply(
      [
        { kind: 'period', record: quarter },
        { kind: 'objective', record: objective('o1') },
        { kind: 'keyResult', record: keyResult('k1', 'o1') },
      ].map((change) => ({ op: 'put', expectedVersion: null, ...change }) as Change),
    );
    const deadlocks = async () => Number((await pool.query(`SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()`)).rows[0].deadlocks);
    const before = await deadlocks();
    for (let round = 0; round < 3; round += 1) {
      const version = (await adapter.get([{ kind: 'keyResult', id: 'k1' }]))[0]!.version;
      const outcomes = await Promise.allSettled(
        Array.from({ length: 12 }, (_, index) =>
          adapter.apply([{ op: 'put', kind: 'keyResult', record: keyResult('k1', 'o1', 1000 + index), expectedVersion: version }], {
            conditions: [
              { kind: 'keyResult', id: 'k1', version },
              { kind: 'objective', id: 'o1', version: 1 },
            ],
          }),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      for (const outcome of outcomes) if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(ConflictError);
    }
    // pg_stat_database is updated when a backend reports its statistics: give it a moment.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(await deadlocks(), 'deadlocks detected by the server during the race').toBe(before);
    await pool.query(`DROP SCHEMA "${schema}" CASCADE`);
  });
});
