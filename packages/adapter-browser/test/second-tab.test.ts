import { ConflictError, type ChangeEvent } from '@okrkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { createBrowserAdapter, type BrowserAdapter } from '../src/index';
import { create, createPeriod, eventually, freshDatabaseName, objective, update } from './helpers';

/**
 * A real second page (its own window, realm, IndexedDB connection and BroadcastChannel),
 * opened by Playwright in the same browser context, driven through browser commands.
 */
describe('a real second tab', () => {
  let adapter: BrowserAdapter | undefined;
  afterEach(async () => {
    adapter?.close();
    await commands.closeSecondTab('other');
  });

  it('given a second tab, when this tab writes, the other tab hears it and loads it, and vice versa', async () => {
    const databaseName = freshDatabaseName();
    adapter = createBrowserAdapter({ databaseName });
    await adapter.apply([createPeriod]);
    const heard: ChangeEvent[] = [];
    adapter.subscribe((event) => heard.push(event));
    await commands.openSecondTab('other', databaseName);

    await adapter.apply([create(objective('o1'))]);
    await expect.poll(async () => (await commands.readSecondTab('other')).heard).toHaveLength(1);
    const other = await commands.readSecondTab('other');
    expect(other.heard[0]).toEqual({ changes: [{ op: 'put', kind: 'objective', id: 'o1', version: 1, record: objective('o1') }] });
    expect(other.loaded.records.filter((stored) => (stored as { kind: string }).kind === 'objective')).toEqual([{ kind: 'objective', record: objective('o1'), version: 1 }]);

    const fromOther = await commands.applyInSecondTab('other', [update(objective('o1', 'From the other tab'), 1)]);
    expect(fromOther.error).toBeUndefined();
    await eventually(() => heard.length === 2);
    expect(heard[1]?.changes[0]).toMatchObject({ version: 2, record: { title: 'From the other tab' } });
  });

  it('given both tabs read version 1, when both write at once, exactly one wins and the other gets a ConflictError', async () => {
    const databaseName = freshDatabaseName();
    adapter = createBrowserAdapter({ databaseName });
    await adapter.apply([createPeriod, create(objective('o1'))]);
    await commands.openSecondTab('other', databaseName);

    const [here, there] = await Promise.allSettled([
      adapter.apply([update(objective('o1', 'Here'), 1)]),
      commands.applyInSecondTab('other', [update(objective('o1', 'There'), 1)]),
    ]);
    const thereFailed = there.status === 'fulfilled' && there.value.error !== undefined;
    const hereFailed = here.status === 'rejected';
    expect([hereFailed, thereFailed].filter(Boolean)).toHaveLength(1);
    if (hereFailed) expect(here.reason).toBeInstanceOf(ConflictError);
    else expect(there.status === 'fulfilled' && there.value.error?.name).toBe('ConflictError');
    expect((await adapter.load({ kinds: ['objective'] })).records[0]?.version).toBe(2);
  });
});
