import type { AppliedChange, ChangeEvent } from '@okrkit/core';
import type { Migration, TableNames } from './migrations';
import type { SqlClient, SqlListener, SqlQueryable } from './sql-client';

/**
 * The change feed: every committed batch, numbered in commit order, so that every server
 * process on one database tells its clients about every write exactly once.
 *
 * - Each write transaction ends by taking the next number from a one-row counter
 *   (`UPDATE … SET seq = seq + 1`), inserting the batch under it into the change log and
 *   calling `pg_notify` with the number. The counter's row lock is held until COMMIT, so
 *   numbers are given out in commit order with no gaps (a rolled-back transaction gives
 *   its number back), and a notification is only ever delivered after its commit.
 * - A subscribing process `LISTEN`s on a dedicated connection and, on each notification,
 *   reads the log after the last number it has told (`seq > last ORDER BY seq`), so
 *   notifications may be merged or arrive late without losing or repeating a batch. After
 *   a lost connection it listens again and catches up the same way.
 * - NOTIFY payloads are capped at 8,000 bytes; the payload here is only the number, and
 *   the batch (of any size) is read from the log.
 */

/** Options of the change feed (`changeFeed` of `createPostgresAdapter`). */
export interface ChangeFeedOptions {
  /** How long the log keeps a batch: a subscriber offline for longer misses what was pruned (and is told through `onError`). @default 600 */
  retentionSeconds?: number;
  /** The most batches the log keeps, whatever their age. @default 100000 */
  retentionRows?: number;
  /** Pruning runs after every this many writes of a process (and on `pruneChangeLog()`). @default 256 */
  pruneEvery?: number;
  /** Without `listen` (a custom SqlClient), the feed polls the log this often. @default 1000 */
  pollIntervalMs?: number;
  /** Told when the listening connection is lost (it is reopened) or when pruned batches were missed. @default console.warn */
  onError?: (error: Error) => void;
}

/** The names of the feed's objects for one records table. */
export interface ChangeFeedNames {
  /** The log: one row per committed batch. */
  log: string;
  /** The one-row counter that numbers batches in commit order. */
  counter: string;
  /** The NOTIFY channel (a lowercase identifier). */
  channel: string;
}

/** FNV-1a, for a channel name that is short and the same in every process. */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    value ^= text.charCodeAt(index);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, '0');
}

/**
 * The feed's tables and channel beside a records table.
 * @example changeFeedNames(tableNames({ schema: 'okrkit' })).log; // '"okrkit"."records_changes"'
 */
export function changeFeedNames(table: TableNames): ChangeFeedNames {
  // The records table's name is already checked to be a plain identifier; only the length can overflow.
  const quoted = (suffix: string) => {
    const name = `${table.plainRecords}${suffix}`;
    if (name.length > 63) throw new TypeError(`the table name "${table.plainRecords}" is too long for the change feed's "${name}" (at most 63 characters)`);
    return `"${name}"`;
  };
  return {
    log: `${table.schema}.${quoted('_changes')}`,
    counter: `${table.schema}.${quoted('_change_counter')}`,
    channel: `okrkit_changes_${hash(`${table.schema}.${table.plainRecords}`)}`,
  };
}

/** Migration 3: the change log and its counter (plain SQL: no triggers, no PL/pgSQL). */
export const changeFeedMigration: Migration = {
  version: 3,
  name: 'change feed',
  statements: (table) => {
    const names = changeFeedNames(table);
    return [
      `CREATE TABLE IF NOT EXISTS ${names.log} (
        seq bigint PRIMARY KEY,
        changes jsonb NOT NULL,
        -- clock_timestamp() taken under the counter's lock: it grows with seq (see the feed's start).
        committed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`,
      `CREATE TABLE IF NOT EXISTS ${names.counter} (id smallint PRIMARY KEY, seq bigint NOT NULL)`,
      `INSERT INTO ${names.counter} (id, seq) VALUES (1, 0) ON CONFLICT DO NOTHING`,
    ];
  },
};

/**
 * Appends a batch to the log, inside the write's transaction: its last statement, so that
 * the counter's lock (which orders all writers) is held only until COMMIT. One round trip.
 */
export async function appendToChangeLog(sql: SqlQueryable, names: ChangeFeedNames, applied: readonly AppliedChange[]): Promise<void> {
  await sql.query(
    `WITH next AS (UPDATE ${names.counter} SET seq = seq + 1 WHERE id = 1 RETURNING seq),
          logged AS (INSERT INTO ${names.log} (seq, changes, committed_at) SELECT seq, $1::jsonb, clock_timestamp() FROM next RETURNING seq)
     SELECT pg_notify($2, seq::text) FROM logged`,
    [JSON.stringify(applied), names.channel],
  );
}

/**
 * Deletes batches older than `retentionSeconds` or beyond the newest `retentionRows`, at
 * most 10,000 per call so that one prune is a short statement; returns how many it removed.
 */
