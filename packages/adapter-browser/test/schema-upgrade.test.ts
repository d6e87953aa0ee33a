import { ValidationFailedError } from '@okrkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createBrowserAdapter, type BrowserAdapter } from '../src/index';
import { freshDatabaseName, objective, period } from './helpers';

/** Writes records the way version 1 of the schema stored them: no `references`, no tombstones. */
function writeVersionOne(databaseName: string, values: Array<[string, unknown]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('records').createIndex('kind', 'kind', { unique: false });
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction('records', 'readwrite');
      for (const [key, value] of values) tx.objectStore('records').put(value, key);
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onabort = () => reject(tx.error);
    };
  });
}

describe('schema version 2 (references index, tombstones)', () => {
  let adapter: BrowserAdapter | undefined;
  afterEach(() => adapter?.close());

  it('given a version 1 database with an objective and its key result, when opened, the upgrade indexes references and deleting the objective alone is refused', async () => {
    const databaseName = freshDatabaseName();
    await writeVersionOne(databaseName, [
      ['period:q1-2026', { kind: 'period', record: period, version: 1 }],
      ['objective:o1', { kind: 'objective', record: objective('o1'), version: 1 }],
      ['keyResult:k1', { kind: 'keyResult', record: { id: 'k1', objectiveId: 'o1', title: 'KR', metric: { kind: 'binary', done: false } }, version: 1 }],
    ]);
    adapter = createBrowserAdapter({ databaseName });
    const refused = adapter.apply([{ op: 'delete', kind: 'objective', id: 'o1', expectedVersion: 1 }]);
    await expect(refused).rejects.toBeInstanceOf(ValidationFailedError);
    await expect(refused).rejects.toThrow('key result "k1" (objectiveId)');
    const { records } = await adapter.load();
    expect(records.map((stored) => stored.kind).sort()).toEqual(['keyResult', 'objective', 'period']);
    // What load returns is the stored record only: the index's field stays inside storage.
    expect(records.find((stored) => stored.kind === 'keyResult')).toStrictEqual({ kind: 'keyResult', record: { id: 'k1', objectiveId: 'o1', title: 'KR', metric: { kind: 'binary', done: false } }, version: 1 });
  });
});
