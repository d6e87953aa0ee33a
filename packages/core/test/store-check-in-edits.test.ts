import { describe, expect, it } from 'vitest';
import { NotFoundError, UnavailableError, ValidationFailedError, createOkrStore, currentMetricFromLog, latestCheckIn, type CheckIn, type OkrSet } from '../src/index';
import { keyResult, numeric, objective, q1, fy } from './fixtures';
import { createTestAdapter } from './store-helpers';

const checkIn = (id: string, keyResultId: string, at: string, value: number, extra: Partial<CheckIn> = {}): CheckIn => ({ id, keyResultId, at, value, ...extra });

/** k1 from 1,000 to 1,200, checked in three times (the latest, 1,150, is its current value); m has three milestones, two ticked. */
const logged: OkrSet = {
  periods: [q1, fy],
  objectives: [objective('o1')],
  keyResults: [
    keyResult('k1', 'o1', numeric(1000, 1200, 1150)),
    keyResult('m', 'o1', { kind: 'milestones', milestones: [{ title: 'a', done: true }, { title: 'b', done: false }, { title: 'c', done: true }] }),
    keyResult('b', 'o1', { kind: 'binary', done: true }),
  ],
  checkIns: [
    checkIn('c1', 'k1', '2026-01-16T16:00:00Z', 1050, { confidence: 0.6, note: 'Slow start', authorId: 'ana' }),
    checkIn('c3', 'k1', '2026-02-13T16:00:00Z', 1150, { confidence: 0.8, authorId: 'ana' }),
    checkIn('c2', 'k1', '2026-01-30T16:00:00Z', 1100, { confidence: 0.7, authorId: 'ben' }),
    checkIn('m1', 'm', '2026-02-01T16:00:00Z', 2),
    checkIn('b1', 'b', '2026-02-02T16:00:00Z', 1),
  ],
};

async function loadedStore(initial: OkrSet = logged) {
  const adapter = createTestAdapter(initial);
  const store = createOkrStore({ adapter, now: () => new Date('2026-02-15T12:00:00Z') });
  await store.load();
  const metricOf = (id: string) => store.getSnapshot().okrSet.keyResults.find((candidate) => candidate.id === id)?.metric;
  const checkInOf = (id: string) => store.getSnapshot().okrSet.checkIns.find((candidate) => candidate.id === id);
  return { store, adapter, metricOf, checkInOf };
}

describe('the current metric from the check-in log (pure)', () => {
  it('given a log out of order, the latest is the latest by `at`; of two at one instant, the one logged later', () => {
    expect(latestCheckIn(logged.checkIns.filter((entry) => entry.keyResultId === 'k1'))?.id).toBe('c3');
    expect(latestCheckIn([checkIn('x', 'k1', '2026-02-01T10:00:00Z', 1), checkIn('y', 'k1', '2026-02-01T11:00:00+01:00', 2)])?.id).toBe('y');
    expect(latestCheckIn([])).toBeNull();
  });

  it('given an empty log, the metric goes back to its baseline; a guardrail (no baseline) keeps its reading', () => {
    expect(currentMetricFromLog(numeric(1000, 1200, 1150), [], null)).toEqual({ metric: numeric(1000, 1200, 1000), from: null });
    const guardrail = { kind: 'guardrail', bound: 'below', threshold: 4, current: 3 } as const;
    expect(currentMetricFromLog(guardrail, [], null).metric).toBe(guardrail);
  });
});

