import { PGlite } from '@electric-sql/pglite';
import type { ConformanceSubject, ConformanceTarget } from '@okrkit/core/testing';
import pg from 'pg';
import { createPostgresAdapter, fromPg, fromPglite, type PostgresAdapter } from '../src/index';

let schemaCounter = 0;

/** A schema name no other test (nor another run against the same DATABASE_URL) uses. */
export function freshSchema(prefix = 'okrkit_test'): string {
  schemaCounter += 1;
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${schemaCounter}`;
}

/** A pool on the test server that tolerates connections killed under it (fault tests). */
export function testPool(databaseUrl: string, config: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4, ...config });
  // Idle connections that the server drops report here; an unhandled 'error' would end the run.
  pool.on('error', () => undefined);
  return pool;
}

/**
 * Conformance subjects on PGlite. Starting PGlite takes seconds, so subjects share one
 * in-memory instance and each gets a fresh schema; `breakStorage` closes that instance
 * for real, and the next subject starts a new one.
 */
export function pgliteTarget(): ConformanceTarget & { close(): Promise<void> } {
  let shared: Promise<PGlite> | undefined;
  return {
    async create(): Promise<ConformanceSubject> {
      shared ??= PGlite.create();
      const instance = shared;
      const db = await instance;
      const schema = freshSchema();
      const adapter = createPostgresAdapter({ client: fromPglite(db), schema });
      return {
        adapter,
        // PGlite is one connection in one process: a second adapter on it is still an
        // independent client of the same tables, which is what the peer tests need.
        peer: async () => createPostgresAdapter({ client: fromPglite(db), schema }),
        breakStorage: async () => {
          if (shared === instance) shared = undefined;
          await db.close();
        },
        cleanup: async () => {
          if (!db.closed) await db.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        },
      };
    },
    async close() {
      const db = await shared;
      shared = undefined;
      if (db && !db.closed) await db.close();
    },
  };
}

/** Conformance subjects on the real server: a fresh schema and pool each, a second pool as the peer. */
export function postgresTarget(databaseUrl: () => string): ConformanceTarget {
  return {
    async create(): Promise<ConformanceSubject> {
      const schema = freshSchema();
      const pools: pg.Pool[] = [];
      const open = (): PostgresAdapter => {
        const pool = testPool(databaseUrl());
        pools.push(pool);
        return createPostgresAdapter({ client: fromPg(pool), schema });
      };
      const adapter = open();
      let broken = false;
      return {
        adapter,
        peer: async () => open(),
        breakStorage: async () => {
          broken = true;
          await Promise.all(pools.map((pool) => pool.end()));
        },
        cleanup: async () => {
          if (!broken) await Promise.all(pools.map((pool) => pool.end()));
          const admin = testPool(databaseUrl(), { max: 1 });
          await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).finally(() => admin.end());
        },
      };
    },
  };
}
