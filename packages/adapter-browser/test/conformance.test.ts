import { describeStorageAdapterConformance } from '@okrkit/core/testing';
import { createBrowserAdapter, type BrowserAdapter } from '../src/index';
import { breakableIndexedDB, deleteDatabase, freshDatabaseName } from './helpers';

/**
 * The shared contract, in real Chromium. Each `create()` gets its own database; `peer` is a
 * second "tab" (its own connection and BroadcastChannel object) on the same database;
 * `breakStorage` deletes the database under a factory that then refuses to reopen it, as
 * when the user clears site data and the browser withdraws storage.
 */
describeStorageAdapterConformance('browser (IndexedDB)', {
  async create() {
    const databaseName = freshDatabaseName();
    const storage = breakableIndexedDB();
    const opened: BrowserAdapter[] = [];
    const open = (factory: IDBFactory) => {
      const adapter = createBrowserAdapter({ databaseName, indexedDB: factory });
      opened.push(adapter);
      return adapter;
    };
    return {
      adapter: open(storage.factory),
      peer: async () => open(storage.factory),
      async breakStorage() {
        storage.break();
        await deleteDatabase(databaseName);
      },
      async cleanup() {
        for (const adapter of opened) adapter.close();
        await deleteDatabase(databaseName).catch(() => undefined);
      },
    };
  },
});
