import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyResult, objective, period, postRaw, startOkrServer, twoTeams } from './helpers';

type Server = Awaited<ReturnType<typeof startOkrServer>>;
let server: Server;
const errors: unknown[] = [];
beforeAll(async () => {
  server = await startOkrServer({ initial: twoTeams, maxBodyBytes: 64 * 1024, onError: (error) => errors.push(error) });
});
afterAll(() => server.close());

const post = (body: unknown) => postRaw(server.baseUrl, JSON.stringify(body));

describe('given a handler with a 64 KB body limit, when a client sends a malformed body', () => {
  it('with invalid JSON, it answers 400 with code "validation" and says the JSON is invalid', async () => {
    const { status, json } = await postRaw(server.baseUrl, '{"changes": [');
    expect(status).toBe(400);
    expect(json.error.code).toBe('validation');
    expect(json.error.message).toMatch(/not valid JSON/);
    expect(json.error.errors).toEqual([expect.objectContaining({ path: '' })]);
  });

  it('with a wrong content type, it answers 415', async () => {
    const { status, json } = await postRaw(server.baseUrl, '{"changes":[]}', { 'content-type': 'text/plain' });
    expect(status).toBe(415);
    expect(json.error.message).toMatch(/Content-Type: application\/json/);
  });

  it('with a body over the limit, it answers 413 whether or not Content-Length announces it', async () => {
    const big = JSON.stringify({ changes: [], padding: 'x'.repeat(100 * 1024) });
    expect((await postRaw(server.baseUrl, big)).status).toBe(413);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(10 * 1024)));
        controller.close();
      },
    });
    const response = await fetch(`${server.baseUrl}/changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user': 'alice' },
      body: chunked,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/larger than 65536 bytes/);
  });

  it('with "changes" not an array, it answers 400 with the path "changes"', async () => {
    const { status, json } = await post({ changes: { op: 'put' } });
    expect(status).toBe(400);
    expect(json.error.errors).toEqual([{ path: 'changes', message: 'must be an array of changes' }]);
  });

  it('with an unknown op or kind, it answers 400 naming each one', async () => {
    const { status, json } = await post({
      changes: [
        { op: 'upsert', kind: 'objective', record: objective('o-x', 'team-a'), expectedVersion: null },
        { op: 'put', kind: 'team', record: {}, expectedVersion: null },
        { op: 'put', kind: 'objective', record: 'not an object', expectedVersion: null },
        { op: 'delete', kind: 'objective', id: '', expectedVersion: 0 },
      ],
    });
    expect(status).toBe(400);
    expect(json.error.errors.map((e: { path: string }) => e.path)).toEqual([
      'changes[0].op',
      'changes[1].kind',
      'changes[2].record',
      'changes[3].id',
      'changes[3].expectedVersion',
    ]);
  });

  it('with a string that looks like a number where a number belongs, it answers 422 with the path of the field', async () => {
    const record = { ...keyResult('kr-x', 'o-a'), metric: { kind: 'numeric', direction: 'increase', start: 0, target: 'NaN', current: '12' } };
    const { status, json } = await post({ changes: [{ op: 'put', kind: 'keyResult', record, expectedVersion: null }] });
    expect(status).toBe(422);
    expect(json.error.code).toBe('validation');
    expect(json.error.errors.map((e: { path: string }) => e.path)).toContain('changes[0].record.metric.target');
  });

  it('with an increasing metric whose target is below its start, it answers 422 at metric.target', async () => {
    const record = { ...keyResult('kr-x', 'o-a'), metric: { kind: 'numeric', direction: 'increase', start: 100, target: 50, current: 100 } };
    const { status, json } = await post({ changes: [{ op: 'put', kind: 'keyResult', record, expectedVersion: null }] });
    expect(status).toBe(422);
    expect(json.error.errors[0].path).toBe('changes[0].record.metric.target');
    expect(json.error.message).toContain('changes[0].record.metric.target');
  });

  it('with a dangling, deeply nested object inside a record, it answers 400 with the path where it gets too deep', async () => {
    // Written by hand: JSON.stringify itself would overflow the stack on something this deep.
    const deep = `${'{"next":'.repeat(3_000)}"bottom"${'}'.repeat(3_000)}`;
    const record = JSON.stringify({ ...period, id: 'p-x' }).replace(/}$/, `,"extra":${deep}}`);
    const { status, json } = await postRaw(server.baseUrl, `{"changes":[{"op":"put","kind":"period","expectedVersion":null,"record":${record}}]}`);
    expect(status).toBe(400);
    expect(json.error.errors[0].path).toMatch(/^changes\[0\]\.record\.extra\.next\.next/);
  });

  it('with a record that has an expectedVersion of the wrong type, it answers 400', async () => {
    const { status, json } = await post({ changes: [{ op: 'put', kind: 'period', record: period, expectedVersion: '1' }] });
    expect(status).toBe(400);
    expect(json.error.errors[0].path).toBe('changes[0].expectedVersion');
  });

  it('with a wrong method or route, it answers 405 or 404, not 500', async () => {
    expect((await fetch(`${server.baseUrl}/changes`)).status).toBe(405);
    expect((await fetch(`${server.baseUrl}/nowhere`)).status).toBe(404);
  });

  it('with arbitrary JSON bodies (property), it never answers 5xx', async () => {
    const change = fc.record(
      {
        op: fc.oneof(fc.constantFrom('put', 'delete'), fc.string()),
        kind: fc.oneof(fc.constantFrom('period', 'objective', 'keyResult', 'checkIn'), fc.string()),
        id: fc.oneof(fc.constantFrom('o-a', 'o-b', 'kr-a'), fc.jsonValue()),
        record: fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom('id', 'title', 'periodId', 'teamId', 'metric', 'objectiveId'), fc.jsonValue())),
        expectedVersion: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 3 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    const body = fc.oneof(fc.jsonValue(), fc.record({ changes: fc.oneof(fc.array(change, { maxLength: 5 }), fc.jsonValue()) }));
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const { status } = await post(value);
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), async (text) => {
        expect((await postRaw(server.baseUrl, text)).status).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
    expect(errors).toEqual([]);
  }, 60_000);
});
