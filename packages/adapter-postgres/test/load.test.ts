import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRestAdapter } from '@okrkit/adapter-rest';
import { ConflictError, conflictRetryDelay, type Change, type KeyResult } from '@okrkit/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg } from '../src/index';
import { checkIn, keyResult, objective, quarter } from './fixtures';
import { buildHandlerProcess, listenTo, removeHandlerProcessBuild, startHandlerProcess, type HandlerProcess } from './processes/spawn';
import { freshSchema, testPool } from './targets';

const PROCESSES = 3;
const CLIENTS = 50;
const CHECK_INS_PER_CLIENT = 200;
/** Every this many check-ins, a client also updates the shared key result, retrying on conflict until it gets through. */
const SHARED_UPDATE_EVERY = 20;
/** The loop stops by itself after this long, finished or not (and the test then fails). */
const TIME_BUDGET_MS = 120_000;
const RESULTS_FILE = fileURLToPath(new URL('../load-results.json', import.meta.url));

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

const round = (value: number) => Number(value.toFixed(1));

/**
 * Load test, bounded and on loopback only: three server processes (real `node` children, each
 * the REST handler over the PostgreSQL adapter with its own pool) on one real PostgreSQL
 * server; 50 concurrent clients spread over the three, 200 check-ins each, while the same
 * clients race to update one shared key result with version checks (retrying a conflict with
 * exponential backoff and full jitter, as the store does). One SSE client per process hears
 * the change feed meanwhile. Zero lost writes, zero 5xx, conflicts as 409, every writer through.
 */
