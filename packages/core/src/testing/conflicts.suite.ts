import { describe, expect, it } from 'vitest';
import { checkIn, create, keyResult, objective, parentsFor, period, remove, update, withParents } from './fixtures';
import { applyOf, expectConflict, expectNotFound, keyOf, loadMap, loadOne, loadedVersions, type SubjectHandle } from './harness';

/** Version checks, typed conflicts and all-or-nothing batches. */
export function describeConflicts(handle: SubjectHandle): void {
  describe('versions and conflicts', () => {
    it('given a record at version 2, when updated with expectedVersion 1, it rejects with a ConflictError carrying the stored record and version', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', objective('obj-1', 'q1'))]));
      const theirs = objective('obj-1', 'q1', { title: 'Theirs' });
      const [applied] = await apply([update('objective', theirs, 1)]);
      const error = await expectConflict(apply([update('objective', objective('obj-1', 'q1', { title: 'Mine' }), 1)]));
      expect(error).toMatchObject({ kind: 'objective', id: 'obj-1', expectedVersion: 1 });
      expect(error.current).toStrictEqual({ kind: 'objective', record: theirs, version: applied?.version });
      expect((await loadOne(handle.adapter, 'objective', 'obj-1'))?.record).toStrictEqual(theirs);
    });

    it('given an existing record, when created again with the same id, it rejects with a ConflictError carrying the existing record', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      const error = await expectConflict(apply([create('period', period('q1', { name: 'Duplicate' }))]));
      expect(error).toMatchObject({ kind: 'period', id: 'q1', expectedVersion: null });
      expect(error.current).toStrictEqual({ kind: 'period', record: period('q1'), version: 1 });
      expect(await loadOne(handle.adapter, 'period', 'q1')).toStrictEqual({ kind: 'period', record: period('q1'), version: 1 });
    });

    it('given no such record, when updated, it rejects with a ConflictError whose current is null and creates nothing', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const error = await expectConflict(apply([update('keyResult', keyResult('kr-gone', 'obj-1', { kind: 'binary', done: true }), 3)]));
      expect(error).toMatchObject({ kind: 'keyResult', id: 'kr-gone', expectedVersion: 3, current: null });
      expect(await loadOne(handle.adapter, 'keyResult', 'kr-gone')).toBeUndefined();
    });

    it('given no such record, when deleted, it rejects with a NotFoundError', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const error = await expectNotFound(apply([remove('checkIn', 'ci-gone', 1)]));
      expect(error).toMatchObject({ kind: 'checkIn', id: 'ci-gone' });
    });

    it('given a record at version 2, when deleted with expectedVersion 1, it rejects with a ConflictError and keeps the record', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('checkIn', checkIn('ci-1', 'kr-1', 1))]));
      const [applied] = await apply([update('checkIn', checkIn('ci-1', 'kr-1', 2), 1)]);
      const error = await expectConflict(apply([remove('checkIn', 'ci-1', 1)]));
      expect(error.current).toStrictEqual({ kind: 'checkIn', record: checkIn('ci-1', 'kr-1', 2), version: applied?.version });
      expect(await loadOne(handle.adapter, 'checkIn', 'ci-1')).toBeDefined();
    });

    it('given a conflict, when the writer retries with the version the error carried, the write succeeds', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', objective('obj-1', 'q1'))]));
      await apply([update('objective', objective('obj-1', 'q1', { priority: 2 }), 1)]);
      const error = await expectConflict(apply([update('objective', objective('obj-1', 'q1', { priority: 3 }), 1)]));
      const [applied] = await apply([update('objective', objective('obj-1', 'q1', { priority: 3 }), error.current!.version)]);
      expect(applied!.version!).toBeGreaterThan(error.current!.version);
    });

    it('given a batch whose last change conflicts, when applied, nothing of the batch is applied', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', objective('obj-1', 'q1')), create('keyResult', keyResult('kr-1', 'obj-1', { kind: 'binary', done: false }))]));
      const before = await loadMap(handle.adapter);
      await expectConflict(
        apply([
          create('period', period('q2')),
          update('objective', objective('obj-1', 'q1', { title: 'Changed' }), 1),
          remove('keyResult', 'kr-1', 1),
          update('objective', objective('obj-1', 'q1', { title: 'Changed twice' }), 1),
        ]),
      );
      expect(await loadMap(handle.adapter)).toStrictEqual(before);
    });

    it('given a batch whose first change conflicts, when applied, the valid changes after it are not applied either', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      const before = await loadedVersions(handle.adapter);
      await expectConflict(apply([create('period', period('q1')), create('period', period('q2')), create('objective', objective('obj-1', 'q2'))]));
      expect(await loadedVersions(handle.adapter)).toStrictEqual(before);
    });

    it('given a batch that deletes a missing record after valid writes, when applied, nothing of the batch is applied', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('checkIn', checkIn('ci-1', 'kr-1', 1))]));
      const before = await loadMap(handle.adapter);
      await expectNotFound(apply([update('checkIn', checkIn('ci-1', 'kr-1', 5), 1), create('checkIn', checkIn('ci-2', 'kr-1', 2)), remove('checkIn', 'ci-gone', 1)]));
      expect(await loadMap(handle.adapter)).toStrictEqual(before);
    });
  });

  describe('ordering', () => {
    it('given a create then an update of the same id in one batch, when applied, the update sees the create and the results come back in order', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(parentsFor([create('objective', objective('obj-1', 'q1'))]));
      const applied = await apply([create('objective', objective('obj-1', 'q1')), update('objective', objective('obj-1', 'q1', { title: 'Second' }), 1)]);
      expect(applied.map(({ op, id, version }) => ({ op, id, version }))).toEqual([
        { op: 'put', id: 'obj-1', version: 1 },
        { op: 'put', id: 'obj-1', version: expect.any(Number) },
      ]);
      expect(applied[1]!.version!).toBeGreaterThan(1);
      expect(await loadOne(handle.adapter, 'objective', 'obj-1')).toStrictEqual({ kind: 'objective', record: objective('obj-1', 'q1', { title: 'Second' }), version: applied[1]?.version });
    });

    it('given a create then a delete of the same id in one batch, when applied, the record does not exist afterwards', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(parentsFor([create('checkIn', checkIn('ci-1', 'kr-1', 1))]));
      const applied = await apply([create('checkIn', checkIn('ci-1', 'kr-1', 1)), remove('checkIn', 'ci-1', 1)]);
      expect(applied.map(({ op, version }) => ({ op, version }))).toEqual([
        { op: 'put', version: 1 },
        { op: 'delete', version: null },
      ]);
      expect(await loadOne(handle.adapter, 'checkIn', 'ci-1')).toBeUndefined();
    });

    it('given two creates of the same id in one batch, when applied, the second conflicts with the first and nothing is applied', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await expectConflict(apply([create('period', period('q1')), create('period', period('q1', { name: 'Again' }))]));
      expect(await loadOne(handle.adapter, 'period', 'q1')).toBeUndefined();
    });

    it('given a batch of mixed kinds, when applied, the results come back in the order of the changes', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q9'))]);
      const changes = [
        create('checkIn', checkIn('ci-1', 'kr-1', 1)),
        create('period', period('q1')),
        remove('period', 'q9', 1),
        create('keyResult', keyResult('kr-1', 'obj-1', { kind: 'binary', done: false })),
        create('objective', objective('obj-1', 'q1')),
      ];
      const applied = await apply(changes);
      expect(applied.map(({ op, kind, id }) => keyOf(kind, `${op}:${id}`))).toEqual(
        changes.map((change) => keyOf(change.kind, `${change.op}:${change.op === 'put' ? change.record.id : change.id}`)),
      );
    });

    it('given an empty batch, when applied, it returns no results and changes nothing', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      expect(await apply([])).toEqual([]);
      expect(await loadedVersions(handle.adapter)).toStrictEqual({ [keyOf('period', 'q1')]: 1 });
    });
  });
}
