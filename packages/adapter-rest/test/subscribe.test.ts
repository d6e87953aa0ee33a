import { createMemoryAdapter } from '@okrkit/adapter-memory';
import type { ChangeEvent, StorageAdapter } from '@okrkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createRestAdapter, createSseParser, type SseMessage } from '../src/index';
import { createOkrHandler, toNodeListener } from '../src/server';
import { eventually, identifyByHeader, keyResult, objective, startOkrServer, startServer, teamPolicy, twoTeams, type TestServer } from './helpers';

type Server = Awaited<ReturnType<typeof startOkrServer>>;
let server: Server | undefined;
const stops: (() => void)[] = [];
afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  await server?.close();
});

const clientOf = (baseUrl: string, user: string) => createRestAdapter({ baseUrl, headers: () => ({ 'x-user': user }) });

describe('given two clients of one handler', () => {
  it('when one writes, it is heard by the other\'s subscribe, as Server-Sent Events', async () => {
    server = await startOkrServer({ initial: twoTeams });
    const writer = clientOf(server.baseUrl, 'alice');
    const reader = clientOf(server.baseUrl, 'alice');
    const heard: ChangeEvent[] = [];
    stops.push(reader.subscribe!((event) => heard.push(event)));
    await reader.eventsReady();
    await writer.apply([{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a', { title: 'Heard' }), expectedVersion: 1 }]);
    await eventually(() => expect(heard).toHaveLength(1));
    expect(heard[0]?.changes[0]).toMatchObject({ op: 'put', kind: 'objective', id: 'o-a', version: 2, record: { title: 'Heard' } });
  });

  it('when a write touches another team, a subscriber only hears what it may read', async () => {
    server = await startOkrServer({ initial: twoTeams });
    const heardByBob: ChangeEvent[] = [];
    const bob = clientOf(server.baseUrl, 'bob');
    stops.push(bob.subscribe!((event) => heardByBob.push(event)));
    await bob.eventsReady();
    const alice = clientOf(server.baseUrl, 'alice');
    await alice.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-a', 'o-a'), expectedVersion: 1 }]);
    await alice.apply([{ op: 'delete', kind: 'checkIn', id: 'ci-a', expectedVersion: 1 }]);
    // Bob's own write is heard, and it comes after alice's writes: nothing of team A was sent before it.
    await bob.apply([{ op: 'put', kind: 'objective', record: objective('o-b', 'team-b', { title: 'Bob' }), expectedVersion: 1 }]);
    await eventually(() => expect(heardByBob).toHaveLength(1));
    expect(heardByBob[0]?.changes.map((change) => change.id)).toEqual(['o-b']);
  });

  it('when the last listener unsubscribes, it closes the stream; a new subscribe opens another', async () => {
    server = await startOkrServer({ initial: twoTeams });
    const client = clientOf(server.baseUrl, 'alice');
    const first: ChangeEvent[] = [];
    const stop = client.subscribe!((event) => first.push(event));
    await client.eventsReady();
    stop();
    const second: ChangeEvent[] = [];
    stops.push(client.subscribe!((event) => second.push(event)));
    await client.eventsReady();
    await client.apply([{ op: 'delete', kind: 'checkIn', id: 'ci-a', expectedVersion: 1 }]);
    await eventually(() => expect(second).toHaveLength(1));
    expect(first).toHaveLength(0);
  });
});

describe('given storage with get, and subscribers of two teams', () => {
  it('when a check-in is written, the events are filtered by reading its key result and objective by key: no full load', async () => {
    const memory = createMemoryAdapter({ initial: twoTeams });
    const calls = { load: 0, get: 0 };
    const counted: StorageAdapter = {
      ...memory,
      load: (query) => (calls.load++, memory.load(query)),
      get: (keys) => (calls.get++, memory.get!(keys)),
      subscribe: (listener) => memory.subscribe!(listener),
    };
    const served: TestServer = await startServer(toNodeListener(createOkrHandler({ storage: counted, identify: identifyByHeader, authorize: teamPolicy })));
    try {
      const heard: Record<string, ChangeEvent[]> = { alice: [], bob: [] };
      for (const user of ['alice', 'bob']) {
        const client = clientOf(served.baseUrl, user);
        stops.push(client.subscribe!((event) => heard[user]!.push(event)));
        await client.eventsReady();
      }
      // Written straight to storage (as another process would), so the event carries only the check-in.
      await memory.apply([{ op: 'put', kind: 'checkIn', record: { id: 'ci-new', keyResultId: 'kr-a', at: '2026-02-20T09:00:00Z', value: 1120 }, expectedVersion: null }]);
      await eventually(() => expect(heard['alice']).toHaveLength(1));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard['bob']).toHaveLength(0);
      expect(calls.load).toBe(0);
      // The key result, then its objective: once each, for both subscribers together.
      expect(calls.get).toBe(2);
    } finally {
      await served.close();
    }
  });
});

describe('given the SSE parser', () => {
  it('when messages arrive split across chunks and line endings, it dispatches each whole message once', () => {
    const messages: SseMessage[] = [];
    const parser = createSseParser((message) => messages.push(message));
    for (const chunk of [': heartbeat\r\n\r', '\nid: 1\nevent: change\nda', 'ta: {"a":1}\r\ndata: x\n', '\n', 'data:plain\n\n', 'event: ping\n\n']) parser.push(chunk);
    expect(messages).toEqual([
      { event: 'change', data: '{"a":1}\nx', id: '1' },
      { event: 'message', data: 'plain', id: '1' },
    ]);
  });
});
