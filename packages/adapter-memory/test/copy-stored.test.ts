import { describe, expect, it } from 'vitest';
import { copyStored } from '../src/copy-stored';

describe('copyStored', () => {
  it('given a stored record of plain data, it returns a deep copy equal to structuredClone’s and sharing nothing', () => {
    const stored = {
      kind: 'keyResult',
      version: 3,
      record: { id: 'k', title: 'Ten', metric: { kind: 'milestones', milestones: [{ title: 'a', done: false, weight: 2 }] }, contributesTo: ['o'], extra: null },
    };
    const copy = copyStored(stored);
    expect(copy).toStrictEqual(structuredClone(stored));
    copy.record.metric.milestones[0]!.done = true;
    copy.record.contributesTo.push('x');
    expect(stored.record.metric.milestones[0]!.done).toBe(false);
    expect(stored.record.contributesTo).toEqual(['o']);
  });

  it('given values that are not plain data (a Date, a Map, a cycle, an own "__proto__" key, a sparse array), it copies them as structuredClone does', () => {
    const sparse = [1, 2, 3];
    delete sparse[1];
    const cyclic: Record<string, unknown> = { id: 'c' };
    cyclic.self = cyclic;
    const values = [
      { at: new Date('2026-03-02T09:30:00Z') },
      { tags: new Map([['a', 1]]) },
      cyclic,
      JSON.parse('{"__proto__": {"polluted": true}, "id": "p"}'),
      { list: sparse },
      { big: 10n, bytes: new Uint8Array([1, 2]) },
    ];
    for (const value of values) expect(copyStored(value)).toStrictEqual(structuredClone(value));
    const copiedCycle = copyStored(cyclic);
    expect(copiedCycle.self).toBe(copiedCycle);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