describe('store.updateCheckIn', () => {
  it('given the latest check-in is corrected, it rewrites it and the KR’s current value in one atomic batch', async () => {
    const { store, adapter, metricOf, checkInOf } = await loadedStore();
    const updated = await store.updateCheckIn('c3', { value: 1180, note: 'Corrected: the export double-counted', confidence: null });
    expect(updated).toEqual({ id: 'c3', keyResultId: 'k1', at: '2026-02-13T16:00:00Z', value: 1180, note: 'Corrected: the export double-counted', authorId: 'ana' });
    expect(metricOf('k1')).toMatchObject({ current: 1180 });
    expect(checkInOf('c3')).toEqual(updated);
    expect(adapter.control.applyCalls.at(-1)).toEqual([
      expect.objectContaining({ op: 'put', kind: 'checkIn', expectedVersion: 1 }),
      expect.objectContaining({ op: 'put', kind: 'keyResult', expectedVersion: 1 }),
    ]);
  });

  it('given an older check-in is corrected, the KR keeps the latest reading and only the check-in is written', async () => {
    const { store, adapter, metricOf } = await loadedStore();
    await store.updateCheckIn('c1', { value: 1060 });
    expect(metricOf('k1')).toMatchObject({ current: 1150 });
    expect(adapter.control.applyCalls.at(-1)).toEqual([expect.objectContaining({ kind: 'checkIn' })]);
  });

  it('given a check-in moved after the latest, the KR takes its reading', async () => {
    const { store, metricOf } = await loadedStore();
    await store.updateCheckIn('c1', { at: '2026-02-14T09:00:00Z' });
    expect(metricOf('k1')).toMatchObject({ current: 1050 });
  });

  it('given a milestones check-in corrected flag by flag, the KR takes exactly those flags', async () => {
    const { store, metricOf } = await loadedStore();
    await store.updateCheckIn('m1', { milestones: [false, true, true] });
    expect(metricOf('m')).toMatchObject({ milestones: [{ done: false }, { done: true }, { done: true }] });
  });

  it('given a reading its metric cannot take, or an out-of-range confidence, it refuses with the path and changes nothing', async () => {
    const { store, metricOf, checkInOf } = await loadedStore();
    await expect(store.updateCheckIn('m1', { value: 7 })).rejects.toMatchObject({ errors: [{ path: 'value' }] });
    await expect(store.updateCheckIn('c3', { confidence: 1.5 })).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(store.updateCheckIn('c3', { value: Number.NaN })).rejects.toMatchObject({ errors: [{ path: 'value', message: 'must be a number' }] });
    expect(metricOf('k1')).toMatchObject({ current: 1150 });
    expect(checkInOf('c3')).toMatchObject({ value: 1150, confidence: 0.8 });
  });

  it('given an unknown check-in, it rejects with NotFoundError', async () => {
    const { store } = await loadedStore();
    await expect(store.updateCheckIn('nope', { value: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(store.deleteCheckIn('nope')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('given storage fails, the check-in and the KR both roll back', async () => {
    const { store, adapter, metricOf, checkInOf } = await loadedStore();
    adapter.control.failNextApply = new UnavailableError('offline');
    await expect(store.updateCheckIn('c3', { value: 1190 })).rejects.toBeInstanceOf(UnavailableError);
    expect(metricOf('k1')).toMatchObject({ current: 1150 });
    expect(checkInOf('c3')).toMatchObject({ value: 1150 });
  });
});

describe('store.deleteCheckIn', () => {
  it('given the latest check-in is deleted, the KR falls back to the previous one by `at`, in one atomic batch', async () => {
    const { store, adapter, metricOf, checkInOf } = await loadedStore();
    await store.deleteCheckIn('c3');
    expect(checkInOf('c3')).toBeUndefined();
    expect(metricOf('k1')).toMatchObject({ current: 1100 });
    expect(adapter.control.applyCalls.at(-1)).toEqual([
      expect.objectContaining({ op: 'delete', kind: 'checkIn', id: 'c3' }),
      expect.objectContaining({ op: 'put', kind: 'keyResult' }),
    ]);
  });

  it('given the last remaining check-in is deleted, the KR goes back to its baseline', async () => {
    const { store, metricOf } = await loadedStore();
    await store.deleteCheckIn('b1');
    expect(metricOf('b')).toEqual({ kind: 'binary', done: false });
    await store.deleteCheckIn('m1');
    expect(metricOf('m')).toMatchObject({ milestones: [{ done: false }, { done: false }, { done: false }] });
  });

  it('given an older check-in is deleted, the KR and its milestone flags stay as they are', async () => {
    const { store, metricOf } = await loadedStore({ ...logged, checkIns: [...logged.checkIns, checkIn('m0', 'm', '2026-01-10T16:00:00Z', 1)] });
    await store.deleteCheckIn('m0');
    expect(metricOf('m')).toMatchObject({ milestones: [{ done: true }, { done: false }, { done: true }] });
  });

  it('given storage fails, the check-in comes back and so does the KR’s value', async () => {
    const { store, adapter, metricOf, checkInOf } = await loadedStore();
    adapter.control.failNextApply = new UnavailableError('offline');
    const pending = store.deleteCheckIn('c3');
    expect(metricOf('k1')).toMatchObject({ current: 1100 });
    await expect(pending).rejects.toBeInstanceOf(UnavailableError);
    expect(checkInOf('c3')).toMatchObject({ value: 1150 });
    expect(metricOf('k1')).toMatchObject({ current: 1150 });
  });
});
