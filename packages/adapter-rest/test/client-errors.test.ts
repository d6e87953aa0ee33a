import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { ConflictError, ForbiddenError, NotFoundError, OkrStorageError, ReadOnlyError, ValidationFailedError, createOkrStore, type ChangeEvent } from '@okrkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { notFoundMessage, routeOf } from '../src/handler-routes';
import { createRestAdapter } from '../src/index';
import { createOkrHandler, toNodeListener } from '../src/server';
import { eventually, identifyByHeader, period, startOkrServer, startServer, teamPolicy, twoTeams, type TestServer } from './helpers';

const servers: TestServer[] = [];
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A server that answers every request with `status` and our error body, counting requests. */
async function answering(status: number, error: Record<string, unknown>) {
  const seen: string[] = [];
  const server = await startServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ error }));
  });
  servers.push(server);
  return { server, seen };
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

const FINAL_ANSWERS: [number, Record<string, unknown>, new (...args: never[]) => OkrStorageError][] = [
  [400, { code: 'validation', message: 'the body is not valid JSON' }, ValidationFailedError],
  [401, { code: 'forbidden', message: 'sign in to make changes' }, ForbiddenError],
  [403, { code: 'forbidden', message: 'changes[0]: you may not update objective "o-b"' }, ForbiddenError],
  [404, { code: 'not-found', message: 'objective "o-x" does not exist', kind: 'objective', id: 'o-x' }, NotFoundError],
  [404, { code: 'unknown', message: 'no okrkit route at /x/records' }, OkrStorageError],
  [405, { code: 'read-only', message: 'this storage is read-only' }, ReadOnlyError],
  [409, { code: 'conflict', message: 'changed', kind: 'objective', id: 'o-a', expectedVersion: 1, current: null }, ConflictError],
  [410, { code: 'unknown', message: 'gone' }, OkrStorageError],
  [413, { code: 'validation', message: 'the body is larger than 1048576 bytes' }, ValidationFailedError],
  [415, { code: 'validation', message: 'the body must be JSON' }, ValidationFailedError],
  // What the handler sends for a database data error (an id too long for an index, a NUL): final, not a 503.
  [422, { code: 'validation', message: 'changes[0].record.id: at most 200 characters', errors: [{ path: 'changes[0].record.id', message: 'at most 200 characters' }] }, ValidationFailedError],
];

describe('given the REST client and a server that answers 4xx', () => {
  it.each(FINAL_ANSWERS)('when a load or an apply gets %i (%o), it sends it once, never waits, and rejects with the typed error', async (status, error, type) => {
    const { server, seen } = await answering(status, error);
    const { waits, sleep } = recordingSleep();
    const adapter = createRestAdapter({ baseUrl: server.baseUrl, sleep, retries: 5, subscribe: false });
    await expect(adapter.load()).rejects.toBeInstanceOf(type);
    await expect(adapter.apply([{ op: 'put', kind: 'period', record: period, expectedVersion: null }])).rejects.toBeInstanceOf(type);
    expect(seen).toEqual(['GET /records', 'POST /changes']);
    expect(waits).toEqual([]);
  });

  it('when a load gets 429 (overload, not a refusal), it is the one 4xx it waits out and repeats', async () => {
    const { server, seen } = await answering(429, { code: 'unavailable', message: 'slow down' });
    const { sleep } = recordingSleep();
    await expect(createRestAdapter({ baseUrl: server.baseUrl, sleep, retries: 2, subscribe: false }).load()).rejects.toBeInstanceOf(OkrStorageError);
    expect(seen).toHaveLength(3);
  });
});

describe('given a server that is not the okrkit handler (an app\'s HTML fallback, another API)', () => {
  it('when it answers 200 with HTML, the error is plain and its detail shows what came back', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<!doctype html><title>Intranet</title>');
    });
    servers.push(server);
    const failure = (await createRestAdapter({ baseUrl: server.baseUrl, subscribe: false }).load().catch((error: unknown) => error)) as OkrStorageError;
    expect(failure).toBeInstanceOf(OkrStorageError);
    expect(failure.message).toBe('the OKR server could not handle this request');
    expect(failure.detail).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/records answered 200 without JSON: <!doctype html>/);
  });

  it('when it answers 200 with JSON of another shape, the detail says the response was unexpected', async () => {
    const server = await startServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"items":[]}');
    });
    servers.push(server);
    const failure = (await createRestAdapter({ baseUrl: server.baseUrl, subscribe: false }).load().catch((error: unknown) => error)) as OkrStorageError;
    expect(failure.code).toBe('unknown');
    expect(failure.detail).toMatch(/\/records: the server sent an unexpected load response/);
  });
});

