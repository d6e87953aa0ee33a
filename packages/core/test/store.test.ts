import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  ReadOnlyError,
  UnavailableError,
  ValidationFailedError,
  createOkrStore,
  objectiveProgress,
} from '../src/index';
import { domainExamples } from '../src/examples/index';
import type { OkrSet } from '../src/index';
import { keyResult, numeric, objective, q1, fy } from './fixtures';
import { createTestAdapter, networkDown } from './store-helpers';

const base: OkrSet = {
  periods: [q1, fy],
  objectives: [objective('o1', { title: 'Significantly increase user activity', priority: 1 }), objective('o2', { priority: 2 })],
  keyResults: [keyResult('k1', 'o1', numeric(1000, 1200, 1000)), keyResult('k2', 'o1', { kind: 'binary', done: false })],
  checkIns: [],
};

async function loadedStore(initial: OkrSet = base, extra: Partial<Parameters<typeof createOkrStore>[0]> = {}) {
  const adapter = createTestAdapter(initial);
  let counter = 0;
  const store = createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z'), generateId: (kind) => `${kind}-${++counter}`, ...extra });
  await store.load();
  return { store, adapter };
}

describe('createOkrStore: loading', () => {
  it('given a store, when it loads, it moves idle → loading → ready and holds the records with versions', async () => {
    const adapter = createTestAdapter(base);
    const store = createOkrStore({ adapter });
    const seen: string[] = [store.getSnapshot().status];
    store.subscribe(() => seen.push(store.getSnapshot().status));
    await store.load();
    expect(seen[0]).toBe('idle');
    expect(seen).toContain('loading');
    expect(store.getSnapshot().status).toBe('ready');
    expect(store.getSnapshot().okrSet.objectives.map((o) => o.id)).toEqual(['o1', 'o2']);
    expect(store.getSnapshot().versions.get('objective:o1')).toBe(1);
  });

  it('given the same state, getSnapshot returns the same object (fit for useSyncExternalStore)', async () => {
    const { store } = await loadedStore();
    expect(store.getSnapshot()).toBe(store.getSnapshot());
  });

  it('given an invalid record and a dangling one from storage, it leaves out the invalid one, keeps the dangling one with a warning, and the rest loads', async () => {
    const adapter = createTestAdapter(base);
    adapter.control.extraRecords.push(
      { kind: 'keyResult', version: 1, record: { id: 'bad', objectiveId: 'o1', title: 'Broken', metric: { kind: 'numeric', direction: 'increase', start: 0, target: 'ten', current: 1 } } },
      { kind: 'keyResult', version: 1, record: { id: 'orphan', objectiveId: 'gone', title: 'Dangling', metric: { kind: 'binary', done: true } } },
    );
    const store = createOkrStore({ adapter });
    await store.load();
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe('ready');
    expect(snapshot.okrSet.keyResults.map((k) => k.id)).toEqual(['k1', 'k2', 'orphan']);
    expect(snapshot.loadIssues).toEqual([
      { kind: 'keyResult', id: 'bad', path: 'keyResults["bad"].metric.target', message: 'must be a number', severity: 'error' },
      { kind: 'keyResult', id: 'orphan', path: 'keyResults["orphan"].objectiveId', message: 'names no objective with id "gone"', severity: 'warning' },
    ]);
  });

  it('given a failing adapter, load rejects with a typed error and the snapshot says error', async () => {
    const adapter = createTestAdapter(base);
    adapter.load = async () => {
      throw new Error('socket hang up');
    };
    const store = createOkrStore({ adapter });
    await expect(store.load()).rejects.toMatchObject({ code: 'unknown', message: 'socket hang up' });
    expect(store.getSnapshot().status).toBe('error');
    expect(store.getSnapshot().error?.message).toBe('socket hang up');
  });

  it('loads the DOMAIN examples whole, without issues', async () => {
    const { store } = await loadedStore(domainExamples);
    expect(store.getSnapshot().loadIssues).toEqual([]);
    expect(store.getSnapshot().okrSet.objectives.length).toBe(domainExamples.objectives.length);
  });
});

