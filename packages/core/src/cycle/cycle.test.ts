import { describe, expect, it } from 'vitest';
import type { Objective } from '../model/model.types';
import type { PlanningCycle, Proposal, Vote } from './cycle.types';
import { confirmProposals, tallyVotes } from './index';

const cycle = (votingMethod: PlanningCycle['votingMethod'] = { kind: 'ranking' }): PlanningCycle => ({
  id: 'plan-q2',
  periodId: 'q2',
  phase: 'screening',
  phases: [{ phase: 'proposal', deadline: '2026-03-10' }],
  participants: [
    { personId: 'ana', roles: ['voter'] },
    { personId: 'ben', roles: ['voter'] },
    { personId: 'cai', roles: ['voter'] },
    { personId: 'eve', roles: ['proposer'] },
    { personId: 'ceo', roles: ['confirmer', 'voter'] },
  ],
  votingMethod,
});
const ranking = (voterId: string, ...order: string[]): Vote => ({ id: `v-${voterId}`, cycleId: 'plan-q2', voterId, ballot: { kind: 'ranking', ranking: order } });
const points = (voterId: string, spread: Record<string, number>): Vote => ({ id: `v-${voterId}`, cycleId: 'plan-q2', voterId, ballot: { kind: 'points', points: spread } });

describe('tallyVotes', () => {
  it('given rankings, when tallied, it orders by Borda count (n points for first, one fewer per place)', () => {
    const result = tallyVotes(cycle(), ['p1', 'p2', 'p3'], [ranking('ana', 'p2', 'p1', 'p3'), ranking('ben', 'p2', 'p3', 'p1'), ranking('cai', 'p1', 'p2'), ranking('ceo', 'p3', 'p2', 'p1')]);
    expect(result.order).toEqual(['p2', 'p1', 'p3']);
    expect(result.entries.map((entry) => [entry.proposalId, entry.score, entry.place, entry.firstChoices])).toEqual([
      ['p2', 3 + 3 + 2 + 2, 1, 2],
      ['p1', 2 + 1 + 3 + 1, 2, 1],
      ['p3', 1 + 2 + 0 + 3, 3, 1],
    ]);
    expect(result.explanation).toMatchObject({ method: 'ranking', ballotsCounted: 4, issues: [], ties: [] });
  });

  it('given voters who did not vote and a non-voter who did, when tallied, it explains the abstentions and ignores the outsider', () => {
    const result = tallyVotes(cycle(), ['p1', 'p2'], [ranking('ana', 'p1', 'p2'), ranking('eve', 'p2', 'p1')]);
    expect(result.order).toEqual(['p1', 'p2']);
    expect(result.explanation.ballotsCounted).toBe(1);
    expect(result.explanation.issues).toEqual([
      { kind: 'not-a-voter', voterId: 'eve' },
      { kind: 'abstained', voterId: 'ben' },
      { kind: 'abstained', voterId: 'cai' },
      { kind: 'abstained', voterId: 'ceo' },
    ]);
  });

  it('given equal scores, when tallied, it breaks the tie by first choices and reports a tie it cannot break', () => {
    // p1: 3+1 = 4 with one first place; p2: 2+2 = 4 with none; p3: 1+3 = 4 with one first place.
    const result = tallyVotes(cycle(), ['p1', 'p2', 'p3'], [ranking('ana', 'p1', 'p2', 'p3'), ranking('ben', 'p3', 'p2', 'p1')]);
    expect(result.entries.map((entry) => [entry.proposalId, entry.place])).toEqual([['p1', 1], ['p3', 1], ['p2', 3]]);
    expect(result.explanation.ties).toEqual([{ proposalIds: ['p1', 'p3', 'p2'], score: 4, resolvedBy: 'unresolved' }]);
  });

  it('given a ballot naming unknown or repeated proposals, when tallied, it counts the rest and reports each bad line', () => {
    const result = tallyVotes(cycle(), ['p1', 'p2'], [ranking('ana', 'p9', 'p2', 'p2', 'p1')]);
    expect(result.entries.map((entry) => entry.score)).toEqual([2, 1]);
    expect(result.explanation.issues.slice(0, 2)).toEqual([
      { kind: 'unknown-proposal', voterId: 'ana', voteId: 'v-ana', proposalId: 'p9' },
      { kind: 'repeated-proposal', voterId: 'ana', voteId: 'v-ana', proposalId: 'p2' },
    ]);
  });

  it('given points, when tallied, it sums them and refuses a ballot over budget or of the wrong method', () => {
    const result = tallyVotes(cycle({ kind: 'points', budget: 10 }), ['p1', 'p2'], [
      points('ana', { p1: 7, p2: 3 }),
      points('ben', { p2: 10 }),
      points('cai', { p1: 8, p2: 8 }),
      ranking('ceo', 'p1'),
    ]);
    expect(result.entries.map((entry) => [entry.proposalId, entry.score, entry.supporters])).toEqual([['p2', 13, 2], ['p1', 7, 1]]);
    expect(result.explanation.issues).toEqual([
      { kind: 'over-budget', voterId: 'cai', voteId: 'v-cai', spent: 16, budget: 10 },
      { kind: 'wrong-method', voterId: 'ceo', voteId: 'v-ceo' },
    ]);
  });

  it('given no proposals or no votes, when tallied, it returns finite zero scores, never NaN', () => {
    expect(tallyVotes(cycle(), [], []).order).toEqual([]);
    const result = tallyVotes(cycle(), ['p1'], []);
    expect(result.entries).toEqual([{ proposalId: 'p1', place: 1, score: 0, supporters: 0, firstChoices: 0 }]);
  });
});

