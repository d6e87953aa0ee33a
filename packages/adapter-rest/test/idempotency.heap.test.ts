// Runs in the `heap` project of vitest.config.ts: its own worker, with --expose-gc.
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import type { CheckIn, OkrSet } from '@okrkit/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_IDEMPOTENCY_LIMITS } from '../src/idempotency';
import { createOkrHandler } from '../src/server';
import { keyResult, objective, period, teamPolicy, type User } from './helpers';

const IDENTITIES = 10; // user-0 writes once, quietly; users 1 to 9 flood
const WRITES_PER_FLOODER = 111; // 9 × 111 + 1 = 1,000 writes in all
const CHECK_INS_PER_WRITE = 190;
const NOTE_LENGTH = 5_000; // the longest note the validators accept: 190 of them make a ~1 MB body

const users = Array.from({ length: IDENTITIES }, (_, index): User => ({ id: `user-${index}`, teamId: `team-${index}` }));

function checkIn(user: number, index: number, write: number): CheckIn {
  const note = `${write}:`.padEnd(NOTE_LENGTH, String.fromCharCode(97 + ((write + index) % 26)));
  return { id: `ci-${user}-${index}`, keyResultId: `kr-${user}`, at: '2026-02-13T09:00:00Z', value: 1000 + write, note };
}

function initial(): Partial<OkrSet> {
  return {
    periods: [period],
    objectives: users.map((user, index) => objective(`o-${index}`, user.teamId)),
    keyResults: users.map((_, index) => keyResult(`kr-${index}`, `o-${index}`)),
    checkIns: users.flatMap((_, user) => Array.from({ length: CHECK_INS_PER_WRITE }, (__, index) => checkIn(user, index, 0))),
  };
}

/** The body of write number `write` (1-based) of `user`: every one of its check-ins, with a new 5,000-character note. */
function bodyOf(user: number, write: number): string {
  const changes = Array.from({ length: CHECK_INS_PER_WRITE }, (_, index) => ({ op: 'put', kind: 'checkIn', record: checkIn(user, index, write), expectedVersion: write }));
  return JSON.stringify({ changes });
}

function retainedHeap(): number {
  for (let round = 0; round < 3; round++) globalThis.gc!();
  return process.memoryUsage().heapUsed;
}

describe('given 1,000 keyed writes of ~1 MB from ten identities', () => {
  it('when they are all sent, the retained heap stays under the documented bound and every identity\'s last keys replay', async () => {
    if (typeof globalThis.gc !== 'function') throw new Error('run this file in the heap project (node --expose-gc)');
    const storage = createMemoryAdapter({ initial: initial() });
    const handler = createOkrHandler<User>({
      storage,
      identify: (request) => users.find((user) => user.id === request.headers.get('x-user')) ?? null,
      authorize: teamPolicy,
    });
    const post = (user: number, key: string, body: string) =>
      handler(
        new Request('http://okr.test/changes', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-user': users[user]!.id, 'idempotency-key': key },
          body,
        }),
      );
    // A quiet identity's write before the flood: nobody else's writes may push it out.
    const quiet = bodyOf(0, 1);
    expect((await post(0, 'quiet-key', quiet)).status).toBe(200);
    const before = retainedHeap();

    const started = performance.now();
    let bytesSent = quiet.length;
    let writes = 1;
    for (let write = 1; write <= WRITES_PER_FLOODER; write++) {
      for (let user = 1; user < IDENTITIES; user++) {
        const body = bodyOf(user, write);
        bytesSent += body.length;
        writes += 1;
        const response = await post(user, `key-${user}-${write}`, body);
        expect(response.status, `write ${write} of user ${user}`).toBe(200);
        await response.arrayBuffer();
      }
    }
    const elapsed = performance.now() - started;
    const after = retainedHeap();
    const retained = after - before;
    const bound = DEFAULT_IDEMPOTENCY_LIMITS.totalBytes;
    console.log(
      `idempotency heap: ${writes} keyed writes, ${(bytesSent / 1024 / 1024).toFixed(0)} MiB sent (${Math.round(elapsed)} ms); ` +
        `retained heap ${(retained / 1024 / 1024).toFixed(1)} MiB, documented bound ${bound / 1024 / 1024} MiB`,
    );
    expect(writes).toBe(1000);
    expect(bytesSent / writes).toBeGreaterThan(950_000);
    expect(retained).toBeLessThan(bound);

    // Every identity's last keys replay: the same answer, nothing written again.
    const versionsBefore = storage.dump().map((stored) => stored.version);
    const replays: [number, string, string][] = [[0, 'quiet-key', quiet]];
    for (let user = 1; user < IDENTITIES; user++) {
      for (const write of [WRITES_PER_FLOODER, WRITES_PER_FLOODER - 1]) replays.push([user, `key-${user}-${write}`, bodyOf(user, write)]);
    }
    for (const [user, key, body] of replays) {
      const response = await post(user, key, body);
      expect(response.status, `replay of ${key}`).toBe(200);
      expect(response.headers.get('idempotent-replayed'), `replay of ${key}`).toBe('true');
    }
    expect(storage.dump().map((stored) => stored.version)).toEqual(versionsBefore);
  });
});