describe('createOkrStore: writes', () => {
  it('given a check-in, it records it and moves the KR metric in one atomic batch naming the versions read', async () => {
    const { store, adapter } = await loadedStore();
    const { checkIn } = await store.recordCheckIn({ keyResultId: 'k1', value: 1100, confidence: 0.7, note: 'Campaign live' });
    expect(checkIn).toEqual({ id: 'checkIn-1', keyResultId: 'k1', at: '2026-02-15T12:00:00.000Z', value: 1100, confidence: 0.7, note: 'Campaign live' });
    expect(adapter.control.applyCalls.at(-1)).toEqual([
      expect.objectContaining({ op: 'put', kind: 'checkIn', expectedVersion: null }),
      expect.objectContaining({ op: 'put', kind: 'keyResult', expectedVersion: 1 }),
    ]);
    const snapshot = store.getSnapshot();
    expect(snapshot.versions.get('keyResult:k1')).toBe(2);
    expect(objectiveProgress('o1', snapshot.okrSet).value).toBe(0.25);
  });

  it('updates optimistically: the snapshot shows the change before storage answers', async () => {
    const { store, adapter } = await loadedStore();
    adapter.control.holdApply = true;
    const pending = store.updateObjective('o1', { title: 'Grow daily use' });
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('Grow daily use');
    expect(store.getSnapshot().pendingWrites).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    adapter.control.release();
    await pending;
    expect(store.getSnapshot().pendingWrites).toBe(0);
  });

  it('given storage fails, it rolls back and rejects with a typed, retryable error', async () => {
    const { store, adapter } = await loadedStore();
    adapter.control.failNextApply = networkDown();
    const attempt = store.updateObjective('o1', { title: 'Grow daily use' });
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('Grow daily use');
    const failure = await attempt.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UnavailableError);
    expect(failure).toMatchObject({ retryable: true });
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('Significantly increase user activity');
    // Retrying after the failure works: nothing is stuck.
    await store.updateObjective('o1', { title: 'Grow daily use' });
    expect(store.getSnapshot().versions.get('objective:o1')).toBe(2);
  });

  it('given someone else changed the record, a write fails with ConflictError carrying theirs, never overwriting', async () => {
    const { store, adapter } = await loadedStore();
    // Another user edits o1 directly in storage (no event reaches this store).
    adapter.records.set('objective:o1', { kind: 'objective', version: 2, record: { ...base.objectives[0], title: 'Their title' } });
    const failure = await store.updateObjective('o1', { title: 'My title' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConflictError);
    expect((failure as ConflictError).current).toMatchObject({ version: 2, record: { title: 'Their title' } });
    expect((failure as ConflictError).message).toBe('objective "o1" was changed by someone else (you edited version 1, it is now version 2)');
    // Storage kept theirs; the store now shows theirs and knows version 2, so a deliberate retry can win.
    expect(adapter.records.get('objective:o1')?.record).toMatchObject({ title: 'Their title' });
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('Their title');
    await store.updateObjective('o1', { title: 'My title' });
    expect(adapter.records.get('objective:o1')).toMatchObject({ version: 3, record: { title: 'My title' } });
  });

  it('given two quick edits, the second names the version the first produced (no self-conflict)', async () => {
    const { store } = await loadedStore();
    await Promise.all([store.updateObjective('o1', { title: 'One' }), store.updateObjective('o1', { title: 'Two' })]);
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('Two');
    expect(store.getSnapshot().versions.get('objective:o1')).toBe(3);
  });

  it('given invalid data, it rejects with ValidationFailedError naming the path, and changes nothing', async () => {
    const { store, adapter } = await loadedStore();
    const failure = await store.updateKeyResult('k1', { metric: numeric(1000, 1200, Number.NaN) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ValidationFailedError);
    expect((failure as ValidationFailedError).errors).toEqual([{ path: 'metric.current', message: 'must be a number' }]);
    expect(adapter.control.applyCalls).toHaveLength(0);
    await expect(store.createKeyResult({ objectiveId: 'nope', title: 'Lost', metric: { kind: 'binary', done: false } })).rejects.toMatchObject({
      errors: [{ path: 'objectiveId', message: 'names no objective with id "nope"' }],
    });
    await expect(store.recordCheckIn({ keyResultId: 'k1' })).rejects.toMatchObject({ errors: [{ path: 'value', message: 'must be a number' }] });
  });

  it('given an unknown id, it rejects with NotFoundError', async () => {
    const { store } = await loadedStore();
    await expect(store.updateObjective('nope', { title: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('given a read-only adapter, writes reject with ReadOnlyError and the snapshot says readOnly', async () => {
    const adapter = createTestAdapter(base);
    const store = createOkrStore({ adapter: { load: adapter.load } });
    await store.load();
    expect(store.getSnapshot().readOnly).toBe(true);
    await expect(store.updateObjective('o1', { title: 'x' })).rejects.toBeInstanceOf(ReadOnlyError);
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('Significantly increase user activity');
  });
});

describe('createOkrStore: commands', () => {
  it('re-ranks priorities, writing only what changed', async () => {
    const { store, adapter } = await loadedStore();
    await store.rerank(['o2', 'o1']);
    expect(store.getSnapshot().okrSet.objectives.map((o) => [o.id, o.priority])).toEqual([['o1', 2], ['o2', 1]]);
    expect(adapter.control.applyCalls.at(-1)).toHaveLength(2);
    await expect(store.rerank(['o1', 'o1'])).rejects.toBeInstanceOf(ValidationFailedError);
  });

  it('changes alignment and refuses a loop', async () => {
    const { store } = await loadedStore();
    await store.setAlignment('o2', 'o1');
    expect(store.getSnapshot().okrSet.objectives[1]?.parentId).toBe('o1');
    await expect(store.setAlignment('o1', 'o2')).rejects.toMatchObject({
      errors: [{ path: 'parentId', message: 'would make an alignment loop: "o2" already serves "o1"' }],
    });
    await store.setAlignment('o2', null);
    expect(store.getSnapshot().okrSet.objectives[1]).not.toHaveProperty('parentId');
  });

  it('moves through the lifecycle and needs a retrospective to close', async () => {
    const { store } = await loadedStore();
    await store.setLifecycleState('o2', 'proposed');
    await expect(store.setLifecycleState('o2', 'closed')).rejects.toMatchObject({ errors: [{ path: 'state' }] });
    await store.setLifecycleState('o2', 'active');
    await expect(store.setLifecycleState('o2', 'closed')).rejects.toMatchObject({ errors: [{ path: 'retrospective' }] });
    const closed = await store.setLifecycleState('o2', 'closed', { retrospective: 'Met 2 of 3; hiring was late.' });
    expect(closed).toMatchObject({ state: 'closed', retrospective: 'Met 2 of 3; hiring was late.' });
  });

  it('deletes an objective with its KRs and check-ins, and frees its children, in one batch', async () => {
    const { store, adapter } = await loadedStore();
    await store.setAlignment('o2', 'o1');
    await store.recordCheckIn({ keyResultId: 'k2', done: true });
    await store.deleteObjective('o1');
    const { okrSet } = store.getSnapshot();
    expect(okrSet.objectives.map((o) => o.id)).toEqual(['o2']);
    expect(okrSet.objectives[0]).not.toHaveProperty('parentId');
    expect(okrSet.keyResults).toEqual([]);
    expect(okrSet.checkIns).toEqual([]);
    expect(adapter.control.applyCalls.at(-1)).toHaveLength(5);
  });

  it('records binary and milestone check-ins as the metric expects', async () => {
    const { store } = await loadedStore({
      ...base,
      keyResults: [
        ...base.keyResults,
        keyResult('m', 'o2', { kind: 'milestones', milestones: [{ title: 'a', done: false }, { title: 'b', done: false }, { title: 'c', done: false }] }),
      ],
    });
    expect((await store.recordCheckIn({ keyResultId: 'k2', done: true })).checkIn.value).toBe(1);
    expect((await store.recordCheckIn({ keyResultId: 'm', value: 2 })).checkIn.value).toBe(2);
    const milestones = store.getSnapshot().okrSet.keyResults.find((k) => k.id === 'm')?.metric;
    expect(milestones).toMatchObject({ milestones: [{ done: true }, { done: true }, { done: false }] });
    await expect(store.recordCheckIn({ keyResultId: 'm', value: 4 })).rejects.toMatchObject({ errors: [{ path: 'value' }] });
  });
});

describe('createOkrStore: changes made elsewhere', () => {
  it('given an adapter event with a newer version, the snapshot takes it; an older one is ignored', async () => {
    const { store, adapter } = await loadedStore();
    adapter.emit({ changes: [{ op: 'put', kind: 'objective', id: 'o1', version: 5, record: { ...base.objectives[0]!, title: 'From another tab' } }] });
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('From another tab');
    adapter.emit({ changes: [{ op: 'put', kind: 'objective', id: 'o1', version: 4, record: { ...base.objectives[0]!, title: 'Stale' } }] });
    expect(store.getSnapshot().okrSet.objectives[0]?.title).toBe('From another tab');
    adapter.emit({ changes: [{ op: 'delete', kind: 'objective', id: 'o2', version: null }] });
    expect(store.getSnapshot().okrSet.objectives.map((o) => o.id)).toEqual(['o1']);
  });

  it('keeps the identity of untouched collections across a change', async () => {
    const { store } = await loadedStore();
    const before = store.getSnapshot().okrSet;
    await store.updateObjective('o1', { title: 'New' });
    const after = store.getSnapshot().okrSet;
    expect(after.keyResults).toBe(before.keyResults);
    expect(after.objectives).not.toBe(before.objectives);
    expect(after.objectives[1]).toBe(before.objectives[1]);
  });

  it('dispose stops listening', async () => {
    const { store, adapter } = await loadedStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispose();
    adapter.emit({ changes: [{ op: 'delete', kind: 'objective', id: 'o2', version: null }] });
    expect(calls).toBe(0);
  });
});
