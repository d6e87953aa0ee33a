import { createRestAdapter } from '@okrkit/adapter-rest';
import { createOkrStore, type Change, type PlanningCycle } from '@okrkit/core';
import { createCycleStore, voteIdOf } from '@okrkit/core/cycle';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../server/demo-server.mjs';
import { authorizeDemo } from '../shared/policy.mjs';
import { demoDirectory } from '../shared/directory.mjs';
import { PLANNING_CYCLE_ID, demoPlanningCycle } from '../shared/planning.mjs';
import { startOn, useDemoServer } from './helpers';

const now = () => new Date('2026-02-15T12:00:00Z');

/** The OKR and cycle stores as the page makes them, signed in as `personId`. */
async function storesFor(server: DemoServer, personId: string) {
  const adapter = createRestAdapter({ baseUrl: new URL('api/okr', server.url).href, headers: () => ({ 'x-okrkit-user': personId }), subscribe: false, retries: 0 });
  const okrStore = createOkrStore({ adapter, now });
  const cycles = createCycleStore({ adapter, okrStore, now });
  await Promise.all([okrStore.load(), cycles.load()]);
  return { okrStore, cycles };
}

type Stored = { kind: string; record: { id: string } & Record<string, unknown>; version: number };

async function recordsSeenBy(server: DemoServer, personId?: string): Promise<Stored[]> {
  const response = await fetch(new URL('api/okr/records', server.url), { headers: personId ? { 'x-okrkit-user': personId } : {} });
  expect(response.status).toBe(200);
  return ((await response.json()) as { records: Stored[] }).records;
}

async function storedCycle(server: DemoServer): Promise<{ record: PlanningCycle; version: number }> {
  const entry = (await recordsSeenBy(server, 'amara-osei')).find((candidate) => candidate.kind === 'planningCycle' && candidate.record.id === PLANNING_CYCLE_ID)!;
  return { record: entry.record as unknown as PlanningCycle, version: entry.version };
}

/** POSTs `changes` as `personId`; the status and the error code. */
async function write(server: DemoServer, personId: string, changes: Change[]): Promise<{ status: number; code?: string }> {
  const response = await fetch(new URL('api/okr/changes', server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-okrkit-user': personId },
    body: JSON.stringify({ changes }),
  });
  const body = (await response.json()) as { error?: { code: string } };
  return { status: response.status, code: body.error?.code };
}

const person = (id: string) => demoDirectory.find((candidate) => candidate.id === id)!;

describe('the planning meeting’s roles, as the shared policy decides them', () => {
  const cycle = demoPlanningCycle;
  const vote = (voterId: string) => ({ kind: 'vote' as const, record: { id: voteIdOf(cycle.id, voterId), cycleId: cycle.id, voterId, ballot: { kind: 'ranking' as const, ranking: [] } }, cycle });
  const proposal = (proposerId: string) => ({ kind: 'proposal' as const, record: { id: 'p', cycleId: cycle.id, objectiveId: 'o', proposerId, strategy: 'Grow' }, cycle });
  const theCycle = { kind: 'planningCycle' as const, record: cycle, cycle };

  it('given each persona, only the cycle’s role opens each write: employees propose, managers vote, the CEO moves the cycle on and decides', () => {
    const decisions = Object.fromEntries(
      ['noah-fischer', 'ines-duarte', 'jonas-weber', 'priya-nair', 'lena-kovac', 'amara-osei', 'tom-becker'].map((id) => [
        id,
        {
          propose: authorizeDemo(person(id), 'create', proposal(id)),
          vote: authorizeDemo(person(id), 'create', vote(id)),
          updateCycle: authorizeDemo(person(id), 'update', theCycle),
          read: authorizeDemo(person(id), 'read', theCycle),
        },
      ]),
    );
    expect(decisions).toEqual({
      'noah-fischer': { propose: true, vote: false, updateCycle: false, read: true },
      'ines-duarte': { propose: true, vote: false, updateCycle: false, read: true },
      'jonas-weber': { propose: false, vote: true, updateCycle: false, read: true },
      'priya-nair': { propose: false, vote: true, updateCycle: false, read: true },
      'lena-kovac': { propose: false, vote: true, updateCycle: false, read: true },
      // The CEO chairs: she neither proposes nor votes.
      'amara-osei': { propose: false, vote: false, updateCycle: true, read: true },
      // Not a participant: follows the meeting, writes nothing in it.
      'tom-becker': { propose: false, vote: false, updateCycle: false, read: true },
    });
    // Nobody writes a ballot or a proposal in someone else's name, and nobody anonymous reads.
    expect(authorizeDemo(person('jonas-weber'), 'create', { ...vote('priya-nair') })).toBe(false);
    expect(authorizeDemo(person('noah-fischer'), 'create', proposal('ines-duarte'))).toBe(false);
    expect(authorizeDemo(null, 'read', theCycle)).toBe(false);
  });

  it('given a close-out, the objective’s team and the CEO write it, another team does not', () => {
    const retention = { id: 'obj-retention', title: 'Keep the users we win', periodId: 'q1-2026', teamId: 'brightline-growth', state: 'active' as const };
    const closeOut = { kind: 'closeOut' as const, record: { id: 'close-obj-retention', objectiveId: retention.id } as never, objective: retention };
    expect(authorizeDemo(person('priya-nair'), 'create', closeOut)).toBe(true);
    expect(authorizeDemo(person('amara-osei'), 'create', closeOut)).toBe(true);
    expect(authorizeDemo(person('lena-kovac'), 'create', closeOut)).toBe(false);
  });
});

