import { describe, expect, it } from 'vitest';
import { okrIndex } from '../indexing/okr-index';
import type { StorageAdapter } from '../store/adapter.types';
import { createOkrStore } from '../store/store';
import { create, keyResult, metricsByName, objective, period, update } from './fixtures';
import { applyOf, expectConflict, loadMap, loadedVersions, type SubjectHandle } from './harness';

const metric = metricsByName[0]![1];

/** The ids of an objective's key results as a store freshly loaded from `adapter` lists them. */
async function orderThrough(adapter: StorageAdapter, objectiveId: string): Promise<string[]> {
  const store = createOkrStore({ adapter });
  try {
    await store.load();
    return (okrIndex(store.getSnapshot().okrSet).keyResultsByObjective.get(objectiveId) ?? []).map((entry) => entry.id);
  } finally {
    store.dispose();
  }
}

/**
 * Key-result order: `position` is stored like any other field, so an objective's key results
 * read in the order someone put them in — whatever order the storage returns its rows in.
 */
export function describeKeyResultOrder(handle: SubjectHandle): void {
  describe('key-result order', () => {
    it('given key results written in one order with positions in another, load returns every position as written', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([
        create('period', period('q1')),
        create('objective', objective('obj-1', 'q1')),
        // Written in the reverse of their positions, so an adapter's row order cannot pass for them.
        create('keyResult', keyResult('kr-c', 'obj-1', metric, { position: 3 })),
        create('keyResult', keyResult('kr-b', 'obj-1', metric, { position: 2 })),
        create('keyResult', keyResult('kr-a', 'obj-1', metric, { position: 1 })),
      ]);
      const loaded = await loadMap(handle.adapter);
      expect(['kr-a', 'kr-b', 'kr-c'].map((id) => (loaded.get(`keyResult:${id}`)?.record as { position?: number } | undefined)?.position)).toEqual([1, 2, 3]);
      expect(await orderThrough(handle.adapter, 'obj-1')).toEqual(['kr-a', 'kr-b', 'kr-c']);
    });

    it('given a store reorders an objective’s key results, a store loading afresh (and a second client, when there is one) lists them in the new order', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([
        create('period', period('q1')),
        create('objective', objective('obj-1', 'q1')),
        create('objective', objective('obj-2', 'q1')),
        create('keyResult', keyResult('kr-1', 'obj-1', metric)),
        create('keyResult', keyResult('kr-2', 'obj-1', metric)),
        create('keyResult', keyResult('kr-3', 'obj-1', metric)),
        create('keyResult', keyResult('kr-other', 'obj-2', metric, { position: 1 })),
      ]);
      const writer = createOkrStore({ adapter: handle.adapter });
      await writer.load();
      await writer.reorderKeyResults('obj-1', ['kr-3', 'kr-1', 'kr-2']);
      writer.dispose();
      expect(await orderThrough(handle.adapter, 'obj-1')).toEqual(['kr-3', 'kr-1', 'kr-2']);
      expect(await orderThrough(handle.adapter, 'obj-2')).toEqual(['kr-other']);
      if (handle.subject.peer) expect(await orderThrough(await handle.subject.peer(), 'obj-1')).toEqual(['kr-3', 'kr-1', 'kr-2']);
    });

    it('given a reorder batch in which one key result is stale, it is refused whole: no position changes', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([
        create('period', period('q1')),
        create('objective', objective('obj-1', 'q1')),
        create('keyResult', keyResult('kr-1', 'obj-1', metric, { position: 1 })),
        create('keyResult', keyResult('kr-2', 'obj-1', metric, { position: 2 })),
      ]);
      await apply([update('keyResult', keyResult('kr-2', 'obj-1', metric, { position: 2, title: 'Renamed elsewhere' }), 1)]);
      const before = await loadedVersions(handle.adapter);
      await expectConflict(
        apply([update('keyResult', keyResult('kr-1', 'obj-1', metric, { position: 2 }), 1), update('keyResult', keyResult('kr-2', 'obj-1', metric, { position: 1 }), 1)]),
      );
      expect(await loadedVersions(handle.adapter)).toEqual(before);
      expect(await orderThrough(handle.adapter, 'obj-1')).toEqual(['kr-1', 'kr-2']);
    });
  });
}
