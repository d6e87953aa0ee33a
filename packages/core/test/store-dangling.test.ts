import { describe, expect, it } from 'vitest';
import {
  alignmentGroupIds,
  assessOkrSet,
  buildAlignmentGraph,
  createOkrStore,
  lintOkrSet,
  objectiveProgress,
  rollUpAlignment,
  type OkrSet,
} from '../src/index';
import { createTestAdapter } from './store-helpers';

// Issue 9, item 2: a record whose reference does not resolve stays visible, marked; it is
// never dropped with its dependants. The scenario: a team-A user changes their own objective
// (re-parents it to a missing id, deletes it out-of-band, makes a loop …) and team B's
// objectives, KRs and check-ins aligned below it must not vanish from other viewers' stores.

const now = '2026-02-15T12:00:00Z';
const numeric = (current: number) => ({ kind: 'numeric' as const, direction: 'increase' as const, start: 0, target: 10, current });

function organisation(): OkrSet {
  return {
    periods: [{ id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' }],
    objectives: [
      { id: 'company', title: 'Become the market leader', periodId: 'q1' },
      { id: 'team-a', title: 'Team A ships the platform', periodId: 'q1', teamId: 'a', parentId: 'company' },
      { id: 'team-b', title: 'Team B builds the mobile app', periodId: 'q1', teamId: 'b', parentId: 'team-a' },
      { id: 'team-b-2', title: 'Team B grows app downloads', periodId: 'q1', teamId: 'b', parentId: 'team-b' },
    ],
    keyResults: [
      { id: 'kr-a', objectiveId: 'team-a', title: 'Platform live', metric: numeric(5) },
      { id: 'kr-b', objectiveId: 'team-b', title: 'App in both stores', metric: numeric(4) },
      { id: 'kr-b-2', objectiveId: 'team-b-2', title: '10k downloads', metric: numeric(2) },
    ],
    checkIns: [
      { id: 'ci-b', keyResultId: 'kr-b', at: '2026-02-10T09:00:00Z', value: 4 },
      { id: 'ci-b-2', keyResultId: 'kr-b-2', at: '2026-02-11T09:00:00Z', value: 2 },
    ],
  };
}

/** Loads a store over storage that holds `set` as it is, however broken its references. */
async function loadStore(set: OkrSet) {
  const adapter = createTestAdapter();
  adapter.control.extraRecords.push(
    ...set.periods.map((record) => ({ kind: 'period' as const, record, version: 1 })),
    ...set.objectives.map((record) => ({ kind: 'objective' as const, record, version: 1 })),
    ...set.keyResults.map((record) => ({ kind: 'keyResult' as const, record, version: 1 })),
    ...set.checkIns.map((record) => ({ kind: 'checkIn' as const, record, version: 1 })),
  );
  const store = createOkrStore({ adapter });
  await store.load();
  return store.getSnapshot();
}

const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);

/** Nothing downstream throws or shows NaN over the loaded set. */
function expectFiniteEverywhere(okrSet: OkrSet) {
  for (const assessment of assessOkrSet(okrSet, { now, includeChildren: true }).values()) {
    expect(Number.isFinite(assessment.progress.value)).toBe(true);
  }
  const graph = buildAlignmentGraph(okrSet);
  for (const rollup of rollUpAlignment(graph, okrSet, { now }).nodes.values()) {
    expect(Number.isFinite(rollup.subtreeProgress.value) && Number.isFinite(rollup.ownProgress.value)).toBe(true);
  }
  expect(() => lintOkrSet(okrSet, { now })).not.toThrow();
}

describe('store.load: nothing vanishes', () => {
  it("given team A's objective re-parented to a missing id, team B's objectives, KRs and check-ins below it stay, with a warning on team A's", async () => {
    const set = organisation();
    set.objectives[1] = { ...set.objectives[1]!, parentId: 'gone' };
    const snapshot = await loadStore(set);
    expect(snapshot.status).toBe('ready');
    expect(ids(snapshot.okrSet.objectives)).toEqual(['company', 'team-a', 'team-b', 'team-b-2']);
    expect(ids(snapshot.okrSet.keyResults)).toEqual(['kr-a', 'kr-b', 'kr-b-2']);
    expect(ids(snapshot.okrSet.checkIns)).toEqual(['ci-b', 'ci-b-2']);
    expect(snapshot.loadIssues).toEqual([
      { kind: 'objective', id: 'team-a', path: 'objectives["team-a"].parentId', message: 'names no objective with id "gone"', severity: 'warning' },
    ]);
    // The tree: team A is an orphan and says what it misses; team B still hangs below it.
    const graph = buildAlignmentGraph(snapshot.okrSet);
    expect(graph.orphans).toEqual(['team-a']);
    expect(graph.nodeById.get('team-a')).toMatchObject({ placement: 'orphan', parentId: alignmentGroupIds.orphans, missingTargetIds: ['gone'] });
    expect(graph.childrenOf.get('team-a')).toEqual(['team-b']);
    expect(graph.childrenOf.get('team-b')).toEqual(['team-b-2']);
    expect(lintOkrSet(snapshot.okrSet, { ignore: ['too-few-key-results'] }).filter((issue) => issue.code === 'dangling-reference')).toEqual([
      {
        code: 'dangling-reference',
        severity: 'warning',
        objectiveId: 'team-a',
        message: 'The objective "Team A ships the platform" is aligned to an objective that does not exist ("gone"); link it to one that does.',
        params: { via: 'objective-parent', name: 'Team A ships the platform', missingId: 'gone' },
      },
    ]);
    expectFiniteEverywhere(snapshot.okrSet);
  });

  it("given team A's objective deleted out-of-band (its KR too), team B's records stay visible as orphans with a warning each", async () => {
    const set = organisation();
    set.objectives.splice(1, 1);
    set.keyResults.splice(0, 1);
    const snapshot = await loadStore(set);
    expect(ids(snapshot.okrSet.objectives)).toEqual(['company', 'team-b', 'team-b-2']);
    expect(ids(snapshot.okrSet.keyResults)).toEqual(['kr-b', 'kr-b-2']);
    expect(ids(snapshot.okrSet.checkIns)).toEqual(['ci-b', 'ci-b-2']);
    expect(snapshot.loadIssues).toEqual([
      { kind: 'objective', id: 'team-b', path: 'objectives["team-b"].parentId', message: 'names no objective with id "team-a"', severity: 'warning' },
    ]);
    const graph = buildAlignmentGraph(snapshot.okrSet);
    expect(graph.nodeById.get('team-b')).toMatchObject({ placement: 'orphan', missingTargetIds: ['team-a'] });
    expect(graph.nodeById.get('team-b-2')).toMatchObject({ placement: 'child', parentId: 'team-b' });
    // The maths: team B's progress still counts its own KR and its child (4/10 and 2/10, equal weights).
    expect(objectiveProgress('team-b', snapshot.okrSet, { includeChildren: true }).value).toBeCloseTo(0.3, 10);
    expectFiniteEverywhere(snapshot.okrSet);
  });

  it("given a KR whose objective is missing and a check-in whose KR is missing, both stay in the snapshot with warnings that name what is missing", async () => {
    const set = organisation();
    set.keyResults.push({ id: 'kr-lost', objectiveId: 'deleted-objective', title: 'Lost KR', metric: numeric(1) });
    set.checkIns.push({ id: 'ci-lost', keyResultId: 'deleted-kr', at: '2026-02-12T09:00:00Z', value: 1 });
    const snapshot = await loadStore(set);
    expect(ids(snapshot.okrSet.keyResults)).toContain('kr-lost');
    expect(ids(snapshot.okrSet.checkIns)).toContain('ci-lost');
    expect(snapshot.loadIssues).toEqual([
      { kind: 'keyResult', id: 'kr-lost', path: 'keyResults["kr-lost"].objectiveId', message: 'names no objective with id "deleted-objective"', severity: 'warning' },
      { kind: 'checkIn', id: 'ci-lost', path: 'checkIns["ci-lost"].keyResultId', message: 'names no key result with id "deleted-kr"', severity: 'warning' },
    ]);
    const dangling = lintOkrSet(snapshot.okrSet).filter((issue) => issue.code === 'dangling-reference');
    expect(dangling.map(({ keyResultId, objectiveId, message }) => ({ keyResultId, objectiveId, message }))).toEqual([
      {
        keyResultId: 'kr-lost',
        objectiveId: undefined,
        message: 'The key result "Lost KR" belongs to an objective that does not exist ("deleted-objective"); move it to an existing objective or delete it.',
      },
      {
        keyResultId: undefined,
        objectiveId: undefined,
        message: 'A check-in of 2026-02-12T09:00:00Z belongs to a key result that does not exist ("deleted-kr"); move it or delete it.',
      },
    ]);
    expectFiniteEverywhere(snapshot.okrSet);
  });

  it('given an objective whose period is missing, it stays and is judged with no period: finite progress, no throw', async () => {
    const set = organisation();
    set.objectives[2] = { ...set.objectives[2]!, periodId: 'q9' };
    const snapshot = await loadStore(set);
    expect(ids(snapshot.okrSet.objectives)).toContain('team-b');
    expect(snapshot.loadIssues).toEqual([
      { kind: 'objective', id: 'team-b', path: 'objectives["team-b"].periodId', message: 'names no period with id "q9"', severity: 'warning' },
    ]);
    const assessment = assessOkrSet(snapshot.okrSet, { now }).get('team-b');
    expect(assessment?.progress.value).toBeCloseTo(0.4, 10);
    expect(lintOkrSet(snapshot.okrSet).find((issue) => issue.code === 'dangling-reference')?.message).toBe(
      'The objective "Team B builds the mobile app" belongs to a period that does not exist ("q9"); move it to an existing period.',
    );
    expectFiniteEverywhere(snapshot.okrSet);
  });

  it('given an alignment loop through a team-A objective (or one that is its own parent), every member and what hangs below stays', async () => {
    const set = organisation();
    set.objectives[1] = { ...set.objectives[1]!, parentId: 'team-b-2' };
    set.objectives.push({ id: 'self', title: 'Its own parent objective', periodId: 'q1', teamId: 'c', parentId: 'self' });
    const snapshot = await loadStore(set);
    expect(ids(snapshot.okrSet.objectives)).toEqual(['company', 'team-a', 'team-b', 'team-b-2', 'self']);
    expect(ids(snapshot.okrSet.keyResults)).toEqual(['kr-a', 'kr-b', 'kr-b-2']);
    expect(snapshot.loadIssues.map(({ path, severity }) => ({ path, severity }))).toEqual([
      { path: 'objectives["team-a"].parentId', severity: 'warning' },
      { path: 'objectives["self"].parentId', severity: 'warning' },
    ]);
    expect(snapshot.loadIssues[0]?.message).toBe('makes a loop: "team-a" → "team-b-2" → "team-b" → "team-a"');
    const graph = buildAlignmentGraph(snapshot.okrSet);
    expect(graph.loops.map((loop) => [...loop].sort()).sort()).toEqual([['self'], ['team-a', 'team-b', 'team-b-2']]);
    expectFiniteEverywhere(snapshot.okrSet);
  });

  it('given contributesTo naming a missing objective, the objective stays, keeps its tree place and is warned about', async () => {
    const set = organisation();
    set.objectives[2] = { ...set.objectives[2]!, contributesTo: ['missing'] };
    const snapshot = await loadStore(set);
    expect(snapshot.loadIssues).toEqual([
      { kind: 'objective', id: 'team-b', path: 'objectives["team-b"].contributesTo[0]', message: 'names no objective with id "missing"', severity: 'warning' },
    ]);
    expect(buildAlignmentGraph(snapshot.okrSet).nodeById.get('team-b')).toMatchObject({ placement: 'child', parentId: 'team-a', missingTargetIds: ['missing'] });
  });

  it('given a record that fails its own shape, only that record is left out, as an error; its dependants stay with a warning', async () => {
    const set = organisation();
    set.objectives[1] = { ...set.objectives[1]!, title: 'Team A\u0000' };
    const snapshot = await loadStore(set);
    expect(ids(snapshot.okrSet.objectives)).toEqual(['company', 'team-b', 'team-b-2']);
    expect(ids(snapshot.okrSet.keyResults)).toEqual(['kr-a', 'kr-b', 'kr-b-2']);
    expect(snapshot.loadIssues).toEqual([
      { kind: 'objective', id: 'team-a', path: 'objectives["team-a"].title', message: 'must not contain control characters', severity: 'error' },
      { kind: 'objective', id: 'team-b', path: 'objectives["team-b"].parentId', message: 'names no objective with id "team-a"', severity: 'warning' },
      { kind: 'keyResult', id: 'kr-a', path: 'keyResults["kr-a"].objectiveId', message: 'names no objective with id "team-a"', severity: 'warning' },
    ]);
    expectFiniteEverywhere(snapshot.okrSet);
  });
});
