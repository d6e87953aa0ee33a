import { changeFeedMigration } from './change-feed';
import type { SqlClient } from './sql-client';
import { sqlState, toPostgresStorageError } from './sql-errors';

/** Where the adapter keeps its tables. */
export interface PostgresLocation {
  /** The schema that holds the tables; created if missing. @default 'okrkit' */
  schema?: string;
  /** The records table. @default 'records' */
  tableName?: string;
}

/** One versioned step of the schema. Statements run in order, in one transaction. */
export interface Migration {
  version: number;
  name: string;
  statements(table: TableNames): string[];
}

/** Quoted, schema-qualified names, ready to paste into SQL. */
export interface TableNames {
  schema: string;
  records: string;
  migrations: string;
  /** The unquoted table name, for deriving index names. */
  plainRecords: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** Quotes a schema or table name after checking it is a plain identifier (no SQL injection through options). */
export function quoteIdentifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new TypeError(`"${name}" is not a valid PostgreSQL identifier (letters, digits, _)`);
  return `"${name}"`;
}

/** The quoted names of the adapter's tables for a location. */
export function tableNames(location: PostgresLocation = {}): TableNames {
  const schema = quoteIdentifier(location.schema ?? 'okrkit');
  const plainRecords = location.tableName ?? 'records';
  return {
    schema,
    records: `${schema}.${quoteIdentifier(plainRecords)}`,
    migrations: `${schema}.${quoteIdentifier('schema_migrations')}`,
    plainRecords,
  };
}

