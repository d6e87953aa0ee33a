import { describe, expect, it } from 'vitest';
import { createWeeklyReportStore, startWeeklyReport, UnavailableError, weeklyReportIdFor, type OkrSet, type WeeklyReport } from '../src/index';
import { keyResult, numeric, objective, q1 } from './fixtures';
import { createTestAdapter, networkDown } from './store-helpers';

/** Ana's objective with two KRs, and Ben's with one: Ana's week focuses on hers. */
const okrSet: OkrSet = {
  periods: [q1],
  objectives: [objective('o-survey', { ownerId: 'ana', priority: 1 }), objective('o-hiring', { ownerId: 'ben' })],
  keyResults: [
    keyResult('k-questionnaires', 'o-survey', numeric(0, 100, 45)),
    keyResult('k-trends', 'o-survey', numeric(0, 2, 1)),
    keyResult('k-hires', 'o-hiring', numeric(0, 3, 1)),
  ],
  checkIns: [],
};
const now = '2026-03-04T08:00:00Z';
const start = { okrSet, personId: 'ana', locale: 'de-DE', now } as const;

function storage(reports: WeeklyReport[] = []) {
  const adapter = createTestAdapter();
  for (const report of reports) adapter.records.set(`weeklyReport:${report.id}`, { kind: 'weeklyReport', record: structuredClone(report), version: 1 });
  const open = () => createWeeklyReportStore({ adapter, now: () => new Date(now) });
  return { adapter, open };
}

describe('startWeeklyReport', () => {
  it('given no report for the week, it creates and saves one with the focus from the person’s current KRs, under one id per person and week', async () => {
    const { adapter, open } = storage();
    const store = open();
    const report = await startWeeklyReport({ store, ...start });
    expect(report.id).toBe(weeklyReportIdFor('ana', { year: 2026, week: 10 }));
    expect(report.id).toBe('wr-ana-2026-W10');
    expect(report).toMatchObject({ authorId: 'ana', state: 'draft', weekStart: '2026-03-02', tasks: [], problems: [], nextWeek: [] });
    expect(report.focus.map((entry) => entry.keyResultId)).toEqual(['k-questionnaires', 'k-trends']);
    expect(adapter.records.get('weeklyReport:wr-ana-2026-W10')?.record).toMatchObject({ id: 'wr-ana-2026-W10', authorId: 'ana' });
    expect(store.getSnapshot().reports.get(report.id)).toEqual(report);
  });

  it('given the week’s report exists (under any id), it returns it and writes nothing', async () => {
    const { adapter, open } = storage();
    const first = await startWeeklyReport({ store: open(), ...start });
    const existing = { ...first, id: 'legacy-id', problems: [{ text: 'The panel provider is late' }] };
    adapter.records.clear();
    adapter.records.set('weeklyReport:legacy-id', { kind: 'weeklyReport', record: existing, version: 3 });
    const writes = adapter.control.applyCalls.length;
    const again = await startWeeklyReport({ store: open(), ...start, date: '2026-03-06' });
    expect(again).toEqual(existing);
    expect(adapter.control.applyCalls).toHaveLength(writes);
  });

  it('given two tabs starting the week at once, storage ends with one report and both tabs get it', async () => {
    const { adapter, open } = storage();
    const [tabA, tabB] = [open(), open()];
    await Promise.all([tabA.load(), tabB.load()]);
    const [a, b] = await Promise.all([startWeeklyReport({ store: tabA, ...start }), startWeeklyReport({ store: tabB, ...start })]);
    expect(a.id).toBe(b.id);
    expect(adapter.control.applyCalls).toHaveLength(2); // the second save met the first and conflicted
    expect([...adapter.records.keys()].filter((key) => key.startsWith('weeklyReport:'))).toEqual(['weeklyReport:wr-ana-2026-W10']);
    expect(tabA.getSnapshot().conflicts.size + tabB.getSnapshot().conflicts.size).toBe(0);
  });

  it('given storage that cannot be reached, it rejects with the store’s error (for a Retry), and creates nothing', async () => {
    const { adapter, open } = storage();
    adapter.control.failNextApply = networkDown();
    const store = open();
    await expect(startWeeklyReport({ store, ...start })).rejects.toBeInstanceOf(UnavailableError);
    expect(adapter.records.size).toBe(0);
  });
});
