import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  createMemoryDraftBackup,
  createWeeklyReportStore,
  ForbiddenError,
  ReadOnlyError,
  UnavailableError,
  ValidationFailedError,
  type StoredRecord,
  type WeeklyReport,
} from '../src/index';
import { createTestAdapter, networkDown } from './store-helpers';
import { keyResult, numeric, objective, q1 } from './fixtures';

const report = (id = 'wr-10', extra: Partial<WeeklyReport> = {}): WeeklyReport => ({
  id,
  authorId: 'ana',
  teamId: 'research',
  week: { year: 2026, week: 10 },
  weekStart: '2026-03-02',
  state: 'draft',
  focus: [{ keyResultId: 'k1', priority: 1, expectedResult: '40 more valid questionnaires' }],
  tasks: [{ id: 't1', title: 'Send the reminder email', keyResultId: 'k1', priority: 'P1', status: 'doing', ownerId: 'ana' }],
  problems: [],
  nextWeek: [],
  ...extra,
});

const stored = (record: unknown, version = 1): StoredRecord => ({ kind: 'weeklyReport', record: structuredClone(record), version });

function setup(reports: WeeklyReport[] = [report()]) {
  const adapter = createTestAdapter({ periods: [q1], objectives: [objective('o1')], keyResults: [keyResult('k1', 'o1', numeric(0, 100, 20))] });
  for (const each of reports) adapter.records.set(`weeklyReport:${each.id}`, stored(each));
  let clock = Date.parse('2026-03-06T10:42:00Z');
  const store = createWeeklyReportStore({ adapter, now: () => new Date((clock += 1000)) });
  return { adapter, store };
}

/** Someone else saves the report straight into storage (another tab, another person). */
function editElsewhere(adapter: ReturnType<typeof setup>['adapter'], next: WeeklyReport): void {
  const key = `weeklyReport:${next.id}`;
  const current = adapter.records.get(key);
  adapter.records.set(key, stored(next, (current?.version ?? 0) + 1));
}

describe('createWeeklyReportStore: loading', () => {
  it('given storage with OKR records and reports, when it loads, it asks for reports only and keeps the reports with their versions', async () => {
    const { adapter, store } = setup();
    const asked: unknown[] = [];
    const load = adapter.load.bind(adapter);
    adapter.load = async (query) => (asked.push(query), load(query));
    await store.load();
    expect(asked).toEqual([{ kinds: ['weeklyReport'] }]);
    const snapshot = store.getSnapshot();
    expect(snapshot.status).toBe('ready');
    expect([...snapshot.reports.keys()]).toEqual(['wr-10']);
    expect(snapshot.versions.get('wr-10')).toBe(1);
    expect(snapshot.saveStates.get('wr-10')).toEqual({ state: 'saved', at: null });
    expect(store.getSnapshot()).toBe(snapshot);
  });

  it('given an invalid report in storage, it lists it in loadIssues with its path and the rest still loads', async () => {
    const { adapter, store } = setup();
    adapter.control.extraRecords.push(stored({ ...report('wr-bad'), tasks: [{ ...report().tasks[0], due: '2026-02-30' }] }));
    await store.load();
    expect([...store.getSnapshot().reports.keys()]).toEqual(['wr-10']);
    expect(store.getSnapshot().loadIssues).toEqual([
      { kind: 'weeklyReport', id: 'wr-bad', path: 'tasks[0].due', message: 'must be a calendar date YYYY-MM-DD', severity: 'error' },
    ]);
  });

  it('given a query, it keeps only the reports of that author, team and week', async () => {
    const { store } = setup([report('wr-10'), report('wr-11', { week: { year: 2026, week: 11 }, weekStart: '2026-03-09' }), report('wr-ben', { authorId: 'ben' })]);
    await store.load({ authorId: 'ana', week: { year: 2026, week: 10 } });
    expect([...store.getSnapshot().reports.keys()]).toEqual(['wr-10']);
    await store.load({ teamId: 'research' });
    expect([...store.getSnapshot().reports.keys()].sort()).toEqual(['wr-10', 'wr-11', 'wr-ben']);
  });

  it('given storage that is down, load rejects with UnavailableError and the status says error', async () => {
    const { adapter, store } = setup();
    adapter.load = async () => Promise.reject(networkDown());
    await expect(store.load()).rejects.toBeInstanceOf(UnavailableError);
    expect(store.getSnapshot()).toMatchObject({ status: 'error', error: expect.any(UnavailableError) });
  });
});

