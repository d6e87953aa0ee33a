import { describe, expect, it } from 'vitest';
import { createOkrStore, NotFoundError, okrIndex, UnavailableError, ValidationFailedError, type OkrSet } from '../src/index';
import { fy, keyResult, numeric, objective, q1 } from './fixtures';
import { createTestAdapter, networkDown } from './store-helpers';

const base: OkrSet = {
  periods: [q1, fy],
  objectives: [objective('o1'), objective('o2')],
  keyResults: [
    keyResult('k1', 'o1', numeric(0, 10, 2)),
    keyResult('k2', 'o1', numeric(0, 10, 4)),
    keyResult('k3', 'o1', { kind: 'binary', done: false }),
    keyResult('k9', 'o2', numeric(0, 5, 1)),
  ],
  checkIns: [],
};

async function loadedStore(initial: OkrSet = base) {
  const adapter = createTestAdapter(initial);
  const store = createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z') });
  await store.load();
  const orderOf = (objectiveId: string) => (okrIndex(store.getSnapshot().okrSet).keyResultsByObjective.get(objectiveId) ?? []).map((entry) => entry.id);
  return { store, adapter, orderOf };
}

describe('store.reorderKeyResults: an objective’s key results in a chosen order', () => {
  it('given three key results without positions, when reordered, it writes positions 1…3 in one apply and reads them in that order', async () => {
    const { store, adapter, orderOf } = await loadedStore();
    expect(orderOf('o1')).toEqual(['k1', 'k2', 'k3']);
    await store.reorderKeyResults('o1', ['k3', 'k1', 'k2']);
    expect(adapter.control.applyCalls).toHaveLength(1);
    expect(adapter.control.applyCalls[0]!.map((change) => (change.op === 'put' ? [change.record.id, (change.record as { position?: number }).position] : null))).toEqual([
      ['k3', 1],
      ['k1', 2],
      ['k2', 3],
    ]);
    expect(orderOf('o1')).toEqual(['k3', 'k1', 'k2']);
    expect(orderOf('o2')).toEqual(['k9']);
    // A second store on the same storage reads the same order.
    const again = createOkrStore({ adapter });
    await again.load();
    expect((okrIndex(again.getSnapshot().okrSet).keyResultsByObjective.get('o1') ?? []).map((entry) => entry.id)).toEqual(['k3', 'k1', 'k2']);
  });

  it('given the order is already stored, it writes only the key results that move, and nothing when none moves', async () => {
    const { store, adapter, orderOf } = await loadedStore();
    await store.reorderKeyResults('o1', ['k1', 'k2', 'k3']);
    await store.reorderKeyResults('o1', ['k1', 'k3', 'k2']);
    expect(adapter.control.applyCalls[1]!.map((change) => (change.op === 'put' ? change.record.id : null))).toEqual(['k3', 'k2']);
    await store.reorderKeyResults('o1', ['k1', 'k3', 'k2']);
    expect(adapter.control.applyCalls).toHaveLength(2);
    expect(orderOf('o1')).toEqual(['k1', 'k3', 'k2']);
  });

  it('given the write is in flight, the snapshot shows the new order at once; when storage refuses, the old order comes back', async () => {
    const { store, adapter, orderOf } = await loadedStore();
    adapter.control.holdApply = true;
    adapter.control.failNextApply = networkDown();
    const pending = store.reorderKeyResults('o1', ['k2', 'k3', 'k1']);
    await Promise.resolve();
    expect(orderOf('o1')).toEqual(['k2', 'k3', 'k1']);
    expect(store.getSnapshot().pendingWrites).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    adapter.control.release();
    await expect(pending).rejects.toBeInstanceOf(UnavailableError);
    expect(orderOf('o1')).toEqual(['k1', 'k2', 'k3']);
    expect(store.getSnapshot().okrSet.keyResults.every((entry) => entry.position === undefined)).toBe(true);
    expect(store.getSnapshot().pendingWrites).toBe(0);
  });

  it('given a list that is not exactly the objective’s key results, it refuses with every problem’s path and writes nothing', async () => {
    const { store, adapter } = await loadedStore();
    const refused = await store.reorderKeyResults('o1', ['k2', 'k2', 'k9', 'gone']).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationFailedError);
    expect((refused as ValidationFailedError).errors).toEqual([
      { path: 'keyResultIds[1]', message: 'lists key result "k2" twice' },
      { path: 'keyResultIds[2]', message: '"k9" belongs to objective "o2", not "o1"' },
      { path: 'keyResultIds[3]', message: 'names no key result with id "gone"' },
      { path: 'keyResultIds', message: 'must list every key result of objective "o1"; it leaves out "k1", "k3"' },
    ]);
    await expect(store.reorderKeyResults('nope', [])).rejects.toBeInstanceOf(NotFoundError);
    expect(adapter.control.applyCalls).toHaveLength(0);
  });

  it('given some key results have positions and others not, the positioned ones lead and the rest follow in the order the store holds them', async () => {
    const { orderOf } = await loadedStore({
      ...base,
      keyResults: [keyResult('k1', 'o1', numeric(0, 10, 2)), keyResult('k2', 'o1', numeric(0, 10, 4), { position: 2 }), keyResult('k3', 'o1', numeric(0, 1, 0)), keyResult('k4', 'o1', numeric(0, 1, 0), { position: 1 })],
    });
    expect(orderOf('o1')).toEqual(['k4', 'k2', 'k1', 'k3']);
  });
});