/**
 * The schema, step by step. Append new steps; never edit a released one. Only plain SQL
 * that PostgreSQL-compatible distributed engines accept: no PL/pgSQL, no extensions.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'records table',
    statements: (table) => [
      // One table for every kind: a batch touching objectives, KRs and check-ins is one
      // transaction on one table, and the primary key (kind, id) is the version-check row.
      `CREATE TABLE IF NOT EXISTS ${table.records} (
        kind text NOT NULL,
        id text NOT NULL,
        version bigint NOT NULL,
        period_id text NULL,
        objective_id text NULL,
        key_result_id text NULL,
        data jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (kind, id)
      )`,
      // Loading one period walks objectives → key results → check-ins by these columns.
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table.plainRecords}_period_idx`)} ON ${table.records} (kind, period_id)`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table.plainRecords}_objective_idx`)} ON ${table.records} (kind, objective_id)`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table.plainRecords}_key_result_idx`)} ON ${table.records} (kind, key_result_id)`,
    ],
  },
  {
    version: 2,
    name: 'tombstones and reference columns',
    statements: (table) => [
      // A delete keeps the row as a tombstone with its last version, so a re-created id
      // continues above it; loads and gets skip `deleted` rows.
      `ALTER TABLE ${table.records} ADD COLUMN IF NOT EXISTS deleted boolean NOT NULL DEFAULT false`,
      // The references the integrity rule looks up from the other side ("who refers to this
      // objective?"): parents of objectives and periods, and contributions.
      `ALTER TABLE ${table.records} ADD COLUMN IF NOT EXISTS parent_id text NULL`,
      `ALTER TABLE ${table.records} ADD COLUMN IF NOT EXISTS contributes_to text[] NULL`,
      `UPDATE ${table.records} SET parent_id = data->>'parentId'
         WHERE kind IN ('objective', 'period') AND jsonb_typeof(data->'parentId') = 'string'`,
      `UPDATE ${table.records} SET contributes_to = ARRAY(SELECT jsonb_array_elements_text(data->'contributesTo'))
         WHERE kind IN ('objective', 'keyResult') AND jsonb_typeof(data->'contributesTo') = 'array'`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table.plainRecords}_parent_idx`)} ON ${table.records} (kind, parent_id) WHERE NOT deleted`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table.plainRecords}_contributes_idx`)} ON ${table.records} USING gin (contributes_to) WHERE NOT deleted`,
    ],
  },
  // Version 3, defined beside the feed that uses it: the change log and its counter.
  changeFeedMigration,
  {
    version: 4,
    name: 'key-result positions',
    statements: (table) => [
      // Loads return rows in no particular order, so key results stored before `position`
      // existed had no order that survived a reload. Each objective's unpositioned key results
      // are numbered after its highest stored position (from 1 when it has none), by id in
      // byte order (COLLATE "C": the same on every server, whatever its default collation),
      // capped at the model's 1,000,000. The version grows, as for any write, so a client
      // holding the old record is told it changed. No column or index is needed: position
      // lives in `data`, and ordering is the store's (it sorts an objective's KRs on read).
      `WITH placed AS (
         SELECT objective_id, MAX(floor((data->>'position')::numeric)) AS top FROM ${table.records}
          WHERE kind = 'keyResult' AND NOT deleted AND jsonb_typeof(data->'position') = 'number'
          GROUP BY objective_id
       ), unplaced AS (
         SELECT id, objective_id, ROW_NUMBER() OVER (PARTITION BY objective_id ORDER BY id COLLATE "C") AS rank FROM ${table.records}
          WHERE kind = 'keyResult' AND NOT deleted AND jsonb_typeof(data->'position') IS DISTINCT FROM 'number'
       )
       UPDATE ${table.records} AS r
          SET data = jsonb_set(r.data, '{position}', to_jsonb(LEAST(1000000, COALESCE(p.top, 0)::bigint + u.rank))),
              version = r.version + 1, updated_at = now()
         FROM unplaced u LEFT JOIN placed p ON p.objective_id IS NOT DISTINCT FROM u.objective_id
        WHERE r.kind = 'keyResult' AND r.id = u.id`,
    ],
  },
  {
    version: 5,
    name: 'planning cycle references',
    statements: (table) => [
      // The planning cycle's kinds (planningCycle, proposal, proposalComment, vote, closeOut)
      // live in the same table, one row per record as every kind. Their references are many
      // and varied (a vote names each proposal it ranks, a close-out each key result it
      // grades), so rather than a column per reference they are kept as `kind:id` keys in one
      // array, GIN-indexed, which the integrity rule's "who refers to this?" look-up asks with
      // `refs && $targets`. No backfill: no record of these kinds could be stored before this
      // step (the adapter refused unknown kinds).
      `ALTER TABLE ${table.records} ADD COLUMN IF NOT EXISTS refs text[] NULL`,
      `CREATE INDEX IF NOT EXISTS ${quoteIdentifier(`${table.plainRecords}_refs_idx`)} ON ${table.records} USING gin (refs) WHERE NOT deleted`,
    ],
  },
];

// Two processes creating the same schema or table at the same instant can both pass the
// IF NOT EXISTS check; the loser gets a unique violation on the catalog (23505) or
// "already exists" (42P06 schema, 42P07 table, 42710 the table's row type). Running the step again then finds it and does nothing.
const CREATE_RACE = new Set(['23505', '42P06', '42P07', '42710', '40001', '40P01']);

async function withCreateRaceRetry<T>(run: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !CREATE_RACE.has(sqlState(error) ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 20));
    }
  }
}

/**
 * Brings the schema up to date; returns the versions it applied (empty when there was
 * nothing to do). Idempotent, and safe when several processes start at once — without
 * advisory locks, which CockroachDB and YugabyteDB do not offer:
 *
 * 1. `CREATE SCHEMA/TABLE IF NOT EXISTS` for the schema and the `schema_migrations` table
 *    (a lost creation race is retried and then finds the table there);
 * 2. per step, one transaction that first claims the step with
 *    `INSERT INTO schema_migrations … ON CONFLICT DO NOTHING RETURNING version`, then runs
 *    it. The primary key is the lock: a second process inserting the same version waits
 *    for the first one's transaction, then inserts nothing and skips the step. Had the first
 *    failed, its claim rolls back with its DDL and the second one runs the step instead.
 *    Each step also uses IF NOT EXISTS, so a step is harmless even when run twice.
 * @example await migrate(fromPg(pool), { schema: 'okrkit' });
 */
export async function migrate(client: SqlClient, location: PostgresLocation = {}): Promise<number[]> {
  const table = tableNames(location);
  const applied: number[] = [];
  try {
    await withCreateRaceRetry(() => client.query(`CREATE SCHEMA IF NOT EXISTS ${table.schema}`));
    await withCreateRaceRetry(() =>
      client.query(
        `CREATE TABLE IF NOT EXISTS ${table.migrations} (
          scope text NOT NULL,
          version integer NOT NULL,
          name text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (scope, version)
        )`,
      ),
    );
    // Skipping what is recorded keeps a restart to one cheap read.
    const done = await client.query<{ version: number }>(`SELECT version FROM ${table.migrations} WHERE scope = $1`, [table.plainRecords]);
    const known = new Set(done.rows.map((row) => Number(row.version)));
    for (const migration of migrations) {
      if (known.has(migration.version)) continue;
      const ran = await withCreateRaceRetry(() =>
        client.transaction(async (transaction) => {
          const claim = await transaction.query(
            `INSERT INTO ${table.migrations} (scope, version, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING version`,
            [table.plainRecords, migration.version, migration.name],
          );
          if (claim.rows.length === 0) return false;
          for (const statement of migration.statements(table)) await transaction.query(statement);
          return true;
        }),
      );
      if (ran) applied.push(migration.version);
    }
    return applied;
  } catch (error) {
    throw toPostgresStorageError(error);
  }
}
