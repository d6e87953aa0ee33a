import { describe, expect, it } from 'vitest';
import { createOkrStore, okrIndex, ValidationFailedError, type OkrSet } from '../src/index';
import { checkIn, fy, keyResult, numeric, objective, q1 } from './fixtures';
import { createTestAdapter, networkDown } from './store-helpers';

const base: OkrSet = {
  periods: [q1, fy],
  objectives: [objective('o1', { title: 'Significantly increase user activity', priority: 1, state: 'active' })],
  keyResults: [keyResult('k1', 'o1', numeric(1000, 1200, 1000)), keyResult('k2', 'o1', { kind: 'binary', done: false })],
  checkIns: [checkIn('c1', 'k2', '2026-02-01T10:00:00Z', 0)],
};

async function loadedStore(initial: OkrSet = base) {
  const adapter = createTestAdapter(initial);
  let counter = 0;
  const store = createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z'), generateId: (kind) => `${kind}-${++counter}` });
  await store.load();
  return { store, adapter };
}

describe('store.saveObjective: one objective with its key results in one batch', () => {
  it('given a new objective with three key results, it creates all four in one apply, as a draft, with ids', async () => {
    const { store, adapter } = await loadedStore();
    const saved = await store.saveObjective({
      objective: { title: 'Launch the beta to our first teams', periodId: 'q1', ownerId: 'ana', parentId: 'o1' },
      keyResults: [
        { title: '50 teams active weekly', metric: numeric(0, 50, 0) },
        { title: 'Beta shipped', metric: { kind: 'binary', done: false } },
        { title: 'Lessons written', metric: { kind: 'milestones', milestones: [{ title: 'Interviews', done: false }, { title: 'Write-up', done: false }] } },
      ],
    });
    expect(adapter.control.applyCalls).toHaveLength(1);
    expect(adapter.control.applyCalls[0]!.map((change) => `${change.op} ${change.kind}`)).toEqual(['put objective', 'put keyResult', 'put keyResult', 'put keyResult']);
    expect(saved.objective).toMatchObject({ id: 'objective-1', state: 'draft', parentId: 'o1' });
    expect(saved.keyResults.map((entry) => [entry.id, entry.objectiveId])).toEqual([
      ['keyResult-2', 'objective-1'],
      ['keyResult-3', 'objective-1'],
      ['keyResult-4', 'objective-1'],
    ]);
    expect(store.getSnapshot().okrSet.keyResults.filter((entry) => entry.objectiveId === 'objective-1')).toHaveLength(3);
  });

  it('given an edit that renames the objective, changes one key result, adds one and removes one, it writes exactly those in one batch (the removed one with its check-ins)', async () => {
    const { store, adapter } = await loadedStore();
    const k1 = store.getSnapshot().okrSet.keyResults.find((entry) => entry.id === 'k1')!;
    await store.saveObjective({
      objective: { ...store.getSnapshot().okrSet.objectives[0]!, title: 'Make user activity grow' },
      keyResults: [{ ...k1, title: 'Weekly active users 1,000 → 1,400', metric: numeric(1000, 1400, 1000) }, { title: 'Activation guide published', metric: { kind: 'binary', done: false } }],
      removedKeyResultIds: ['k2'],
    });
    expect(adapter.control.applyCalls).toHaveLength(1);
    expect(adapter.control.applyCalls[0]!.map((change) => `${change.op} ${change.kind} ${change.op === 'put' ? change.record.id : change.id}`)).toEqual([
      'put objective o1',
      'put keyResult k1',
      'put keyResult keyResult-1',
      'delete checkIn c1',
      'delete keyResult k2',
    ]);
    const snapshot = store.getSnapshot().okrSet;
    expect(snapshot.objectives[0]).toMatchObject({ title: 'Make user activity grow', state: 'active' });
    expect(snapshot.keyResults.map((entry) => entry.id).sort()).toEqual(['k1', 'keyResult-1']);
    expect(snapshot.checkIns).toEqual([]);
  });

  it('given invalid key results, it rejects with every problem at its path in the input, and nothing is written', async () => {
    const { store, adapter } = await loadedStore();
    const before = store.getSnapshot().okrSet;
    const error = await store
      .saveObjective({
        objective: { title: '', periodId: 'q1' },
        keyResults: [{ title: 'Fine', metric: numeric(0, 10, 0) }, { title: 'Broken target', metric: { kind: 'numeric', direction: 'increase', start: 0, target: Number.NaN, current: 0 } }],
        removedKeyResultIds: ['k-unknown'],
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationFailedError);
    const paths = (error as ValidationFailedError).errors.map((entry) => entry.path);
    expect(paths).toContain('objective.title');
    expect(paths).toContain('keyResults[1].metric.target');
    expect(paths).toContain('removedKeyResultIds[0]');
    expect(adapter.control.applyCalls).toEqual([]);
    expect(store.getSnapshot().okrSet).toBe(before);
  });

  it('given a key result of another objective listed, or a parent that would make a loop, it refuses with the path', async () => {
    const initial: OkrSet = { ...base, objectives: [...base.objectives, objective('o2', { parentId: 'o1' })], keyResults: [...base.keyResults, keyResult('k9', 'o2', numeric(0, 1, 0))] };
    const { store } = await loadedStore(initial);
    const k9 = store.getSnapshot().okrSet.keyResults.find((entry) => entry.id === 'k9')!;
    const loop = await store.saveObjective({ objective: { ...store.getSnapshot().okrSet.objectives[0]!, parentId: 'o2' }, keyResults: [k9] }).then(
      () => null,
      (caught: unknown) => caught as ValidationFailedError,
    );
    expect(loop?.errors.map((entry) => entry.path)).toEqual(['objective.parentId', 'keyResults[0].id']);
  });

  it('given storage down, it rejects with the typed error and the store is as it was before the save', async () => {
    const { store, adapter } = await loadedStore();
    const before = store.getSnapshot().okrSet;
    adapter.control.failNextApply = networkDown();
    await expect(store.saveObjective({ objective: { title: 'Launch the beta', periodId: 'q1' }, keyResults: [{ title: 'Shipped', metric: { kind: 'binary', done: false } }] })).rejects.toMatchObject({ code: 'unavailable' });
    const after = store.getSnapshot().okrSet;
    expect(after.objectives).toEqual(before.objectives);
    expect(after.keyResults).toEqual(before.keyResults);
  });

  it('given the key results in a new order, each gets its place as position (1 first) in the same batch; a position outside 1…1,000,000 is refused with its path', async () => {
    const { store, adapter } = await loadedStore();
    const snapshot = store.getSnapshot().okrSet;
    const [k1, k2] = [snapshot.keyResults.find((entry) => entry.id === 'k1')!, snapshot.keyResults.find((entry) => entry.id === 'k2')!];
    const saved = await store.saveObjective({ objective: snapshot.objectives[0]!, keyResults: [k2, k1] });
    expect(saved.keyResults.map((entry) => [entry.id, entry.position])).toEqual([
      ['k2', 1],
      ['k1', 2],
    ]);
    expect(adapter.control.applyCalls).toHaveLength(1);
    // Every read through the index lists them in that order.
    expect(okrIndex(store.getSnapshot().okrSet).keyResultsByObjective.get('o1')?.map((entry) => entry.id)).toEqual(['k2', 'k1']);
    const bad = await store.createKeyResult({ objectiveId: 'o1', title: 'Nowhere', metric: { kind: 'binary', done: false }, position: 0 }).then(
      () => null,
      (caught: unknown) => caught as ValidationFailedError,
    );
    expect(bad?.errors.map((entry) => entry.path)).toEqual(['position']);
  });
});
