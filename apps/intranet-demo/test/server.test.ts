import { domainExamples } from '@okrkit/core/examples';
import { describe, expect, it } from 'vitest';
import type { DemoServer } from '../server/demo-server.mjs';
import { startOn, storeFor, useDemoServer } from './helpers';

const exampleRecords =
  domainExamples.periods.length + domainExamples.objectives.length + domainExamples.keyResults.length + domainExamples.checkIns.length;

/** The planning meeting's record kinds, seeded beside the examples. */
const meetingKinds = new Set(['planningCycle', 'proposal', 'proposalComment', 'vote', 'closeOut']);

async function records(server: DemoServer, personId?: string): Promise<{ kind: string; record: { id: string } }[]> {
  const response = await fetch(new URL('api/okr/records', server.url), { headers: personId ? { 'x-okrkit-user': personId } : {} });
  expect(response.status).toBe(200);
  return ((await response.json()) as { records: { kind: string; record: { id: string } }[] }).records;
}

/** The changes of one check-in on `kr-churn` (Growth team), as the REST client sends them. */
async function churnCheckInBody(server: DemoServer, id: string, value: number) {
  const stored = (await (await fetch(new URL('api/okr/records', server.url), { headers: { 'x-okrkit-user': 'priya-nair' } })).json()) as {
    records: { kind: string; record: { id: string; metric?: object }; version: number }[];
  };
  const churn = stored.records.find((entry) => entry.kind === 'keyResult' && entry.record.id === 'kr-churn')!;
  return JSON.stringify({
    changes: [
      { op: 'put', kind: 'checkIn', record: { id, keyResultId: 'kr-churn', at: '2026-02-15T12:00:00Z', value }, expectedVersion: null },
      { op: 'put', kind: 'keyResult', record: { ...churn.record, metric: { ...churn.record.metric, current: value } }, expectedVersion: churn.version },
    ],
  });
}

describe('the intranet demo server on a fresh PGlite folder', () => {
  const demo = useDemoServer();

  it('serves the page at / and its routes, and nothing outside the build', async () => {
    expect(demo.server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(demo.server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).toContain('<div id="root"></div>');
    expect(html).toMatch(/<script type="module"[^>]+src="\/assets\/[^"]+\.js"/);
    // A page route falls back to the page; a missing file does not.
    expect(await (await fetch(new URL('okrs/growth', demo.server.url))).text()).toBe(html);
    expect((await fetch(new URL('assets/missing.js', demo.server.url))).status).toBe(404);
    for (const path of ['/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json', '/..%2fpackage.json', '/.env', '/%00']) {
      expect((await fetch(`${demo.server.url.slice(0, -1)}${path}`)).status, path).toBe(404);
    }
  });

  it('seeds the domain examples on first start, readable by anyone signed in and by nobody else', async () => {
    expect(demo.server.seeded).toBe(true);
    // The OKRs only: the planning meeting is seeded beside them (planning-server.test.ts).
    const seen = (await records(demo.server, 'lena-kovac')).filter((entry) => !meetingKinds.has(entry.kind));
    expect(seen).toHaveLength(exampleRecords);
    expect(seen.map((entry) => entry.record.id)).toEqual(expect.arrayContaining(['obj-user-activity', 'kr-mau', 'ci-mau-2026-01-09']));
    expect(await records(demo.server)).toEqual([]);
  });

  it('lands a check-in by a member of the objective’s team', async () => {
    const store = storeFor(demo.server, 'priya-nair');
    await store.load();
    await store.recordCheckIn({ keyResultId: 'kr-churn', value: 3.6, confidence: 0.7, note: 'Win-back emails work', authorId: 'priya-nair' });
    const churn = (await records(demo.server, 'tom-becker')).find((entry) => entry.record.id === 'kr-churn')!.record as unknown as {
      metric: { current: number };
    };
    expect(churn.metric.current).toBe(3.6);
  });

  it('refuses a write by someone of another team with 403, and without a user with 401', async () => {
    const asSupport = await fetch(new URL('api/okr/changes', demo.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-okrkit-user': 'lena-kovac' },
      body: await churnCheckInBody(demo.server, 'ci-by-support', 2),
    });
    expect(asSupport.status).toBe(403);
    expect(((await asSupport.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const anonymous = await fetch(new URL('api/okr/changes', demo.server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-okrkit-user': 'nobody' },
      body: await churnCheckInBody(demo.server, 'ci-by-nobody', 2),
    });
    expect(anonymous.status).toBe(401);
    // Through the store, the refusal is a typed error and the optimistic value rolls back.
    const store = storeFor(demo.server, 'lena-kovac');
    await store.load();
    await expect(store.recordCheckIn({ keyResultId: 'kr-churn', value: 2 })).rejects.toMatchObject({ code: 'forbidden' });
    const churn = store.getSnapshot().okrSet.keyResults.find((keyResult) => keyResult.id === 'kr-churn')!;
    expect(churn.metric).toMatchObject({ current: 3.6 });
  });

  it('lets the CEO change any team’s objective', async () => {
    const store = storeFor(demo.server, 'amara-osei');
    await store.load();
    await store.updateObjective('obj-maths-results', { title: 'Our students get much better at maths' });
    const titles = (await records(demo.server, 'daniel-okafor')).map((entry) => (entry.record as { title?: string }).title);
    expect(titles).toContain('Our students get much better at maths');
  });

  it('refuses a second server on the same PGlite folder while the first runs', async () => {
    await expect(startOn(demo.dataDir.path)).rejects.toThrow(/is in use by process/);
    expect((await fetch(demo.server.url)).status).toBe(200);
  });

  it('keeps every write across a restart on the same folder, and seeds only once', async () => {
    await demo.server.close();
    demo.server = await startOn(demo.dataDir.path);
    expect(demo.server.seeded).toBe(false);
    // The OKRs only: Priya also reads her team's seeded weekly reports (weekly-report-server.test.ts)
    // and the planning meeting (planning-server.test.ts).
    const after = (await records(demo.server, 'priya-nair')).filter((entry) => entry.kind !== 'weeklyReport' && !meetingKinds.has(entry.kind));
    expect(after).toHaveLength(exampleRecords + 1);
    expect(after.filter((entry) => entry.kind === 'objective')).toHaveLength(domainExamples.objectives.length);
    const checkIn = after.find((entry) => entry.kind === 'checkIn' && (entry.record as { note?: string }).note === 'Win-back emails work');
    expect(checkIn?.record).toMatchObject({ keyResultId: 'kr-churn', value: 3.6, authorId: 'priya-nair' });
    const churn = after.find((entry) => entry.record.id === 'kr-churn')!.record as unknown as { metric: { current: number } };
    expect(churn.metric.current).toBe(3.6);
  });
});
