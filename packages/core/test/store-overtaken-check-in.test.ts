import { describe, expect, it } from 'vitest';
import { applyToRecordMap, createOkrStore, filterByQuery, type AppliedChange, type Change, type ChangeEvent, type StorageAdapter, type StoredRecord } from '../src/index';
import { fy, keyResult, numeric, objective, q1 } from './fixtures';

/**
 * One storage shared by two people. Live updates to "mine" are held back until mine sends
 * its next batch — the news of their check-in is still on the wire when I press Enter — so
 * my write names the version I read and meets a conflict.
 */
function twoPeople(options: { liveUpdates: boolean }) {
  const initial: StoredRecord[] = [
    { kind: 'period', record: fy, version: 1 },
    { kind: 'period', record: q1, version: 1 },
    { kind: 'objective', record: objective('o1', { periodId: 'q1' }), version: 1 },
    { kind: 'keyResult', record: keyResult('k1', 'o1', numeric(0, 2000, 1000)), version: 1 },
  ];
  const records = new Map<string, StoredRecord>(initial.map((stored) => [`${stored.kind}:${(stored.record as { id: string }).id}`, structuredClone(stored)]));
  const listeners = new Set<(event: ChangeEvent) => void>();
  let held: ChangeEvent[] = [];
  const apply = async (changes: readonly Change[]): Promise<AppliedChange[]> => {
    const applied = applyToRecordMap(records, structuredClone([...changes]));
    held.push({ changes: structuredClone(applied) });
    return structuredClone(applied);
  };
  const load = async () => ({ records: filterByQuery([...records.values()]).map((stored) => structuredClone(stored)) });
  const mineAdapter: StorageAdapter = {
    load,
    async apply(changes) {
      // What was on the wire arrives first; then my batch reaches storage.
      const arrived = held;
      held = [];
      for (const event of arrived) for (const listener of listeners) listener(event);
      return apply(changes);
    },
    ...(options.liveUpdates ? { subscribe: (listener: (event: ChangeEvent) => void) => (listeners.add(listener), () => listeners.delete(listener)) } : {}),
  };
  const mine = createOkrStore({ adapter: mineAdapter, generateId: (() => { let n = 0; return () => `mine-${(n += 1)}`; })(), checkInRetry: { sleep: async () => undefined } });
  const theirs = createOkrStore({ adapter: { load, apply }, generateId: (() => { let n = 0; return () => `theirs-${(n += 1)}`; })() });
  return { mine, theirs, records };
}

describe('recordCheckIn after someone else checked in meanwhile', () => {
  it('given no one else wrote, when I check in, it resolves with my check-in and overtook null', async () => {
    const { mine } = twoPeople({ liveUpdates: true });
    await mine.load();
    const recorded = await mine.recordCheckIn({ keyResultId: 'k1', value: 1200 });
    expect(recorded).toMatchObject({ checkIn: { id: 'mine-1', value: 1200 }, overtook: null });
  });

  it('given Alex checked in 1,150 while my news of it was on the wire, when I check in 1,200, both are in the log, the KR is at mine, and overtook names Alex’s check-in', async () => {
    const { mine, theirs, records } = twoPeople({ liveUpdates: true });
    await Promise.all([mine.load(), theirs.load()]);
    await theirs.recordCheckIn({ keyResultId: 'k1', value: 1150, authorId: 'alex' });
    const recorded = await mine.recordCheckIn({ keyResultId: 'k1', value: 1200, authorId: 'priya' });
    expect(recorded.checkIn).toMatchObject({ id: 'mine-1', value: 1200, authorId: 'priya' });
    expect(recorded.overtook?.keyResult.metric).toMatchObject({ current: 1150 });
    expect(recorded.overtook?.checkIns).toEqual([expect.objectContaining({ id: 'theirs-1', value: 1150, authorId: 'alex' })]);
    const log = [...records.values()].filter((stored) => stored.kind === 'checkIn').map((stored) => stored.record);
    expect(log).toEqual([expect.objectContaining({ value: 1150, authorId: 'alex' }), expect.objectContaining({ value: 1200, authorId: 'priya' })]);
    expect(records.get('keyResult:k1')?.record).toMatchObject({ metric: { current: 1200 } });
    expect(mine.getSnapshot().okrSet.keyResults[0]?.metric).toMatchObject({ current: 1200 });
  });

  it('given an adapter without live updates, when my check-in overtakes theirs, overtook still holds the value it landed on, with no check-ins to name', async () => {
    const { mine, theirs } = twoPeople({ liveUpdates: false });
    await Promise.all([mine.load(), theirs.load()]);
    await theirs.recordCheckIn({ keyResultId: 'k1', value: 1150, authorId: 'alex' });
    const recorded = await mine.recordCheckIn({ keyResultId: 'k1', value: 1200 });
    expect(recorded.overtook).toMatchObject({ keyResult: { id: 'k1', metric: { current: 1150 } }, checkIns: [] });
  });
});