describe('load: three server processes on one PostgreSQL under 50 concurrent clients', () => {
  const schema = freshSchema('okrkit_load');
  let pool: ReturnType<typeof testPool>;
  let processes: HandlerProcess[] = [];

  beforeAll(async () => {
    const databaseUrl = inject('databaseUrl');
    pool = testPool(databaseUrl, { max: 4 });
    const storage = createPostgresAdapter({ client: fromPg(pool), schema });
    await storage.apply(
      [
        { kind: 'period', record: quarter },
        { kind: 'objective', record: objective('o1') },
        { kind: 'keyResult', record: keyResult('kr-shared', 'o1') },
      ].map((change) => ({ op: 'put', expectedVersion: null, ...change }) as Change),
    );
    const script = await buildHandlerProcess();
    processes = await Promise.all(Array.from({ length: PROCESSES }, () => startHandlerProcess(script, databaseUrl, schema)));
  }, 60_000);
  afterAll(async () => {
    await Promise.all(processes.map((each) => each.stop()));
    removeHandlerProcessBuild();
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });

  it('given 50 clients × 200 check-ins over three processes and racing updates of one key result, it loses no acknowledged write, answers no 5xx, reports conflicts as 409 and lets every writer through', { timeout: 150_000 }, async () => {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const acknowledgedCheckIns = new Set<string>();
    const acknowledgedShared = new Map<number, number>(); // version → the value written with it
    const sharedPerWriter = Array.from({ length: CLIENTS }, () => 0);
    const requestsPerProcess = Array.from({ length: PROCESSES }, () => 0);
    let conflicts = 0;
    let checkInConflicts = 0;
    let mostAttempts = 0;
    const deadline = Date.now() + TIME_BUDGET_MS;

    // One SSE client per process; each must hear every acknowledged check-in. The writers on a
    // process also take the shared key result's newest version from it, as a store does from
    // its live updates: after a backoff they retry on what they last heard, not on a version
    // as old as their wait.
    const heardSharedVersion = Array.from({ length: PROCESSES }, () => 1);
    const listeners = processes.map((each, index) =>
      listenTo(each.baseUrl, 'viewer', (event) => {
        for (const change of event.changes) {
          if (change.kind === 'keyResult' && change.id === 'kr-shared' && change.version !== null) heardSharedVersion[index] = Math.max(heardSharedVersion[index]!, change.version);
        }
      }),
    );
    await Promise.all(listeners.map((listener) => listener.ready));
    await new Promise((resolve) => setTimeout(resolve, 200)); // the feeds start listening

    async function post(processIndex: number, user: string, changes: Change[]): Promise<{ status: number; body: any }> {
      const started = performance.now();
      requestsPerProcess[processIndex]! += 1;
      const response = await fetch(`${processes[processIndex]!.baseUrl}/changes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user': user },
        body: JSON.stringify({ changes }),
      });
      const body = await response.json();
      latencies.push(performance.now() - started);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      return { status: response.status, body };
    }

    async function client(index: number): Promise<void> {
      const user = `user-${index}`;
      const processIndex = index % PROCESSES;
      let sharedVersion = 1;
      for (let n = 0; n < CHECK_INS_PER_CLIENT && Date.now() < deadline; n += 1) {
        const id = `ci-${index}-${n}`;
        for (let attempt = 1; Date.now() < deadline; attempt += 1) {
          const created = await post(processIndex, user, [{ op: 'put', kind: 'checkIn', record: checkIn(id, 'kr-shared', n), expectedVersion: null }]);
          if (created.status === 200) acknowledgedCheckIns.add(id);
          // A 409 here is the handler's authorisation condition on the key result (it moved
          // under every retry the handler made): the store retries such a check-in, so do we.
          if (created.status !== 409) break;
          checkInConflicts += 1;
          expect(created.body.error).toMatchObject({ code: 'conflict', kind: 'keyResult', id: 'kr-shared' });
          await new Promise((resolve) => setTimeout(resolve, conflictRetryDelay(attempt)));
        }
        if (n % SHARED_UPDATE_EVERY !== 0) continue;
        const value = index * 1_000 + n;
        for (let attempt = 1; Date.now() < deadline; attempt += 1) {
          const update = await post(processIndex, user, [{ op: 'put', kind: 'keyResult', record: keyResult('kr-shared', 'o1', value), expectedVersion: sharedVersion }]);
          if (update.status === 200) {
            sharedVersion = update.body.applied[0].version;
            acknowledgedShared.set(sharedVersion, value);
            sharedPerWriter[index]! += 1;
            mostAttempts = Math.max(mostAttempts, attempt);
            break;
          }
          if (update.status !== 409) break;
          conflicts += 1;
          expect(update.body.error).toMatchObject({ code: 'conflict', kind: 'keyResult', id: 'kr-shared', expectedVersion: sharedVersion });
          // The store's backoff: a random wait up to a ceiling that doubles (10 ms … 1 s).
          await new Promise((resolve) => setTimeout(resolve, conflictRetryDelay(attempt)));
          sharedVersion = Math.max(update.body.error.current.version, heardSharedVersion[processIndex]!);
        }
      }
    }

    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    await Promise.all(Array.from({ length: CLIENTS }, (_, index) => client(index)));
    const elapsedSeconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);

    latencies.sort((a, b) => a - b);
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, count]) => sum + count, 0);
    const { rows } = await pool.query(`SELECT id FROM "${schema}".records WHERE kind = 'checkIn'`);
    const storedIds = new Set((rows as { id: string }[]).map((row) => row.id));
    const lostCheckIns = [...acknowledgedCheckIns].filter((id) => !storedIds.has(id)).length;
    const shared = await pool.query(`SELECT version::int AS version, data FROM "${schema}".records WHERE kind = 'keyResult' AND id = 'kr-shared'`);
    const sharedRow = shared.rows[0] as { version: number; data: KeyResult };

    // The feed: every process's SSE client hears every acknowledged check-in, once.
    const heardCheckIns = (index: number) => listeners[index]!.events.flatMap((event) => event.changes.filter((change) => change.kind === 'checkIn').map((change) => change.id));
    const feedDeadline = Date.now() + 15_000;
    while (Date.now() < feedDeadline && !listeners.every((_, index) => heardCheckIns(index).length >= acknowledgedCheckIns.size)) await new Promise((resolve) => setTimeout(resolve, 50));
    const feed = listeners.map((_, index) => {
      const heard = heardCheckIns(index);
      const unique = new Set(heard);
      return { heard: heard.length, missing: [...acknowledgedCheckIns].filter((id) => !unique.has(id)).length, duplicates: heard.length - unique.size };
    });
    listeners.forEach((listener) => listener.close());

    const spread = [...sharedPerWriter].sort((a, b) => a - b);
    const results = {
      processes: PROCESSES,
      clients: CLIENTS,
      checkInsPerClient: CHECK_INS_PER_CLIENT,
      requests: latencies.length,
      requestsPerProcess,
      elapsedSeconds: Number(elapsedSeconds.toFixed(2)),
      throughputPerSecond: round(latencies.length / elapsedSeconds),
      latencyMs: { p50: round(percentile(latencies, 0.5)), p95: round(percentile(latencies, 0.95)), p99: round(percentile(latencies, 0.99)), max: round(latencies.at(-1) ?? Number.NaN) },
      statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
      checkInsAcknowledged: acknowledgedCheckIns.size,
      checkInConflictsRetried: checkInConflicts,
      checkInRowsStored: storedIds.size,
      lostWrites: lostCheckIns,
      sharedKeyResult: {
        updatesAcknowledged: acknowledgedShared.size,
        conflicts,
        finalVersion: sharedRow.version,
        mostAttemptsForOneUpdate: mostAttempts,
        acknowledgedPerWriter: { min: spread[0], median: spread[Math.floor(spread.length / 2)], max: spread.at(-1), writersThrough: spread.filter((count) => count > 0).length },
      },
      feedPerProcess: feed,
      serverErrors,
      // CPU of this process (the 50 clients and the SSE listeners); the servers and PostgreSQL run in their own processes.
      testProcessCpuSeconds: round((cpu.user + cpu.system) / 1e6),
      measuredAt: new Date().toISOString(),
    };
    console.log(`load test (loopback, ${PROCESSES} server processes, real PostgreSQL):\n${JSON.stringify(results, null, 2)}`);
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

    expect(serverErrors, 'no 5xx').toBe(0);
    expect([...statuses.keys()].every((status) => status === 200 || status === 409), 'only 200 and 409').toBe(true);
    expect(acknowledgedCheckIns.size, `all ${CLIENTS * CHECK_INS_PER_CLIENT} check-ins done within the time budget`).toBe(CLIENTS * CHECK_INS_PER_CLIENT);
    expect(lostCheckIns, 'no lost check-in').toBe(0);
    expect(storedIds.size, 'exactly the acknowledged check-ins, no more').toBe(acknowledgedCheckIns.size);
    expect(requestsPerProcess.every((count) => count > 0), 'every process served').toBe(true);
    expect(conflicts, 'the racing updates provoked conflicts').toBeGreaterThan(0);
    // Fairness: every writer got every one of its shared updates through.
    expect(spread[0], 'the least lucky writer still got all its updates through').toBe(CHECK_INS_PER_CLIENT / SHARED_UPDATE_EVERY);
    // No lost update: every acknowledged update of the shared KR made exactly one new version,
    // and what is stored is the value of the last one.
    expect(sharedRow.version).toBe(1 + acknowledgedShared.size);
    const last = sharedRow.data.metric;
    expect(last.kind === 'numeric' ? last.current : undefined).toBe(acknowledgedShared.get(sharedRow.version));
    expect(feed, 'each process’s SSE client heard every acknowledged check-in once').toEqual(feed.map(() => ({ heard: acknowledgedCheckIns.size, missing: 0, duplicates: 0 })));
  });

  it('given a stale version, the REST client reports the 409 as a ConflictError carrying the current record', async () => {
    const rest = createRestAdapter({ baseUrl: processes[1]!.baseUrl, headers: () => ({ 'x-user': 'user-rest' }), subscribe: false });
    await rest.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-rest', 'o1', 1), expectedVersion: null }]);
    await rest.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-rest', 'o1', 2), expectedVersion: 1 }]);
    const stale = rest.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-rest', 'o1', 3), expectedVersion: 1 }]);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, current: { kind: 'keyResult', version: 2, record: { id: 'kr-rest' } } });
  });
});
