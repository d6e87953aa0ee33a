import { ForbiddenError } from '@okrkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { stampAuthors } from '../src/handler-authors';
import { createRestAdapter } from '../src/index';
import { startOkrServer, twoTeams, users, weeklyReport } from './helpers';

type Server = Awaited<ReturnType<typeof startOkrServer>>;
let server: Server | undefined;
afterEach(() => server?.close());

const at = '2026-02-20T09:00:00Z';
const clientOf = (baseUrl: string, user: string) => createRestAdapter({ baseUrl, headers: () => ({ 'x-user': user }), retries: 0, subscribe: false });
const stored = (id: string) => server!.storage.dump().find((record) => (record.record as { id: string }).id === id);
const report = (authorId: string) => weeklyReport(authorId, 'team-a');

describe('given the handler stamps authors from the identity', () => {
  it('when alice records a check-in without authorId, it is stored with authorId "alice"', async () => {
    server = await startOkrServer({ initial: twoTeams });
    const [applied] = await clientOf(server.baseUrl, 'alice').apply([{ op: 'put', kind: 'checkIn', record: { id: 'ci-new', keyResultId: 'kr-a', at, value: 1100 }, expectedVersion: null }]);
    expect(stored('ci-new')?.record).toMatchObject({ authorId: 'alice' });
    expect(applied).toMatchObject({ record: { authorId: 'alice' } });
  });

  it('when alice records a check-in as bob, it is refused with 403 naming the field, and nothing is written', async () => {
    server = await startOkrServer({ initial: twoTeams });
    const attempt = clientOf(server.baseUrl, 'alice').apply([{ op: 'put', kind: 'checkIn', record: { id: 'ci-forged', keyResultId: 'kr-a', at, value: 1100, authorId: 'bob' }, expectedVersion: null }]);
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toThrow('changes[0].record.authorId: you may not write a check-in as "bob" (you are "alice")');
    expect(stored('ci-forged')).toBeUndefined();
  });

  it('when alice edits a teammate\'s check-in under the teammate\'s name, it is refused (nobody writes words under another\'s name)', async () => {
    server = await startOkrServer({ initial: { ...twoTeams, checkIns: [{ id: 'ci-carol', keyResultId: 'kr-a', at, value: 1050, authorId: 'carol' }] } });
    const attempt = clientOf(server.baseUrl, 'alice').apply([{ op: 'put', kind: 'checkIn', record: { id: 'ci-carol', keyResultId: 'kr-a', at, value: 1300, authorId: 'carol' }, expectedVersion: 1 }]);
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    expect(stored('ci-carol')?.version).toBe(1);
  });

  it('when alice saves a weekly report as bob, it is refused; as herself, it is saved', async () => {
    server = await startOkrServer({ initial: twoTeams, authorize: () => true });
    const alice = clientOf(server.baseUrl, 'alice');
    await expect(alice.apply([{ op: 'put', kind: 'weeklyReport', record: report('bob'), expectedVersion: null }])).rejects.toThrow('you may not write a weekly report as "bob"');
    await alice.apply([{ op: 'put', kind: 'weeklyReport', record: report('alice'), expectedVersion: null }]);
    expect(stored('wr-alice')?.record).toMatchObject({ authorId: 'alice' });
  });

  it('when authorOf says an identity is trusted (null), its changes pass unchanged (an import job)', async () => {
    server = await startOkrServer({ initial: twoTeams, authorOf: (user) => (user.id === users['alice']!.id ? null : user.id) });
    await clientOf(server.baseUrl, 'alice').apply([{ op: 'put', kind: 'checkIn', record: { id: 'ci-import', keyResultId: 'kr-a', at, value: 1, authorId: 'bob' }, expectedVersion: null }]);
    expect(stored('ci-import')?.record).toMatchObject({ authorId: 'bob' });
  });
});

describe('given stampAuthors', () => {
  it('when changes are deletes or records that have no author, it leaves them as they are', () => {
    const changes = [
      { op: 'delete' as const, kind: 'checkIn' as const, id: 'c', expectedVersion: 1 },
      { op: 'put' as const, kind: 'objective' as const, record: { id: 'o', title: 'T', periodId: 'p' }, expectedVersion: null },
    ];
    expect(stampAuthors(changes, 'ana')).toEqual(changes);
  });
});
