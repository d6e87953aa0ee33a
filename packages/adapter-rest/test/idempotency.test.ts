import { describe, expect, it } from 'vitest';
import { ENTRY_OVERHEAD_BYTES, createIdempotencyCache, type StoredResponse } from '../src/idempotency';
import { objective, startOkrServer, twoTeams } from './helpers';

const answer = (body: string, status = 200) => async (): Promise<StoredResponse> => ({ status, body });
const replayed = async (outcome: Promise<{ replayed: boolean } | 'mismatch'>) => {
  const result = await outcome;
  return result === 'mismatch' ? 'mismatch' : result.replayed;
};

describe('given the idempotency cache', () => {
  it('when one identity floods 1,000 keys, another identity\'s key still replays (each has its own shelf)', async () => {
    const cache = createIdempotencyCache({ keysPerIdentity: 100 });
    await cache.once('bob', 'bob-1', 'f', answer('{"applied":[]}'));
    for (let index = 0; index < 1000; index++) await cache.once('mallory', `m-${index}`, 'f', answer('{}'));
    expect(cache.keysOf('mallory')).toBe(100);
    expect(await replayed(cache.once('bob', 'bob-1', 'f', answer('{"ran":"again"}')))).toBe(true);
    // Mallory's own oldest keys went, her newest stay.
    expect(await replayed(cache.once('mallory', 'm-999', 'f', answer('{}')))).toBe(true);
    expect(await replayed(cache.once('mallory', 'm-0', 'f', answer('{}')))).toBe(false);
  });

  it('when the same key is used by two identities, they are two entries', async () => {
    const cache = createIdempotencyCache();
    await cache.once('alice', 'k', 'fa', answer('{"who":"alice"}'));
    const bob = await cache.once('bob', 'k', 'fb', answer('{"who":"bob"}'));
    expect(bob).toEqual({ response: { status: 200, body: '{"who":"bob"}' }, replayed: false });
  });

  it('when an identity\'s answers pass bytesPerIdentity, its oldest are dropped until it fits', async () => {
    const cache = createIdempotencyCache({ bytesPerIdentity: 10_000 });
    const body = 'x'.repeat(2_000); // counted as 4,000 bytes plus the entry
    for (let index = 0; index < 5; index++) await cache.once('alice', `k-${index}`, 'f', answer(body));
    expect(cache.keysOf('alice')).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(await replayed(cache.once('alice', 'k-4', 'f', answer(body)))).toBe(true);
    expect(await replayed(cache.once('alice', 'k-3', 'f', answer(body)))).toBe(true);
  });

  it('when one answer alone is larger than bytesPerIdentity, it is not remembered (a retry runs again)', async () => {
    const cache = createIdempotencyCache({ bytesPerIdentity: 3_000 });
    await cache.once('alice', 'small', 'f', answer('{}'));
    await cache.once('alice', 'huge', 'f', answer('y'.repeat(2_000)));
    expect(await replayed(cache.once('alice', 'huge', 'f', answer('{}')))).toBe(false);
    expect(await replayed(cache.once('alice', 'small', 'f', answer('{}')))).toBe(true);
  });

  it('when all identities together pass totalBytes, the identity holding the most gives up its oldest answers', async () => {
    const cache = createIdempotencyCache({ bytesPerIdentity: 100_000, totalBytes: 30_000 });
    const entry = (length: number) => 'z'.repeat(length);
    await cache.once('quiet', 'q-1', 'f', answer(entry(1_000)));
    for (let index = 0; index < 20; index++) await cache.once('loud', `l-${index}`, 'f', answer(entry(2_000)));
    expect(cache.bytes).toBeLessThanOrEqual(30_000);
    expect(await replayed(cache.once('quiet', 'q-1', 'f', answer('{}')))).toBe(true);
    expect(cache.keysOf('loud')).toBeLessThan(20);
  });

  it('when an entry is still running, it is never evicted, so its retry waits for it instead of running twice', async () => {
    const cache = createIdempotencyCache({ keysPerIdentity: 1 });
    let runs = 0;
    let finish!: (value: StoredResponse) => void;
    const slow = () => {
      runs += 1;
      return new Promise<StoredResponse>((resolve) => (finish = resolve));
    };
    const first = cache.once('alice', 'slow', 'f', slow);
    await cache.once('alice', 'other', 'f', answer('{}'));
    const retry = cache.once('alice', 'slow', 'f', slow);
    finish({ status: 200, body: '{"once":true}' });
    expect(await first).toMatchObject({ replayed: false });
    expect(await retry).toMatchObject({ replayed: true, response: { body: '{"once":true}' } });
    expect(runs).toBe(1);
  });

  it('when an answer is a 5xx, it is forgotten; a different body under a used key is a mismatch', async () => {
    const cache = createIdempotencyCache();
    await cache.once('alice', 'k', 'f', answer('{}', 503));
    expect(await replayed(cache.once('alice', 'k', 'f', answer('{}')))).toBe(false);
    expect(await replayed(cache.once('alice', 'k', 'other', answer('{}')))).toBe('mismatch');
    expect(cache.bytes).toBe(ENTRY_OVERHEAD_BYTES + 2 * ('k'.length + 'f'.length + '{}'.length));
  });
});

describe('given the handler\'s idempotency, per identity', () => {
  it('when alice sends 1,000 keyed writes, bob\'s honest retry still gets its replay, not a 409', async () => {
    const server = await startOkrServer({ initial: twoTeams });
    try {
      const send = (user: string, key: string, record: object, expectedVersion: number) =>
        fetch(`${server.baseUrl}/changes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-user': user, 'idempotency-key': key },
          body: JSON.stringify({ changes: [{ op: 'put', kind: 'objective', record, expectedVersion }] }),
        });
      const bobsWrite = objective('o-b', 'team-b', { title: 'Bob, once' });
      expect((await send('bob', 'bob-key', bobsWrite, 1)).status).toBe(200);
      for (let index = 0; index < 1000; index++) {
        const response = await send('alice', `alice-${index}`, objective('o-a', 'team-a', { title: `Alice ${index}` }), index + 1);
        expect(response.status).toBe(200);
      }
      const retry = await send('bob', 'bob-key', bobsWrite, 1);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
    } finally {
      await server.close();
    }
  }, 60_000);
});
