import {
  ConflictError,
  NotFoundError,
  ValidationFailedError,
  type AnyRecord,
  type AppliedChange,
  type ApplyOptions,
  type Change,
  type LoadQuery,
  type LoadedRecords,
  type RecordKey,
  type RecordKind,
  type StorageAdapter,
  type StoredRecord,
} from '@okrkit/core';
import { migrate, tableNames, type PostgresLocation } from './migrations';
import type { SqlClient, SqlQueryable } from './sql-client';
import { isTransactionRetryable, toPostgresStorageError } from './sql-errors';
import { assertConditions, assertIntegrityInTransaction, cycleReferences, needsIntegrityCheck, referenceColumns } from './record-integrity';
import { assertKeysStorable, isDataError, toDataValidationError } from './data-errors';
import { sqlState } from './sql-errors';
import { appendToChangeLog, changeFeedNames, createChangeFeed, pruneChangeLog, type ChangeFeedOptions } from './change-feed';

/** Options of {@link createPostgresAdapter}. */
export interface PostgresAdapterOptions extends PostgresLocation {
  /** The database connection: `fromPg(pool)` or `fromPglite(db)`. */
  client: SqlClient;
  /**
   * Run {@link migrate} before the first load or write. Turn it off when migrations run
   * as a deploy step and the application's database role may not change the schema.
   * @default true
   */
  autoMigrate?: boolean;
  /**
   * How many times a batch is attempted when the database reports a serialization
   * failure (40001) or a deadlock (40P01); after that it fails with `UnavailableError`.
   * @default 5
   */
  maxAttempts?: number;
  /**
   * The change feed that gives the adapter `subscribe`: every write also logs its batch
   * (in the same transaction) and notifies, so that every process on the database hears
   * every committed write in commit order, once (see `change-feed.ts`). `false` turns it
   * off (no log, no `pg_notify`, no `subscribe`) for engines without `LISTEN`/`NOTIFY`;
   * then every process of a deployment must turn it off.
   * @default true ({ retentionSeconds: 600, retentionRows: 100000, pruneEvery: 256 })
   */
  changeFeed?: boolean | ChangeFeedOptions;
}

/**
 * The PostgreSQL adapter: the contract's `load`, `get`, `apply` and (with the change feed,
 * on by default) `subscribe`, which hears writes of every process on the database.
 */
export interface PostgresAdapter extends Required<Pick<StorageAdapter, 'load' | 'get' | 'apply'>>, Pick<StorageAdapter, 'subscribe'> {
  readonly name: 'postgres';
  /** Prunes the change log now (it is also pruned every `pruneEvery` writes); resolves to the batches removed. */
  pruneChangeLog(): Promise<number>;
  /** Resolves once the feed listens (right after the first `subscribe`): a write committed after it is heard. */
  whenListening(): Promise<void>;
}

interface RecordRow {
  kind: RecordKind;
  id: string;
  version: string | number;
  data: unknown;
}

const KINDS: ReadonlySet<string> = new Set<RecordKind>(['period', 'objective', 'keyResult', 'checkIn', 'weeklyReport', 'planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut']);

function toStored(row: RecordRow): StoredRecord {
  // pg returns bigint as a string (it may exceed 2^53); versions never come near that.
  return { kind: row.kind, record: row.data, version: Number(row.version) };
}