describe('given a handler mounted without basePath and a client pointed at /api/okr', () => {
  async function misMounted() {
    const handler = createOkrHandler({ storage: createMemoryAdapter({ initial: twoTeams }), identify: identifyByHeader, authorize: teamPolicy });
    const seen: string[] = [];
    const listener = toNodeListener(handler);
    const server = await startServer((request, response) => {
      seen.push(`${request.method} ${request.url}`);
      listener(request, response);
    });
    servers.push(server);
    return { server, seen };
  }

  it('when it loads, the 404 says to pass basePath, in the detail; the message is plain', async () => {
    const { server } = await misMounted();
    const adapter = createRestAdapter({ baseUrl: `${server.baseUrl}/api/okr`, headers: () => ({ 'x-user': 'alice' }), subscribe: false });
    const failure = await adapter.load().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(OkrStorageError);
    const error = failure as OkrStorageError;
    expect(error.detail).toContain("no okrkit route at /api/okr/records — if the handler is mounted under /api/okr, pass basePath: '/api/okr'");
    expect(error.detail).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/okr\/records answered 404: /);
    expect(error.message).toBe('the OKR server could not handle this request');
    expect(error.retryable).toBe(false);
  });

  it('when a store loads through it, the store\'s error keeps the plain message for people and the detail for developers', async () => {
    const { server } = await misMounted();
    const store = createOkrStore({ adapter: createRestAdapter({ baseUrl: `${server.baseUrl}/api/okr`, subscribe: false }) });
    await expect(store.load()).rejects.toBeInstanceOf(OkrStorageError);
    const { status, error } = store.getSnapshot();
    expect(status).toBe('error');
    expect(error).toMatchObject({ code: 'unknown', retryable: false, message: 'the OKR server could not handle this request' });
    expect(error?.detail).toContain("pass basePath: '/api/okr'");
  });

  it('when it subscribes, /events answers 404 once: the stream stops, onError hears it, eventsError returns it', async () => {
    const { server, seen } = await misMounted();
    const errors: OkrStorageError[] = [];
    const adapter = createRestAdapter({
      baseUrl: `${server.baseUrl}/api/okr`,
      headers: () => ({ 'x-user': 'alice' }),
      backoffMs: 10,
      subscribe: { onError: (error) => errors.push(error) },
    });
    stops.push(adapter.subscribe!(() => undefined));
    await adapter.eventsReady();
    await eventually(() => expect(errors).toHaveLength(1));
    // Before the fix it came back every backoff (8 requests in 4 s); now it stays stopped.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.filter((request) => request.startsWith('GET /api/okr/events'))).toHaveLength(1);
    expect(errors[0]?.detail).toContain("pass basePath: '/api/okr'");
    expect(errors[0]?.detail).toContain('live updates stopped');
    expect(adapter.eventsError()).toBe(errors[0]);
  });

  it('when the handler is given basePath, the same client loads and hears events; a look-alike prefix is not a match', async () => {
    const handler = createOkrHandler({
      storage: createMemoryAdapter({ initial: twoTeams }),
      identify: identifyByHeader,
      authorize: teamPolicy,
      basePath: '/api/okr',
    });
    const server = await startServer(toNodeListener(handler));
    servers.push(server);
    const adapter = createRestAdapter({ baseUrl: `${server.baseUrl}/api/okr`, headers: () => ({ 'x-user': 'alice' }) });
    expect((await adapter.load()).records.length).toBeGreaterThan(0);
    const heard: ChangeEvent[] = [];
    stops.push(adapter.subscribe!((event) => heard.push(event)));
    await adapter.eventsReady();
    expect(adapter.eventsError()).toBeUndefined();
    await adapter.apply([{ op: 'delete', kind: 'checkIn', id: 'ci-a', expectedVersion: 1 }]);
    await eventually(() => expect(heard).toHaveLength(1));
    expect((await fetch(`${server.baseUrl}/api/okrs/records`, { headers: { 'x-user': 'alice' } })).status).toBe(404);
  });
});

describe('given an event stream that fails with a 5xx', () => {
  it('when /events answers 503 twice, it keeps retrying and then streams', async () => {
    const okr = await startOkrServer({ initial: twoTeams });
    servers.push(okr);
    let eventsAsked = 0;
    const front = await startServer(async (request, response) => {
      if (request.url?.startsWith('/events') && (eventsAsked += 1) <= 2) {
        response.writeHead(503, { 'content-type': 'application/json' });
        return void response.end(JSON.stringify({ error: { code: 'unavailable', message: 'starting' } }));
      }
      toNodeListener(okr.handler)(request, response);
    });
    servers.push(front);
    const errors: OkrStorageError[] = [];
    const adapter = createRestAdapter({ baseUrl: front.baseUrl, headers: () => ({ 'x-user': 'alice' }), backoffMs: 10, subscribe: { onError: (error) => errors.push(error) } });
    const heard: ChangeEvent[] = [];
    stops.push(adapter.subscribe!((event) => heard.push(event)));
    await eventually(() => expect(eventsAsked).toBe(3));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await adapter.apply([{ op: 'delete', kind: 'checkIn', id: 'ci-a', expectedVersion: 1 }]);
    await eventually(() => expect(heard).toHaveLength(1));
    expect(errors).toEqual([]);
  });
});

describe('given the 404 message', () => {
  it('when the path has a prefix the handler does not know, it says which basePath to pass', () => {
    expect(notFoundMessage('/api/okr/records', '')).toBe("no okrkit route at /api/okr/records — if the handler is mounted under /api/okr, pass basePath: '/api/okr'");
    expect(notFoundMessage('/okr/changes', '/api/okr')).toBe("no okrkit route at /okr/changes — if the handler is mounted under /okr, pass basePath: '/okr' (it is '/api/okr')");
  });

  it('when the mount path was stripped (Express) but basePath is set, it says to leave basePath out', () => {
    expect(notFoundMessage('/records', '/api/okr')).toMatch(/expects its routes under basePath '\/api\/okr'.*leave basePath out/);
  });

  it('when the path is no route at all, it lists the routes', () => {
    expect(notFoundMessage('/api/okr/recods', '/api/okr')).toBe('no okrkit route at /api/okr/recods (routes: /api/okr/records, /api/okr/events, /api/okr/changes)');
  });

  it('when matching routes, only whole path segments count', () => {
    expect(routeOf('/api/okr/records', '/api/okr')).toBe('/records');
    expect(routeOf('/api/okrs/records', '/api/okr')).toBeUndefined();
    expect(routeOf('/records', '')).toBe('/records');
    expect(routeOf('/api/okr', '/api/okr')).toBeUndefined();
  });
});
