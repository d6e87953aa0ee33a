import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { describe, expect, it } from 'vitest';
import { createOkrHandler, type Authorize } from '../src/server';
import { keyResult, objective, teamPolicy, twoTeams, users, type User } from './helpers';

/** "An admin may do anything; everyone else follows the team policy." */
const adminOrTeam: Authorize<User> = (user, action, target) => user?.id === 'admin' || teamPolicy(user, action, target);
const people: Record<string, User> = { ...users, admin: { id: 'admin', teamId: 'staff' } };

function post(handler: (request: Request) => Promise<Response>, user: string, changes: unknown[]) {
  return handler(
    new Request('http://okr.test/changes', { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': user }, body: JSON.stringify({ changes }) }),
  );
}

describe('authorisation against the state that is written', () => {
  it('given 40 ms of storage latency, when an objective is moved to team B and 10 ms later alice (team A) creates a KR under it, the KR is refused 403 and not stored', async () => {
    const storage = createMemoryAdapter({ initial: twoTeams, latencyMs: 40 });
    const handler = createOkrHandler<User>({ storage, identify: (request) => people[request.headers.get('x-user') ?? ''] ?? null, authorize: adminOrTeam });
    const move = post(handler, 'admin', [{ op: 'put', kind: 'objective', record: objective('o-a', 'team-b'), expectedVersion: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const create = post(handler, 'alice', [{ op: 'put', kind: 'keyResult', record: keyResult('kr-sneaky', 'o-a'), expectedVersion: null }]);
    const [moved, created] = await Promise.all([move, create]);
    expect(moved.status).toBe(200);
    expect(created.status).toBe(403);
    expect(((await created.json()) as { error: { message: string } }).error.message).toContain('create keyResult "kr-sneaky"');
    expect(storage.dump().some((stored) => (stored.record as { id: string }).id === 'kr-sneaky')).toBe(false);
  });

  it('given 40 ms of latency, when alice creates a KR under her objective while its title changes (still team A), the KR is created after one re-check', async () => {
    const storage = createMemoryAdapter({ initial: twoTeams, latencyMs: 40 });
    const handler = createOkrHandler<User>({ storage, identify: (request) => people[request.headers.get('x-user') ?? ''] ?? null, authorize: adminOrTeam });
    const rename = post(handler, 'admin', [{ op: 'put', kind: 'objective', record: objective('o-a', 'team-a', { title: 'Renamed' }), expectedVersion: 1 }]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    const create = post(handler, 'alice', [{ op: 'put', kind: 'keyResult', record: keyResult('kr-new', 'o-a'), expectedVersion: null }]);
    const [renamed, created] = await Promise.all([rename, create]);
    expect([renamed.status, created.status]).toEqual([200, 200]);
    expect(storage.dump().some((stored) => (stored.record as { id: string }).id === 'kr-new')).toBe(true);
  });

  it('given a client condition that no longer holds, when posted, it answers 409 at once without re-authorising it away', async () => {
    const storage = createMemoryAdapter({ initial: twoTeams });
    const handler = createOkrHandler<User>({ storage, identify: (request) => people[request.headers.get('x-user') ?? ''] ?? null, authorize: adminOrTeam });
    const response = await handler(
      new Request('http://okr.test/changes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user': 'alice' },
        body: JSON.stringify({ changes: [{ op: 'put', kind: 'keyResult', record: keyResult('kr-new', 'o-a'), expectedVersion: null }], conditions: [{ kind: 'objective', id: 'o-a', version: 7 }] }),
      }),
    );
    expect(response.status).toBe(409);
  });

  it('given malformed conditions, when posted, it answers 422 naming the path', async () => {
    const storage = createMemoryAdapter({ initial: twoTeams });
    const handler = createOkrHandler<User>({ storage, identify: (request) => people[request.headers.get('x-user') ?? ''] ?? null, authorize: adminOrTeam });
    const response = await handler(
      new Request('http://okr.test/changes', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-user': 'alice' },
        body: JSON.stringify({ changes: [], conditions: [{ kind: 'objective', id: 'o-a', version: 0 }] }),
      }),
    );
    expect(response.status).toBe(422);
    expect(((await response.json()) as { error: { errors: unknown[] } }).error.errors).toEqual([expect.objectContaining({ path: 'conditions[0].version' })]);
  });
});
