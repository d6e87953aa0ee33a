import { describe, expect, it } from 'vitest';
import type { Change } from '../store/adapter.types';
import { checkIn, create, keyResult, objective, period, recordOfKind, remove, update, withParents } from './fixtures';
import { applyOf, expectRefused, loadedKeys, loadedVersions, loadOne, type SubjectHandle } from './harness';

const done = { kind: 'binary', done: false } as const;

/** Storage with a period, an objective in it and a key result under that objective, plus one check-in. */
function chain(): Change[] {
  return [
    create('period', period('q1')),
    create('objective', objective('obj-1', 'q1')),
    create('keyResult', keyResult('kr-1', 'obj-1', done)),
    create('checkIn', checkIn('ci-1', 'kr-1', 0)),
  ];
}

/** Referential integrity inside the write: nothing may be left pointing at a missing record. */
export function describeIntegrity(handle: SubjectHandle): void {
  describe('referential integrity', () => {
    it('given no such objective, when a key result is created under it, the batch is refused naming the path and the missing objective, and nothing is stored', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1'))]);
      const before = await loadedVersions(handle.adapter);
      await expectRefused(apply([create('period', period('q2')), create('keyResult', keyResult('kr-1', 'obj-missing', done))]), 'changes[1].record.objectiveId', ['kr-1', 'obj-missing']);
      expect(await loadedVersions(handle.adapter)).toStrictEqual(before);
    });

    it('given an objective, when updated to a period that does not exist, it is refused and keeps its period', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(chain());
      await expectRefused(apply([update('objective', objective('obj-1', 'q-missing'), 1)]), 'changes[0].record.periodId', ['q-missing']);
      expect((await loadOne(handle.adapter, 'objective', 'obj-1'))?.record).toStrictEqual(objective('obj-1', 'q1'));
    });

    it('given a check-in of a missing key result, a period under a missing period, or contributions to a missing objective, each is refused at its path', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(chain());
      await expectRefused(apply([create('checkIn', checkIn('ci-2', 'kr-missing', 1))]), 'changes[0].record.keyResultId', ['kr-missing']);
      await expectRefused(apply([create('period', period('q2', { parentId: 'fy-missing' }))]), 'changes[0].record.parentId', ['fy-missing']);
      await expectRefused(apply([update('objective', objective('obj-1', 'q1', { contributesTo: ['obj-1b', 'missing'] }), 1), create('objective', objective('obj-1b', 'q1'))]), 'changes[0].record.contributesTo[1]', ['missing']);
      await expectRefused(apply([update('keyResult', keyResult('kr-1', 'obj-1', done, { contributesTo: ['missing'] }), 1)]), 'changes[0].record.contributesTo[0]', ['missing']);
      expect(await loadedKeys(handle.adapter)).toEqual(['checkIn:ci-1', 'keyResult:kr-1', 'objective:obj-1', 'period:q1']);
    });

    it('given an objective, when it names itself as parent or among the objectives it contributes to, it is refused', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(chain());
      await expectRefused(apply([update('objective', objective('obj-1', 'q1', { parentId: 'obj-1' }), 1)]), 'changes[0].record.parentId', ['itself']);
      await expectRefused(apply([update('objective', objective('obj-1', 'q1', { contributesTo: ['obj-1'] }), 1)]), 'changes[0].record.contributesTo[0]', ['itself']);
      await expectRefused(apply([create('period', period('self', { parentId: 'self' }))]), 'changes[0].record.parentId', ['itself']);
    });

    it('given a chain c → b → a of parents, when a is given c as its parent, the loop is refused', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([
        create('period', period('q1')),
        create('objective', objective('a', 'q1')),
        create('objective', objective('b', 'q1', { parentId: 'a' })),
        create('objective', objective('c', 'q1', { parentId: 'b' })),
      ]);
      await expectRefused(apply([update('objective', objective('a', 'q1', { parentId: 'c' }), 1)]), 'changes[0].record.parentId', ['loop']);
      await expectRefused(apply([update('objective', objective('a', 'q1', { parentId: 'b' }), 1)]), 'changes[0].record.parentId', ['loop']);
      expect((await loadOne(handle.adapter, 'objective', 'a'))?.record).toStrictEqual(objective('a', 'q1'));
    });

    it('given one batch that makes a loop out of two new parents, when applied, it is refused; periods cannot loop either', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1')), create('objective', objective('a', 'q1')), create('objective', objective('b', 'q1')), create('period', period('fy'))]);
      await expectRefused(apply([update('objective', objective('a', 'q1', { parentId: 'b' }), 1), update('objective', objective('b', 'q1', { parentId: 'a' }), 1)]), 'changes[0].record.parentId', ['loop']);
      await expectRefused(apply([update('period', period('fy', { parentId: 'q1' }), 1), update('period', period('q1', { parentId: 'fy' }), 1)]), 'changes[0].record.parentId', ['loop']);
    });

    it('given records created in one batch in any order, when every reference resolves after the batch, it is applied', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const applied = await apply([create('checkIn', checkIn('ci-1', 'kr-1', 0)), create('keyResult', keyResult('kr-1', 'obj-1', done)), create('objective', objective('obj-1', 'q1', { parentId: 'obj-0' })), create('objective', objective('obj-0', 'q1')), create('period', period('q1'))]);
      expect(applied).toHaveLength(5);
    });

    it('given an objective with a key result and a child, when it alone is deleted, it is refused listing its dependants, and stays', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([...chain(), create('objective', objective('obj-child', 'q1', { parentId: 'obj-1' })), create('keyResult', keyResult('kr-other', 'obj-child', done, { contributesTo: ['obj-1'] }))]);
      const error = await expectRefused(apply([remove('objective', 'obj-1', 1)]), 'changes[0]', ['obj-1', 'kr-1', 'obj-child', 'kr-other']);
      expect(error.errors).toHaveLength(1);
      expect(await loadOne(handle.adapter, 'objective', 'obj-1')).toMatchObject({ version: 1 });
    });

    it('given an objective with a key result, a check-in and a child, when one batch deletes the check-in and key result and detaches the child, the delete is applied', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([...chain(), create('objective', objective('obj-child', 'q1', { parentId: 'obj-1' }))]);
      await apply([remove('checkIn', 'ci-1', 1), remove('keyResult', 'kr-1', 1), update('objective', objective('obj-child', 'q1'), 1), remove('objective', 'obj-1', 1)]);
      expect(await loadedKeys(handle.adapter)).toEqual(['objective:obj-child', 'period:q1']);
    });

    it('given a period with an objective and a key result with a check-in, when either parent alone is deleted, it is refused', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([...chain(), create('period', period('q1-child', { parentId: 'q1' }))]);
      await expectRefused(apply([remove('period', 'q1', 1)]), 'changes[0]', ['obj-1', 'q1-child']);
      await expectRefused(apply([remove('keyResult', 'kr-1', 1)]), 'changes[0]', ['ci-1']);
      expect(await loadedKeys(handle.adapter)).toHaveLength(5);
    });

    it('given a batch that deletes an objective and creates a key result under it, when applied, it is refused', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1')), create('objective', objective('obj-1', 'q1'))]);
      await expectRefused(apply([remove('objective', 'obj-1', 1), create('keyResult', keyResult('kr-new', 'obj-1', done))]), 'changes[1].record.objectiveId', ['deletes']);
    });

    it('given an objective with 15 key results, when it is deleted, the refusal lists 10 of them and says how many more', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply([create('period', period('q1')), create('objective', objective('obj-1', 'q1')), ...Array.from({ length: 15 }, (_, at) => create('keyResult', keyResult(`kr-${at}`, 'obj-1', done)))]);
      const error = await expectRefused(apply([remove('objective', 'obj-1', 1)]), 'changes[0]', ['and 5 more']);
      expect(error.errors[0]!.message.match(/key result "/g)).toHaveLength(10);
    });

    it('given a weekly report naming key results and objectives that do not exist, when stored, it is accepted: its references are history', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const [applied] = await apply([create('weeklyReport', recordOfKind('weeklyReport', 'report-1'))]);
      expect(applied?.version).toBe(1);
    });

    it('given an objective, when "delete it" races "create a key result under it" 10 times, never both succeed and nothing is left dangling', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const other = handle.subject.peer ? applyOf(context, await handle.subject.peer()) : apply;
      await apply([create('period', period('q1'))]);
      let both = 0;
      for (let round = 0; round < 10; round += 1) {
        await apply([create('objective', objective(`obj-${round}`, 'q1'))]);
        const [deleted, created] = await Promise.allSettled([apply([remove('objective', `obj-${round}`, 1)]), other([create('keyResult', keyResult(`kr-${round}`, `obj-${round}`, done))])]);
        if (deleted.status === 'fulfilled' && created.status === 'fulfilled') both += 1;
      }
      expect(both).toBe(0);
      const keys = new Set(await loadedKeys(handle.adapter));
      for (let round = 0; round < 10; round += 1) {
        if (keys.has(`keyResult:kr-${round}`)) expect(keys.has(`objective:obj-${round}`), `kr-${round} without obj-${round}`).toBe(true);
      }
    });

    it('given two objectives, when "a under b" races "b under a" 10 times, never both succeed', async (context) => {
      const apply = applyOf(context, handle.adapter);
      const other = handle.subject.peer ? applyOf(context, await handle.subject.peer()) : apply;
      await apply([create('period', period('q1'))]);
      for (let round = 0; round < 10; round += 1) {
        await apply([create('objective', objective(`a-${round}`, 'q1')), create('objective', objective(`b-${round}`, 'q1'))]);
        const outcomes = await Promise.allSettled([
          apply([update('objective', objective(`a-${round}`, 'q1', { parentId: `b-${round}` }), 1)]),
          other([update('objective', objective(`b-${round}`, 'q1', { parentId: `a-${round}` }), 1)]),
        ]);
        expect(outcomes.filter((outcome) => outcome.status === 'fulfilled').length, `round ${round}`).toBeLessThanOrEqual(1);
      }
    });

    it('given stand-in parents, when a key result is created under them, it is stored (the set-up other tests use)', async (context) => {
      const apply = applyOf(context, handle.adapter);
      await apply(withParents([create('checkIn', checkIn('ci-1', 'kr-1', 0))]));
      expect(await loadOne(handle.adapter, 'checkIn', 'ci-1')).toMatchObject({ version: 1 });
    });
  });
}