describe('the planning meeting on the demo server (PGlite on disk)', () => {
  const demo = useDemoServer();

  it('given the first start, it seeds the Q2 2026 cycle in its first phase, read by everyone signed in and by nobody anonymous', async () => {
    expect(demo.server.seededPlanningCycle).toBe(true);
    for (const personId of ['tom-becker', 'noah-fischer']) {
      const cycles = (await recordsSeenBy(demo.server, personId)).filter((entry) => entry.kind === 'planningCycle');
      expect(cycles.map((entry) => entry.record)).toEqual([demoPlanningCycle]);
    }
    expect(await recordsSeenBy(demo.server)).toEqual([]);
  });

  it('given an employee, his proposal lands through the cycle store; a manager’s or the CEO’s proposal is refused with 403', async () => {
    const { cycles } = await storesFor(demo.server, 'noah-fischer');
    const { proposal, objective } = await cycles.propose({ cycleId: PLANNING_CYCLE_ID, proposerId: 'noah-fischer', strategy: 'Grow market share', objective: { title: 'Open a second sales channel' } });
    expect(objective).toMatchObject({ state: 'proposed', ownerId: 'noah-fischer', periodId: 'q2-2026' });
    const seen = await recordsSeenBy(demo.server, 'lena-kovac');
    expect(seen.find((entry) => entry.kind === 'proposal')?.record).toMatchObject({ id: proposal.id, proposerId: 'noah-fischer' });
    for (const proposerId of ['jonas-weber', 'amara-osei']) {
      const objectiveRecord = { id: `obj-by-${proposerId}`, title: 'Mine', periodId: 'q2-2026', ownerId: proposerId, state: 'proposed' };
      const refused = await write(demo.server, proposerId, [
        { op: 'put', kind: 'objective', record: objectiveRecord, expectedVersion: null },
        { op: 'put', kind: 'proposal', record: { id: `p-by-${proposerId}`, cycleId: PLANNING_CYCLE_ID, objectiveId: objectiveRecord.id, proposerId, strategy: 'Mine' }, expectedVersion: null },
      ] as Change[]);
      expect(refused, proposerId).toEqual({ status: 403, code: 'forbidden' });
    }
    expect((await recordsSeenBy(demo.server, 'lena-kovac')).filter((entry) => entry.kind === 'proposal')).toHaveLength(1);
  });

  it('given out-of-role writes — an employee votes or moves the cycle on, a manager confirms, the CEO votes, a manager votes for another — each is 403 and the cycle is unchanged', async () => {
    const before = await storedCycle(demo.server);
    const proposalId = (await recordsSeenBy(demo.server, 'amara-osei')).find((entry) => entry.kind === 'proposal')!.record.id;
    const ballot = (voterId: string): Change => ({ op: 'put', kind: 'vote', record: { id: voteIdOf(PLANNING_CYCLE_ID, voterId), cycleId: PLANNING_CYCLE_ID, voterId, ballot: { kind: 'ranking', ranking: [proposalId] } }, expectedVersion: null } as Change);
    const decision = (confirmerId: string): Change => ({
      op: 'put',
      kind: 'planningCycle',
      record: { ...before.record, decision: { confirmerId, order: [proposalId], talliedOrder: [proposalId], rejections: [] } },
      expectedVersion: before.version,
    } as Change);
    const attempts: Array<[string, Change]> = [
      ['noah-fischer', ballot('noah-fischer')],
      ['noah-fischer', { op: 'put', kind: 'planningCycle', record: { ...before.record, phase: 'screening' }, expectedVersion: before.version } as Change],
      ['noah-fischer', decision('noah-fischer')],
      ['jonas-weber', decision('jonas-weber')],
      ['amara-osei', ballot('amara-osei')],
      ['jonas-weber', ballot('priya-nair')],
    ];
    for (const [personId, change] of attempts) {
      expect(await write(demo.server, personId, [change]), `${personId} ${change.kind}`).toEqual({ status: 403, code: 'forbidden' });
    }
    expect(await storedCycle(demo.server)).toEqual(before);
    expect((await recordsSeenBy(demo.server, 'amara-osei')).filter((entry) => entry.kind === 'vote')).toEqual([]);
  });

  it('given the CEO moves the cycle on, a manager’s vote lands and the CEO confirms; the confirmed objective is active with priority 1', async () => {
    const ceo = await storesFor(demo.server, 'amara-osei');
    await ceo.cycles.advancePhase(PLANNING_CYCLE_ID);
    const jonas = await storesFor(demo.server, 'jonas-weber');
    const proposalId = jonas.cycles.getSnapshot().records.proposals[0]!.id;
    await jonas.cycles.vote({ cycleId: PLANNING_CYCLE_ID, voterId: 'jonas-weber', ballot: { kind: 'ranking', ranking: [proposalId] } });
    await ceo.cycles.load();
    await ceo.cycles.advancePhase(PLANNING_CYCLE_ID, 'confirmation');
    await ceo.okrStore.load();
    const confirmed = await ceo.cycles.confirm(PLANNING_CYCLE_ID, { confirmerId: 'amara-osei' });
    expect(confirmed.decision).toMatchObject({ confirmerId: 'amara-osei', order: [proposalId], talliedOrder: [proposalId] });
    const objectiveId = jonas.cycles.getSnapshot().records.proposals[0]!.objectiveId;
    expect((await recordsSeenBy(demo.server, 'tom-becker')).find((entry) => entry.record.id === objectiveId)?.record).toMatchObject({ state: 'active', priority: 1 });
  });

  it('given a Q1 objective, another team’s close-out is refused with 403; its own team closes it in one batch', async () => {
    const refused = await write(demo.server, 'lena-kovac', [
      {
        op: 'put',
        kind: 'closeOut',
        record: { id: 'close-obj-retention', objectiveId: 'obj-retention', result: 'achieved', keyResults: [], grade: 1, scoringStrategyId: 'google', retrospective: { met: 'All', missed: '', lessons: '' } },
        expectedVersion: null,
      } as Change,
    ]);
    expect(refused).toEqual({ status: 403, code: 'forbidden' });
    const priya = await storesFor(demo.server, 'priya-nair');
    const [closed] = await priya.cycles.closeOut([{ objectiveId: 'obj-retention', result: 'missed', retrospective: { met: 'Onboarding checklist shipped', missed: 'Churn: the win-back offer came late', lessons: 'Start win-back in week 1' }, closedById: 'priya-nair' }]);
    expect(closed!.objective.state).toBe('closed');
    const seen = await recordsSeenBy(demo.server, 'lena-kovac');
    expect(seen.find((entry) => entry.kind === 'closeOut')?.record).toMatchObject({ objectiveId: 'obj-retention', result: 'missed', closedById: 'priya-nair' });
  });

  it('given a restart on the same folder, the cycle is not seeded again and keeps its phase and decision', async () => {
    await demo.server.close();
    demo.server = await startOn(demo.dataDir.path);
    expect(demo.server.seededPlanningCycle).toBe(false);
    const cycles = (await recordsSeenBy(demo.server, 'tom-becker')).filter((entry) => entry.kind === 'planningCycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.record).toMatchObject({ phase: 'confirmation', decision: { confirmerId: 'amara-osei' } });
  });
});
