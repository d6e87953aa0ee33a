import { describe, expect, it } from 'vitest';
import { createOkrStore, objectiveDependants, restorableRecords, type OkrSet } from '../src/index';
import { keyResult, numeric, objective, q1, fy } from './fixtures';
import { createTestAdapter } from './store-helpers';

const set: OkrSet = {
  periods: [q1, fy],
  objectives: [
    objective('o1', { title: 'Significantly increase user activity', priority: 1 }),
    objective('o2', { priority: 2, parentId: 'o1' }),
    objective('o3', { priority: 3, contributesTo: ['o1'] }),
  ],
  keyResults: [keyResult('k1', 'o1', numeric(1000, 1200, 1000)), keyResult('k2', 'o1', { kind: 'binary', done: false }), keyResult('k3', 'o3', numeric(0, 10, 0))],
  checkIns: [],
};

async function loadedStore() {
  const adapter = createTestAdapter(set);
  let counter = 0;
  const store = createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z'), generateId: (kind) => `${kind}-${++counter}` });
  await store.load();
  await store.updateKeyResult('k3', { contributesTo: ['o1'] });
  await store.recordCheckIn({ keyResultId: 'k1', value: 1100 });
  return { store, adapter };
}

describe('objectiveDependants and store.restore (the Undo of a delete)', () => {
  it('given an objective with KRs, a check-in and aligned records, it lists each as deleteObjective treats it', async () => {
    const { store } = await loadedStore();
    const dependants = objectiveDependants(store.getSnapshot().okrSet, 'o1')!;
    expect(dependants.keyResults.map((record) => record.id)).toEqual(['k1', 'k2']);
    expect(dependants.checkIns).toHaveLength(1);
    expect(dependants.alignedObjectives.map((record) => record.id)).toEqual(['o2', 'o3']);
    expect(dependants.alignedKeyResults.map((record) => record.id)).toEqual(['k3']);
    expect(objectiveDependants(store.getSnapshot().okrSet, 'missing')).toBeNull();
  });

  it('when a deleted objective is restored, it writes everything back in one batch, re-attached, with versions continuing', async () => {
    const { store, adapter } = await loadedStore();
    const before = store.getSnapshot();
    const versionBefore = before.versions.get('objective:o1')!;
    const dependants = objectiveDependants(before.okrSet, 'o1')!;
    await store.deleteObjective('o1');
    expect(store.getSnapshot().okrSet.objectives.find((record) => record.id === 'o2')).not.toHaveProperty('parentId');
    const callsBefore = adapter.control.applyCalls.length;
    await store.restore(restorableRecords(dependants));
    expect(adapter.control.applyCalls.length).toBe(callsBefore + 1);
    const after = store.getSnapshot().okrSet;
    const sorted = (list: { id: string }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(after.objectives)).toEqual(sorted(before.okrSet.objectives));
    expect(sorted(after.keyResults)).toEqual(sorted(before.okrSet.keyResults));
    expect(after.checkIns).toEqual(before.okrSet.checkIns);
    expect(store.getSnapshot().versions.get('objective:o1')).toBeGreaterThan(versionBefore);
  });

  it('given a record that fails validation, it refuses the whole restore with the path and writes nothing', async () => {
    const { store, adapter } = await loadedStore();
    const calls = adapter.control.applyCalls.length;
    await expect(store.restore({ objectives: [{ ...set.objectives[0]!, title: '' }] })).rejects.toMatchObject({ errors: [{ path: 'title' }] });
    expect(adapter.control.applyCalls.length).toBe(calls);
  });
});
