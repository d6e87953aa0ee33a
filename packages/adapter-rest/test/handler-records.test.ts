import { createMemoryAdapter } from '@okrkit/adapter-memory';
import type { StorageAdapter } from '@okrkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../src/index';
import { createOkrHandler, toNodeListener } from '../src/server';
import { identifyByHeader, startServer, teamPolicy, twoTeams, type TestServer } from './helpers';

let server: TestServer | undefined;
afterEach(async () => server?.close());

function counting(storage: StorageAdapter) {
  const calls = { load: 0, get: 0 };
  const counted: StorageAdapter = {
    ...storage,
    load: (query) => (calls.load++, storage.load(query)),
    get: (keys) => (calls.get++, storage.get!(keys)),
  };
  return { counted, calls };
}

describe('createOkrHandler: what a write reads from storage', () => {
  it('given storage with get, when a check-in is written, it reads only the chain it needs (no full load)', async () => {
    const { counted, calls } = counting(createMemoryAdapter({ initial: twoTeams }));
    server = await startServer(toNodeListener(createOkrHandler({ storage: counted, identify: identifyByHeader, authorize: teamPolicy })));
    const client = createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'alice' }), subscribe: false });
    await client.apply!([
      { op: 'put', kind: 'checkIn', record: { id: 'ci-new', keyResultId: 'kr-a', at: '2026-02-20T09:00:00Z', value: 1120 }, expectedVersion: null },
    ]);
    expect(calls.load).toBe(0);
    // check-in (+ its key result) → the key result's objective: two reads.
    expect(calls.get).toBe(2);
  });

  it('given storage with get, the policy still sees the owning objective: another team cannot check in', async () => {
    const { counted } = counting(createMemoryAdapter({ initial: twoTeams }));
    server = await startServer(toNodeListener(createOkrHandler({ storage: counted, identify: identifyByHeader, authorize: teamPolicy })));
    const client = createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'bob' }), subscribe: false });
    await expect(
      client.apply!([
        { op: 'put', kind: 'checkIn', record: { id: 'ci-new', keyResultId: 'kr-a', at: '2026-02-20T09:00:00Z', value: 1120 }, expectedVersion: null },
      ]),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('given storage without get, it falls back to load', async () => {
    const memory = createMemoryAdapter({ initial: twoTeams });
    const { counted, calls } = counting(memory);
    delete (counted as { get?: unknown }).get;
    server = await startServer(toNodeListener(createOkrHandler({ storage: counted, identify: identifyByHeader, authorize: teamPolicy })));
    const client = createRestAdapter({ baseUrl: server.baseUrl, headers: () => ({ 'x-user': 'alice' }), subscribe: false });
    await client.apply!([{ op: 'delete', kind: 'checkIn', id: 'ci-a', expectedVersion: 1 }]);
    expect(calls.load).toBe(1);
  });
});
