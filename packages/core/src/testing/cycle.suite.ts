import { describe, expect, it } from 'vitest';
import { createCycleStore } from '../cycle/cycle-store';
import { createOkrStore } from '../store/store';
import { closeOut, create, keyResult, objective, period, planningCycle, proposal, proposalComment, remove, update, vote } from './fixtures';
import { applyOf, expectConflict, expectRefused, loadMap, type SubjectHandle } from './harness';

const metric = { kind: 'numeric', direction: 'increase', start: 0, target: 10, current: 7 } as const;

/**
 * The planning cycle's record kinds on the storage contract: stored and read back exactly,
 * their references enforced inside the write (a vote names an existing cycle and proposals,
 * a comment an existing proposal…), deletes refused while something still refers to them,
 * one vote per voter per cycle through the derived id, and a whole quarter run through the
 * cycle store: proposals, votes, the tally, the confirmation and a close-out in one batch.
 */
export function describeCycleRecords(handle: SubjectHandle): void {
  describe('planning cycle records', () => {
    const base = () => [
      create('period', period('q2')),
      create('planningCycle', planningCycle('plan-q2', 'q2')),
      create('objective', objective('o1', 'q2', { state: 'proposed' })),
      create('objective', objective('o2', 'q2', { state: 'proposed' })),
      create('proposal', proposal('p1', 'plan-q2', 'o1')),
      create('proposal', proposal('p2', 'plan-q2', 'o2')),
    ];

    it('given a cycle with proposals, a threaded discussion and votes, when written in one batch, load returns each record as written', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const question = proposalComment('c1', 'p1', { stance: 'question', text: 'Which team pays for it? 👩‍👩‍👧' });
      const reply = proposalComment('c2', 'p1', { stance: 'for', text: 'زيادة نشاط المستخدمين', replyToId: 'c1', authorId: 'ana' });
      const ballot = vote('vote-ben', 'plan-q2', ['p2', 'p1']);
      await apply([...base(), create('proposalComment', question), create('proposalComment', reply), create('vote', ballot)]);
      const loaded = await loadMap(handle.adapter, { kinds: ['proposalComment', 'vote'] });
      expect(loaded.get('proposalComment:c2')?.record).toEqual(reply);
      expect(loaded.get('vote:vote-ben')?.record).toEqual(ballot);
      expect([...loaded.keys()].sort()).toEqual(['proposalComment:c1', 'proposalComment:c2', 'vote:vote-ben']);
    });

    it('given a vote naming a proposal that does not exist, or a cycle that does not, when applied, it is refused with the path and nothing is stored', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(base());
      await expectRefused(apply([create('vote', vote('v1', 'plan-q2', ['p1', 'p-gone']))]), 'changes[0].record.ballot.ranking[1]', ['p-gone']);
      await expectRefused(apply([create('vote', vote('v2', 'plan-gone', ['p1']))]), 'changes[0].record.cycleId', ['plan-gone']);
      await expectRefused(apply([create('vote', vote('v3', 'plan-q2', [], { ballot: { kind: 'points', points: { 'p-none': 3 } } }))]), 'changes[0].record.ballot.points["p-none"]');
      await expectRefused(apply([create('proposalComment', proposalComment('c9', 'p-gone'))]), 'changes[0].record.proposalId');
      expect([...(await loadMap(handle.adapter, { kinds: ['vote', 'proposalComment'] })).keys()]).toEqual([]);
    });

    it('given a close-out, when it names a key result that does not exist, it is refused; and a key result it grades cannot be deleted', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1')), create('objective', objective('o9', 'q1')), create('keyResult', keyResult('k9', 'o9', metric))]);
      await expectRefused(apply([create('closeOut', closeOut('close-o9', 'o9', ['k9', 'k-gone']))]), 'changes[0].record.keyResults[1].keyResultId', ['k-gone']);
      await apply([create('closeOut', closeOut('close-o9', 'o9', ['k9']))]);
      await expectRefused(apply([remove('keyResult', 'k9', 1)]), 'changes[0]', ['close-out "close-o9"']);
    });

    it('given votes and comments on a proposal, when the proposal or the cycle is deleted alone, it is refused naming them; deleted with them, it goes', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([...base(), create('vote', vote('vote-ben', 'plan-q2', ['p1'])), create('proposalComment', proposalComment('c1', 'p1'))]);
      const refused = await expectRefused(apply([remove('proposal', 'p1', 1)]), 'changes[0]');
      expect(refused.message).toContain('vote "vote-ben"');
      expect(refused.message).toContain('comment "c1"');
      await expectRefused(apply([remove('planningCycle', 'plan-q2', 1)]), 'changes[0]', ['plan-q2']);
      await apply([remove('proposalComment', 'c1', 1), remove('vote', 'vote-ben', 1), remove('proposal', 'p1', 1)]);
      expect((await loadMap(handle.adapter, { kinds: ['proposal'] })).has('proposal:p1')).toBe(false);
    });

    it('given a stored vote, when a second create of the same id or a stale update is applied, it is a conflict carrying the stored vote', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([...base(), create('vote', vote('vote-ben', 'plan-q2', ['p1', 'p2']))]);
      const again = await expectConflict(apply([create('vote', vote('vote-ben', 'plan-q2', ['p2']))]));
      expect(again.current?.record).toEqual(vote('vote-ben', 'plan-q2', ['p1', 'p2']));
      await apply([update('vote', vote('vote-ben', 'plan-q2', ['p2', 'p1']), 1)]);
      await expectConflict(apply([update('vote', vote('vote-ben', 'plan-q2', ['p1']), 1)]));
    });

    it('given a quarter run through the cycle store, proposals are voted, tallied, confirmed and closed out in batches storage keeps whole', async (context) => {
      applyOf(context, handle.adapter);
      let clock = new Date('2026-03-02T09:00:00Z');
      let counter = 0;
      const okrStore = createOkrStore({ adapter: handle.adapter, generateId: (kind) => `${kind}-${++counter}` });
      const cycles = createCycleStore({ adapter: handle.adapter, okrStore, now: () => clock, generateId: (kind) => `${kind}-${++counter}` });
      try {
        await okrStore.createPeriod({ id: 'q2', name: 'Q2', start: '2026-04-01', end: '2026-06-30' });
        await okrStore.createPeriod({ id: 'q3', name: 'Q3', start: '2026-07-01', end: '2026-09-30' });
        await cycles.createCycle({
          id: 'plan-q2',
          periodId: 'q2',
          phases: [{ phase: 'proposal', deadline: '2026-03-10' }],
          participants: [{ personId: 'eve', roles: ['proposer'] }, { personId: 'ben', roles: ['voter'] }, { personId: 'cai', roles: ['voter'] }, { personId: 'ceo', roles: ['confirmer', 'voter'] }],
          votingMethod: { kind: 'ranking' },
        });
        const first = await cycles.propose({ cycleId: 'plan-q2', proposerId: 'eve', strategy: 'Grow the user base', objective: { id: 'o-mau', title: 'Significantly increase user activity' }, keyResults: [{ id: 'k-mau', title: 'MAU +20 %', metric }] });
        const second = await cycles.propose({ cycleId: 'plan-q2', proposerId: 'eve', strategy: 'Lead in technology', objective: { id: 'o-patents', title: 'Lead technical innovation' } });
        await expectRefused(cycles.vote({ cycleId: 'plan-q2', voterId: 'ben', ballot: { kind: 'ranking', ranking: [first.proposal.id] } }), 'phase');
        await cycles.advancePhase('plan-q2');
        await cycles.vote({ cycleId: 'plan-q2', voterId: 'ben', ballot: { kind: 'ranking', ranking: [second.proposal.id, first.proposal.id] } });
        await cycles.vote({ cycleId: 'plan-q2', voterId: 'ben', ballot: { kind: 'ranking', ranking: [first.proposal.id] } });
        await cycles.vote({ cycleId: 'plan-q2', voterId: 'cai', ballot: { kind: 'ranking', ranking: [first.proposal.id, second.proposal.id] } });
        expect(cycles.getSnapshot().records.votes).toHaveLength(2);
        expect(cycles.tally('plan-q2').order).toEqual([first.proposal.id, second.proposal.id]);
        await cycles.advancePhase('plan-q2', 'confirmation');
        await expectRefused(cycles.confirm('plan-q2', { confirmerId: 'ben' }), 'confirmerId');
        await cycles.confirm('plan-q2', { confirmerId: 'ceo', order: [first.proposal.id], rejections: [{ proposalId: second.proposal.id, reason: 'No budget' }] });
        clock = new Date('2026-07-01T09:00:00Z');
        const [closed] = await cycles.closeOut([{ objectiveId: 'o-mau', result: 'carried-over', retrospective: { met: 'Usage time', missed: 'MAU: the launch slipped', lessons: 'Launch earlier' }, carryOver: { nextPeriodId: 'q3', keyResultIds: ['k-mau'] } }]);

        // A fresh client reads what storage kept.
        const loaded = await loadMap(handle.adapter);
        const record = (kind: string, id: string) => loaded.get(`${kind}:${id}`)?.record as Record<string, unknown> | undefined;
        expect(record('objective', 'o-mau')).toMatchObject({ state: 'closed', priority: 1 });
        expect(record('objective', 'o-patents')).toMatchObject({ state: 'draft' });
        expect(record('planningCycle', 'plan-q2')?.decision).toMatchObject({ confirmerId: 'ceo', order: [first.proposal.id], rejections: [{ proposalId: second.proposal.id, reason: 'No budget' }] });
        expect(record('closeOut', closed!.closeOut.id)).toMatchObject({ objectiveId: 'o-mau', result: 'carried-over', grade: 0.7, carriedOverToId: closed!.carriedOver!.objective.id });
        expect(record('objective', closed!.carriedOver!.objective.id)).toMatchObject({ periodId: 'q3', state: 'draft' });
        await expectRefused(okrStore.updateObjective('o-mau', { title: 'Edited after closing' }), 'objectives["o-mau"].state');
      } finally {
        cycles.dispose();
        okrStore.dispose();
      }
    });
  });
}
