/** A planning cycle on a memory adapter, for stories and tests (not part of the package). */
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { createOkrStore, UnavailableError, type OkrPolicy, type OkrStore, type PlanningPhase, type VotingMethod } from '@okrkit/core';
import { createCycleStore, type CycleStore } from '@okrkit/core/cycle';
import { useEffect, useState, type ReactNode } from 'react';
import { OkrProvider } from '../provider/okr-provider';
import type { OkrDirectory } from '../provider/directory';

/** The meeting's people: two employees who propose, three managers who vote, the CEO who confirms (and votes). */
export const planningDirectory: OkrDirectory = {
  people: {
    eve: { name: 'Eve Adams' },
    finn: { name: 'Finn Berg' },
    ben: { name: 'Ben Okafor' },
    cai: { name: 'Cai Wen' },
    dora: { name: 'Dora Lima' },
    ceo: { name: 'Dana Lee' },
  },
  teams: {},
};

/** The clock of every planning story: during the proposal phase of Q2 2026's cycle. */
export const planningNow = '2026-03-05T09:00:00Z';

export interface PlanningSeed {
  /** The phase the cycle is left in. @default 'proposal' */
  phase?: PlanningPhase;
  votingMethod?: VotingMethod;
  /** Proposals to make (by eve and finn). @default 3 */
  proposals?: number;
  comments?: boolean;
  /** Ballots by voter, as proposal indexes best first (ranking) or points by index. */
  votes?: Record<string, number[]>;
}

const titles = ['Significantly increase user activity', 'Lead technical innovation in the industry', 'Become the most popular healthy-dining brand locally'];
const strategies = ['Grow the user base', 'Lead in technology', 'Healthy dining'];

/** Runs a cycle to the seed's state through the cycle store's own commands. */
export async function seedPlanning(cycles: CycleStore, okrStore: OkrStore, seed: PlanningSeed, advanceTo: (phase: PlanningPhase) => Promise<void>): Promise<void> {
  await okrStore.load();
  await cycles.load();
  await okrStore.createPeriod({ id: 'q2-2026', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' });
  await cycles.createCycle({
    id: 'plan-q2',
    periodId: 'q2-2026',
    phases: [{ phase: 'proposal', deadline: '2026-03-10' }, { phase: 'screening', deadline: '2026-03-17' }, { phase: 'confirmation', deadline: '2026-03-24' }],
    participants: [
      { personId: 'eve', roles: ['proposer'] },
      { personId: 'finn', roles: ['proposer'] },
      { personId: 'ben', roles: ['voter'] },
      { personId: 'cai', roles: ['voter'] },
      { personId: 'dora', roles: ['voter'] },
      { personId: 'ceo', roles: ['confirmer', 'voter'] },
    ],
    votingMethod: seed.votingMethod ?? { kind: 'ranking' },
  });
  const ids: string[] = [];
  for (let index = 0; index < (seed.proposals ?? 3); index += 1) {
    const proposerId = index % 2 === 0 ? 'eve' : 'finn';
    const { proposal } = await cycles.propose({ cycleId: 'plan-q2', proposerId, strategy: strategies[index % 3] ?? 'Grow', objective: { id: `o-${index + 1}`, title: titles[index % 3] ?? `Proposal ${index + 1}`, ownerId: proposerId } });
    ids.push(proposal.id);
  }
  if (seed.comments && ids[0] !== undefined) {
    const first = await cycles.comment({ proposalId: ids[0], authorId: 'ben', stance: 'question', text: 'Which users count as active?' });
    await cycles.comment({ proposalId: ids[0], authorId: 'eve', stance: 'for', text: 'Anyone with a session in the last 30 days.', replyToId: first.id });
    await cycles.comment({ proposalId: ids[0], authorId: 'cai', stance: 'against', text: 'Activity without revenue does not pay the bills.' });
  }
  const target = seed.phase ?? 'proposal';
  if (target === 'proposal') return;
  await advanceTo('screening');
  for (const [voterId, picks] of Object.entries(seed.votes ?? {})) {
    const ballot = cycles.getSnapshot().records.planningCycles[0]?.votingMethod.kind === 'points'
      ? { kind: 'points' as const, points: Object.fromEntries(picks.map((value, index) => [ids[index] ?? '', value]).filter(([, value]) => Number(value) > 0)) }
      : { kind: 'ranking' as const, ranking: picks.map((index) => ids[index] ?? '') };
    await cycles.vote({ cycleId: 'plan-q2', voterId, ballot });
  }
  if (target !== 'screening') await advanceTo(target);
}

export interface PlanningStoryProps {
  seed?: PlanningSeed;
  /** The signed-in person. @default 'ben' */
  userId?: string;
  can?: OkrPolicy;
  locale?: string;
  /** Storage refuses every write after seeding (`'once'`: only the first, so Retry gets through). */
  offline?: boolean | 'once';
  children: (cycles: CycleStore) => ReactNode;
}

/** A provider with a seeded planning cycle; the board renders once the seed is in. */
export function PlanningStory({ seed = {}, userId = 'ben', can, locale, offline = false, children }: PlanningStoryProps) {
  const [setup] = useState(() => {
    const memory = createMemoryAdapter({});
    let refuse: boolean | 'once' = false;
    const adapter = {
      ...memory,
      apply: (...args: Parameters<typeof memory.apply>) => {
        if (!refuse) return memory.apply(...args);
        if (refuse === 'once') refuse = false;
        return Promise.reject(new UnavailableError('offline'));
      },
    };
    let clock = new Date(planningNow);
    const okrStore = createOkrStore({ adapter, now: () => clock });
    const cycles = createCycleStore({ adapter, okrStore, now: () => clock });
    const ready = seedPlanning(cycles, okrStore, seed, async (phase) => {
      // Each phase is entered before its deadline.
      if (phase === 'confirmation') clock = new Date('2026-03-20T09:00:00Z');
      else if (phase !== 'screening') clock = new Date('2026-03-25T09:00:00Z');
      else clock = new Date('2026-03-12T09:00:00Z');
      await cycles.advancePhase('plan-q2', phase);
    }).then(() => {
      refuse = offline;
      return clock.toISOString();
    });
    return { okrStore, cycles, ready };
  });
  const [now, setNow] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void setup.ready.then((at) => live && setNow(at));
    return () => { live = false; };
  }, [setup]);
  if (now === null) return <p>…</p>;
  return (
    <OkrProvider store={setup.okrStore} now={now} userId={userId} directory={planningDirectory} can={can} locale={locale}>
      {children(setup.cycles)}
    </OkrProvider>
  );
}
