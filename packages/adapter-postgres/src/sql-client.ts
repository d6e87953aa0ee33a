/**
 * The parts of PGlite and of a pg `Pool` the factories use, written out structurally so that
 * the published types name neither package: a host that uses only one of them needs only
 * that one installed. A real `PGlite` and a real `pg.Pool` fit these shapes.
 */
export interface PgliteLike {
  query<Row>(text: string, params?: any[]): Promise<{ rows: Row[] }>;
  transaction<T>(callback: (transaction: { query<Row>(text: string, params?: any[]): Promise<{ rows: Row[] }> }) => Promise<T>): Promise<T>;
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
  return {
    name: 'pglite',
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
export function fromPg(pool: PgPoolLike): SqlClient {
  return {
    name: 'pg',
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
