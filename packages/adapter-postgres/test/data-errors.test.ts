import { PGlite } from '@electric-sql/pglite';
import { createOkrHandler } from '@okrkit/adapter-rest/server';
import { ValidationFailedError, type Change } from '@okrkit/core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPostgresAdapter, fromPg, fromPglite, type SqlClient } from '../src/index';
import { checkIn, keyResult, objective, quarter } from './fixtures';
import { freshSchema, testPool } from './targets';

let pglite: Promise<PGlite> | undefined;
const pools: ReturnType<typeof testPool>[] = [];
const backends = [
  { name: 'PGlite', client: async (): Promise<SqlClient> => fromPglite(await (pglite ??= PGlite.create())) },
  {
    name: 'PostgreSQL server',
    client: async (): Promise<SqlClient> => {
      const pool = testPool(inject('databaseUrl'), { max: 4 });
      pools.push(pool);
      return fromPg(pool);
    },
  },
];
afterAll(async () => {
  await (await pglite)?.close();
  await Promise.all(pools.splice(0).map((pool) => pool.end()));
});

const create = (kind: Change['kind'], record: unknown): Change => ({ op: 'put', kind, record, expectedVersion: null }) as Change;
/** 3,000 characters that do not compress (a repeated letter would shrink below the index limit). */
const long = Array.from({ length: 3_000 }, (_, index) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(index * 7_919 + ((index * index) % 31)) % 36]).join('');

/** What a refusal says: a 422-class error, its paths and messages, and nothing about tables or indexes. */
async function refusal(promise: Promise<unknown>): Promise<ValidationFailedError> {
  const error = await promise.then(
    () => expect.unreachable('the write was accepted'),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationFailedError);
  const failure = error as ValidationFailedError;
  expect(failure.retryable).toBe(false);
  expect(failure.message).not.toMatch(/records|pkey|_idx|btree|SQLSTATE|jsonb/i);
  return failure;
}

describe.each(backends)('database data errors on $name', (backend) => {
  // Starting PGlite takes seconds (more on a busy machine): not part of any test's time.
  beforeAll(async () => {
    await backend.client();
  }, 60_000);
  const schemas: string[] = [];
  async function subject() {
    const client = await backend.client();
    const schema = freshSchema('okrkit_data');
    schemas.push(schema);
    const adapter = createPostgresAdapter({ client, schema });
    await adapter.apply([create('period', quarter), create('objective', objective('o1')), create('keyResult', keyResult('k1', 'o1'))]);
    return { client, schema, adapter };
  }
  afterEach(async () => {
    const client = await backend.client();
    for (const schema of schemas.splice(0)) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  it('given a 3,000-character id, when it is created, it is refused as invalid data naming changes[0].record.id, not as unavailable storage', async () => {
    const { adapter } = await subject();
    const failure = await refusal(adapter.apply([create('objective', objective(long))]));
    expect(failure.errors).toEqual([{ path: 'changes[0].record.id', message: 'is too long to be stored as a key (3000 bytes in UTF-8, at most 2000)' }]);
  });

  it('given a 3,000-character periodId in the second change of a batch, it names changes[1].record.periodId and writes nothing of the batch', async () => {
    const { adapter } = await subject();
    const failure = await refusal(adapter.apply([create('objective', objective('o2')), create('objective', objective('o3', long))]));
    expect(failure.errors).toEqual([{ path: 'changes[1].record.periodId', message: expect.stringContaining('too long to be stored as a key') }]);
    expect(await adapter.get([{ kind: 'objective', id: 'o2' }])).toEqual([]);
  });

  it.each([
    ['a NUL in an id', objective('o\u0000x'), 'changes[0].record.id', /NUL character/],
    ['a NUL in a title', { ...objective('o4'), title: 'Grow\u0000 revenue' }, 'changes[0].record.title', /NUL character/],
    ['a lone high surrogate in a title', { ...objective('o5'), title: 'Grow \uD83D revenue' }, 'changes[0].record.title', /unpaired UTF-16 surrogate/],
    ['a lone low surrogate in an id', objective('o\uDE00'), 'changes[0].record.id', /unpaired UTF-16 surrogate/],
  ])('given %s, it is refused naming the field, with a plain message', async (_case, record, path, message) => {
    const { adapter } = await subject();
    const failure = await refusal(adapter.apply([create('objective', record)]));
    expect(failure.errors).toEqual([{ path, message: expect.stringMatching(message) }]);
  });

  it('given a NUL in a check-in note inside a batch with its key result, it names changes[0].record.note', async () => {
    const { adapter } = await subject();
    const failure = await refusal(
      adapter.apply([
        create('checkIn', { ...checkIn('c1', 'k1'), note: 'shipped\u0000' }),
        { op: 'put', kind: 'keyResult', record: keyResult('k1', 'o1', 1100), expectedVersion: 1 },
      ]),
    );
    expect(failure.errors).toEqual([{ path: 'changes[0].record.note', message: expect.stringMatching(/NUL/) }]);
    expect((await adapter.get([{ kind: 'keyResult', id: 'k1' }]))[0]?.version).toBe(1);
  });

  it('given a delete of an id with a lone surrogate, it is refused before reaching the driver (which would turn it into U+FFFD and delete another record)', async () => {
    const { adapter } = await subject();
    await adapter.apply([create('objective', objective('o\uFFFD'))]);
    const failure = await refusal(adapter.apply([{ op: 'delete', kind: 'objective', id: 'o\uDC00', expectedVersion: 1 }]));
    expect(failure.errors[0]?.path).toBe('changes[0].id');
    expect(await adapter.get([{ kind: 'objective', id: 'o\uFFFD' }])).toHaveLength(1);
  });

  it.each([
    [1e20, 'out of the range of bigint'],
    [1.5, 'not a whole number'],
  ])('given an expectedVersion of %s (%s), it names changes[0].expectedVersion', async (expectedVersion) => {
    const { adapter } = await subject();
    const failure = await refusal(adapter.apply([{ op: 'put', kind: 'keyResult', record: keyResult('k1', 'o1'), expectedVersion }]));
    expect(failure.errors).toEqual([{ path: 'changes[0].expectedVersion', message: expect.stringContaining('positive whole number') }]);
  });

  it('given a read of an id with a NUL, it is refused naming keys[1].id', async () => {
    const { adapter } = await subject();
    const failure = await refusal(
      adapter.get([
        { kind: 'objective', id: 'o1' },
        { kind: 'objective', id: 'a\u0000b' },
      ]),
    );
    expect(failure.errors[0]?.path).toBe('keys[1].id');
  });

  it('given the REST handler over this adapter, a 3,000-character id is answered 422 with its path, not a retryable 503 that names an index', async () => {
    const { adapter } = await subject();
    const handler = createOkrHandler<{ id: string }>({ storage: adapter, identify: () => ({ id: 'u1' }), authorize: () => true });
    const response = await handler(
      new Request('http://localhost/changes', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ changes: [create('objective', objective(long))] }),
      }),
    );
    const text = await response.text();
    expect(response.status).toBe(422);
    expect(text).not.toMatch(/pkey|_idx|btree/);
    expect(JSON.parse(text).error).toMatchObject({ code: 'validation', errors: [{ path: expect.stringMatching(/^changes\[0\]\.record\.id$/) }] });
  });
});