describe('confirmProposals', () => {
  const proposals: Proposal[] = [
    { id: 'p1', cycleId: 'plan-q2', objectiveId: 'o1', proposerId: 'eve', strategy: 'Grow' },
    { id: 'p2', cycleId: 'plan-q2', objectiveId: 'o2', proposerId: 'eve', strategy: 'Grow' },
    { id: 'p3', cycleId: 'plan-q2', objectiveId: 'o3', proposerId: 'eve', strategy: 'Grow' },
  ];
  const objective = (id: string): Objective => ({ id, title: id, periodId: 'q2', state: 'proposed' });
  const objectives = new Map(['o1', 'o2', 'o3'].map((id) => [id, { record: objective(id), version: 2 }]));

  it('given the confirmer keeps the tallied order, when confirmed, it activates the proposals with priorities in one batch', () => {
    const outcome = confirmProposals(cycle(), proposals, objectives, { confirmerId: 'ceo', order: ['p2', 'p1'], talliedOrder: ['p2', 'p1', 'p3'], rejections: [{ proposalId: 'p3', reason: 'No budget' }] });
    expect(outcome).toEqual({
      ok: true,
      overridden: false,
      changes: [
        { op: 'put', kind: 'objective', record: { ...objective('o2'), state: 'active', priority: 1 }, expectedVersion: 2 },
        { op: 'put', kind: 'objective', record: { ...objective('o1'), state: 'active', priority: 2 }, expectedVersion: 2 },
        { op: 'put', kind: 'objective', record: { ...objective('o3'), state: 'draft' }, expectedVersion: 2 },
      ],
    });
  });

  it('given an overridden order, when confirmed without a reason, it refuses with the path; with a reason it records the override', () => {
    const decision = { confirmerId: 'ceo', order: ['p1', 'p2'], talliedOrder: ['p2', 'p1'], rejections: [] };
    expect(confirmProposals(cycle(), proposals, objectives, decision)).toEqual({ ok: false, errors: [{ path: 'overrideReason', message: 'an order that differs from the tally needs a reason' }] });
    expect(confirmProposals(cycle(), proposals, objectives, { ...decision, overrideReason: 'Retention first' })).toMatchObject({ ok: true, overridden: true });
  });

  it('given someone who is not the confirmer, a rejection without reason or a proposal decided twice, when confirmed, it refuses each with its path', () => {
    const outcome = confirmProposals(cycle(), proposals, objectives, { confirmerId: 'ana', order: ['p1', 'p1'], talliedOrder: ['p1'], overrideReason: 'Twice by mistake', rejections: [{ proposalId: 'p9', reason: ' ' }] });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? [] : outcome.errors.map((error) => error.path)).toEqual(['confirmerId', 'order[1]', 'rejections[0].reason', 'rejections[0].proposalId']);
  });
});
