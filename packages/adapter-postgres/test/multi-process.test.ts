import type { AppliedChange, Change, ChangeEvent } from '@okrkit/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg } from '../src/index';
import { checkIn, keyResult, objective, quarter } from './fixtures';
import { buildHandlerProcess, listenTo, removeHandlerProcessBuild, startHandlerProcess, type HandlerProcess } from './processes/spawn';
import { freshSchema, testPool } from './targets';

const PROCESSES = 3;
const WRITERS_PER_PROCESS = 2;
const WRITES_PER_WRITER = 24;

async function post(baseUrl: string, changes: Change[]): Promise<{ status: number; body: any }> {
  const response = await fetch(`${baseUrl}/changes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user': 'writer' },
    body: JSON.stringify({ changes }),
  });
  return { status: response.status, body: await response.json() };
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A change as a short, comparable label: `checkIn:c-1-3@1`, `keyResult:kr-shared@7`. */
const label = (change: AppliedChange) => `${change.kind}:${change.id}@${change.version}`;

/**
 * Three server processes (real `node` children, each `createOkrHandler` + `toNodeListener` over
 * its own pool) on one real PostgreSQL server, one SSE client on each, writers on all three.
 */
describe('several server processes on one database', () => {
  const schema = freshSchema('okrkit_procs');
  let pool: ReturnType<typeof testPool>;
  let processes: HandlerProcess[] = [];

  beforeAll(async () => {
    const databaseUrl = inject('databaseUrl');
    pool = testPool(databaseUrl, { max: 4 });
    const seed = createPostgresAdapter({ client: fromPg(pool), schema, changeFeed: true });
    await seed.apply(
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

  it('given SSE clients on each of three processes, a write through any process reaches all three, in commit order, exactly once — also across a dropped listening connection', { timeout: 90_000 }, async () => {
    const clients = processes.map((each) => listenTo(each.baseUrl));
    await Promise.all(clients.map((client) => client.ready));
    // Every feed is live once each client has heard a write made after they connected.
    expect((await post(processes[0]!.baseUrl, [{ op: 'put', kind: 'period', record: { ...quarter, id: 'sentinel' }, expectedVersion: null }])).status).toBe(200);
    const heardSentinel = (events: ChangeEvent[]) => events.findIndex((event) => event.changes.some((change) => change.id === 'sentinel'));
    await waitFor(() => clients.every((client) => heardSentinel(client.events) >= 0), 'every client heard the sentinel');
    const { rows: sentinelRows } = await pool.query(`SELECT max(seq)::int AS seq FROM "${schema}".records_changes`);
    const sentinelSeq = (sentinelRows[0] as { seq: number }).seq;

    const acknowledged = new Set<string>();
    let conflicts = 0;
    let dropped = 0;
    async function writer(processIndex: number, writerIndex: number): Promise<void> {
      const baseUrl = processes[processIndex]!.baseUrl;
      let sharedVersion = 1;
      for (let n = 0; n < WRITES_PER_WRITER; n += 1) {
        if (processIndex === 0 && writerIndex === 0 && n === WRITES_PER_WRITER / 2) {
          // Halfway: the server drops every process's listening connection; writes go on meanwhile.
          const { rows } = await pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN okrkit_changes_%' AND pid <> pg_backend_pid()`);
          dropped = rows.length;
        }
        if (n % 2 === 0) {
          const id = `c-${processIndex}-${writerIndex}-${n}`;
          const created = await post(baseUrl, [{ op: 'put', kind: 'checkIn', record: checkIn(id, 'kr-shared', n), expectedVersion: null }]);
          expect(created.status).toBe(200);
          acknowledged.add(label(created.body.applied[0]));
          continue;
        }
        for (;;) {
          const update = await post(baseUrl, [{ op: 'put', kind: 'keyResult', record: keyResult('kr-shared', 'o1', processIndex * 100 + n), expectedVersion: sharedVersion }]);
          if (update.status === 200) {
            sharedVersion = update.body.applied[0].version;
            acknowledged.add(label(update.body.applied[0]));
            break;
          }
          expect(update.status).toBe(409);
          conflicts += 1;
          sharedVersion = update.body.error.current.version;
          await new Promise((resolve) => setTimeout(resolve, Math.random() * 10));
        }
      }
    }
    await Promise.all(processes.flatMap((_, processIndex) => Array.from({ length: WRITERS_PER_PROCESS }, (_, writerIndex) => writer(processIndex, writerIndex))));
    const writes = PROCESSES * WRITERS_PER_PROCESS * WRITES_PER_WRITER;
    expect(acknowledged.size).toBe(writes);
    expect(dropped, 'the listening connections of all three processes were dropped').toBeGreaterThanOrEqual(PROCESSES);

    const after = (events: ChangeEvent[]) => events.slice(heardSentinel(events) + 1).map((event) => event.changes.map(label));
    await waitFor(() => clients.every((client) => after(client.events).length >= writes), 'every client heard every write', 30_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a late duplicate would arrive now
    const { rows: logRows } = await pool.query(`SELECT changes FROM "${schema}".records_changes WHERE seq > $1 ORDER BY seq`, [sentinelSeq]);
    const commitOrder = (logRows as { changes: AppliedChange[] }[]).map((row) => row.changes.map(label));
    clients.forEach((client) => client.close());

    for (const [index, client] of clients.entries()) {
      const heard = after(client.events);
      expect(heard, `client of process ${index}: every batch, in the log's (commit) order, once`).toEqual(commitOrder);
      const flat = heard.flat();
      expect(new Set(flat).size, `client of process ${index}: no batch twice`).toBe(flat.length);
      expect(new Set(flat)).toEqual(acknowledged);
      const sharedVersions = flat.filter((entry) => entry.startsWith('keyResult:')).map((entry) => Number(entry.split('@')[1]));
      expect(sharedVersions).toEqual([...sharedVersions].sort((a, b) => a - b));
    }
    console.log(`multi-process feed: ${PROCESSES} processes, ${writes} writes (${conflicts} conflicts retried), ${dropped} listening connections dropped mid-run, each of ${clients.length} SSE clients heard ${writes} batches in commit order once`);
    for (const each of processes) {
      // Each process noticed the drop and listened again; nothing else went to its error output.
      expect(each.stderr()).toMatch(/feed: the listening connection was lost .*; reconnecting/);
      expect(each.stderr().replace(/^feed: .*\n/gm, '')).toBe('');
    }
  });
});