function stringField(record: AnyRecord, field: string): string | null {
  const value = (record as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : null;
}

/** The parent columns that make loading one period an indexed walk. */
function parentColumns(kind: RecordKind, record: AnyRecord): [string | null, string | null, string | null] {
  switch (kind) {
    case 'objective':
      return [stringField(record, 'periodId'), null, null];
    case 'keyResult':
      return [null, stringField(record, 'objectiveId'), null];
    case 'checkIn':
      return [null, null, stringField(record, 'keyResultId')];
    case 'period':
    case 'weeklyReport':
    case 'planningCycle':
    case 'proposal':
    case 'proposalComment':
    case 'vote':
    case 'closeOut':
      // The cycle's references live in `refs` (migration 5).
      return [null, null, null];
    default:
      return kind satisfies never;
  }
}

/**
 * Stores okrkit's records in PostgreSQL (or PGlite, or a PostgreSQL-compatible engine):
 * one table, one row per record with its version, every batch in one transaction with
 * the version checks done by the `UPDATE`/`INSERT`/`DELETE` statements themselves, so
 * two servers writing at once can never overwrite each other (no lost update).
 * @example
 * const storage = createPostgresAdapter({ client: fromPg(new pg.Pool({ connectionString })) });
 * const handler = createOkrHandler({ storage, authorize, identify });
 */
export function createPostgresAdapter(options: PostgresAdapterOptions): PostgresAdapter {
  const { client } = options;
  const table = tableNames(options);
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5);
  const feedOptions: ChangeFeedOptions | null = options.changeFeed === false ? null : options.changeFeed === true || options.changeFeed === undefined ? {} : options.changeFeed;
  const feedNames = changeFeedNames(table);
  let writesSincePrune = 0;
  let ready: Promise<unknown> | undefined;

  function ensureMigrated(): Promise<unknown> {
    if (options.autoMigrate === false) return Promise.resolve();
    // Memoised, but forgotten on failure so that the next call tries again.
    ready ??= migrate(client, options).catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  const columns = `kind, id, version, data`;

  async function current(sql: SqlQueryable, kind: RecordKind, id: string): Promise<StoredRecord | null> {
    const { rows } = await sql.query<RecordRow>(`SELECT ${columns} FROM ${table.records} WHERE kind = $1 AND id = $2 AND NOT deleted`, [kind, id]);
    return rows[0] ? toStored(rows[0]) : null;
  }

  async function applyOne(sql: SqlQueryable, change: Change): Promise<AppliedChange> {
    if (change.op === 'delete') {
      // A tombstone, not a DELETE: the row keeps its version (a re-create continues above it)
      // and loses its data and references (so no dependant look-up finds it).
      const { rows } = await sql.query(
        `UPDATE ${table.records}
         SET deleted = true, data = jsonb_build_object('id', id), period_id = NULL, objective_id = NULL, key_result_id = NULL,
             parent_id = NULL, contributes_to = NULL, refs = NULL, updated_at = now()
         WHERE kind = $1 AND id = $2 AND version = $3 AND NOT deleted RETURNING id`,
        [
        change.kind,
        change.id,
        change.expectedVersion,
      ]);
      if (rows.length === 0) {
        const now = await current(sql, change.kind, change.id);
        if (now === null) throw new NotFoundError(change.kind, change.id);
        throw new ConflictError(change.kind, change.id, change.expectedVersion, now);
      }
      return { op: 'delete', kind: change.kind, id: change.id, version: null };
    }
    const id = change.record.id;
    const data = JSON.stringify(change.record);
    const [periodId, objectiveId, keyResultId] = parentColumns(change.kind, change.record);
    const [parentId, contributesTo] = referenceColumns(change.kind, change.record);
    const refs = cycleReferences(change.kind, change.record);
    const { rows } =
      change.expectedVersion === null
        ? // Creating: the primary key decides, atomically, whether the id was free. Over a
          // tombstone it revives the row one version above the deleted one; over a live row
          // the DO UPDATE's WHERE fails, nothing returns, and it is a conflict.
          await sql.query<RecordRow>(
            `INSERT INTO ${table.records} AS r (kind, id, version, period_id, objective_id, key_result_id, parent_id, contributes_to, refs, data, updated_at)
             VALUES ($1, $2, 1, $3, $4, $5, $7, $8::text[], $9::text[], $6::jsonb, now())
             ON CONFLICT (kind, id) DO UPDATE
               SET version = r.version + 1, deleted = false, data = EXCLUDED.data, period_id = EXCLUDED.period_id, objective_id = EXCLUDED.objective_id,
                   key_result_id = EXCLUDED.key_result_id, parent_id = EXCLUDED.parent_id, contributes_to = EXCLUDED.contributes_to, refs = EXCLUDED.refs, updated_at = now()
               WHERE r.deleted
             RETURNING ${columns}`,
            [change.kind, id, periodId, objectiveId, keyResultId, data, parentId, contributesTo, refs],
          )
        : // Updating: the WHERE clause is the version check. A concurrent writer's row lock
          // makes this wait, then re-check the version against the committed row.
          await sql.query<RecordRow>(
            `UPDATE ${table.records}
             SET data = $3::jsonb, version = version + 1, period_id = $4, objective_id = $5, key_result_id = $6,
                 parent_id = $8, contributes_to = $9::text[], refs = $10::text[], updated_at = now()
             WHERE kind = $1 AND id = $2 AND version = $7 AND NOT deleted
             RETURNING ${columns}`,
            [change.kind, id, data, periodId, objectiveId, keyResultId, change.expectedVersion, parentId, contributesTo, refs],
          );
    const row = rows[0];
    if (!row) throw new ConflictError(change.kind, id, change.expectedVersion, await current(sql, change.kind, id));
    return { op: 'put', kind: change.kind, id, version: Number(row.version), record: row.data as AnyRecord };
  }

  /** {@link applyOne}, with a data error of the database turned into a 422 naming `changes[index]` and the field at fault. */
  async function applyLocated(sql: SqlQueryable, change: Change, index: number): Promise<AppliedChange> {
    try {
      return await applyOne(sql, change);
    } catch (error) {
      if (isDataError(sqlState(error))) throw toDataValidationError(sqlState(error), { change, index });
      throw error;
    }
  }

  /** Prunes the change log every `pruneEvery` writes of this process, in the background (a failure waits for the next turn). */
  function afterWrite(): void {
    if (!feedOptions) return;
    writesSincePrune += 1;
    if (writesSincePrune < Math.max(1, feedOptions.pruneEvery ?? 256)) return;
    writesSincePrune = 0;
    void pruneChangeLog(client, feedNames, feedOptions).catch(() => undefined);
  }

  const feed = feedOptions ? createChangeFeed(client, feedNames, feedOptions, ensureMigrated) : null;

  function validateKinds(changes: readonly Change[]): void {
    changes.forEach((change, index) => {
      if (!KINDS.has(change.kind)) {
        throw new ValidationFailedError([{ path: `changes[${index}].kind`, message: `unknown record kind "${String(change.kind)}"` }]);
      }
    });
  }

  return {
    name: 'postgres',
    ...(feed && { subscribe: feed.subscribe }),
    whenListening: () => feed?.whenListening() ?? Promise.resolve(),
    async pruneChangeLog(): Promise<number> {
      if (!feedOptions) return 0;
      try {
        await ensureMigrated();
        return await pruneChangeLog(client, feedNames, feedOptions);
      } catch (error) {
        throw toPostgresStorageError(error);
      }
    },

    async load(query?: LoadQuery): Promise<LoadedRecords> {
      try {
        await ensureMigrated();
        const kinds = query?.kinds ? [...query.kinds] : null;
        const { rows } =
          query?.periodId === undefined
            ? await client.query<RecordRow>(
                `SELECT ${columns} FROM ${table.records} WHERE NOT deleted AND ($1::text[] IS NULL OR kind = ANY($1::text[]))`,
                [kinds],
              )
            : // One statement, so one snapshot: a concurrent batch is seen whole or not at all.
              // Weekly reports belong to no period: they are asked for by kind.
              await client.query<RecordRow>(
                `SELECT ${columns} FROM (
                   SELECT ${columns} FROM ${table.records} WHERE kind = 'period' AND NOT deleted
                   UNION ALL
                   SELECT ${columns} FROM ${table.records} WHERE kind = 'objective' AND period_id = $1 AND NOT deleted
                   UNION ALL
                   SELECT k.kind, k.id, k.version, k.data FROM ${table.records} k
                     JOIN ${table.records} o ON o.kind = 'objective' AND o.id = k.objective_id
                     WHERE k.kind = 'keyResult' AND o.period_id = $1
                   UNION ALL
                   SELECT c.kind, c.id, c.version, c.data FROM ${table.records} c
                     JOIN ${table.records} k ON k.kind = 'keyResult' AND k.id = c.key_result_id
                     JOIN ${table.records} o ON o.kind = 'objective' AND o.id = k.objective_id
                     WHERE c.kind = 'checkIn' AND o.period_id = $1
                 ) AS loaded
                 -- (Tombstones have NULL reference columns, so the joins above never reach one.)
                 WHERE $2::text[] IS NULL OR kind = ANY($2::text[])`,
                [query.periodId, kinds],
              );
        return { records: rows.map(toStored) };
      } catch (error) {
        throw toPostgresStorageError(error, query?.periodId === undefined ? undefined : { periodId: query.periodId });
      }
    },

    async get(keys: readonly RecordKey[]): Promise<StoredRecord[]> {
      // Ids grouped by kind, each group one array parameter: `id = ANY($n::text[])` is plain
      // SQL that every PostgreSQL-compatible engine plans as primary-key lookups, and the
      // statement stays the same size however many keys there are (a long list of row
      // values makes PGlite 0.5 hang past ~260 of them).
      const idsByKind = new Map<RecordKind, Set<string>>();
      for (const key of keys) {
        if (!idsByKind.has(key.kind)) idsByKind.set(key.kind, new Set());
        idsByKind.get(key.kind)!.add(key.id);
      }
      if (idsByKind.size === 0) return [];
      assertKeysStorable(keys, (index) => `keys[${index}]`);
      const groups = [...idsByKind];
      try {
        await ensureMigrated();
        const { rows } = await client.query<RecordRow>(
          `SELECT ${columns} FROM ${table.records} WHERE NOT deleted AND (${groups.map((_, index) => `(kind = $${2 * index + 1} AND id = ANY($${2 * index + 2}::text[]))`).join(' OR ')})`,
          groups.flatMap(([kind, ids]) => [kind, [...ids]]),
        );
        return rows.map(toStored);
      } catch (error) {
        throw toPostgresStorageError(error, { keys });
      }
    },

    async apply(changes: readonly Change[], applyOptions: ApplyOptions = {}): Promise<AppliedChange[]> {
      const conditions = applyOptions.conditions ?? [];
      validateKinds(changes);
      assertKeysStorable(changes.map((change) => ({ kind: change.kind, id: change.op === 'delete' ? change.id : change.record?.id })), (index) => (changes[index]?.op === 'delete' ? `changes[${index}]` : `changes[${index}].record`));
      if (changes.length === 0) return [];
      try {
        await ensureMigrated();
        for (let attempt = 1; ; attempt += 1) {
          try {
            // One change is one statement, atomic on its own (autocommit): a third of the round
            // trips of BEGIN … COMMIT, and the common case (recording a check-in). When its
            // check fails nothing was written, so the follow-up read of the current record
            // needs no transaction either.
            // (With the change feed the log row must commit with the write: always a transaction.)
            // Conditions and the integrity reads must share the write's transaction: no fast path then.
            const [only] = changes;
            if (changes.length === 1 && only && !feedOptions && conditions.length === 0 && !needsIntegrityCheck(changes)) return [await applyLocated(client, only, 0)];
            // All or nothing: the first failing check throws, and the transaction rolls back.
            const committed = await client.transaction(async (sql) => {
              // First the versions the batch depends on (locked until commit), then the writes,
              // then integrity against the state they left (see record-integrity.ts for why
              // this order holds under concurrent writers).
              await assertConditions(sql, table, conditions, changes);
              const applied: AppliedChange[] = [];
              for (const [index, change] of changes.entries()) applied.push(await applyLocated(sql, change, index));
              await assertIntegrityInTransaction(sql, table, changes);
              // Last statement before COMMIT: it orders this batch among all writers' (see change-feed.ts).
              if (feedOptions) await appendToChangeLog(sql, feedNames, applied);
              return applied;
            });
            afterWrite();
            return committed;
          } catch (error) {
            if (attempt >= maxAttempts || !isTransactionRetryable(error)) throw error;
            // Rolled back by the database: running the batch again cannot apply anything twice.
            await new Promise((resolve) => setTimeout(resolve, Math.min(200, 5 * 2 ** attempt) * Math.random()));
          }
        }
      } catch (error) {
        throw toPostgresStorageError(error);
      }
    },
  };
}