describe('createWeeklyReportStore: saving', () => {
  it('given a loaded report, when it is saved, the save state goes saving → saved with the time, and the version grows', async () => {
    const { adapter, store } = setup();
    await store.load();
    const seen: string[] = [];
    store.subscribe(() => seen.push(store.getSnapshot().saveStates.get('wr-10')?.state ?? 'none'));
    const edited = { ...report(), problems: [{ text: 'The panel provider is late', severity: 'blocker' as const }] };
    const saving = store.save(edited);
    expect(store.getSnapshot().reports.get('wr-10')).toBe(edited);
    expect(store.getSnapshot().saveStates.get('wr-10')).toEqual({ state: 'saving' });
    await expect(saving).resolves.toBe(edited);
    expect(seen).toEqual(['saving', 'saved']);
    expect(store.getSnapshot().saveStates.get('wr-10')).toEqual({ state: 'saved', at: '2026-03-06T10:42:01.000Z' });
    expect(store.getSnapshot().versions.get('wr-10')).toBe(2);
    expect(adapter.control.applyCalls[0]).toEqual([{ op: 'put', kind: 'weeklyReport', record: edited, expectedVersion: 1 }]);
  });

  it('given a new report, it is created with expectedVersion null', async () => {
    const { adapter, store } = setup([]);
    await store.load();
    await store.save(report('wr-new'));
    expect(adapter.control.applyCalls[0]?.[0]).toMatchObject({ op: 'put', expectedVersion: null });
    expect(store.getSnapshot().versions.get('wr-new')).toBe(1);
  });

  it('given an invalid report, save rejects with ValidationFailedError naming the path and writes nothing', async () => {
    const { adapter, store } = setup();
    await store.load();
    const attempt = store.save({ ...report(), tasks: [{ ...report().tasks[0]!, title: '  ' }] });
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(attempt).rejects.toThrow('tasks[0].title: must not be empty');
    expect(adapter.control.applyCalls).toEqual([]);
  });

  it('given storage that is down, save rejects, the state is failed with a retryable error, the draft stays, and a retry saves it', async () => {
    const { adapter, store } = setup();
    await store.load();
    const edited = { ...report(), notes: 'typed while offline' };
    adapter.control.failNextApply = networkDown();
    await expect(store.save(edited)).rejects.toBeInstanceOf(UnavailableError);
    expect(store.getSnapshot().saveStates.get('wr-10')).toMatchObject({ state: 'failed', error: { retryable: true } });
    expect(store.getSnapshot().reports.get('wr-10')).toBe(edited);
    await store.save(edited);
    expect(store.getSnapshot().saveStates.get('wr-10')).toMatchObject({ state: 'saved' });
    expect(adapter.records.get('weeklyReport:wr-10')?.record).toEqual(edited);
  });

  it('given two saves in a row, they reach storage one after the other, each naming the version the previous produced', async () => {
    const { adapter, store } = setup();
    await store.load();
    adapter.control.holdApply = true;
    const first = store.save({ ...report(), notes: 'one' });
    const second = store.save({ ...report(), notes: 'two' });
    await Promise.resolve();
    expect(adapter.control.applyCalls).toHaveLength(1);
    adapter.control.holdApply = false;
    adapter.control.release();
    await Promise.all([first, second]);
    expect(adapter.control.applyCalls.map((changes) => changes[0]?.expectedVersion)).toEqual([1, 2]);
    expect(store.getSnapshot().saveStates.get('wr-10')?.state).toBe('saved');
    expect((adapter.records.get('weeklyReport:wr-10')!.record as WeeklyReport).notes).toBe('two');
  });

  it('given an adapter without apply, save rejects with ReadOnlyError', async () => {
    const { adapter } = setup();
    const store = createWeeklyReportStore({ adapter: { load: adapter.load.bind(adapter) } });
    await store.load();
    expect(store.getSnapshot().readOnly).toBe(true);
    await expect(store.save(report())).rejects.toBeInstanceOf(ReadOnlyError);
  });
});

