import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyResult, objective, postRaw, startOkrServer, twoTeams } from './helpers';

// Issue 9, item 5: oversized and odd text never reaches storage. The core's validators bound
// ids and text and refuse control characters, so the handler answers 422 with the path of
// each field (not a database message with the path "", nor a retryable 503).

type Server = Awaited<ReturnType<typeof startOkrServer>>;
let server: Server;
beforeAll(async () => {
  server = await startOkrServer({ initial: twoTeams });
});
afterAll(() => server.close());

const post = (changes: unknown[]) => postRaw(server.baseUrl, JSON.stringify({ changes }));
const paths = (json: any) => json.error.errors.map((error: { path: string; message: string }) => `${error.path}: ${error.message}`);

describe('given the REST handler over storage, when a client sends oversized or odd text', () => {
  it('with a 3,000-character id and periodId, it answers 422 naming both paths, and stores nothing', async () => {
    const record = objective('x'.repeat(3000), 'team-a', { periodId: 'p'.repeat(3000), title: 'Grow the customer base' });
    const { status, json } = await post([{ op: 'put', kind: 'objective', record, expectedVersion: null }]);
    expect(status).toBe(422);
    expect(json.error.code).toBe('validation');
    expect(paths(json)).toEqual([
      'changes[0].record.id: must be at most 128 characters',
      'changes[0].record.periodId: must be at most 128 characters',
    ]);
    expect(server.storage.dump().some((stored) => (stored.record as { id: string }).id.length > 128)).toBe(false);
  });

  it('with NUL in an id, a title and a check-in note, and a lone surrogate in a title, it answers 422 with each path', async () => {
    const { status, json } = await post([
      { op: 'put', kind: 'objective', record: objective('o-\u0000', 'team-a', { title: 'Grow\u0000' }), expectedVersion: null },
      { op: 'put', kind: 'keyResult', record: { ...keyResult('kr-new', 'o-a'), title: 'Half \ud800' }, expectedVersion: null },
      { op: 'put', kind: 'checkIn', record: { id: 'ci-new', keyResultId: 'kr-a', at: '2026-02-14T09:00:00Z', value: 1, note: 'null \u0000 byte' }, expectedVersion: null },
    ]);
    expect(status).toBe(422);
    expect(paths(json)).toEqual([
      'changes[0].record.id: must not contain control characters',
      'changes[0].record.title: must not contain control characters',
      'changes[1].record.title: must not contain a broken character (half of a UTF-16 surrogate pair)',
      'changes[2].record.note: must not contain control characters',
    ]);
    expect(server.storage.dump().map((stored) => (stored.record as { id: string }).id)).not.toContain('ci-new');
  });

  it('with a metric value beyond ±1e15, it answers 422 at that field', async () => {
    const record = { ...keyResult('kr-huge', 'o-a'), metric: { kind: 'numeric', direction: 'increase', start: -1e308, target: 1e308, current: 0 } };
    const { status, json } = await post([{ op: 'put', kind: 'keyResult', record, expectedVersion: null }]);
    expect(status).toBe(422);
    expect(paths(json)).toEqual(['changes[0].record.metric.start: must be from -1e15 to 1e15', 'changes[0].record.metric.target: must be from -1e15 to 1e15']);
  });
});
