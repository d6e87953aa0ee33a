import { describe, expect, it, type TestContext } from 'vitest';
import type { RecordKey, StorageAdapter, StoredRecord } from '../store/adapter.types';
import { checkIn, create, keyResult, metricsByName, objective, period, update } from './fixtures';
import { applyOf, type SubjectHandle } from './harness';

const NO_GET = 'adapter has no `get`: reads by key are not offered';

function getOf(context: TestContext, adapter: StorageAdapter): (keys: readonly RecordKey[]) => Promise<StoredRecord[]> {
  const get = adapter.get?.bind(adapter);
  if (!get) context.skip(NO_GET);
  return get as (keys: readonly RecordKey[]) => Promise<StoredRecord[]>;
}

/** The optional `get(keys)` capability: exactly the named records that exist, with versions, as copies. */
export function describeGet(handle: SubjectHandle): void {
  describe('get by key (optional)', () => {
    it('given stored records, when some are named, it returns those that exist with their current versions and omits missing ones', async (context) => {
      const get = getOf(context, handle.adapter);
      const apply = applyOf(context, handle.adapter);
      const metric = metricsByName[0]![1];
      await apply([
        create('period', period('q1')),
        create('objective', objective('obj-1', 'q1')),
        create('keyResult', keyResult('kr-1', 'obj-1', metric)),
        create('checkIn', checkIn('ci-1', 'kr-1', 3)),
      ]);
      const [renamed] = await apply([update('objective', objective('obj-1', 'q1', { title: 'Renamed' }), 1)]);
      const found = await get([
        { kind: 'objective', id: 'obj-1' },
        { kind: 'keyResult', id: 'missing' },
        { kind: 'checkIn', id: 'ci-1' },
        { kind: 'period', id: 'obj-1' },
      ]);
      const byKey = new Map(found.map((stored) => [`${stored.kind}:${(stored.record as { id: string }).id}`, stored]));
      expect([...byKey.keys()].sort()).toEqual(['checkIn:ci-1', 'objective:obj-1']);
      // Versions grow by at least 1: the one `apply` reported, whatever the step.
      expect(renamed!.version!).toBeGreaterThan(1);
      expect(byKey.get('objective:obj-1')).toStrictEqual({ kind: 'objective', record: objective('obj-1', 'q1', { title: 'Renamed' }), version: renamed!.version });
      expect(byKey.get('checkIn:ci-1')).toStrictEqual({ kind: 'checkIn', record: checkIn('ci-1', 'kr-1', 3), version: 1 });
    });

    it('given no keys, it returns nothing; given a record it returned is mutated, storage is unchanged', async (context) => {
      const get = getOf(context, handle.adapter);
      const apply = applyOf(context, handle.adapter);
      expect(await get([])).toEqual([]);
      await apply([create('period', period('q1'))]);
      const [first] = await get([{ kind: 'period', id: 'q1' }]);
      (first!.record as { name: string }).name = 'changed by the caller';
      const [again] = await get([{ kind: 'period', id: 'q1' }]);
      expect((again!.record as { name: string }).name).toBe(period('q1').name);
    });
  });
}
