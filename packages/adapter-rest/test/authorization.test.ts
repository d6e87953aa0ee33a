import { ForbiddenError, type StoredRecord } from '@okrkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestAdapter } from '../src/index';
import { keyResult, objective, startOkrServer, twoTeams } from './helpers';

type Server = Awaited<ReturnType<typeof startOkrServer>>;
let server: Server;
beforeEach(async () => {
  server = await startOkrServer({ initial: twoTeams });
});
afterEach(() => server.close());

const clientOf = (user: string | undefined) =>
  createRestAdapter({ baseUrl: server.baseUrl, headers: (): Record<string, string> => (user ? { 'x-user': user } : {}), retries: 0 });

const ids = (records: StoredRecord[]) => records.map((stored) => `${stored.kind}:${(stored.record as { id: string }).id}`).sort();

describe('given a policy "a user may read and write their own team\'s objectives, with their key results and check-ins"', () => {
  it('when alice (team A) loads, it returns team A\'s objective, key result and check-in and the periods, nothing of team B', async () => {
    const { records } = await clientOf('alice').load();
    expect(ids(records)).toEqual(['checkIn:ci-a', 'keyResult:kr-a', 'objective:o-a', 'period:q1-2026']);
  });

  it('when alice loads one period, it still filters by team', async () => {
    const { records } = await clientOf('alice').load({ periodId: 'q1-2026' });
    expect(ids(records)).not.toContain('objective:o-b');
    expect(ids(records)).toContain('objective:o-a');
  });

  it('when nobody is signed in, it returns no records at all', async () => {
    const { records } = await clientOf(undefined).load();
    expect(records).toEqual([]);
  });

  it('when alice updates team B\'s objective, it refuses with 403 and a message naming the change', async () => {
    const attempt = clientOf('alice').apply([
      { op: 'put', kind: 'objective', record: objective('o-b', 'team-b', { title: 'Hijacked' }), expectedVersion: 1 },
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrow('changes[0]: you may not update objective "o-b"');
    expect(server.storage.dump().find((s) => (s.record as { id: string }).id === 'o-b')?.version).toBe(1);
  });

  it('when alice takes over team B\'s objective by writing it into team A, it refuses (checked against the stored record)', async () => {
    const attempt = clientOf('alice').apply([{ op: 'put', kind: 'objective', record: objective('o-b', 'team-a'), expectedVersion: 1 }]);
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('when alice deletes team B\'s objective or key result, it refuses with 403', async () => {
    const alice = clientOf('alice');
    await expect(alice.apply([{ op: 'delete', kind: 'objective', id: 'o-b', expectedVersion: 1 }])).rejects.toBeInstanceOf(ForbiddenError);
    await expect(alice.apply([{ op: 'delete', kind: 'keyResult', id: 'kr-b', expectedVersion: 1 }])).rejects.toBeInstanceOf(ForbiddenError);
    expect(server.storage.dump()).toHaveLength(7);
  });

  it('when alice creates an objective in team B, or a key result under team B\'s objective, it refuses', async () => {
    const alice = clientOf('alice');
    await expect(alice.apply([{ op: 'put', kind: 'objective', record: objective('o-new', 'team-b'), expectedVersion: null }])).rejects.toThrow(
      'you may not create objective "o-new"',
    );
    await expect(alice.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-new', 'o-b'), expectedVersion: null }])).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('when alice moves her own objective to team B, or her key result under team B\'s objective, it refuses', async () => {
    const alice = clientOf('alice');
    await expect(alice.apply([{ op: 'put', kind: 'objective', record: objective('o-a', 'team-b'), expectedVersion: 1 }])).rejects.toThrow(
      'changes[0]: you may not save objective "o-a" with these values',
    );
    await expect(alice.apply([{ op: 'put', kind: 'keyResult', record: keyResult('kr-a', 'o-b'), expectedVersion: 1 }])).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('when one change of a batch is refused, it applies none of the batch', async () => {
    const attempt = clientOf('alice').apply([
      { op: 'put', kind: 'objective', record: objective('o-a', 'team-a', { title: 'Fine' }), expectedVersion: 1 },
      { op: 'delete', kind: 'objective', id: 'o-b', expectedVersion: 1 },
    ]);
    await expect(attempt).rejects.toThrow('changes[1]');
    const stored = server.storage.dump().find((s) => (s.record as { id: string }).id === 'o-a');
    expect(stored).toMatchObject({ version: 1, record: { title: expect.not.stringMatching(/^Fine$/) } });
  });

  it('when alice writes within her team, including an objective and its key result in one batch, it applies them', async () => {
    const applied = await clientOf('alice').apply([
      { op: 'put', kind: 'objective', record: objective('o-a2', 'team-a'), expectedVersion: null },
      { op: 'put', kind: 'keyResult', record: keyResult('kr-a2', 'o-a2'), expectedVersion: null },
      { op: 'put', kind: 'checkIn', record: { id: 'ci-a2', keyResultId: 'kr-a2', at: '2026-02-20T09:00:00Z', value: 1100 }, expectedVersion: null },
    ]);
    expect(applied.map((change) => change.version)).toEqual([1, 1, 1]);
  });

  it('when nobody is signed in and writes, it answers 401 and writes nothing', async () => {
    const response = await fetch(`${server.baseUrl}/changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ changes: [{ op: 'put', kind: 'objective', record: objective('o-x', 'team-a'), expectedVersion: null }] }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/sign in/);
    await expect(clientOf(undefined).apply([])).rejects.toBeInstanceOf(ForbiddenError);
    expect(server.storage.dump()).toHaveLength(7);
  });
});
