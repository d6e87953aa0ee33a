import {
  assertCondition,
  assertIntegrity,
  checkIntegrity,
  isReferencedKind,
  referencesOf,
  type AsyncIntegrityReader,
  type Change,
  type RecordCondition,
  type RecordKey,
  type RecordKind,
  type StoredRecord,
} from '@okrkit/core';
import type { TableNames } from './migrations';
import type { SqlQueryable } from './sql-client';

/*
 * The core's integrity rule (`checkIntegrity`) and `apply`'s conditions, answered by SQL
 * inside the batch's transaction. Why this holds under races, at READ COMMITTED (the
 * default) as well as SERIALIZABLE:
 * - a record the batch refers to is read `FOR SHARE`: a concurrent delete (an `UPDATE` to a
 *   tombstone, which takes the row lock) either committed first, and the re-checked row is
 *   no longer live, or waits until this batch committed;
 * - a delete tombstones its row *before* its dependants are looked for, in a later
 *   statement: at READ COMMITTED that statement sees every batch that held a share lock on
 *   the row (the tombstoning waited for them to commit), so a key result created under the
 *   objective a moment earlier is found, and the delete is refused;
 * - conditions are read `FOR SHARE` first, so the records authorised against cannot change
 *   until this batch commits.
 * Two batches that lock in opposite orders deadlock (40P01) and are retried by `apply`.
 */

interface Row {
  kind: RecordKind;
  id: string;
  version: string | number;
  data: unknown;
  total?: string | number;
}

const toStored = (row: Row): StoredRecord => ({ kind: row.kind, record: row.data, version: Number(row.version) });

/**
 * The reference columns migration 2 added, which make the dependant look-ups indexed:
 * `parent_id` (objectives, periods) and `contributes_to` (objectives, key results).
 */
export function referenceColumns(kind: RecordKind, record: unknown): [string | null, string[] | null] {
  let parentId: string | null = null;
  const contributesTo: string[] = [];
  for (const reference of referencesOf(kind, record)) {
    if (reference.path === 'parentId') parentId = reference.id;
    else if (reference.path.startsWith('contributesTo[')) contributesTo.push(reference.id);
  }
  return [parentId, contributesTo.length > 0 ? contributesTo : null];
}

const CYCLE_KINDS: ReadonlySet<RecordKind> = new Set<RecordKind>(['planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut']);

/**
 * The `refs` column migration 5 added for the planning cycle's kinds: every reference the
 * record makes, as `kind:id` (a vote's proposals, a close-out's key results…), GIN-indexed so
 * "who refers to this proposal?" is an indexed look-up. Null for the other kinds, whose
 * references have their own columns.
 */
export function cycleReferences(kind: RecordKind, record: unknown): string[] | null {
  if (!CYCLE_KINDS.has(kind)) return null;
  const keys = [...new Set(referencesOf(kind, record).map((reference) => `${reference.kind}:${reference.id}`))];
  return keys.length > 0 ? keys : null;
}

/** Whether a batch needs the integrity reads (so the single-statement fast path would skip them). */
export function needsIntegrityCheck(changes: readonly Change[]): boolean {
  return changes.some((change) => (change.op === 'put' ? referencesOf(change.kind, change.record).length > 0 : isReferencedKind(change.kind)));
}

/** `(kind = $a AND id = ANY($b)) OR …` over keys grouped by kind, with its parameters from `offset`. */
function keyFilter(keys: readonly RecordKey[], offset: number): { sql: string; params: unknown[] } {
  const byKind = new Map<RecordKind, Set<string>>();
  for (const key of keys) {
    if (!byKind.has(key.kind)) byKind.set(key.kind, new Set());
    byKind.get(key.kind)!.add(key.id);
  }
  const groups = [...byKind];
  return {
    sql: groups.map((_, at) => `(kind = $${offset + 2 * at + 1} AND id = ANY($${offset + 2 * at + 2}::text[]))`).join(' OR '),
    params: groups.flatMap(([kind, ids]) => [kind, [...ids]]),
  };
}

