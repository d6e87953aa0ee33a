import { describe, expect, it } from 'vitest';
import { createOkrStore } from '../src/index';
import { objective, q1 } from './fixtures';
import { createTestAdapter } from './store-helpers';

// The load path takes what the adapter hands over as it is (adapters hand over copies of
// their own), but a write validates through the schemas, whose output is a copy: what a
// caller keeps editing after a command never becomes the store's.

describe('store: the records it holds are its own', () => {
  it('given a create, when the caller then edits the arrays and objects it passed, the snapshot keeps what was written', async () => {
    const adapter = createTestAdapter({ periods: [q1], objectives: [objective('o1'), objective('o2')] });
    const store = createOkrStore({ adapter, generateId: () => 'o3' });
    await store.load();
    const contributesTo = ['o1'];
    const input = { title: 'Support both teams', periodId: q1.id, teamId: 'b', contributesTo };
    await store.createObjective(input);
    contributesTo.push('o2');
    input.title = 'Changed afterwards';
    const stored = store.getSnapshot().okrSet.objectives.find((each) => each.id === 'o3');
    expect(stored).toMatchObject({ title: 'Support both teams', contributesTo: ['o1'] });
  });

  it('given a load, it keeps the records the adapter handed over, checked but not copied again', async () => {
    const adapter = createTestAdapter();
    const handed = objective('o1');
    adapter.control.extraRecords.push({ kind: 'period', record: q1, version: 1 }, { kind: 'objective', record: handed, version: 1 });
    const store = createOkrStore({ adapter });
    await store.load();
    expect(store.getSnapshot().okrSet.objectives[0]).toBe(handed);
  });
});
