// An okrkit storage adapter over a SQL database with transactions (PostgreSQL here, run on
// PGlite in the test): each write checks its row's version in SQL, a batch is one
// transaction, `get` reads by key, and a change log table feeds `subscribe`.
import {
  assertCondition,
  assertExpectedVersion,
  assertIntegrity,
  checkIntegrity,
  filterByQuery,
  OkrStorageError,
  referencesOf,
  UnavailableError,
  type AppliedChange,
  type AsyncIntegrityReader,
  type ChangeEvent,
  type RecordKey,
  type RecordKind,
  type StorageAdapter,
  type StoredRecord,
} from '@okrkit/core';

/** What the adapter needs from your driver: parameterised queries, and a transaction. */
export interface SqlDatabase extends SqlQueries {
  transaction<T>(work: (transaction: SqlQueries) => Promise<T>): Promise<T>;
}
export interface SqlQueries {
  query<Row>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

/** The schema: live rows and tombstones (a deleted id keeps its version), and the change log. */
export const schema = `
  CREATE TABLE IF NOT EXISTS okr_records (
    kind text NOT NULL, id text NOT NULL, version integer NOT NULL,
    data text NOT NULL, deleted boolean NOT NULL DEFAULT false,
    refs text[] NOT NULL DEFAULT '{}',          -- 'kind:id' of every record this one refers to
    PRIMARY KEY (kind, id));
  CREATE INDEX IF NOT EXISTS okr_records_refs ON okr_records USING gin (refs);
  CREATE TABLE IF NOT EXISTS okr_changes (seq bigserial PRIMARY KEY, changes text NOT NULL);`;

interface Row { kind: RecordKind; id: string; version: number; data: string }
const stored = (row: Row): StoredRecord => ({ kind: row.kind, record: JSON.parse(row.data), version: row.version });
const keyText = (key: RecordKey) => `${key.kind}:${key.id}`;

/** Live records by key, locked until the transaction ends. */
async function byKeys(sql: SqlQueries, keys: readonly RecordKey[]): Promise<StoredRecord[]> {
  if (keys.length === 0) return [];
  const { rows } = await sql.query<Row>(
    `SELECT kind, id, version, data FROM okr_records WHERE NOT deleted AND kind || ':' || id = ANY($1::text[]) FOR SHARE`,
    [keys.map(keyText)],
  );
  return rows.map(stored);
}

/** The core's referential-integrity rule, answered inside the transaction. */
const integrityReader = (sql: SqlQueries): AsyncIntegrityReader => ({
  records: (keys) => byKeys(sql, keys),
  async dependants(targets, { exclude, limit }) {
    const { rows } = await sql.query<Row & { total: number }>(
      `SELECT kind, id, version, data, count(*) OVER ()::int AS total FROM okr_records
       WHERE NOT deleted AND refs && $1::text[] AND NOT (kind || ':' || id = ANY($2::text[])) ORDER BY kind, id LIMIT $3`,
      [targets.map(keyText), exclude.map(keyText), limit],
    );
    return { records: rows.map(stored), total: rows[0]?.total ?? 0 };
  },
});

/** Driver failures become the typed error okrkit shows as "storage cannot be reached". */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (cause) {
    throw cause instanceof OkrStorageError ? cause : new UnavailableError('the database did not answer', { cause });
  }
}

export function createSqlAdapter(db: SqlDatabase, options: { pollMs?: number } = {}): StorageAdapter {
  return {
    name: 'sql',
    load: (query) => guarded(async () => {
      const { rows } = await db.query<Row>('SELECT kind, id, version, data FROM okr_records WHERE NOT deleted');
      return { records: filterByQuery(rows.map(stored), query) };
    }),
    get: (keys) => guarded(() => byKeys(db, keys)),
    // #region apply
    apply: (changes, applyOptions) => guarded(() => db.transaction(async (sql) => {
      // Conditions hold against the state before the batch, and stay locked until commit.
      const conditions = applyOptions?.conditions ?? [];
      const before = new Map((await byKeys(sql, conditions)).map((each) => [`${each.kind}:${(each.record as { id: string }).id}`, each]));
      for (const condition of conditions) assertCondition(condition, before.get(keyText(condition)));
      const applied: AppliedChange[] = [];
      for (const change of changes) {
        const id = change.op === 'put' ? change.record.id : change.id;
        // The version check per row: the UPDATE matches only the version the writer read.
        const { rows } =
          change.op === 'delete'
            ? await sql.query<{ version: number }>(`UPDATE okr_records SET deleted = true, refs = '{}' WHERE kind = $1 AND id = $2 AND NOT deleted AND version = $3 RETURNING version`, [change.kind, id, change.expectedVersion])
            : change.expectedVersion === null
              ? await sql.query<{ version: number }>(
                  // A create: a new row, or one above a tombstone's version; never over a live row.
                  `INSERT INTO okr_records (kind, id, version, data, refs) VALUES ($1, $2, 1, $3, $4)
                   ON CONFLICT (kind, id) DO UPDATE SET version = okr_records.version + 1, data = EXCLUDED.data, refs = EXCLUDED.refs, deleted = false
                   WHERE okr_records.deleted RETURNING version`,
                  [change.kind, id, JSON.stringify(change.record), referencesOf(change.kind, change.record).map(keyText)],
                )
              : await sql.query<{ version: number }>(
                  `UPDATE okr_records SET version = version + 1, data = $4, refs = $5 WHERE kind = $1 AND id = $2 AND NOT deleted AND version = $3 RETURNING version`,
                  [change.kind, id, change.expectedVersion, JSON.stringify(change.record), referencesOf(change.kind, change.record).map(keyText)],
                );
        if (rows.length === 0) {
          // Nothing matched: say why with the row as it is (ConflictError or NotFoundError).
          assertExpectedVersion(change, (await byKeys(sql, [{ kind: change.kind, id }]))[0]);
          throw new UnavailableError(`the write of ${change.kind} ${id} matched no row`);
        }
        applied.push(change.op === 'put'
          ? { op: 'put', kind: change.kind, id, version: rows[0]!.version, record: structuredClone(change.record) }
          : { op: 'delete', kind: change.kind, id, version: null });
      }
      assertIntegrity(await checkIntegrity(changes, integrityReader(sql)));
      await sql.query('INSERT INTO okr_changes (changes) VALUES ($1)', [JSON.stringify(applied)]);
      return applied;
    })),
    // #endregion apply
    subscribe(listener) {
      // Polls the change log (PostgreSQL's LISTEN/NOTIFY could wake it instead); each
      // subscriber reads every logged batch once, in commit order, its own writes included.
      let cursor: Promise<number> = db.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM okr_changes').then(({ rows }) => Number(rows[0]?.seq ?? 0), () => 0);
      let stopped = false;
      const poll = async (after: Promise<number>) => {
        const from = await after;
        const { rows } = await db.query<{ seq: string; changes: string }>('SELECT seq, changes FROM okr_changes WHERE seq > $1 ORDER BY seq', [from]);
        for (const row of rows) if (!stopped) listener({ changes: JSON.parse(row.changes) } satisfies ChangeEvent);
        return rows.length > 0 ? Number(rows.at(-1)!.seq) : from;
      };
      const timer = setInterval(() => {
        const previous = cursor;
        cursor = poll(previous).catch(() => previous); // a failed poll retries from the same place
      }, options.pollMs ?? 250);
      return () => {
        stopped = true;
        clearInterval(timer);
      };
    },
  };
}