/** Reads live records by key inside the transaction, locking them `FOR SHARE` (or as strongly as an `UPDATE` does) until it ends. */
export async function lockedRecords(sql: SqlQueryable, table: TableNames, keys: readonly RecordKey[], strength: 'SHARE' | 'NO KEY UPDATE' = 'SHARE'): Promise<StoredRecord[]> {
  if (keys.length === 0) return [];
  const filter = keyFilter(keys, 0);
  const { rows } = await sql.query<Row>(`SELECT kind, id, version, data FROM ${table.records} WHERE NOT deleted AND (${filter.sql}) FOR ${strength}`, filter.params);
  return rows.map(toStored);
}

/** The integrity rule's reads, as SQL on the indexed reference columns. */
export function sqlIntegrityReader(sql: SqlQueryable, table: TableNames): AsyncIntegrityReader {
  return {
    records: (keys) => lockedRecords(sql, table, keys),
    async dependants(targets, { exclude, limit }) {
      const ids = (kind: RecordKind) => targets.filter((target) => target.kind === kind).map((target) => target.id);
      const { rows } = await sql.query<Row>(
        `SELECT kind, id, version, data, count(*) OVER () AS total FROM ${table.records}
         WHERE NOT deleted
           AND ((kind = 'objective' AND period_id = ANY($1::text[]))
             OR (kind = 'period' AND parent_id = ANY($1::text[]))
             OR (kind = 'objective' AND parent_id = ANY($2::text[]))
             OR (kind IN ('objective', 'keyResult') AND contributes_to && $2::text[])
             OR (kind = 'keyResult' AND objective_id = ANY($2::text[]))
             OR (kind = 'checkIn' AND key_result_id = ANY($3::text[]))
             OR (refs && $6::text[]))
           AND NOT (kind || ':' || id = ANY($4::text[]))
         ORDER BY kind, id
         LIMIT $5`,
        [ids('period'), ids('objective'), ids('keyResult'), exclude.map((key) => `${key.kind}:${key.id}`), limit, targets.map((target) => `${target.kind}:${target.id}`)],
      );
      return { records: rows.map(toStored), total: rows[0] ? Number(rows[0].total) : 0 };
    },
  };
}

/**
 * Checks `apply`'s conditions at the start of the transaction, locking the records they
 * name, and throws a `ConflictError` (`condition: true`) on the first that does not hold.
 */
export async function assertConditions(sql: SqlQueryable, table: TableNames, conditions: readonly RecordCondition[], changes: readonly Change[] = []): Promise<void> {
  if (conditions.length === 0) return;
  // A condition on a record the batch writes first with the same expected version is already
  // enforced, atomically, by that write's own version check: it is not read, so a stale
  // writer fails at its UPDATE without taking any lock (on a hot key result, most attempts
  // are stale). A record the batch writes with another version is locked as strongly as its
  // UPDATE will lock it: two batches that both took a share lock on it and then both wanted
  // to update it would deadlock — under contention, again on every retry, one per
  // deadlock_timeout (1 s): the load test stalled that way.
  const firstWrite = new Map<string, Change>();
  for (const change of changes) {
    const key = `${change.kind}:${change.op === 'delete' ? change.id : change.record.id}`;
    if (!firstWrite.has(key)) firstWrite.set(key, change);
  }
  const pending = conditions.filter((condition) => firstWrite.get(`${condition.kind}:${condition.id}`)?.expectedVersion !== condition.version);
  const toWrite = pending.filter((condition) => firstWrite.has(`${condition.kind}:${condition.id}`));
  const toRead = pending.filter((condition) => !firstWrite.has(`${condition.kind}:${condition.id}`));
  const locked = [...(await lockedRecords(sql, table, toWrite, 'NO KEY UPDATE')), ...(await lockedRecords(sql, table, toRead))];
  const found = new Map(locked.map((stored) => [`${stored.kind}:${(stored.record as { id: string }).id}`, stored]));
  for (const condition of pending) assertCondition(condition, found.get(`${condition.kind}:${condition.id}`));
}

/** Runs the core's integrity rule against the state the batch left in the transaction; throws `ValidationFailedError`. */
export async function assertIntegrityInTransaction(sql: SqlQueryable, table: TableNames, changes: readonly Change[]): Promise<void> {
  assertIntegrity(await checkIntegrity(changes, sqlIntegrityReader(sql, table)));
}
