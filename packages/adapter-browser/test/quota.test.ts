import { UnavailableError } from '@okrkit/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserAdapter, type BrowserAdapter } from '../src/index';
import { create, createPeriod, freshDatabaseName, objective } from './helpers';

/**
 * Chromium's DevTools `Storage.overrideQuotaForOrigin` had no effect on Playwright's
 * browser context here, so a full disk is simulated where IndexedDB reports it: the
 * object store refuses the write with a `QuotaExceededError`.
 */
describe('storage quota', () => {
  let adapter: BrowserAdapter | undefined;
  afterEach(() => {
    adapter?.close();
    vi.restoreAllMocks();
  });

  it('given a site whose quota is used up, when a batch is applied, it rejects with UnavailableError and writes nothing', async () => {
    adapter = createBrowserAdapter({ databaseName: freshDatabaseName() });
    await adapter.apply([createPeriod, create(objective('small'))]);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value, key) {
      if ((value as { record: { id: string } }).record.id === 'big') throw new DOMException('Quota exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    });

    const attempt = adapter.apply([create(objective('o1')), create(objective('big'))]);
    await expect(attempt).rejects.toBeInstanceOf(UnavailableError);
    await expect(attempt).rejects.toMatchObject({ retryable: true, message: expect.stringMatching(/quota for this site is exhausted/) });
    expect((await adapter.load({ kinds: ['objective'] })).records.map((stored) => (stored.record as { id: string }).id)).toEqual(['small']);
  });
});
