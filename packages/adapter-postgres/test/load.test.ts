import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createRestAdapter } from '@okrkit/adapter-rest';
import { createOkrHandler, toNodeListener } from '@okrkit/adapter-rest/server';
import { ConflictError, type Change, type KeyResult } from '@okrkit/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg } from '../src/index';
import { checkIn, keyResult, objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

const CLIENTS = 50;
const CHECK_INS_PER_CLIENT = 200;
/** Every this many check-ins, a client also updates the shared key result (naming the version it last saw). */
const SHARED_UPDATE_EVERY = 10;
/** The loop stops by itself after this long, finished or not (and the test then fails). */
const TIME_BUDGET_MS = 120_000;
const RESULTS_FILE = fileURLToPath(new URL('../load-results.json', import.meta.url));

interface Identity {
  id: string;
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

/**
 * Load test, bounded and on loopback only: 50 concurrent clients × 200 check-ins through
 * the REST handler into a real PostgreSQL server, while the same clients race to update
 * one shared key result with version checks. Zero lost writes, zero 5xx, conflicts as 409.
 */
describe('load: the REST handler on PostgreSQL under 50 concurrent clients', () => {
  const schema = freshSchema('okrkit_load');
  let pool: ReturnType<typeof testPool>;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    pool = testPool(inject('databaseUrl'), { max: 10 });
    const storage = createPostgresAdapter({ client: fromPg(pool), schema });
    await storage.apply(
      [
        { kind: 'period', record: quarter },
        { kind: 'objective', record: objective('o1') },
        { kind: 'keyResult', record: keyResult('kr-shared', 'o1') },
      ].map((change) => ({ op: 'put', expectedVersion: null, ...change }) as Change),
    );
    const handler = createOkrHandler<Identity>({
      storage,
      identify: (request) => {
        const user = request.headers.get('x-user');
        return user ? { id: user } : null;
      },
      authorize: () => true,
    });
    server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await pool?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await pool?.end();
  });

  it('given 50 clients × 200 check-ins and racing updates of one key result, it loses no acknowledged write, answers no 5xx and reports conflicts as 409', { timeout: 150_000 }, async () => {
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const acknowledgedCheckIns = new Set<string>();
    const acknowledgedShared = new Map<number, number>(); // version → the value written with it
    let conflicts = 0;
    const deadline = Date.now() + TIME_BUDGET_MS;

    async function post(user: string, changes: Change[]): Promise<{ status: number; body: any }> {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/changes`, {
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
      let sharedVersion = 1;
      for (let n = 0; n < CHECK_INS_PER_CLIENT && Date.now() < deadline; n += 1) {
        const id = `ci-${index}-${n}`;
        const created = await post(user, [{ op: 'put', kind: 'checkIn', record: checkIn(id, 'kr-shared', n), expectedVersion: null }]);
        if (created.status === 200) acknowledgedCheckIns.add(id);
        if (n % SHARED_UPDATE_EVERY !== 0) continue;
        const value = index * 1_000 + n;
        const update = await post(user, [{ op: 'put', kind: 'keyResult', record: keyResult('kr-shared', 'o1', value), expectedVersion: sharedVersion }]);
        if (update.status === 200) {
          sharedVersion = update.body.applied[0].version;
          acknowledgedShared.set(sharedVersion, value);
        } else if (update.status === 409) {
          conflicts += 1;
          expect(update.body.error).toMatchObject({ code: 'conflict', kind: 'keyResult', id: 'kr-shared', expectedVersion: sharedVersion });
          sharedVersion = update.body.error.current.version;
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
    const results = {
      clients: CLIENTS,
      checkInsPerClient: CHECK_INS_PER_CLIENT,
      requests: latencies.length,
      elapsedSeconds: Number(elapsedSeconds.toFixed(2)),
      throughputPerSecond: Number((latencies.length / elapsedSeconds).toFixed(1)),
      latencyMs: {
        p50: Number(percentile(latencies, 0.5).toFixed(1)),
        p95: Number(percentile(latencies, 0.95).toFixed(1)),
        p99: Number(percentile(latencies, 0.99).toFixed(1)),
        max: Number((latencies.at(-1) ?? Number.NaN).toFixed(1)),
      },
      statuses: Object.fromEntries([...statuses].sort(([a], [b]) => a - b)),
      checkInsAcknowledged: acknowledgedCheckIns.size,
      checkInRowsStored: storedIds.size,
      lostWrites: lostCheckIns,
      sharedKeyResult: { updatesAcknowledged: acknowledgedShared.size, conflicts, finalVersion: sharedRow.version },
      serverErrors,
      // CPU of this process (clients, HTTP server, handler, adapter); the rest went to PostgreSQL or other processes.
      testProcessCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
      measuredAt: new Date().toISOString(),
    };
    console.log(`load test (loopback, real PostgreSQL):\n${JSON.stringify(results, null, 2)}`);
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

    expect(serverErrors, 'no 5xx').toBe(0);
    expect([...statuses.keys()].every((status) => status === 200 || status === 409), 'only 200 and 409').toBe(true);
    expect(acknowledgedCheckIns.size, `all ${CLIENTS * CHECK_INS_PER_CLIENT} check-ins done within the time budget`).toBe(CLIENTS * CHECK_INS_PER_CLIENT);
    expect(lostCheckIns, 'no lost check-in').toBe(0);
    expect(storedIds.size, 'exactly the acknowledged check-ins, no more').toBe(acknowledgedCheckIns.size);
    expect(conflicts, 'the racing updates provoked conflicts').toBeGreaterThan(0);
    // No lost update: every acknowledged update of the shared KR made exactly one new version,
    // and what is stored is the value of the last one.
    expect(sharedRow.version).toBe(1 + acknowledgedShared.size);
    const last = sharedRow.data.metric;
    expect(last.kind === 'numeric' ? last.current : undefined).toBe(acknowledgedShared.get(sharedRow.version));
  });

  it('given a stale version, the REST client reports the 409 as a ConflictError carrying the current record', async () => {
    const rest = createRestAdapter({ baseUrl, headers: () => ({ 'x-user': 'user-rest' }), subscribe: false });
    await rest.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-rest', 'o1', 1), expectedVersion: null }]);
    await rest.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-rest', 'o1', 2), expectedVersion: 1 }]);
    const stale = rest.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-rest', 'o1', 3), expectedVersion: 1 }]);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, current: { kind: 'keyResult', version: 2, record: { id: 'kr-rest' } } });
  });
});
