import { ConflictError, UnavailableError, ValidationFailedError } from '@okrkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../src/index';
import { toWebRequest } from '../src/node';
import { objective, period, startOkrServer, startServer, twoTeams, type TestServer } from './helpers';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A fake sleep that records every wait and does not wait. */
function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

/** The OKR server behind a front that counts requests and may answer some itself. */
async function frontedServer(front: (request: { method: string; url: string; count: number; headers: Record<string, unknown> }) => number | 'hang' | 'drop-after' | undefined) {
  const okr = await startOkrServer({ initial: twoTeams });
  servers.push(okr);
  const seen: { method: string; url: string; idempotencyKey?: string }[] = [];
  const server = await startServer(async (request, response) => {
    const entry = { method: request.method ?? '', url: request.url ?? '', idempotencyKey: request.headers['idempotency-key'] as string | undefined };
    seen.push(entry);
    const decision = front({ ...entry, count: seen.length, headers: request.headers });
    if (decision === 'hang') return;
    if (typeof decision === 'number') {
      response.writeHead(decision, { 'content-type': 'application/json', ...(decision === 429 ? { 'retry-after': '1' } : {}) });
      response.end(JSON.stringify({ error: { code: decision === 422 ? 'validation' : 'unavailable', message: `answered ${decision}`, errors: [] } }));
      return;
    }
    // Pass on to the real handler; 'drop-after' applies the write and then cuts the connection.
    const answer = await okr.handler(toWebRequest(request, response));
    if (decision === 'drop-after') return void response.socket?.destroy();
    response.writeHead(answer.status, Object.fromEntries(answer.headers));
    response.end(Buffer.from(await answer.arrayBuffer()));
  });
  servers.push(server);
  return { okr, server, seen };
}

describe('given the REST client', () => {
  it('when the first two GETs answer 503, it retries with exponential backoff and the load succeeds', async () => {
    const { server, seen } = await frontedServer(({ count }) => (count <= 2 ? 503 : undefined));
    const { waits, sleep } = recordingSleep();
    const adapter = createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'alice' }), sleep, backoffMs: 100 });
    const { records } = await adapter.load();
    expect(records).toHaveLength(4);
    expect(seen).toHaveLength(3);
    expect(waits[0]).toBeGreaterThanOrEqual(50);
    expect(waits[0]).toBeLessThanOrEqual(100);
    expect(waits[1]).toBeGreaterThanOrEqual(100);
    expect(waits[1]).toBeLessThanOrEqual(200);
  });

  it('when a GET answers 429 with Retry-After, it waits that long (capped) before retrying', async () => {
    const { server } = await frontedServer(({ count }) => (count === 1 ? 429 : undefined));
    const { waits, sleep } = recordingSleep();
    await createRestAdapter({ baseUrl: server.baseUrl, sleep }).load();
    expect(waits).toEqual([1000]);
    const capped = recordingSleep();
    const { server: again } = await frontedServer(({ count }) => (count === 1 ? 429 : undefined));
    await createRestAdapter({ baseUrl: again.baseUrl, sleep: capped.sleep, maxRetryAfterMs: 250 }).load();
    expect(capped.waits).toEqual([250]);
  });

  it('when the server stays at 503, it gives up after the retries with an UnavailableError', async () => {
    const { server, seen } = await frontedServer(() => 503);
    const { sleep } = recordingSleep();
    const attempt = createRestAdapter({ baseUrl: server.baseUrl, sleep, retries: 2 }).load();
    await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
    expect(seen).toHaveLength(3);
  });

  it('when the server never answers, it fails with an UnavailableError after timeoutMs per attempt', async () => {
    const { server, seen } = await frontedServer(() => 'hang');
    const { sleep } = recordingSleep();
    const started = Date.now();
    const attempt = createRestAdapter({ baseUrl: server.baseUrl, sleep, timeoutMs: 100, retries: 1 }).load();
    await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
    await expect(attempt).rejects.toMatchObject({ detail: expect.stringMatching(/no answer within 100 ms \(after 2 attempts\)/) });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(seen).toHaveLength(2);
  });

  it('when nothing listens at the address, it fails with an UnavailableError', async () => {
    const server = await startServer(() => undefined);
    await server.close();
    const { sleep } = recordingSleep();
    await expect(createRestAdapter({ baseUrl: server.baseUrl, sleep, retries: 1 }).load()).rejects.toBeInstanceOf(UnavailableError);
  });

  it('when an apply\'s response is dropped after the write, it retries with the same Idempotency-Key and the write happens once', async () => {
    let posts = 0;
    const { okr, server, seen } = await frontedServer(({ method }) => (method === 'POST' && (posts += 1) === 1 ? 'drop-after' : undefined));
    const { sleep } = recordingSleep();
    const adapter = createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'alice' }), sleep });
    const applied = await adapter.apply([{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a', { title: 'Once' }), expectedVersion: 1 }]);
    expect(applied[0]?.version).toBe(2);
    const posted = seen.filter((request) => request.method === 'POST');
    expect(posted).toHaveLength(2);
    expect(posted[0]?.idempotencyKey).toBeTruthy();
    expect(posted[1]?.idempotencyKey).toBe(posted[0]?.idempotencyKey);
    expect(okr.storage.dump().find((stored) => (stored.record as { id: string }).id === 'o-a')?.version).toBe(2);
  });

  it('when two applies carry different keys, it applies both (and a stale one conflicts)', async () => {
    const { server } = await frontedServer(() => undefined);
    const adapter = createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'alice' }), retries: 0 });
    await adapter.apply([{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a'), expectedVersion: 1 }]);
    const stale = adapter.apply([{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a'), expectedVersion: 1 }]);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ current: { version: 2, record: { id: 'o-a' } } });
  });

  it('when the server answers 4xx, it does not retry', async () => {
    const { server, seen } = await frontedServer(() => 422);
    const { sleep, waits } = recordingSleep();
    const adapter = createRestAdapter({ baseUrl: server.baseUrl, sleep });
    await expect(adapter.load()).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(adapter.apply([{ op: 'put', kind: 'period', record: period, expectedVersion: 1 }])).rejects.toBeInstanceOf(ValidationFailedError);
    expect(seen).toHaveLength(2);
    expect(waits).toEqual([]);
  });

  it('when the same Idempotency-Key is reused for a different body, the handler refuses it with 422', async () => {
    const okr = await startOkrServer({ initial: twoTeams });
    servers.push(okr);
    const send = (title: string) =>
      fetch(`${okr.baseUrl}/changes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user': 'alice', 'idempotency-key': 'k-1' },
        body: JSON.stringify({ changes: [{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a', { title }), expectedVersion: 1 }] }),
      });
    expect((await send('First')).status).toBe(200);
    const replay = await send('First');
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect((await send('Second')).status).toBe(422);
  });
});
