import { describe, expect, it } from 'vitest';
import type { ChangeEvent, StorageAdapter, StoredRecord } from '../store/adapter.types';
import { ValidationFailedError } from '../store/errors';
import { createOkrStore } from '../store/store';
import { applyToRecordMap, filterByQuery } from '../store/versioned-records';
import { scoringPresets } from '../scoring/presets/index';
import { announcementOf, announcementToHtml, announcementToMarkdown, announcementToPlainText, createCycleStore, periodReview, periodReviewToCsv, suggestFinalGrades, validateCycleRecord, voteIdOf } from './index';

function memoryAdapter(): StorageAdapter & { records: Map<string, StoredRecord>; applies: number } {
  const records = new Map<string, StoredRecord>();
  const listeners = new Set<(event: ChangeEvent) => void>();
  const adapter = {
    records,
    applies: 0,
    async load(query?: Parameters<StorageAdapter['load']>[0]) {
      return { records: filterByQuery([...records.values()], query).map((stored) => structuredClone(stored)) };
    },
    async apply(changes: Parameters<NonNullable<StorageAdapter['apply']>>[0]) {
      adapter.applies += 1;
      const applied = applyToRecordMap(records, changes);
      for (const listener of listeners) listener({ changes: structuredClone(applied) });
      return applied;
    },
    subscribe(listener: (event: ChangeEvent) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return adapter;
}

const metric = (current: number) => ({ kind: 'numeric', direction: 'increase', start: 0, target: 10, current }) as const;

async function setUp(today = '2026-03-02') {
  const adapter = memoryAdapter();
  let counter = 0;
  let clock = new Date(`${today}T09:00:00Z`);
  const okrStore = createOkrStore({ adapter, generateId: (kind) => `${kind}-${++counter}` });
  const cycles = createCycleStore({ adapter, okrStore, now: () => clock, generateId: (kind) => `${kind}-${++counter}` });
  await okrStore.createPeriod({ id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' });
  await okrStore.createPeriod({ id: 'q3', name: 'Q3 2026', start: '2026-07-01', end: '2026-09-30' });
  await cycles.createCycle({
    id: 'plan',
    periodId: 'q2',
    phases: [{ phase: 'proposal', deadline: '2026-03-10' }, { phase: 'screening', deadline: '2026-03-15' }],
    participants: [{ personId: 'eve', roles: ['proposer'] }, { personId: 'ben', roles: ['voter'] }, { personId: 'cai', roles: ['voter'] }, { personId: 'ceo', roles: ['confirmer'] }],
    votingMethod: { kind: 'points', budget: 10 },
  });
  return { adapter, okrStore, cycles, setClock: (date: string) => (clock = new Date(`${date}T09:00:00Z`)) };
}

async function refusal(promise: Promise<unknown>): Promise<Array<{ path: string; message: string }>> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(ValidationFailedError);
  return (error as ValidationFailedError).errors;
}

describe('createCycleStore', () => {
  it('given someone without the proposer role, or a proposal after the deadline, when proposing, it refuses with the path and stores nothing', async () => {
    const { adapter, cycles, setClock } = await setUp();
    const before = adapter.records.size;
    expect((await refusal(cycles.propose({ cycleId: 'plan', proposerId: 'ben', strategy: 'Grow', objective: { title: 'Grow' } })))[0]!.path).toBe('proposerId');
    setClock('2026-03-11');
    expect(await refusal(cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Grow', objective: { title: 'Grow' } }))).toEqual([{ path: 'phase', message: 'the proposal phase ended on 2026-03-10' }]);
    expect(adapter.records.size).toBe(before);
  });

  it('given a proposal, when proposed, the objective (state proposed, owned by the proposer) and the proposal are one batch', async () => {
    const { adapter, okrStore, cycles } = await setUp();
    const applies = adapter.applies;
    const { proposal, objective } = await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Grow the user base', objective: { title: 'Significantly increase user activity' } });
    expect(adapter.applies).toBe(applies + 1);
    expect(objective).toMatchObject({ periodId: 'q2', state: 'proposed', ownerId: 'eve' });
    expect(proposal).toMatchObject({ cycleId: 'plan', objectiveId: objective.id, proposerId: 'eve', strategy: 'Grow the user base' });
    expect(okrStore.getSnapshot().okrSet.objectives.some((entry) => entry.id === objective.id)).toBe(true);
  });

  it('given phases, when advanced, they only move forward; going back needs a reopening with a reason, which is recorded', async () => {
    const { cycles } = await setUp();
    expect((await cycles.advancePhase('plan')).phase).toBe('screening');
    expect((await refusal(cycles.advancePhase('plan', 'proposal')))[0]!.message).toContain('only move forward');
    expect((await refusal(cycles.reopenPhase('plan', 'proposal', { reason: ' ' })))[0]!.path).toBe('reason');
    const reopened = await cycles.reopenPhase('plan', 'proposal', { reason: 'Two teams missed the deadline', byId: 'ceo' });
    expect(reopened.phase).toBe('proposal');
    expect(reopened.reopenings).toEqual([{ from: 'screening', to: 'proposal', reason: 'Two teams missed the deadline', byId: 'ceo', at: '2026-03-02T09:00:00.000Z' }]);
  });

  it('given a discussion, a reply to a reply is refused, a voter and the proposer may comment, and someone else may not', async () => {
    const { cycles } = await setUp();
    const { proposal } = await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Grow', objective: { title: 'Grow' } });
    const question = await cycles.comment({ proposalId: proposal.id, authorId: 'ben', stance: 'question', text: 'Which budget?' });
    const answer = await cycles.comment({ proposalId: proposal.id, authorId: 'eve', stance: 'for', text: 'Marketing', replyToId: question.id });
    expect((await refusal(cycles.comment({ proposalId: proposal.id, authorId: 'ben', stance: 'against', text: 'No', replyToId: answer.id })))[0]!.path).toBe('replyToId');
    expect((await refusal(cycles.comment({ proposalId: proposal.id, authorId: 'nobody', stance: 'for', text: 'Yes' })))[0]!.path).toBe('authorId');
  });

  it('given points votes, over budget is refused; voting again replaces the vote (one per voter per cycle); the tally sums the points', async () => {
    const { cycles } = await setUp();
    const first = (await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Grow', objective: { title: 'Grow' } })).proposal.id;
    const second = (await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Save', objective: { title: 'Save' } })).proposal.id;
    await cycles.advancePhase('plan');
    expect((await refusal(cycles.vote({ cycleId: 'plan', voterId: 'ben', ballot: { kind: 'points', points: { [first]: 11 } } })))[0]!.message).toBe('spends 11 points; the budget is 10');
    expect((await refusal(cycles.vote({ cycleId: 'plan', voterId: 'ben', ballot: { kind: 'ranking', ranking: [first] } })))[0]!.path).toBe('ballot.kind');
    await cycles.vote({ cycleId: 'plan', voterId: 'ben', ballot: { kind: 'points', points: { [first]: 10 } } });
    const replaced = await cycles.vote({ cycleId: 'plan', voterId: 'ben', ballot: { kind: 'points', points: { [second]: 7, [first]: 3 } } });
    await cycles.vote({ cycleId: 'plan', voterId: 'cai', ballot: { kind: 'points', points: { [second]: 4, [first]: 6 } } });
    expect(replaced.id).toBe(voteIdOf('plan', 'ben'));
    expect(cycles.getSnapshot().records.votes).toHaveLength(2);
    const tally = cycles.tally('plan');
    expect(tally.entries.map((entry) => [entry.proposalId, entry.score])).toEqual([[second, 11], [first, 9]]);
  });

  it('given the confirmation phase, only the confirmer confirms; an override needs a reason; the decision with its rejections is stored on the cycle in the same batch', async () => {
    const { adapter, okrStore, cycles } = await setUp();
    const first = await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Grow', objective: { title: 'Grow' } });
    const second = await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Save', objective: { title: 'Save' } });
    const third = await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Hire', objective: { title: 'Hire' } });
    await cycles.advancePhase('plan');
    await cycles.vote({ cycleId: 'plan', voterId: 'ben', ballot: { kind: 'points', points: { [first.proposal.id]: 6, [second.proposal.id]: 4 } } });
    expect((await refusal(cycles.confirm('plan', { confirmerId: 'ceo' })))[0]!.path).toBe('phase');
    await cycles.advancePhase('plan', 'confirmation');
    expect((await refusal(cycles.confirm('plan', { confirmerId: 'ben' })))[0]!.path).toBe('confirmerId');
    expect((await refusal(cycles.confirm('plan', { confirmerId: 'ceo', order: [second.proposal.id, first.proposal.id], rejections: [{ proposalId: third.proposal.id, reason: 'No budget' }] })))[0]!.path).toBe('overrideReason');
    const applies = adapter.applies;
    const cycle = await cycles.confirm('plan', { confirmerId: 'ceo', order: [second.proposal.id, first.proposal.id], overrideReason: 'Cash first', rejections: [{ proposalId: third.proposal.id, reason: 'No budget' }] });
    expect(adapter.applies).toBe(applies + 1);
    expect(cycle.decision).toMatchObject({ confirmerId: 'ceo', order: [second.proposal.id, first.proposal.id], talliedOrder: [first.proposal.id, second.proposal.id, third.proposal.id], overrideReason: 'Cash first', rejections: [{ proposalId: third.proposal.id, reason: 'No budget' }] });
    const states = Object.fromEntries(okrStore.getSnapshot().okrSet.objectives.map((objective) => [objective.id, [objective.state, objective.priority]]));
    expect(states[second.objective.id]).toEqual(['active', 1]);
    expect(states[first.objective.id]).toEqual(['active', 2]);
    expect(states[third.objective.id]).toEqual(['draft', undefined]);
  });

  it('given a confirmed company objective, a department drafts under it and a person under the department; a personal one under the company is refused', async () => {
    const { okrStore, cycles } = await setUp();
    await okrStore.createObjective({ id: 'company', title: 'Grow market share', periodId: 'q2', state: 'active' });
    const sales = await cycles.cascadeObjective('company', { teamId: 'sales' }, { title: 'More new customers' });
    expect(sales).toMatchObject({ parentId: 'company', teamId: 'sales', periodId: 'q2', state: 'draft' });
    expect((await refusal(cycles.cascadeObjective('company', { ownerId: 'ana' })))[0]!.path).toBe('ownerId');
    expect((await refusal(cycles.cascadeObjective(sales.id, { ownerId: 'ana' })))[0]!.path).toBe('parentId');
    await okrStore.setLifecycleState(sales.id, 'active');
    expect(await cycles.cascadeObjective(sales.id, { ownerId: 'ana' })).toMatchObject({ parentId: sales.id, teamId: 'sales', ownerId: 'ana', state: 'draft' });
  });

  it('given a confirmed proposal (owned by its proposer, in no team), it is a company objective: announced under Company, and a department cascades under it', async () => {
    const { okrStore, cycles } = await setUp();
    const proposed = await cycles.propose({ cycleId: 'plan', proposerId: 'eve', strategy: 'Grow', objective: { title: 'Grow market share' } });
    await cycles.advancePhase('plan', 'confirmation');
    await cycles.confirm('plan', { confirmerId: 'ceo' });
    const announcement = announcementOf(okrStore.getSnapshot().okrSet.periods[0]!, okrStore.getSnapshot().okrSet);
    expect(announcement.company.map((entry) => entry.id)).toEqual([proposed.objective.id]);
    expect(announcement.personal).toEqual([]);
    const sales = await cycles.cascadeObjective(proposed.objective.id, { teamId: 'sales' }, { title: 'More new customers' });
    expect(sales).toMatchObject({ parentId: proposed.objective.id, teamId: 'sales', state: 'draft' });
    expect((await refusal(cycles.cascadeObjective(proposed.objective.id, { ownerId: 'ana' })))[0]!.path).toBe('ownerId');
  });

  it('given active objectives, when closed out, grades are suggested, adjustments need a reason, everything is one batch, the objective is read-only until reopened', async () => {
    const { adapter, okrStore, cycles } = await setUp();
    await okrStore.saveObjective({ objective: { id: 'o1', title: 'Grow', periodId: 'q2', state: 'active', kind: 'aspirational' }, keyResults: [{ id: 'k1', title: 'MAU', metric: metric(7), weight: 3 }, { id: 'k2', title: 'Time', metric: metric(10) }] });
    const retrospective = { met: 'Usage time', missed: 'MAU: launch slipped', lessons: 'Launch earlier' };
    expect((await refusal(cycles.closeOut([{ objectiveId: 'o1', result: 'missed', retrospective, adjustments: { k1: { grade: 0.5, reason: '' } } }])))[0]!.path).toBe('[0].keyResults[0].adjustmentReason');
    const applies = adapter.applies;
    const [closed] = await cycles.closeOut([{ objectiveId: 'o1', result: 'carried-over', retrospective, adjustments: { k1: { grade: 0.5, reason: 'A duplicated export' } }, carryOver: { nextPeriodId: 'q3', keyResultIds: ['k1'] } }]);
    expect(adapter.applies).toBe(applies + 1);
    expect(closed!.closeOut.keyResults).toEqual([{ keyResultId: 'k1', suggestedGrade: 0.7, grade: 0.5, adjustmentReason: 'A duplicated export' }, { keyResultId: 'k2', suggestedGrade: 1, grade: 1 }]);
    expect(closed!.closeOut.grade).toBe(0.625);
    expect(closed!.objective.state).toBe('closed');
    expect(closed!.carriedOver!.keyResults[0]!.metric).toMatchObject({ start: 7, current: 7, target: 10 });
    expect((await refusal(okrStore.updateKeyResult('k1', { title: 'Edited' })))[0]!.path).toBe('keyResults["k1"]');
    expect((await refusal(okrStore.recordCheckIn({ keyResultId: 'k2', value: 3 })))[0]!.path).toMatch(/^checkIns\[/);
    await cycles.reopen('o1');
    await okrStore.updateKeyResult('k1', { title: 'Edited after reopening' });
    const snapshot = okrStore.getSnapshot().okrSet;
    expect(snapshot.objectives.find((objective) => objective.id === 'o1')?.state).toBe('active');
  });
});

describe('suggestFinalGrades', () => {
  it('given KRs of different weights, it grades each under the strategy and weights the objective, never NaN', () => {
    const objective = { id: 'o', title: 'Grow', periodId: 'q2' };
    const keyResults = [
      { id: 'a', objectiveId: 'o', title: 'A', metric: metric(10), weight: 1 },
      { id: 'b', objectiveId: 'o', title: 'B', metric: metric(0), weight: 0 },
    ];
    expect(suggestFinalGrades(objective, keyResults, scoringPresets.percent)).toEqual({ keyResults: [{ keyResultId: 'a', suggestedGrade: 100, grade: 100 }, { keyResultId: 'b', suggestedGrade: 0, grade: 0 }], grade: 100, scoringStrategyId: 'percent' });
    expect(suggestFinalGrades(objective, [], scoringPresets.google).grade).toBe(0);
  });
});

describe('validateCycleRecord', () => {
  it('given bad records, it names each problem with its path and bounds lists and texts', () => {
    const result = validateCycleRecord('vote', { id: 'v', cycleId: 'c', voterId: 'ben', ballot: { kind: 'ranking', ranking: ['p1', 'p1'] }, extra: 1 });
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'extra', message: 'is not a known field' }, { path: 'ballot.ranking[1]', message: 'lists the proposal "p1" twice' }]);
    const long = validateCycleRecord('proposal', { id: 'p', cycleId: 'c', objectiveId: 'o', proposerId: 'eve', strategy: 'x'.repeat(1001) });
    expect(long.ok ? [] : long.errors).toEqual([{ path: 'strategy', message: 'must be at most 1,000 characters' }]);
    const closeOut = validateCycleRecord('closeOut', { id: 'c', objectiveId: 'o', result: 'carried-over', keyResults: [], grade: Number.NaN, scoringStrategyId: 'google', retrospective: { met: '', missed: '', lessons: '' } });
    expect(closeOut.ok ? [] : closeOut.errors.map((error) => error.path)).toEqual(['grade', 'carriedOverToId', 'retrospective']);
  });
});

describe('announcementOf and periodReview', () => {
  const okrSet = {
    periods: [{ id: 'q2', name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' }],
    objectives: [
      { id: 'c', title: 'Grow market share', periodId: 'q2', priority: 1 },
      { id: 's', title: 'More *new* customers', periodId: 'q2', teamId: 'sales', parentId: 'c' },
      { id: 'p', title: 'زيادة العملاء', periodId: 'q2', teamId: 'sales', ownerId: 'ana', parentId: 's', kind: 'aspirational' as const },
      { id: 'd', title: 'Still a draft', periodId: 'q2', state: 'draft' as const },
    ],
    keyResults: [{ id: 'k', objectiveId: 'c', title: 'Share 20 % → 25 %', metric: metric(5) }],
    checkIns: [],
  };
  it('given a period, the announcement groups active objectives into company, department and personal, escaped and isolated in every export', () => {
    const announcement = announcementOf(okrSet.periods[0]!, okrSet, { nameOf: (id) => (id === 'sales' ? 'Sales' : 'Ana') });
    expect(announcement.company.map((entry) => entry.id)).toEqual(['c']);
    expect(announcement.departments).toEqual([{ id: 'sales', name: 'Sales', objectives: [expect.objectContaining({ id: 's', serves: 'Grow market share' })] }]);
    expect(announcement.personal[0]).toMatchObject({ id: 'ana', objectives: [{ id: 'p', kind: 'aspirational' }] });
    const markdownText = announcementToMarkdown(announcement);
    expect(markdownText).toContain('**\u2068More \\*new\\* customers\u2069**');
    expect(markdownText).not.toContain('Still a draft');
    expect(announcementToHtml(announcement)).toContain('<bdi>زيادة العملاء</bdi>');
    expect(announcementToPlainText(announcement).split('\n').slice(0, 4)).toEqual(['\u2068OKRs: Q2 2026\u2069', '', 'COMPANY', '1. \u2068Grow market share\u2069']);
  });

  it('given closed objectives with close-outs, the review gives the distribution by team and kind and the lessons, and a CSV without any person', () => {
    const closed = { ...okrSet, objectives: okrSet.objectives.map((objective) => ({ ...objective, state: 'closed' as const })) };
    const closeOuts = [
      { id: 'x1', objectiveId: 's', result: 'achieved' as const, keyResults: [], grade: 1, scoringStrategyId: 'google', retrospective: { met: 'All', missed: '', lessons: 'Keep the cadence' } },
      { id: 'x2', objectiveId: 'p', result: 'missed' as const, keyResults: [], grade: 0.4, scoringStrategyId: 'google', retrospective: { met: '', missed: 'Late start', lessons: '=cmd()' } },
    ];
    const review = periodReview(closed.periods[0]!, closed, closeOuts, scoringPresets.google);
    expect(review.byTeam).toHaveLength(1);
    expect(review.byTeam[0]).toMatchObject({ teamId: 'sales', count: 2, meanGrade: 0.7 });
    expect(review.byKind.aspirational).toMatchObject({ count: 1, meanGrade: 0.4 });
    expect(review.byKind.committed.results.achieved).toBe(1);
    expect(review.lessons.map((lesson) => lesson.lessons)).toEqual(['Keep the cadence', '=cmd()']);
    const csv = periodReviewToCsv(review);
    expect(csv.split('\r\n')[0]).toBe('objective_id,title,team_id,kind,result,grade,band,met,missed,lessons');
    expect(csv).toContain("'=cmd()");
    expect(csv).not.toContain('ana');
  });
});
