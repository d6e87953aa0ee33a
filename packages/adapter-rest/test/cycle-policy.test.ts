import { createMemoryAdapter } from '@okrkit/adapter-memory';
import type { Change, PlanningCycle } from '@okrkit/core';
import { describe, expect, it } from 'vitest';
import { createCyclePolicy, createOkrHandler, createTeamPolicy } from '../src/server';

interface Person {
  id: string;
  admin?: boolean;
}

const cycle: PlanningCycle = {
  id: 'plan',
  periodId: 'q2',
  phase: 'screening',
  phases: [],
  participants: [{ personId: 'eve', roles: ['proposer'] }, { personId: 'ben', roles: ['voter'] }, { personId: 'ceo', roles: ['confirmer'] }],
  votingMethod: { kind: 'ranking' },
};

const put = (kind: Change['kind'], record: unknown, expectedVersion: number | null = null): Change => ({ op: 'put', kind, record, expectedVersion }) as Change;

async function serve() {
  const storage = createMemoryAdapter();
  await storage.apply([
    put('period', { id: 'q2', name: 'Q2', start: '2026-04-01', end: '2026-06-30' }),
    put('planningCycle', cycle),
    put('objective', { id: 'o1', title: 'Grow', periodId: 'q2', state: 'proposed', ownerId: 'eve' }),
    put('proposal', { id: 'p1', cycleId: 'plan', objectiveId: 'o1', proposerId: 'eve', strategy: 'Grow' }),
    // Proposed by Eve for the CEO to own: the proposal, not the owner, says whose it is.
    put('objective', { id: 'o4', title: 'Hire a partner manager', periodId: 'q2', state: 'proposed', ownerId: 'ceo' }),
    put('proposal', { id: 'p4', cycleId: 'plan', objectiveId: 'o4', proposerId: 'eve', strategy: 'Grow' }),
  ]);
  const people: Record<string, Person> = { eve: { id: 'eve' }, ben: { id: 'ben' }, ceo: { id: 'ceo', admin: true }, zed: { id: 'zed' } };
  const authorize = createCyclePolicy<Person>({ fallback: createTeamPolicy<Person>({ teamOf: () => null, isAdmin: (person) => person.admin === true }), isAdmin: (person) => person.admin === true });
  const handler = createOkrHandler<Person>({ storage, authorize, identify: (request) => people[request.headers.get('x-person') ?? ''] ?? null });
  const apply = async (person: string, changes: Change[]) => {
    const response = await handler(new Request('http://okr.test/changes', { method: 'POST', headers: { 'content-type': 'application/json', 'x-person': person }, body: JSON.stringify({ changes }) }));
    return response.status;
  };
  return { apply };
}

describe('createCyclePolicy through the REST handler', () => {
  it('given a proposal Eve made for someone else to own, she answers in its discussion (the handler passes the proposal), and a proposer may not comment on another\'s', async () => {
    const { apply } = await serve();
    expect(await apply('eve', [put('proposalComment', { id: 'c4', proposalId: 'p4', authorId: 'eve', stance: 'for', text: 'The CEO owns it; I wrote it' })])).toBeLessThan(300);
    const policy = createCyclePolicy<Person>({ fallback: () => false });
    const comment = { id: 'c5', proposalId: 'p9', authorId: 'eve', stance: 'for', text: 'Yes' };
    expect(policy({ id: 'eve' }, 'create', { kind: 'proposalComment', record: comment as never, cycle, proposal: { id: 'p9', cycleId: 'plan', objectiveId: 'o9', proposerId: 'finn', strategy: 'Save' }, objective: { id: 'o9', title: 'Save', periodId: 'q2', ownerId: 'eve' } })).toBe(false);
    expect(policy({ id: 'eve' }, 'create', { kind: 'proposalComment', record: comment as never, cycle, proposal: { id: 'p9', cycleId: 'plan', objectiveId: 'o9', proposerId: 'eve', strategy: 'Save' }, objective: { id: 'o9', title: 'Save', periodId: 'q2', ownerId: 'ceo' } })).toBe(true);
  });

  it('given the cycle roles, a voter votes in their own name only, a proposer may not vote, someone outside the cycle may not comment', async () => {
    const { apply } = await serve();
    const ballot = (voterId: string) => put('vote', { id: `vote:plan:${voterId}`, cycleId: 'plan', voterId, ballot: { kind: 'ranking', ranking: ['p1'] } });
    expect(await apply('ben', [ballot('ben')])).toBeLessThan(300);
    expect(await apply('ben', [ballot('eve')])).toBe(403);
    expect(await apply('eve', [ballot('eve')])).toBe(403);
    expect(await apply('zed', [put('proposalComment', { id: 'c1', proposalId: 'p1', authorId: 'zed', stance: 'for', text: 'Yes' })])).toBe(403);
    expect(await apply('eve', [put('proposalComment', { id: 'c2', proposalId: 'p1', authorId: 'eve', stance: 'for', text: 'It pays off' })])).toBeLessThan(300);
  });

  it('given a proposer, they propose in their own name; only the confirmer updates the cycle; a voter may not move a proposed objective on', async () => {
    const { apply } = await serve();
    const objective = { id: 'o2', title: 'Save', periodId: 'q2', state: 'proposed', ownerId: 'eve' };
    expect(await apply('eve', [put('objective', objective), put('proposal', { id: 'p2', cycleId: 'plan', objectiveId: 'o2', proposerId: 'eve', strategy: 'Save' })])).toBeLessThan(300);
    expect(await apply('ben', [put('proposal', { id: 'p3', cycleId: 'plan', objectiveId: 'o2', proposerId: 'ben', strategy: 'Save' })])).toBe(403);
    expect(await apply('ben', [put('planningCycle', { ...cycle, phase: 'confirmation' }, 1)])).toBe(403);
    expect(await apply('ben', [put('objective', { ...objective, state: 'active' }, 1)])).toBe(403);
    expect(await apply('ceo', [put('planningCycle', { ...cycle, phase: 'confirmation' }, 1), put('objective', { ...objective, state: 'active', priority: 1 }, 1)])).toBeLessThan(300);
  });
});
