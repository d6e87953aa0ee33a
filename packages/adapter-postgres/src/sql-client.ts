/**
 * The parts of PGlite and of a pg `Pool` the factories use, written out structurally so that
 * the published types name neither package: a host that uses only one of them needs only
 * that one installed. A real `PGlite` and a real `pg.Pool` fit these shapes.
 */
export interface PgliteLike {
  query<Row>(text: string, params?: any[]): Promise<{ rows: Row[] }>;
  transaction<T>(callback: (transaction: { query<Row>(text: string, params?: any[]): Promise<{ rows: Row[] }> }) => Promise<T>): Promise<T>;
  /** PGlite's `LISTEN`: calls `callback` with each notification's payload; resolves to a function that stops. */
  listen?(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
}

/** A checked-out pg connection, as {@link PgPoolLike} hands it out. */
export interface PgPoolClientLike {
  query(text: string, params?: any[]): Promise<{ rows: any[] }>;
  release(error?: Error | boolean): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
}

/** The parts of a pg `Pool` that {@link fromPg} uses. */
export interface PgPoolLike {
  query(text: string, params?: any[]): Promise<{ rows: any[] }>;
  connect(): Promise<PgPoolClientLike>;
}

/**
 * A pg connection that can `LISTEN`: a pooled client (`pool.connect()`) or a `pg.Client`
 * of its own (after `client.connect()`). It is given back (`release`) or closed (`end`) when
 * the last subscriber leaves.
 */
export interface PgListenConnectionLike {
  query(text: string, params?: any[]): Promise<{ rows: any[] }>;
  on(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  off(event: 'notification', listener: (message: { channel: string; payload?: string }) => void): unknown;
  off(event: 'error', listener: (error: Error) => void): unknown;
  off(event: 'end', listener: () => void): unknown;
  release?(error?: Error | boolean): void;
  end?(): Promise<void>;
}

/** Options of {@link fromPg}. */
export interface FromPgOptions {
  /**
   * Opens the dedicated connection that live updates listen on. Give it a `pg.Client` of
   * its own when the pool is small or sits behind a transaction-mode pooler (PgBouncer),
   * where `LISTEN` does not work.
   * @default () => pool.connect() (one pooled connection, held while anyone subscribes)
   */
  listenConnection?: () => Promise<PgListenConnectionLike>;
}

/** A live `LISTEN` on one channel; `close` stops it and gives the connection back. */
export interface SqlListener {
  close(): Promise<void>;
}

/**
 * The slice of a PostgreSQL driver the adapter needs: run one parameterised statement.
 * Parameters are bound by position (`$1`, `$2`…); rows come back as plain objects.
 */
export interface SqlQueryable {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<{ rows: Row[] }>;
}

/**
 * A connection to a PostgreSQL-compatible database: statements, and transactions that
 * commit when `fn` resolves and roll back when it throws (the error is rethrown as is).
 * Build one with {@link fromPglite} or {@link fromPg}, or wrap any other driver in ~15 lines.
 * @example
 * const client = fromPg(new pg.Pool({ connectionString: process.env.DATABASE_URL }));
 */
export interface SqlClient extends SqlQueryable {
  /** A short name for messages, e.g. 'pglite', 'pg'. */
  readonly name?: string;
  transaction<T>(fn: (transaction: SqlQueryable) => Promise<T>): Promise<T>;
  /**
   * Listens for `NOTIFY` on `channel` (a lowercase identifier) on a dedicated connection:
   * `onNotify` gets each payload, `onLost` is called once if the connection dies (the
   * caller then listens again). Optional: without it, live updates poll instead.
   */
  listen?(channel: string, onNotify: (payload: string) => void, onLost: (error: Error) => void): Promise<SqlListener>;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

function assertChannel(channel: string): string {
  if (!CHANNEL.test(channel)) throw new TypeError(`"${channel}" is not a plain lowercase channel name`);
  return channel;
}

/**
 * Wraps an embedded PGlite database (in memory, or on disk with a data directory).
 * PGlite is single-connection and runs one transaction at a time, so every batch is
 * serialised in-process. Nothing of PGlite is imported here: the host brings it itself.
 * @example
 * import { PGlite } from '@electric-sql/pglite';
 * const client = fromPglite(await PGlite.create('./.okrkit-data'));
 */
export function fromPglite(pglite: PgliteLike): SqlClient {
  const listen = pglite.listen?.bind(pglite);
  return {
    name: 'pglite',
    // PGlite lives in this process: its connection cannot be lost, so `onLost` is never called.
    ...(listen && {
      listen: async (channel: string, onNotify: (payload: string) => void): Promise<SqlListener> => {
        const stop = await listen(assertChannel(channel), onNotify);
        return { close: () => stop() };
      },
    }),
    query: async <Row>(text: string, params?: readonly unknown[]) => {
      const result = await pglite.query<Row>(text, params ? [...params] : undefined);
      return { rows: result.rows };
    },
    transaction: (fn) =>
      pglite.transaction((transaction) =>
        fn({
          query: async <Row>(text: string, params?: readonly unknown[]) => {
            const result = await transaction.query<Row>(text, params ? [...params] : undefined);
            return { rows: result.rows };
          },
        }),
      ),
  };
}

/**
 * Wraps a node-postgres pool. Each transaction checks out one connection, runs
 * `BEGIN … COMMIT` on it and gives it back; a connection that failed mid-transaction is
 * destroyed rather than returned to the pool. Nothing of `pg` is imported here.
 *
 * Attach `pool.on('error', …)` in your host: pg emits errors of idle connections there
 * (for instance when the server restarts), and an unhandled 'error' event ends the process.
 * @example
 * const client = fromPg(new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 }));
 */
export function fromPg(pool: PgPoolLike, options: FromPgOptions = {}): SqlClient {
  const open = options.listenConnection ?? (() => pool.connect() as Promise<unknown> as Promise<PgListenConnectionLike>);
  return {
    name: 'pg',
    async listen(channel, onNotify, onLost) {
      const name = assertChannel(channel);
      const connection = await open();
      let listening = true;
      const onNotification = (message: { channel: string; payload?: string }) => {
        if (listening && message.channel === name) onNotify(message.payload ?? '');
      };
      const detach = () => {
        connection.off('notification', onNotification);
        connection.off('error', onError);
        connection.off('end', onEnd);
      };
      // Destroyed, never pooled again: a pooled connection must not go on listening for someone else.
      const close = (error?: Error) => {
        listening = false;
        detach();
        if (connection.release) connection.release(error ?? true);
        else void connection.end?.().catch(() => undefined);
      };
      function onError(error: Error) {
        if (!listening) return;
        close(error);
        onLost(error);
      }
      function onEnd() {
        onError(new Error('the listening connection was closed'));
      }
      connection.on('notification', onNotification);
      connection.on('error', onError);
      connection.on('end', onEnd);
      try {
        await connection.query(`LISTEN ${name}`);
      } catch (error) {
        if (listening) close(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
      return {
        close: async () => {
          if (listening) close();
        },
      };
    },
    query: async <Row>(text: string, params?: readonly unknown[]) => {
      const result = await pool.query(text, params ? [...params] : undefined);
      return { rows: result.rows as Row[] };
    },
    async transaction<T>(fn: (transaction: SqlQueryable) => Promise<T>): Promise<T> {
      const connection = await pool.connect();
      // A checked-out connection that dies between two statements emits 'error' on the
      // client, not on the pool: without a listener that would end the host process.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      connection.on('error', onError);
      try {
        await connection.query('BEGIN');
        const result = await fn({
          query: async <Row>(text: string, params?: readonly unknown[]) => {
            const rows = await connection.query(text, params ? [...params] : undefined);
            return { rows: rows.rows as Row[] };
          },
        });
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        if (!lost) {
          await connection.query('ROLLBACK').catch((rollbackError: Error) => {
            lost = rollbackError;
          });
        }
        throw error;
      } finally {
        connection.off('error', onError);
        // `release(error)` destroys the connection instead of pooling a broken one.
        connection.release(lost ?? false);
      }
    },
  };
}
