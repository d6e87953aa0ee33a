import { connect } from 'node:net';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { afterEach, describe, expect, it } from 'vitest';
import { createOkrHandler, toNodeListener } from '../src/server';
import { eventually, identifyByHeader, objective, startServer, teamPolicy, twoTeams, type TestServer } from './helpers';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A handler on a real Node http server that records what it answered and what it reported. */
async function observedServer() {
  const reported: unknown[] = [];
  const answered: number[] = [];
  const storage = createMemoryAdapter({ initial: twoTeams });
  const handler = createOkrHandler({ storage, identify: identifyByHeader, authorize: teamPolicy, onError: (error) => reported.push(error) });
  const server = await startServer(toNodeListener((request) => handler(request).then((response) => (answered.push(response.status), response))));
  servers.push(server);
  return { server, storage, reported, answered };
}

/** Opens a raw socket, sends the headers and `sent` bytes of a `declared`-byte body, then destroys the socket. */
async function hangUpMidBody(baseUrl: string, declared: number, sent: string): Promise<void> {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(
    [
      'POST /changes HTTP/1.1',
      `Host: ${hostname}:${port}`,
      'Content-Type: application/json',
      'X-User: alice',
      'Idempotency-Key: hang-up-1',
      `Content-Length: ${declared}`,
      '',
      sent,
    ].join('\r\n'),
  );
  // Let the server start reading the body before the client goes away.
  await new Promise((resolve) => setTimeout(resolve, 50));
  socket.destroy();
}

describe('given a client that hangs up in the middle of its upload', () => {
  it('when the socket is destroyed mid-body, the handler neither answers 500 nor calls onError, and writes nothing', async () => {
    const { server, storage, reported, answered } = await observedServer();
    const body = JSON.stringify({ changes: [{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a', { title: 'Half' }), expectedVersion: 1 }] });
    await hangUpMidBody(server.baseUrl, body.length + 10_000, body.slice(0, 40));
    await eventually(() => expect(answered).toHaveLength(1), 2000);
    expect(answered[0]).toBeLessThan(500);
    expect(reported).toEqual([]);
    expect(storage.dump().find((stored) => (stored.record as { id: string }).id === 'o-a')?.version).toBe(1);
  });

  it('when the same Idempotency-Key is then sent whole, it is applied: the broken upload left nothing in the cache', async () => {
    const { server, reported } = await observedServer();
    const body = JSON.stringify({ changes: [{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a', { title: 'Whole' }), expectedVersion: 1 }] });
    await hangUpMidBody(server.baseUrl, body.length, body.slice(0, 40));
    const response = await fetch(`${server.baseUrl}/changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': 'alice', 'idempotency-key': 'hang-up-1' },
      body,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('idempotent-replayed')).toBeNull();
    expect(reported).toEqual([]);
  });
});
