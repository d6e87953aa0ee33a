import { UnavailableError } from '@okrkit/core';
import { describe, expect, it } from 'vitest';

describe('on a server (Node, no IndexedDB)', () => {
  it('given server-side rendering, importing and creating the adapter works, and calls reject with UnavailableError', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const { createBrowserAdapter } = await import('../src/index');
    const adapter = createBrowserAdapter();
    await expect(adapter.load()).rejects.toBeInstanceOf(UnavailableError);
    await expect(adapter.load()).rejects.toThrow(/server-side rendering/);
    const unsubscribe = adapter.subscribe(() => undefined);
    unsubscribe();
    adapter.close();
  });
});