export async function pruneChangeLog(sql: SqlQueryable, names: ChangeFeedNames, options: ChangeFeedOptions = {}): Promise<number> {
  const { rows } = await sql.query<{ removed: string | number }>(
    `WITH gone AS (
       DELETE FROM ${names.log} WHERE seq IN (
         SELECT seq FROM ${names.log}
         WHERE seq <= (SELECT seq FROM ${names.counter} WHERE id = 1) - $1 OR committed_at < now() - $2 * interval '1 second'
         ORDER BY seq LIMIT 10000)
       RETURNING 1)
     SELECT count(*) AS removed FROM gone`,
    [Math.max(1, Math.floor(options.retentionRows ?? 100_000)), Math.max(1, options.retentionSeconds ?? 600)],
  );
  return Number(rows[0]?.removed ?? 0);
}

interface LogRow {
  seq: string | number;
  changes: AppliedChange[];
}

const PAGE = 500;

/**
 * One process's reader of the feed: while anyone subscribes, one listening connection and
 * one position (`last`); every listener hears every batch committed after the feed started,
 * in commit order, once.
 */
export function createChangeFeed(client: SqlClient, names: ChangeFeedNames, options: ChangeFeedOptions, ready: () => Promise<unknown>) {
  const listeners = new Set<(event: ChangeEvent) => void>();
  const report = options.onError ?? ((error: Error) => console.warn(`okrkit change feed: ${error.message}`));
  let generation = 0;
  let last: number | null = null;
  let listener: SqlListener | null = null;
  let poll: ReturnType<typeof setInterval> | undefined;
  let draining: Promise<void> | null = null;
  let again = false;

  async function drain(run: number): Promise<void> {
    for (;;) {
      const from: number | null = last;
      if (from === null) return;
      const { rows }: { rows: LogRow[] } = await client.query<LogRow>(`SELECT seq, changes FROM ${names.log} WHERE seq > $1 ORDER BY seq LIMIT ${PAGE}`, [from]);
      for (const row of rows) {
        const told: number | null = last;
        if (run !== generation || told === null) return;
        const seq = Number(row.seq);
        if (seq <= told) continue;
        if (seq !== told + 1) report(new Error(`missed ${seq - told - 1} change(s) pruned from the log before they were read; reload to see them`));
        last = seq;
        const event: ChangeEvent = { changes: row.changes };
        for (const each of Array.from(listeners)) each(event);
      }
      if (rows.length < PAGE) return;
    }
  }

  /** Reads what is new; a call while a read runs makes it read once more afterwards (notifications merge). */
  function wake(run: number): void {
    if (run !== generation) return;
    if (draining) {
      again = true;
      return;
    }
    again = false;
    draining = drain(run)
      .catch((error: unknown) => report(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        draining = null;
        if (again) wake(run);
      });
  }

  /** When the first listener subscribed (performance.now(), a duration clock: no skew with the database's). */
  let startedAt = 0;
  /** Margin for the round trip of the position read, so that a batch committed right at `subscribe` is not missed. */
  const START_MARGIN_MS = 50;

  async function connect(run: number, attempt: number): Promise<void> {
    try {
      await ready();
      const opened = client.listen
        ? await client.listen(names.channel, () => wake(run), (error) => {
            listener = null;
            report(new Error(`the listening connection was lost (${error.message}); reconnecting`));
            void connect(run, 1);
          })
        : null;
      if (run !== generation) {
        await opened?.close();
        return;
      }
      listener = opened;
      if (!opened && !poll) poll = setInterval(() => wake(run), options.pollIntervalMs ?? 1_000);
      poll?.unref?.();
      // The position is read only once listening, so a batch committed in between is both
      // after it and notified. It is the last batch logged before `subscribe` was called —
      // measured back from the database's clock by the time elapsed here since then — so a
      // write committed (by any process) between `subscribe` and this moment is still told;
      // a batch or two from just before may be told too (older versions, which stores ignore).
      // On a reconnect `last` stays, and the read catches up.
      if (last === null) {
        const since = performance.now() - startedAt + START_MARGIN_MS;
        const { rows } = await client.query<{ seq: string | number }>(
          `SELECT coalesce(
             (SELECT max(seq) FROM ${names.log} WHERE committed_at < clock_timestamp() - $1 * interval '1 millisecond'),
             (SELECT min(seq) - 1 FROM ${names.log}),
             (SELECT seq FROM ${names.counter} WHERE id = 1)) AS seq`,
          [since],
        );
        if (run !== generation) return;
        last = Number(rows[0]?.seq ?? 0);
      }
      wake(run);
    } catch (error) {
      if (run !== generation) return;
      report(new Error(`could not listen for changes (${error instanceof Error ? error.message : String(error)}); retrying`));
      const delay = Math.min(5_000, 100 * 2 ** Math.min(attempt, 6)) * (0.5 + Math.random() / 2);
      setTimeout(() => void connect(run, attempt + 1), delay).unref?.();
    }
  }

  function stop(): void {
    generation += 1;
    last = null;
    if (poll) clearInterval(poll);
    poll = undefined;
    const closing = listener;
    listener = null;
    void closing?.close().catch(() => undefined);
  }

  return {
    subscribe(each: (event: ChangeEvent) => void): () => void {
      listeners.add(each);
      if (listeners.size === 1) {
        startedAt = performance.now();
        void connect(generation, 0);
      }
      return () => {
        if (!listeners.delete(each) || listeners.size > 0) return;
        stop();
      };
    },
    /** Resolves once the feed listens and knows its position (tests and hosts that must not miss the next write). */
    async whenListening(): Promise<void> {
      while (listeners.size > 0 && (last === null || (client.listen && listener === null))) await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
}
