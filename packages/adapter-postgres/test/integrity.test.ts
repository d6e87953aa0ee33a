import { PGlite } from '@electric-sql/pglite';
import { ValidationFailedError, type Change } from '@okrkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createPostgresAdapter, fromPglite, migrations } from '../src/index';
import { tableNames } from '../src/migrations';
import { keyResult, objective, quarter } from './fixtures';
import { freshSchema } from './targets';

const put = (kind: Change['kind'], record: unknown): Change => ({ op: 'put', kind, record, expectedVersion: null }) as Change;

describe('migration 2 on records written by version 1', () => {
  let pglite: PGlite | undefined;
  afterAll(() => pglite?.close());

  it('given rows whose reference columns version 1 never filled, when migration 2 runs, their dependants are found and a delete of their objective is refused', async () => {
    pglite = await PGlite.create();
    const client = fromPglite(pglite);
    const schema = freshSchema();
    const adapter = createPostgresAdapter({ client, schema, changeFeed: false });
    await adapter.apply([put('period', quarter), put('objective', objective('o1')), put('objective', { ...objective('o2'), parentId: 'o1', contributesTo: ['o1'] }), put('keyResult', { ...keyResult('k1', 'o2'), contributesTo: ['o1'] })]);
    // As version 1 left them: no parent_id, no contributes_to.
    const table = tableNames({ schema });
    await client.query(`UPDATE ${table.records} SET parent_id = NULL, contributes_to = NULL`);
    for (const statement of migrations.find((migration) => migration.version === 2)!.statements(table)) await client.query(statement);
    const refused = adapter.apply([{ op: 'delete', kind: 'objective', id: 'o1', expectedVersion: 1 }]);
    await expect(refused).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(refused).rejects.toThrow('objective "o2" (parentId)');
    await expect(refused).rejects.toThrow('key result "k1" (contributesTo[0])');
  });
});
