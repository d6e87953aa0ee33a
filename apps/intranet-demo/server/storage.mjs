/**
 * Where the demo keeps its records: PGlite on disk by default, or a PostgreSQL server
 * when a connection string is given. Both go through okrkit's PostgreSQL adapter.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPostgresAdapter, fromPg, fromPglite, migrate } from '@okrkit/adapter-postgres';
import pg from 'pg';

/** A connection string with its password hidden, for the start-up line and logs. */
export function redactDatabaseUrl(databaseUrl) {
  try {
    const url = new URL(databaseUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error?.code === 'EPERM';
  }
}

/**
 * Takes `<dataDir>.lock` for this process. PGlite is one process's database: a second
 * server on the same folder would corrupt it, so it is refused with a clear message.
 * A lock left by a process that no longer runs is taken over.
 * @returns {Promise<() => Promise<void>>} releases the lock
 */
export async function lockDataDir(dataDir) {
  const lockFile = `${dataDir}.lock`;
  await mkdir(dirname(lockFile), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      await writeFile(lockFile, String(process.pid), { flag: 'wx' });
      return () => rm(lockFile, { force: true });
    } catch (error) {
      if (error?.code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(lockFile, 'utf8').catch(() => ''), 10);
      if (owner > 0 && isRunning(owner)) {
        throw new Error(`the PGlite data in ${dataDir} is in use by process ${owner}; stop that server first, or set OKRKIT_DATA_DIR to another folder`);
      }
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`could not lock ${lockFile}`);
}

/**
 * Opens the database, runs the adapter's migrations and returns the storage adapter.
 * @param {{ dataDir: string, databaseUrl?: string, log?: (message: string) => void }} options
 */
export async function openStorage({ dataDir, databaseUrl, log = () => undefined }) {
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    // pg reports errors of idle connections (a server restart) here; unheard, they end the process.
    pool.on('error', (error) => log(`postgres: idle connection failed: ${error.message}`));
    const client = fromPg(pool);
    try {
      await migrate(client);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return {
      adapter: createPostgresAdapter({ client, autoMigrate: false }),
      label: `PostgreSQL at ${redactDatabaseUrl(databaseUrl)}`,
      close: () => pool.end(),
    };
  }
  const unlock = await lockDataDir(dataDir);
  let db;
  try {
    await mkdir(dataDir, { recursive: true });
    db = await PGlite.create(dataDir);
    await migrate(fromPglite(db));
  } catch (error) {
    await db?.close().catch(() => undefined);
    await unlock();
    throw error;
  }
  const client = fromPglite(db);
  return {
    adapter: createPostgresAdapter({ client, autoMigrate: false }),
    label: `PGlite at ${dataDir}`,
    close: async () => {
      try {
        if (!db.closed) await db.close();
      } finally {
        await unlock();
      }
    },
  };
}

/** One `put` per record, each a create (`expectedVersion: null`). */
function createChanges(okrSet, weeklyReports) {
  return [
    ...okrSet.periods.map((record) => ({ op: 'put', kind: 'period', record, expectedVersion: null })),
    ...okrSet.objectives.map((record) => ({ op: 'put', kind: 'objective', record, expectedVersion: null })),
    ...okrSet.keyResults.map((record) => ({ op: 'put', kind: 'keyResult', record, expectedVersion: null })),
    ...okrSet.checkIns.map((record) => ({ op: 'put', kind: 'checkIn', record, expectedVersion: null })),
    ...weeklyReports.map((record) => ({ op: 'put', kind: 'weeklyReport', record, expectedVersion: null })),
  ];
}

/**
 * Writes `okrSet` and `weeklyReports` in one atomic batch when the database holds no
 * records yet. Two servers starting at once on an empty database cannot both seed: the
 * second batch's creates conflict on the primary key and roll back whole. A database that
 * holds anything — even without reports — is left alone: reports are seeded only with the
 * first seed.
 * @param {import('@okrkit/core').StorageAdapter} adapter
 * @param {import('@okrkit/core').OkrSet} okrSet
 * @param {{ weeklyReports?: readonly import('@okrkit/core').WeeklyReport[] }} [options]
 * @returns {Promise<{ seeded: boolean, records: number }>}
 */
export async function seedIfEmpty(adapter, okrSet, { weeklyReports = [] } = {}) {
  const { records } = await adapter.load();
  if (records.length > 0) return { seeded: false, records: records.length };
  const changes = createChanges(okrSet, weeklyReports);
  try {
    await adapter.apply(changes);
  } catch (error) {
    if (error?.code === 'conflict') return { seeded: false, records: (await adapter.load()).records.length };
    throw error;
  }
  return { seeded: true, records: changes.length };
}

/**
 * Creates `record` of `kind` once: when storage holds no record of that kind yet (a database
 * seeded before the demo had it gets it on its next start; a later start, or a second server
 * racing the first, writes nothing — the racing create conflicts on the id and is dropped).
 * @param {import('@okrkit/core').StorageAdapter} adapter
 * @param {import('@okrkit/core').RecordKind} kind
 * @param {{ id: string }} record
 * @returns {Promise<boolean>} whether it was written
 */
export async function seedKindOnce(adapter, kind, record) {
  const { records } = await adapter.load({ kinds: [kind] });
  if (records.some((entry) => entry.kind === kind)) return false;
  try {
    await adapter.apply([{ op: 'put', kind, record, expectedVersion: null }]);
    return true;
  } catch (error) {
    if (error?.code === 'conflict') return false;
    throw error;
  }
}

/**
 * Gives an adapter without `subscribe` (the PostgreSQL adapter has none) change events
 * for the writes made through it, so the handler's `/events` stream tells every open page
 * about them. Enough for one server process; several processes would need the database
 * to publish changes (e.g. LISTEN/NOTIFY).
 */
export function withLocalChangeEvents(adapter) {
  if (adapter.subscribe) return adapter;
  const listeners = new Set();
  return {
    name: adapter.name,
    load: (query) => adapter.load(query),
    async apply(changes) {
      const applied = await adapter.apply(changes);
      const event = { changes: structuredClone(applied) };
      // A copy: a listener may unsubscribe while being told.
      for (const listener of Array.from(listeners)) {
        try {
          listener(event);
        } catch {
          // A failing listener must not turn an acknowledged write into an error.
        }
      }
      return applied;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
