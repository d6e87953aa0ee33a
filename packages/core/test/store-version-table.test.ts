import { describe, expect, it } from 'vitest';
import { VersionTable } from '../src/store/version-table';
import { createOkrStore } from '../src/index';
import { objective, q1 } from './fixtures';
import { createTestAdapter } from './store-helpers';

describe('VersionTable (the versions a snapshot holds)', () => {
  it('given a view, when the table is written afterwards, the view still reads what it read', () => {
    const table = new VersionTable(new Map([['objective:a', 1], ['objective:b', 1]]));
    const before = table.view();
    table.set('objective:a', 2);
    table.delete('objective:b');
    table.set('objective:c', 1);
    expect([...before]).toEqual([['objective:a', 1], ['objective:b', 1]]);
    expect(before.size).toBe(2);
    const after = table.view();
    expect([...after].sort()).toEqual([['objective:a', 2], ['objective:c', 1]]);
    expect(after.size).toBe(2);
    expect(after.has('objective:b')).toBe(false);
    expect(after.get('objective:b')).toBeUndefined();
    expect([...after.keys()].sort()).toEqual(['objective:a', 'objective:c']);
    expect([...after.values()].sort()).toEqual([1, 2]);
    const seen: string[] = [];
    after.forEach((version, key, map) => seen.push(`${key}=${version}=${map.get(key)}`));
    expect(seen.sort()).toEqual(['objective:a=2=2', 'objective:c=1=1']);
  });

  it('given many writes with a view after each, every view keeps its own versions across the folding into a new base', () => {
    const table = new VersionTable(new Map(Array.from({ length: 100 }, (_, at) => [`objective:${at}`, 1] as [string, number])));
    const views: ReadonlyMap<string, number>[] = [];
    for (let write = 0; write < 300; write++) {
      table.set(`objective:${write % 100}`, 2 + Math.floor(write / 100));
      if (write % 7 === 0) table.delete(`objective:${(write + 50) % 100}`);
      views.push(table.view());
    }
    // Replays the same writes on a plain map and compares each view with it.
    const expected = new Map(Array.from({ length: 100 }, (_, at) => [`objective:${at}`, 1] as [string, number]));
    for (let write = 0; write < 300; write++) {
      expected.set(`objective:${write % 100}`, 2 + Math.floor(write / 100));
      if (write % 7 === 0) expected.delete(`objective:${(write + 50) % 100}`);
      expect(new Map(views[write]!)).toEqual(expected);
      expect(views[write]!.size).toBe(expected.size);
    }
  });

  it('given a store, when an objective is updated, the earlier snapshot keeps the old version and the new one the next', async () => {
    const adapter = createTestAdapter({ periods: [q1], objectives: [objective('o1', { priority: 1 }), objective('o2', { priority: 2 })], keyResults: [], checkIns: [] });
    const store = createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z') });
    await store.load();
    const before = store.getSnapshot();
    await store.rerank(['o2', 'o1']);
    const after = store.getSnapshot();
    expect(before.versions.get('objective:o1')).toBe(1);
    expect(after.versions.get('objective:o1')).toBe(2);
    expect(after.versions.get('objective:o2')).toBe(2);
    expect(after.versions.size).toBe(before.versions.size);
  });
});
