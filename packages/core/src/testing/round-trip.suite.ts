import { describe, expect, it } from 'vitest';
import type { CheckIn, KeyResult, Milestone, Objective } from '../model/model.types';
import { checkIn, create, keyResult, longText, numbersByName, objective, parentsFor, period, remove, textsByName, update, withParents } from './fixtures';
import { applyOf, keyOf, loadedKeys, loadMap, loadOne, type SubjectHandle } from './harness';

/** Per-period loads, exact text and numbers, and copies rather than shared objects. */
export function describeRoundTrip(handle: SubjectHandle): void {
  describe('load by period', () => {
    it('given two periods with objectives, key results and check-ins, when loaded for one period, it returns all periods and only that period’s objectives, key results and check-ins', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([
        create('period', period('fy')),
        create('period', period('q1', { parentId: 'fy' })),
        create('period', period('q2', { parentId: 'fy', start: '2026-04-01', end: '2026-06-30' })),
        create('objective', objective('obj-q1', 'q1')),
        create('objective', objective('obj-q2', 'q2')),
        create('objective', objective('obj-fy', 'fy')),
        create('keyResult', keyResult('kr-q1', 'obj-q1', { kind: 'binary', done: false })),
        create('keyResult', keyResult('kr-q2', 'obj-q2', { kind: 'binary', done: false })),
        create('checkIn', checkIn('ci-q1-a', 'kr-q1', 0)),
        create('checkIn', checkIn('ci-q1-b', 'kr-q1', 1)),
        create('checkIn', checkIn('ci-q2', 'kr-q2', 1)),
      ]);
      expect(await loadedKeys(handle.adapter, { periodId: 'q1' })).toEqual(
        ['period:fy', 'period:q1', 'period:q2', 'objective:obj-q1', 'keyResult:kr-q1', 'checkIn:ci-q1-a', 'checkIn:ci-q1-b'].sort(),
      );
      expect((await loadMap(handle.adapter, { periodId: 'q1' })).get(keyOf('checkIn', 'ci-q1-b'))).toStrictEqual({ kind: 'checkIn', record: checkIn('ci-q1-b', 'kr-q1', 1), version: 1 });
    });

    it('given a period with no objectives, when loaded for it, it returns the periods and nothing else', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1')), create('period', period('q2')), create('objective', objective('obj-q1', 'q1'))]);
      expect(await loadedKeys(handle.adapter, { periodId: 'q2' })).toEqual(['period:q1', 'period:q2']);
      expect(await loadedKeys(handle.adapter, { periodId: 'no-such-period' })).toEqual(['period:q1', 'period:q2']);
    });

    it('given any stored records, when loaded for a period, every objective, key result and check-in returned belongs to that period', async () => {
      // Runs on read-only adapters too, against whatever records they hold.
      const all = await loadMap(handle.adapter);
      const periodIds = [...all.values()].filter((stored) => stored.kind === 'period').map((stored) => (stored.record as { id: string }).id);
      for (const periodId of periodIds.slice(0, 3)) {
        const loaded = [...(await loadMap(handle.adapter, { periodId })).values()];
        const objectiveIds = new Set(loaded.filter((s) => s.kind === 'objective').map((s) => (s.record as Objective).id));
        const keyResultIds = new Set(loaded.filter((s) => s.kind === 'keyResult').map((s) => (s.record as KeyResult).id));
        expect(loaded.filter((s) => s.kind === 'period')).toHaveLength(periodIds.length);
        for (const stored of loaded) {
          if (stored.kind === 'objective') expect((stored.record as Objective).periodId).toBe(periodId);
          if (stored.kind === 'keyResult') expect(objectiveIds).toContain((stored.record as KeyResult).objectiveId);
          if (stored.kind === 'checkIn') expect(keyResultIds).toContain((stored.record as CheckIn).keyResultId);
        }
      }
    });
  });

  describe('unicode and long text', () => {
    for (const [name, text] of textsByName) {
      it(`given ${name} in every text field, when stored and loaded, it comes back exactly`, async (context) => {
        const apply = applyOf(context, handle.adapter);
        // Titles, names and ids are one line (the validators refuse tabs and line breaks in them); long text keeps them.
        const line = text.replace(/[\t\n\r]/g, ' ');
        const milestones: Milestone[] = [{ title: line, done: false }];
        const records = {
          period: period('p', { name: line }),
          objective: objective('o', 'p', { title: line, description: text, retrospective: text, ownerId: line, teamId: line }),
          keyResult: keyResult('k', 'o', { kind: 'milestones', milestones }, { title: line }),
          checkIn: checkIn('c', 'k', 0, { note: text, authorId: line }),
        };
        await apply([create('period', records.period), create('objective', records.objective), create('keyResult', records.keyResult), create('checkIn', records.checkIn)]);
        const loaded = await loadMap(handle.adapter);
        expect(loaded.get('period:p')?.record).toStrictEqual(records.period);
        expect(loaded.get('objective:o')?.record).toStrictEqual(records.objective);
        expect(loaded.get('keyResult:k')?.record).toStrictEqual(records.keyResult);
        expect(loaded.get('checkIn:c')?.record).toStrictEqual(records.checkIn);
        expect((loaded.get('objective:o')?.record as Objective | undefined)?.description).toBe(text);
      });
    }

    it('given a 10,000-character description, when stored, updated and loaded, it comes back exactly', async (context) => {
      const apply = applyOf(context, handle.adapter);
      expect(longText).toHaveLength(10_000);
      await apply(withParents([create('objective', objective('o', 'p', { description: longText }))]));
      expect((await loadOne(handle.adapter, 'objective', 'o'))?.record).toStrictEqual(objective('o', 'p', { description: longText }));
      const reversed = [...longText].reverse().join('');
      await apply([update('objective', objective('o', 'p', { description: reversed }), 1)]);
      expect(((await loadOne(handle.adapter, 'objective', 'o'))?.record as Objective | undefined)?.description).toBe(reversed);
    });

    it('given ids with spaces, slashes, question marks, percent signs and non-Latin letters, when created, loaded and deleted, each is handled as one id', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const ids = ['with space', 'a/b/../c', 'what?x=1&y=2#frag', '100% done', 'цель-1', '目标 🚀', "o'brien"];
      await apply(ids.map((id) => create('period', period(id))));
      expect(await loadedKeys(handle.adapter)).toEqual(ids.map((id) => keyOf('period', id)).sort());
      await apply(ids.map((id) => remove('period', id, 1)));
      expect(await loadedKeys(handle.adapter)).toEqual([]);
    });
  });

  describe('large and precise numbers', () => {
    for (const [name, value] of numbersByName) {
      it(`given ${name} as a metric value, a weight and a check-in value, when stored and loaded, it comes back exactly`, async (context) => {
        const apply = applyOf(context, handle.adapter);
        // Kept valid for the model (weights 0..1e6, confidence 0..1), so that adapters that validate accept it.
        const record = keyResult('k', 'o', { kind: 'numeric', direction: 'increase', start: value, target: value, current: value }, { weight: Math.min(Math.abs(value), 1e6) });
        const reading = checkIn('c', 'k', value, value >= 0 && value <= 1 ? { confidence: value } : {});
        await apply(withParents([create('keyResult', record), create('checkIn', reading)]));
        const loaded = await loadMap(handle.adapter);
        const storedKeyResult = loaded.get('keyResult:k')?.record as KeyResult | undefined;
        expect(storedKeyResult).toStrictEqual(record);
        expect(storedKeyResult?.metric.kind === 'numeric' && storedKeyResult.metric.current).toBe(value);
        expect((loaded.get('checkIn:c')?.record as CheckIn | undefined)?.value).toBe(value);
      });
    }
  });

  describe('copies, not shared objects', () => {
    it('given a record passed to apply, when the caller mutates it afterwards, storage keeps what was applied', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const record = keyResult('k', 'o', { kind: 'milestones', milestones: [{ title: 'Draft', done: false }] }, { contributesTo: ['a'] });
      await apply(withParents([create('keyResult', record)]));
      record.title = 'Mutated';
      record.contributesTo!.push('b');
      (record.metric as { milestones: Milestone[] }).milestones[0]!.done = true;
      expect((await loadOne(handle.adapter, 'keyResult', 'k'))?.record).toStrictEqual(
        keyResult('k', 'o', { kind: 'milestones', milestones: [{ title: 'Draft', done: false }] }, { contributesTo: ['a'] }),
      );
    });

    it('given a record returned by load or apply, when the caller mutates it, storage and later loads are unchanged', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const original = objective('o', 'p', { contributesTo: ['a'] });
      await apply(parentsFor([create('objective', original)]));
      const [applied] = await apply([create('objective', original)]);
      if (applied?.record) (applied.record as Objective).title = 'Mutated through apply';
      const first = await loadOne(handle.adapter, 'objective', 'o');
      (first!.record as Objective).title = 'Mutated through load';
      (first!.record as Objective).contributesTo!.push('b');
      first!.version = 99;
      expect(await loadOne(handle.adapter, 'objective', 'o')).toStrictEqual({ kind: 'objective', record: original, version: 1 });
    });
  });
}
