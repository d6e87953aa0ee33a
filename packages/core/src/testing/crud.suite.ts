import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../store/adapter.types';
import { checkIn, create, keyResult, metricsByName, objective, parentsFor, period, recordOfKind, remove, update, withParents } from './fixtures';
import { applyOf, keyOf, loadMap, loadOne, type SubjectHandle } from './harness';

const KINDS: readonly RecordKind[] = ['period', 'objective', 'keyResult', 'checkIn', 'weeklyReport', 'planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut'];

/** Create, read, update and delete through `apply` and `load`. */
export function describeCrud(handle: SubjectHandle): void {
  describe('CRUD', () => {
    it('given fresh storage, when loaded, it returns no records', async (context) => {
      // A read-only adapter may well come with records of its own: nothing to require then.
      applyOf(context, handle.adapter);
      expect((await handle.adapter.load()).records).toEqual([]);
    });

    it('given any storage, when loaded, every record has a known kind, an id and a positive integer version', async () => {
      const { records } = await handle.adapter.load();
      for (const stored of records) {
        expect(KINDS).toContain(stored.kind);
        expect(typeof (stored.record as { id?: unknown }).id).toBe('string');
        expect(Number.isInteger(stored.version) && stored.version > 0, `version ${stored.version}`).toBe(true);
      }
    });

    for (const kind of KINDS) {
      it(`given a new ${kind} with every field set, when it is created, it is stored at version 1 and load returns it unchanged`, async (context) => {
        const apply = applyOf(context, handle.adapter);
        const record = recordOfKind(kind, `${kind}-1`);
        await apply(parentsFor([create(kind, record)]));
        const applied = await apply([create(kind, record)]);
        expect(applied).toHaveLength(1);
        expect(applied[0]).toMatchObject({ op: 'put', kind, id: `${kind}-1`, version: 1 });
        if (applied[0]?.record !== undefined) expect(applied[0].record).toStrictEqual(record);
        expect(await loadOne(handle.adapter, kind, `${kind}-1`)).toStrictEqual({ kind, record, version: 1 });
      });
    }

    for (const [name, metric] of metricsByName) {
      it(`given a key result with a ${name} metric, when it is created and loaded, the metric comes back unchanged`, async (context) => {
        const apply = applyOf(context, handle.adapter);
        const record = keyResult('kr-metric', 'obj-1', metric);
        await apply(withParents([create('keyResult', record)]));
        expect((await loadOne(handle.adapter, 'keyResult', 'kr-metric'))?.record).toStrictEqual(record);
      });
    }

    it('given records of every kind in one batch, when loaded, it returns all of them with version 1', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const changes = [
        create('period', period('q1')),
        create('objective', objective('obj-1', 'q1')),
        ...metricsByName.map(([, metric], at) => create('keyResult', keyResult(`kr-${at}`, 'obj-1', metric))),
        ...metricsByName.map((_, at) => create('checkIn', checkIn(`ci-${at}`, `kr-${at}`, at))),
      ];
      await apply(changes);
      const loaded = await loadMap(handle.adapter);
      expect(loaded.size).toBe(changes.length);
      for (const change of changes) {
        if (change.op !== 'put') continue;
        expect(loaded.get(keyOf(change.kind, change.record.id))).toStrictEqual({ kind: change.kind, record: change.record, version: 1 });
      }
    });

    it('given the same id in two kinds, when both are created, they are separate records', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('shared-id')), create('objective', objective('shared-id', 'shared-id'))]);
      const loaded = await loadMap(handle.adapter);
      expect(loaded.get(keyOf('period', 'shared-id'))?.record).toStrictEqual(period('shared-id'));
      expect(loaded.get(keyOf('objective', 'shared-id'))?.record).toStrictEqual(objective('shared-id', 'shared-id'));
    });

    it('given a stored objective at version 1, when updated with expectedVersion 1, its version grows and load returns the new content', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', objective('obj-1', 'q1'))]));
      const changed = objective('obj-1', 'q1', { title: 'Renamed', state: 'closed', retrospective: 'Done' });
      const [applied] = await apply([update('objective', changed, 1)]);
      expect(applied?.version).toBeGreaterThan(1);
      expect(await loadOne(handle.adapter, 'objective', 'obj-1')).toStrictEqual({ kind: 'objective', record: changed, version: applied?.version });
    });

    it('given a record updated twice, when each update names the version the previous one returned, the version grows every time', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(parentsFor([create('checkIn', checkIn('ci-1', 'kr-1', 1))]));
      const [first] = await apply([create('checkIn', checkIn('ci-1', 'kr-1', 1))]);
      const [second] = await apply([update('checkIn', checkIn('ci-1', 'kr-1', 2), first!.version!)]);
      const [third] = await apply([update('checkIn', checkIn('ci-1', 'kr-1', 3), second!.version!)]);
      expect(first?.version).toBe(1);
      expect(second!.version!).toBeGreaterThan(first!.version!);
      expect(third!.version!).toBeGreaterThan(second!.version!);
      expect(await loadOne(handle.adapter, 'checkIn', 'ci-1')).toStrictEqual({ kind: 'checkIn', record: checkIn('ci-1', 'kr-1', 3), version: third?.version });
    });

    it('given an update that leaves out optional fields, when loaded, the record is replaced, not merged', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('objective', recordOfKind('objective', 'obj-1'))]));
      const bare = objective('obj-1', 'q1-2026');
      await apply([update('objective', bare, 1)]);
      expect((await loadOne(handle.adapter, 'objective', 'obj-1'))?.record).toStrictEqual(bare);
    });

    it('given a record with a property the model does not know, when stored and loaded, the property is kept', async (context) => {
      // Validation keeps unknown properties, so a newer client's field must survive an older storage.
      const apply = applyOf(context, handle.adapter);
      const record = { ...objective('obj-1', 'q1'), customField: { tags: ['a', 'b'], score: 3 } };
      await apply(withParents([create('objective', record)]));
      expect((await loadOne(handle.adapter, 'objective', 'obj-1'))?.record).toStrictEqual(record);
    });

    it('given a stored key result, when deleted with its version, apply reports version null and load no longer returns it', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('keyResult', keyResult('kr-1', 'obj-1', { kind: 'binary', done: false })), create('keyResult', keyResult('kr-2', 'obj-1', { kind: 'binary', done: true }))]));
      const applied = await apply([remove('keyResult', 'kr-1', 1)]);
      expect(applied).toEqual([expect.objectContaining({ op: 'delete', kind: 'keyResult', id: 'kr-1', version: null })]);
      const loaded = await loadMap(handle.adapter);
      expect(loaded.has(keyOf('keyResult', 'kr-1'))).toBe(false);
      expect(loaded.get(keyOf('keyResult', 'kr-2'))?.version).toBe(1);
    });

    it('given a deleted record, when its id is created again, load returns the new record', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      await apply([remove('period', 'q1', 1)]);
      const again = period('q1', { name: 'Q1 again' });
      const [applied] = await apply([create('period', again)]);
      expect(applied?.version).toBeGreaterThanOrEqual(1);
      expect(await loadOne(handle.adapter, 'period', 'q1')).toStrictEqual({ kind: 'period', record: again, version: applied?.version });
    });
  });
}
