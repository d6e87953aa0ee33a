import { describe, expect, it } from 'vitest';
import { createOkrStore, sameRecordValue } from '../src/index';
import { fy, objective, q1 } from './fixtures';
import { createTestAdapter } from './store-helpers';

const three = () => ({ periods: [fy, q1], objectives: [objective('a', { priority: 1 }), objective('b', { priority: 2 }), objective('c', { priority: 3 })] });

describe('a write storage confirms as it was sent', () => {
  it('given a re-rank, when storage confirms it with copies of the records, the snapshot keeps the optimistic objects and arrays and only the versions move', async () => {
    const adapter = createTestAdapter(three());
    const store = createOkrStore({ adapter });
    await store.load();
    let told = 0;
    store.subscribe(() => told++);
    const pending = store.rerank(['b', 'a', 'c']);
    const optimistic = store.getSnapshot();
    expect(optimistic.okrSet.objectives.map((each) => [each.id, each.priority])).toEqual([['a', 2], ['b', 1], ['c', 3]]);
    expect(optimistic.pendingWrites).toBe(1);
    await pending;
    const confirmed = store.getSnapshot();
    expect(confirmed).not.toBe(optimistic);
    expect(confirmed.pendingWrites).toBe(0);
    expect(confirmed.versions.get('objective:a')).toBe(2);
    expect(confirmed.versions.get('objective:c')).toBe(1);
    // The same arrays and records: a list keyed on them has nothing to redraw.
    expect(confirmed.okrSet).toBe(optimistic.okrSet);
    expect(confirmed.okrSet.objectives).toBe(optimistic.okrSet.objectives);
    expect(confirmed.okrSet.objectives[0]).toBe(optimistic.okrSet.objectives[0]);
    // The optimistic write, the adapter's own change event (new versions) and the confirmation (pending writes 0).
    expect(told).toBe(3);
  });

  it('given storage fills in or changes a value when it confirms, the snapshot takes storage’s record and a new objectives array', async () => {
    const adapter = createTestAdapter(three());
    const inner = adapter.apply!.bind(adapter);
    adapter.apply = async (changes) => {
      const applied = await inner(changes);
      return applied.map((change) => (change.op === 'put' && change.record ? { ...change, record: { ...change.record, title: `${(change.record as { title: string }).title} (stored)` } } : change));
    };
    const store = createOkrStore({ adapter });
    await store.load();
    const pending = store.updateObjective('a', { title: 'Grow' });
    const optimistic = store.getSnapshot();
    await pending;
    const confirmed = store.getSnapshot();
    expect(confirmed.okrSet.objectives).not.toBe(optimistic.okrSet.objectives);
    expect(confirmed.okrSet.objectives.find((each) => each.id === 'a')?.title).toBe('Grow (stored)');
    expect(confirmed.okrSet.objectives.find((each) => each.id === 'b')).toBe(optimistic.okrSet.objectives.find((each) => each.id === 'b'));
  });

  it('given another tab sends a newer version with the same value, listeners hear of the version and the records stay the same objects', async () => {
    const adapter = createTestAdapter(three());
    const store = createOkrStore({ adapter });
    await store.load();
    const before = store.getSnapshot();
    const a = before.okrSet.objectives[0]!;
    adapter.emit({ changes: [{ op: 'put', kind: 'objective', id: 'a', version: 7, record: structuredClone(a) }] });
    const after = store.getSnapshot();
    expect(after.versions.get('objective:a')).toBe(7);
    expect(after.okrSet).toBe(before.okrSet);
    adapter.emit({ changes: [{ op: 'put', kind: 'objective', id: 'a', version: 8, record: { ...a, title: 'Renamed elsewhere' } }] });
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('Renamed elsewhere');
  });
});

describe('sameRecordValue', () => {
  it('compares plain records by value, whatever the key order', () => {
    expect(sameRecordValue({ id: 'o1', contributesTo: ['x', 'y'], metric: { start: 0, target: 1 } }, { metric: { target: 1, start: 0 }, contributesTo: ['x', 'y'], id: 'o1' })).toBe(true);
    expect(sameRecordValue({ id: 'o1', contributesTo: ['x', 'y'] }, { id: 'o1', contributesTo: ['y', 'x'] })).toBe(false);
    expect(sameRecordValue({ id: 'o1', note: undefined }, { id: 'o1', other: undefined })).toBe(false);
    expect(sameRecordValue({ id: 'o1' }, { id: 'o1', priority: 1 })).toBe(false);
    expect(sameRecordValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameRecordValue(null, {})).toBe(false);
  });
});
