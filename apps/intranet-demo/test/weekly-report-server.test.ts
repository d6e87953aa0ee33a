import { createRestAdapter } from '@okrkit/adapter-rest';
import { createWeeklyReport, createWeeklyReportStore, type WeeklyReport, type WeeklyReportStore } from '@okrkit/core';
import { domainExamples } from '@okrkit/core/examples';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../server/demo-server.mjs';
import { startOn, useDemoServer } from './helpers';

const now = '2026-02-15T12:00:00Z';

/** The REST adapter as the page makes it, signed in as `personId`. */
function adapterFor(server: DemoServer, personId: string) {
  return createRestAdapter({
    baseUrl: new URL('api/okr', server.url).href,
    headers: () => ({ 'x-okrkit-user': personId }),
    subscribe: false,
    retries: 0,
  });
}

function reportStoreFor(server: DemoServer, personId: string): WeeklyReportStore {
  return createWeeklyReportStore({ adapter: adapterFor(server, personId), now: () => new Date(now) });
}

/** The weekly reports `GET /records` sends to `personId`, by id. */
async function reportsSeenBy(server: DemoServer, personId: string): Promise<Map<string, WeeklyReport>> {
  const response = await fetch(new URL('api/okr/records', server.url), { headers: { 'x-okrkit-user': personId } });
  expect(response.status).toBe(200);
  const { records } = (await response.json()) as { records: { kind: string; record: WeeklyReport }[] };
  return new Map(records.filter((entry) => entry.kind === 'weeklyReport').map((entry) => [entry.record.id, entry.record]));
}

/** Priya's report for the demo week (en-GB: Monday 9 – Sunday 15 February, 2026-W07). */
const priyasReport = {
  ...createWeeklyReport({ id: 'wr-priya-nair-2026-W07', authorId: 'priya-nair', teamId: 'brightline-growth', date: '2026-02-15', locale: 'en-GB', okrSet: domainExamples, now }),
  tasks: [{ id: 'measure-winback', title: 'Measure the win-back wave', keyResultId: 'kr-churn', priority: 'P1', status: 'doing', ownerId: 'priya-nair' }],
} satisfies WeeklyReport;

describe('weekly reports on the demo server (PGlite on disk)', () => {
  const demo = useDemoServer();

  it('given the first start, it seeds the Growth team’s submitted reports of the week before, read by the team and the CEO only', async () => {
    const seeded = ['wr-priya-nair-2026-W06', 'wr-noah-fischer-2026-W06'];
    const byNoah = await reportsSeenBy(demo.server, 'noah-fischer');
    expect([...byNoah.keys()].sort()).toEqual([...seeded].sort());
    expect(byNoah.get('wr-priya-nair-2026-W06')).toMatchObject({ state: 'submitted', weekStart: '2026-02-02', week: { year: 2026, week: 6 } });
    expect([...(await reportsSeenBy(demo.server, 'amara-osei')).keys()].sort()).toEqual([...seeded].sort());
    expect((await reportsSeenBy(demo.server, 'lena-kovac')).size).toBe(0);
  });

  it('given its author, a report is saved through the REST adapter, and `load({ kinds })` sends reports only', async () => {
    const store = reportStoreFor(demo.server, 'priya-nair');
    await store.load();
    await store.save(priyasReport);
    expect(store.getSnapshot().saveStates.get(priyasReport.id)).toMatchObject({ state: 'saved' });
    const loaded = await adapterFor(demo.server, 'priya-nair').load({ kinds: ['weeklyReport'] });
    expect(new Set(loaded.records.map((entry) => entry.kind))).toEqual(new Set(['weeklyReport']));
    expect(loaded.records.map((entry) => (entry.record as WeeklyReport).id)).toContain(priyasReport.id);
    store.dispose();
  });

  it('given a teammate, she reads the report; given someone of another team, GET /records does not send it', async () => {
    expect((await reportsSeenBy(demo.server, 'noah-fischer')).get(priyasReport.id)).toMatchObject({ tasks: [{ title: 'Measure the win-back wave' }] });
    expect((await reportsSeenBy(demo.server, 'lena-kovac')).has(priyasReport.id)).toBe(false);
    expect((await reportsSeenBy(demo.server, 'ines-duarte')).has(priyasReport.id)).toBe(false);
  });

  it('given anyone but the author — a teammate, the CEO, another team — a write to the report is refused with 403 and changes nothing', async () => {
    const stored = (await adapterFor(demo.server, 'priya-nair').load({ kinds: ['weeklyReport'] })).records.find((entry) => (entry.record as WeeklyReport).id === priyasReport.id)!;
    const attempts = [
      // A teammate edits it, the CEO edits it, someone takes it over under their own name.
      { personId: 'noah-fischer', record: { ...priyasReport, problems: [{ text: 'Written by Noah' }] } },
      { personId: 'amara-osei', record: { ...priyasReport, problems: [{ text: 'Written by Amara' }] } },
      { personId: 'noah-fischer', record: { ...priyasReport, authorId: 'noah-fischer' } },
    ];
    for (const { personId, record } of attempts) {
      const response = await fetch(new URL('api/okr/changes', demo.server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-okrkit-user': personId },
        body: JSON.stringify({ changes: [{ op: 'put', kind: 'weeklyReport', record, expectedVersion: stored.version }] }),
      });
      expect(response.status, personId).toBe(403);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    }
    // Someone of another team cannot delete it (nor learn that it exists: 403 either way).
    const deletion = await fetch(new URL('api/okr/changes', demo.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-okrkit-user': 'lena-kovac' },
      body: JSON.stringify({ changes: [{ op: 'delete', kind: 'weeklyReport', id: priyasReport.id, expectedVersion: stored.version }] }),
    });
    expect(deletion.status).toBe(403);
    // Nor create a report in someone else's name; through the store, the refusal is a typed error.
    const lena = reportStoreFor(demo.server, 'lena-kovac');
    await expect(lena.save({ ...priyasReport, id: 'wr-forged' })).rejects.toMatchObject({ code: 'forbidden' });
    lena.dispose();
    expect((await reportsSeenBy(demo.server, 'priya-nair')).get(priyasReport.id)).toEqual(priyasReport);
  });

  it('given a restart on the same folder, the report is still there, and the seeded reports are not written twice', async () => {
    const store = reportStoreFor(demo.server, 'priya-nair');
    await store.load();
    await store.submit(priyasReport.id);
    store.dispose();
    await demo.server.close();
    demo.server = await startOn(demo.dataDir.path);
    expect(demo.server.seeded).toBe(false);
    const after = reportStoreFor(demo.server, 'priya-nair');
    await after.load();
    const reports = after.getSnapshot().reports;
    expect(reports.get(priyasReport.id)).toMatchObject({ state: 'submitted', submittedAt: '2026-02-15T12:00:00.000Z', tasks: priyasReport.tasks });
    expect([...reports.keys()].sort()).toEqual(['wr-noah-fischer-2026-W06', 'wr-priya-nair-2026-W06', priyasReport.id].sort());
    // Submitted: even its author saves nothing until she reopens it.
    await expect(after.save({ ...priyasReport, notes: 'late edit' })).rejects.toMatchObject({ code: 'validation' });
    after.dispose();
  });
});
