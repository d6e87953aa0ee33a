import { describe, expect, it } from 'vitest';
import { applyToRecordMap, checkIntegritySync, createOkrStore, mapReader, ValidationFailedError, type Change, type StoredRecord } from '../src/index';
import { keyResult, objective, q1 } from './fixtures';
import { createTestAdapter } from './store-helpers';

const binary = { kind: 'binary', done: false } as const;

function storage(records: Array<[StoredRecord['kind'], { id: string }]>): Map<string, StoredRecord> {
  return new Map(records.map(([kind, record]) => [`${kind}:${record.id}`, { kind, record, version: 1 }]));
}

describe('checkIntegritySync', () => {
  it('given a batch whose reads are answered from a map, when it breaks nothing, it returns no errors', () => {
    const records = storage([['period', q1], ['objective', objective('o1')]]);
    const changes: Change[] = [{ op: 'put', kind: 'keyResult', record: keyResult('k1', 'o1', binary), expectedVersion: null }];
    expect(checkIntegritySync(changes, mapReader(records))).toEqual([]);
  });

  it('given an objective with 25 key results, when deleted, it names 10 of them and "and 15 more" in one plain message', () => {
    const records = storage([['period', q1], ['objective', objective('o1')], ...Array.from({ length: 25 }, (_, at) => ['keyResult', keyResult(`k${at}`, 'o1', binary)] as ['keyResult', { id: string }])]);
    const errors = checkIntegritySync([{ op: 'delete', kind: 'objective', id: 'o1', expectedVersion: 1 }], mapReader(records));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('changes[0]');
    expect(errors[0]!.message).toMatch(/^objective "o1" cannot be deleted: key result "k0" \(objectiveId\), .*, and 15 more still refer to it\./);
  });

  it('given a parent chain already looping in storage, when an objective is put below it, the walk ends and names no loop of its own', () => {
    const records = storage([['period', q1], ['objective', objective('a', { parentId: 'b' })], ['objective', objective('b', { parentId: 'a' })]]);
    expect(checkIntegritySync([{ op: 'put', kind: 'objective', record: objective('c', { parentId: 'a' }), expectedVersion: null }], mapReader(records))).toEqual([]);
  });
});

describe('applyToRecordMap', () => {
  it('given a refused batch, when applied, the map is left exactly as it was', () => {
    const records = storage([['period', q1], ['objective', objective('o1')], ['keyResult', keyResult('k1', 'o1', binary)]]);
    const before = structuredClone([...records]);
    expect(() => applyToRecordMap(records, [{ op: 'delete', kind: 'objective', id: 'o1', expectedVersion: 1 }])).toThrow(ValidationFailedError);
    expect([...records]).toStrictEqual(before);
  });
});

describe('createOkrStore: deleteObjective under referential integrity', () => {
  it('given an objective with a child, a key result, and another objective and KR contributing to it, when deleted, one batch detaches them all and storage accepts it', async () => {
    const adapter = createTestAdapter({
      periods: [q1],
      objectives: [objective('o1'), objective('child', { parentId: 'o1', contributesTo: ['o1', 'o3'] }), objective('o3'), objective('helper', { contributesTo: ['o1'] })],
      keyResults: [keyResult('k1', 'o1', binary), keyResult('k3', 'o3', binary, { contributesTo: ['o1'] })],
      checkIns: [],
    });
    const store = createOkrStore({ adapter });
    await store.load();
    await store.deleteObjective('o1');
    expect(adapter.control.applyCalls).toHaveLength(1);
    const { objectives, keyResults } = store.getSnapshot().okrSet;
    expect(objectives.map((each) => each.id).sort()).toEqual(['child', 'helper', 'o3']);
    expect(objectives.find((each) => each.id === 'child')).toStrictEqual(objective('child', { contributesTo: ['o3'] }));
    expect(objectives.find((each) => each.id === 'helper')).toStrictEqual(objective('helper'));
    expect(keyResults).toStrictEqual([keyResult('k3', 'o3', binary)]);
  });
});
