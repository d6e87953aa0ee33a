import { UnavailableError, type Change } from '@okrkit/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg, type PostgresAdapter } from '../src/index';
import { checkIn, keyResult, objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

const VICTIM = 'okrkit-fault-victim';

/**
 * Fault tests on the real server: the adapter's connection is killed from another session
 * (`pg_terminate_backend`, what a database restart or failover does to it) while a batch
 * is in flight. A batch must then be entirely applied or not at all, and nothing that was
 * acknowledged may be lost.
 */
describe('the postgres adapter when its connection is killed mid-batch', () => {
  const schema = freshSchema('okrkit_fault');
  let admin: ReturnType<typeof testPool>;
  let victim: ReturnType<typeof testPool>;
  let adapter: PostgresAdapter;

  beforeAll(async () => {
    admin = testPool(inject('databaseUrl'), { max: 2 });
    victim = testPool(inject('databaseUrl'), { max: 6, application_name: VICTIM });
    adapter = createPostgresAdapter({ client: fromPg(victim), schema });
    await adapter.apply([
      { op: 'put', kind: 'period', record: quarter, expectedVersion: null },
      { op: 'put', kind: 'objective', record: objective('o1'), expectedVersion: null },
      { op: 'put', kind: 'keyResult', record: keyResult('k1', 'o1'), expectedVersion: null },
    ]);
  });
  afterAll(async () => {
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await Promise.all([admin?.end(), victim?.end()]);
  });

  /** Kills every victim backend that is inside a transaction; returns how many. */
  async function killTransactions(): Promise<number> {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity
       WHERE application_name = $1 AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
      [VICTIM],
    );
    return rows.filter((row: { killed: boolean }) => row.killed).length;
  }

  async function countCheckIns(prefix: string): Promise<number> {
    const { rows } = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".records WHERE kind = 'checkIn' AND id LIKE $1`, [`${prefix}%`]);
    return (rows[0] as { n: number }).n;
  }

  const batchOfCheckIns = (prefix: string, size: number): Change[] =>
    Array.from({ length: size }, (_, index) => ({
      op: 'put',
      kind: 'checkIn',
      record: checkIn(`${prefix}${index}`, 'k1', 1000 + index),
      expectedVersion: null,
    }));

  it('given acknowledged writes, when the connection dies inside a large batch, it rejects with UnavailableError, applies none of the batch and keeps every acknowledged write', async () => {
    const acknowledged = await Promise.all(Array.from({ length: 20 }, (_, index) => adapter.apply(batchOfCheckIns(`ack-${index}-`, 5))));
    expect(acknowledged.flat()).toHaveLength(100);

    const pending = adapter.apply(batchOfCheckIns('big-', 5000));
    const outcome = pending.then(
      () => 'applied' as const,
      (error: unknown) => error,
    );
    // Wait until the batch's transaction is open on the server, let it write a while, then kill it.
    let killed = 0;
    for (let tries = 0; killed === 0 && tries < 400; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const { rows } = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL`, [VICTIM]);
      if ((rows[0] as { n: number }).n > 0) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        killed = await killTransactions();
      }
    }
    expect(killed).toBe(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(UnavailableError);
    expect(error).toMatchObject({ code: 'unavailable', retryable: true });

    expect(await countCheckIns('big-')).toBe(0);
    expect(await countCheckIns('ack-')).toBe(100);
    // The pool dropped the dead connection: the next write goes through on a fresh one.
    await expect(adapter.apply(batchOfCheckIns('after-', 3))).resolves.toHaveLength(3);
    expect(await countCheckIns('after-')).toBe(3);
  });

  it('given writers running while connections are killed again and again, every batch is all there or not there at all, and every acknowledged one is there', async () => {
    const batchSize = 40;
    const outcomes = new Map<string, 'acknowledged' | 'failed'>();
    let stop = false;
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let batch = 0; !stop && batch < 200; batch += 1) {
        const prefix = `chaos-${writer}-${batch}-`;
        try {
          await adapter.apply(batchOfCheckIns(prefix, batchSize));
          outcomes.set(prefix, 'acknowledged');
        } catch (error) {
          expect(error).toBeInstanceOf(UnavailableError);
          outcomes.set(prefix, 'failed');
        }
      }
    });
    let kills = 0;
    const deadline = Date.now() + 2_000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      kills += await killTransactions();
    }
    // Then a calm spell: on a busy machine every batch can outlast the 150 ms between kills, and
    // the test must still see batches get through once the connections are left alone.
    const calmUntil = Date.now() + 10_000;
    while (Date.now() < calmUntil && ![...outcomes.values()].includes('acknowledged')) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    stop = true;
    await Promise.all(writers);

    const { rows } = await admin.query(
      `SELECT substring(id from '^(chaos-[0-9]+-[0-9]+-)') AS prefix, count(*)::int AS n
       FROM "${schema}".records WHERE kind = 'checkIn' AND id LIKE 'chaos-%' GROUP BY 1`,
    );
    const stored = new Map((rows as { prefix: string; n: number }[]).map((row) => [row.prefix, row.n]));
    const failed = [...outcomes].filter(([, outcome]) => outcome === 'failed');
    expect(kills, 'the test killed connections').toBeGreaterThan(0);
    expect(failed.length, 'some batches were cut off').toBeGreaterThan(0);
    expect(outcomes.size - failed.length, 'some batches got through').toBeGreaterThan(0);
    for (const [prefix, outcome] of outcomes) {
      const count = stored.get(prefix) ?? 0;
      // A failed batch may still be whole if the connection died after COMMIT reached the
      // server (the client cannot know): what must never happen is a partial batch.
      expect([0, batchSize], `${prefix} is all or nothing`).toContain(count);
      if (outcome === 'acknowledged') expect(count, `${prefix} was acknowledged`).toBe(batchSize);
    }
  });
});
