// The conformance suite every okrkit adapter runs, on an in-memory PostgreSQL (PGlite) with
// fresh tables per test; a second adapter on the same database is the "other tab" for
// conflicts and for subscribe hearing writes made elsewhere.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { describeStorageAdapterConformance } from '@okrkit/core/testing';
import { afterAll } from 'vitest';
import { createSqlAdapter, schema, type SqlDatabase, type SqlQueries } from './sql-adapter';

const queries = (client: PGlite | Transaction): SqlQueries => ({
  query: async (sql, params) => ({ rows: (await client.query(sql, params)).rows as never[] }),
});

/** The two methods the adapter needs, on PGlite (on `pg`, a pool client with BEGIN/COMMIT). */
export function onPglite(pglite: PGlite): SqlDatabase {
  return { ...queries(pglite), transaction: (work) => pglite.transaction((transaction) => work(queries(transaction))) };
}

// Starting PGlite takes seconds: tests share one instance (a new one after breakStorage closed it).
let shared: Promise<PGlite> | undefined;
afterAll(async () => {
  const pglite = await shared;
  if (pglite && !pglite.closed) await pglite.close();
});

describeStorageAdapterConformance('SQL adapter (README example, on PGlite)', {
  async create() {
    const instance = (shared ??= PGlite.create());
    const pglite = await instance;
    await pglite.exec(`DROP TABLE IF EXISTS okr_records, okr_changes; ${schema}`);
    const database = onPglite(pglite);
    return {
      adapter: createSqlAdapter(database, { pollMs: 20 }),
      peer: async () => createSqlAdapter(database, { pollMs: 20 }),
      breakStorage: async () => {
        if (shared === instance) shared = undefined;
        await pglite.close();
      },
    };
  },
});