describe('createWeeklyReportStore: conflicts', () => {
  it('given someone else saved the report, when I save, it rejects with ConflictError, keeps my draft and records both versions', async () => {
    const { adapter, store } = setup();
    await store.load();
    const theirs = { ...report(), notes: 'their words' };
    editElsewhere(adapter, theirs);
    const mine = { ...report(), notes: 'my words' };
    const attempt = store.save(mine);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ current: { version: 2, record: theirs } });
    const snapshot = store.getSnapshot();
    expect(snapshot.reports.get('wr-10')).toBe(mine);
    expect(snapshot.versions.get('wr-10')).toBe(1);
    expect(snapshot.conflicts.get('wr-10')).toEqual({ mine, theirs, theirVersion: 2 });
    expect(snapshot.saveStates.get('wr-10')).toMatchObject({ state: 'failed', error: expect.any(ConflictError) });
  });

  it('given a conflict, keepMine writes my draft on top of their version', async () => {
    const { adapter, store } = setup();
    await store.load();
    editElsewhere(adapter, { ...report(), notes: 'their words' });
    const mine = { ...report(), notes: 'my words' };
    await store.save(mine).catch(() => undefined);
    await store.keepMine('wr-10');
    expect(adapter.control.applyCalls.at(-1)?.[0]).toMatchObject({ expectedVersion: 2 });
    expect((adapter.records.get('weeklyReport:wr-10')!.record as WeeklyReport).notes).toBe('my words');
    expect(store.getSnapshot().conflicts.size).toBe(0);
    expect(store.getSnapshot().versions.get('wr-10')).toBe(3);
  });

  it('given a conflict, takeTheirs drops my draft for the stored version and the next save builds on it', async () => {
    const { adapter, store } = setup();
    await store.load();
    const theirs = { ...report(), notes: 'their words' };
    editElsewhere(adapter, theirs);
    await store.save({ ...report(), notes: 'my words' }).catch(() => undefined);
    expect(store.takeTheirs('wr-10')).toEqual(theirs);
    expect(store.getSnapshot()).toMatchObject({ conflicts: new Map(), saveStates: new Map([['wr-10', { state: 'saved', at: null }]]) });
    expect(store.getSnapshot().reports.get('wr-10')).toEqual(theirs);
    await store.save({ ...theirs, notes: 'their words, and mine' });
    expect(adapter.control.applyCalls.at(-1)?.[0]).toMatchObject({ expectedVersion: 2 });
  });

  it('given a change made elsewhere while the report has no unsaved edits, it takes the change; with unsaved edits, it keeps the draft', async () => {
    const { adapter, store } = setup([report('wr-10'), report('wr-11', { week: { year: 2026, week: 11 }, weekStart: '2026-03-09' })]);
    await store.load();
    const external = { ...report(), notes: 'from the other tab' };
    adapter.emit({ changes: [{ op: 'put', kind: 'weeklyReport', id: 'wr-10', version: 2, record: external }] });
    expect(store.getSnapshot().reports.get('wr-10')).toEqual(external);
    expect(store.getSnapshot().versions.get('wr-10')).toBe(2);

    adapter.control.failNextApply = networkDown();
    const draft = { ...report('wr-11', { week: { year: 2026, week: 11 }, weekStart: '2026-03-09' }), notes: 'unsaved' };
    await store.save(draft).catch(() => undefined);
    adapter.emit({ changes: [{ op: 'put', kind: 'weeklyReport', id: 'wr-11', version: 2, record: { ...draft, notes: 'theirs' } }] });
    expect(store.getSnapshot().reports.get('wr-11')).toBe(draft);
    expect(store.getSnapshot().versions.get('wr-11')).toBe(1);
  });
});

describe('createWeeklyReportStore: submit and reopen', () => {
  it('given a draft, submit stamps submittedAt and stores it; then saving it is refused until its author reopens it', async () => {
    const { adapter, store } = setup();
    await store.load();
    const submitted = await store.submit('wr-10');
    expect(submitted).toMatchObject({ state: 'submitted', submittedAt: '2026-03-06T10:42:01.000Z' });
    expect((adapter.records.get('weeklyReport:wr-10')!.record as WeeklyReport).state).toBe('submitted');

    const attempt = store.save({ ...report(), notes: 'late edit' });
    await expect(attempt).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(attempt).rejects.toThrow('state: submitted reports are read-only; reopen first');

    await expect(store.reopen('wr-10', 'ben')).rejects.toBeInstanceOf(ForbiddenError);
    const reopened = await store.reopen('wr-10', 'ana');
    expect(reopened.state).toBe('draft');
    expect(reopened).not.toHaveProperty('submittedAt');
    await expect(store.save({ ...reopened, notes: 'late edit' })).resolves.toMatchObject({ notes: 'late edit' });
  });

  it('given a draft, reopen refuses it (only a submitted report can be reopened), and submit twice is refused', async () => {
    const { store } = setup();
    await store.load();
    await expect(store.reopen('wr-10', 'ana')).rejects.toThrow('state: is not submitted');
    await store.submit('wr-10');
    await expect(store.submit('wr-10')).rejects.toThrow('state: is already submitted');
  });
});

describe('createMemoryDraftBackup', () => {
  it('given a draft written, it reads back a copy with the time it was written, until cleared', () => {
    const backup = createMemoryDraftBackup({ now: () => new Date('2026-03-06T10:42:00Z') });
    const draft = report();
    backup.write(draft);
    draft.notes = 'changed after writing';
    expect(backup.read('wr-10')).toEqual(report());
    expect(backup.writtenAt?.('wr-10')).toBe('2026-03-06T10:42:00.000Z');
    backup.clear('wr-10');
    expect(backup.read('wr-10')).toBeNull();
    expect(backup.writtenAt?.('wr-10')).toBeNull();
  });
});
