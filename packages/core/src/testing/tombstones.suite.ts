import { describe, expect, it } from 'vitest';
import { create, objective, period, remove, update, withParents } from './fixtures';
import { applyOf, expectConflict, expectNotFound, loadedKeys, loadOne, type SubjectHandle } from './harness';

/** A deleted record keeps its last version, so nobody's old version matches a record created again. */
export function describeTombstones(handle: SubjectHandle): void {
  describe('tombstones', () => {
    it('given a record deleted at version 2, when its id is created again, the new record’s version is above 2', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      const [second] = await apply([update('period', period('q1', { name: 'Second' }), 1)]);
      await apply([remove('period', 'q1', second!.version!)]);
      const [again] = await apply([create('period', period('q1', { name: 'Again' }))]);
      expect(again!.version!).toBeGreaterThan(second!.version!);
      expect(await loadOne(handle.adapter, 'period', 'q1')).toStrictEqual({ kind: 'period', record: period('q1', { name: 'Again' }), version: again!.version });
    });

    it('given a writer holding version 1 of a record that was deleted and created again, when it updates with version 1, it gets a ConflictError and the new record stays', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', objective('obj-1', 'q1', { title: 'Old' }))]));
      await apply([remove('objective', 'obj-1', 1)]);
      const [fresh] = await apply([create('objective', objective('obj-1', 'q1', { title: 'New' }))]);
      const error = await expectConflict(apply([update('objective', objective('obj-1', 'q1', { title: 'Stale writer' }), 1)]));
      expect(error.current).toStrictEqual({ kind: 'objective', record: objective('obj-1', 'q1', { title: 'New' }), version: fresh!.version });
      await expectConflict(apply([remove('objective', 'obj-1', 1)]));
      expect((await loadOne(handle.adapter, 'objective', 'obj-1'))?.record).toStrictEqual(objective('obj-1', 'q1', { title: 'New' }));
    });

    it('given a deleted record, when updated with its last version or deleted again, it is a conflict with no current record and a not-found', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      await apply([remove('period', 'q1', 1)]);
      const error = await expectConflict(apply([update('period', period('q1'), 1)]));
      expect(error.current).toBeNull();
      await expectNotFound(apply([remove('period', 'q1', 1)]));
    });

    it('given deleted records, when loaded (all, by period, by kind) or got by key, no tombstone comes back', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1')), create('period', period('q2')), create('objective', objective('obj-1', 'q1'))]);
      await apply([remove('objective', 'obj-1', 1), remove('period', 'q2', 1)]);
      expect(await loadedKeys(handle.adapter)).toEqual(['period:q1']);
      expect(await loadedKeys(handle.adapter, { periodId: 'q1' })).toEqual(['period:q1']);
      expect(await loadedKeys(handle.adapter, { kinds: ['objective'] })).toEqual([]);
      const got = await handle.adapter.get?.([{ kind: 'objective', id: 'obj-1' }, { kind: 'period', id: 'q2' }, { kind: 'period', id: 'q1' }]);
      if (got) expect(got.map((stored) => (stored.record as { id: string }).id)).toEqual(['q1']);
    });

    it('given a create and a delete of one id in one batch, when it is created again later, the version continues above the batch’s', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1')), remove('period', 'q1', 1)]);
      const [again] = await apply([create('period', period('q1'))]);
      expect(again!.version!).toBeGreaterThan(1);
    });
  });
}
