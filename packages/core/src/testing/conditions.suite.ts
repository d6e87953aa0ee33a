import { describe, expect, it } from 'vitest';
import { create, objective, period, remove, update, withParents } from './fixtures';
import { applyOf, expectConflict, loadedVersions, loadOne, type SubjectHandle } from './harness';

/**
 * `apply(changes, { conditions })`: versions a batch depends on without changing those
 * records (what a server authorised against), checked inside the same atomic write.
 */
export function describeConditions(handle: SubjectHandle): void {
  describe('conditions', () => {
    it('given conditions that match the stored versions, when applied, the batch is applied', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', objective('obj-1', 'q1'))]));
      const [applied] = await apply([create('objective', objective('obj-2', 'q1', { parentId: 'obj-1' }))], {
        conditions: [
          { kind: 'objective', id: 'obj-1', version: 1 },
          { kind: 'objective', id: 'obj-never', version: null },
        ],
      });
      expect(applied?.version).toBe(1);
    });

    it('given a condition on a record that has moved on since, when applied, it rejects with a ConflictError for that record and applies nothing', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', objective('obj-1', 'q1'))]));
      const [moved] = await apply([update('objective', objective('obj-1', 'q1', { teamId: 'team-b' }), 1)]);
      const before = await loadedVersions(handle.adapter);
      const error = await expectConflict(apply([create('period', period('q2')), create('objective', objective('obj-2', 'q1', { parentId: 'obj-1' }))], { conditions: [{ kind: 'objective', id: 'obj-1', version: 1 }] }));
      expect(error).toMatchObject({ kind: 'objective', id: 'obj-1', expectedVersion: 1 });
      expect(error.current?.version).toBe(moved?.version);
      expect(await loadedVersions(handle.adapter)).toStrictEqual(before);
    });

    it('given a condition that a record must not exist, when it does, it rejects with a ConflictError', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      await expectConflict(apply([create('period', period('q2'))], { conditions: [{ kind: 'period', id: 'q1', version: null }] }));
      expect(await loadOne(handle.adapter, 'period', 'q2')).toBeUndefined();
    });

    it('given a condition on a record deleted since, when applied with its last version, it rejects with a ConflictError', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      await apply([remove('period', 'q1', 1)]);
      const error = await expectConflict(apply([create('period', period('q2'))], { conditions: [{ kind: 'period', id: 'q1', version: 1 }] }));
      expect(error.current).toBeNull();
      expect(await loadOne(handle.adapter, 'period', 'q2')).toBeUndefined();
    });
  });
}
