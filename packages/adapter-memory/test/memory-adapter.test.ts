import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConflictError, OkrStorageError, type Change, type ChangeEvent, type Objective, type Period } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import { describeStorageAdapterConformance } from '@okrkit/core/testing';
import { createMemoryAdapter } from '../src/index';

/*
 * No `peer`: a memory adapter's records live in one closure that no second client can
 * open. Passing the same adapter (or a wrapper around it) as its own peer would re-run the
 * single-client tests under a cross-client name and prove nothing more; the suite's peer
 * tests are exercised in core by a shared-storage self-test, and really earn their keep on
 * the browser (two tabs) and PostgreSQL (two connections) adapters. No `breakStorage`
 * either: memory cannot fail.
 */
describeStorageAdapterConformance('memory', { create: async () => ({ adapter: createMemoryAdapter() }) });

// With latency every call really waits, so concurrent writes interleave as they would over a network.
describeStorageAdapterConformance('memory with latencyMs: 1', { create: async () => ({ adapter: createMemoryAdapter({ latencyMs: 1 }) }) });

const q1: Period = { id: 'q1', name: 'Q1 2026', start: '2026-01-01', end: '2026-03-31' };
const objective: Objective = { id: 'obj-1', title: 'Significantly increase user activity', periodId: 'q1', contributesTo: ['obj-company'] };
const createObjective: Change = { op: 'put', kind: 'objective', record: objective, expectedVersion: null };
/** What `objective` refers to, so that storage's referential-integrity rule accepts it. */
const company: Objective = { id: 'obj-company', title: 'Company', periodId: 'q1' };
const parents = { periods: [q1], objectives: [company] };
/** What a test wrote, without those parents. */
const written = (adapter: ReturnType<typeof createMemoryAdapter>) =>
  adapter.dump().filter((stored) => stored.kind !== 'period' && (stored.record as { id: string }).id !== company.id);

describe('createMemoryAdapter', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('is named memory', () => {
    expect(createMemoryAdapter().name).toBe('memory');
  });

  describe('initial data', () => {
    it('given the domain examples as initial data, when loaded, it returns every record at version 1', async () => {
      const { records } = await createMemoryAdapter({ initial: domainExamples }).load();
      const count = domainExamples.periods.length + domainExamples.objectives.length + domainExamples.keyResults.length + domainExamples.checkIns.length;
      expect(records).toHaveLength(count);
      expect(records.every((stored) => stored.version === 1)).toBe(true);
      expect(records.filter((stored) => stored.kind === 'keyResult').map((stored) => stored.record)).toEqual(
        expect.arrayContaining(domainExamples.keyResults),
      );
    });

    it('given partial initial data, when loaded, it returns just those records', async () => {
      const { records } = await createMemoryAdapter({ initial: { periods: [q1] } }).load();
      expect(records).toStrictEqual([{ kind: 'period', record: q1, version: 1 }]);
    });

    it('given initial data that the host mutates afterwards, when loaded, storage still holds the original', async () => {
      const initial = { objectives: [structuredClone(objective)] };
      const adapter = createMemoryAdapter({ initial });
      initial.objectives[0]!.title = 'Mutated';
      initial.objectives.push({ ...objective, id: 'obj-2' });
      expect((await adapter.load()).records.map((stored) => stored.record)).toStrictEqual([objective]);
    });

    it('given initial data, when loaded for a period, it returns all periods and that period’s objectives only', async () => {
      const adapter = createMemoryAdapter({ initial: domainExamples });
      const { records } = await adapter.load({ periodId: 'q1-2026' });
      const objectives = records.filter((stored) => stored.kind === 'objective').map((stored) => stored.record as Objective);
      expect(objectives.length).toBeGreaterThan(0);
      expect(objectives.every((record) => record.periodId === 'q1-2026')).toBe(true);
      expect(records.filter((stored) => stored.kind === 'period')).toHaveLength(domainExamples.periods.length);
    });
  });

  describe('latencyMs', () => {
    it('given latencyMs 50, when loading and applying, neither settles before 50 ms have passed', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ initial: parents, latencyMs: 50 });
      const settled: string[] = [];
      void adapter.load().then(() => settled.push('load'));
      void adapter.apply([createObjective]).then(() => settled.push('apply'));
      await vi.advanceTimersByTimeAsync(49);
      expect(settled).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toEqual(['load', 'apply']);
    });

    it('given latencyMs, when two writes race, they run one after the other and the stale one conflicts', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ initial: { ...parents, objectives: [company, objective] }, latencyMs: 10 });
      const first = adapter.apply([{ ...createObjective, record: { ...objective, title: 'First' }, expectedVersion: 1 }]);
      const second = adapter.apply([{ ...createObjective, record: { ...objective, title: 'Second' }, expectedVersion: 1 }]);
      const outcomes = Promise.allSettled([first, second]);
      await vi.advanceTimersByTimeAsync(20);
      const [won, lost] = await outcomes;
      expect(won.status).toBe('fulfilled');
      expect(lost.status === 'rejected' && lost.reason).toBeInstanceOf(ConflictError);
      expect(written(adapter)[0]).toMatchObject({ record: { title: 'First' }, version: 2 });
    });

    it('given latencyMs, when the caller mutates a record before the write commits, storage holds the record as it was passed', async () => {
      vi.useFakeTimers();
      const adapter = createMemoryAdapter({ initial: parents, latencyMs: 10 });
      const record = structuredClone(objective);
      const write = adapter.apply([{ ...createObjective, record }]);
      record.title = 'Changed while the write was in flight';
      await vi.advanceTimersByTimeAsync(10);
      await write;
      expect(written(adapter)).toStrictEqual([{ kind: 'objective', record: objective, version: 1 }]);
    });
  });

  describe('dump', () => {
    it('given writes, when dumped, it returns every stored record with its version', async () => {
      const adapter = createMemoryAdapter({ initial: parents });
      await adapter.apply([createObjective]);
      await adapter.apply([{ op: 'put', kind: 'period', record: { ...q1, name: 'Quarter one' }, expectedVersion: 1 }]);
      expect(adapter.dump()).toStrictEqual([
        { kind: 'period', record: { ...q1, name: 'Quarter one' }, version: 2 },
        { kind: 'objective', record: company, version: 1 },
        { kind: 'objective', record: objective, version: 1 },
      ]);
    });

    it('given a dump, when the caller mutates it, storage is unchanged', async () => {
      const adapter = createMemoryAdapter({ initial: { ...parents, objectives: [company, objective] } });
      const dump = written(adapter);
      (dump[0]!.record as Objective).contributesTo!.push('obj-other');
      dump[0]!.version = 7;
      expect(written(adapter)).toStrictEqual([{ kind: 'objective', record: objective, version: 1 }]);
    });
  });

  describe('failures and listeners', () => {
    it('given a record that is not serialisable data, when applied, it rejects with an OkrStorageError and stores nothing', async () => {
      const adapter = createMemoryAdapter({ initial: parents });
      const record = { ...objective, onClick: () => undefined } as Objective;
      const error = await adapter.apply([{ ...createObjective, record }]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(OkrStorageError);
      expect(written(adapter)).toEqual([]);
    });

    it('given a listener that throws, when a batch is applied, the write still succeeds, the other listeners hear it and the error is rethrown on its own', async () => {
      const reported: Array<() => void> = [];
      vi.stubGlobal('queueMicrotask', (callback: () => void) => void reported.push(callback));
      const adapter = createMemoryAdapter({ initial: parents });
      const heard: ChangeEvent[] = [];
      adapter.subscribe(() => {
        throw new Error('listener bug');
      });
      adapter.subscribe((event) => void heard.push(event));
      await expect(adapter.apply([createObjective])).resolves.toHaveLength(1);
      expect(heard).toHaveLength(1);
      expect(written(adapter)).toHaveLength(1);
      expect(reported).toHaveLength(1);
      expect(() => reported[0]!()).toThrow('listener bug');
    });

    it('given two listeners, when one mutates the event it heard, the other hears the original', async () => {
      const adapter = createMemoryAdapter({ initial: parents });
      adapter.subscribe((event) => {
        event.changes[0]!.id = 'mutated';
      });
      const heard: ChangeEvent[] = [];
      adapter.subscribe((event) => void heard.push(event));
      await adapter.apply([createObjective]);
      expect(heard[0]?.changes[0]?.id).toBe('obj-1');
    });
  });
});
