// The conformance suite every okrkit adapter runs: a few lines for yours too.
import type { StoredRecord } from '@okrkit/core';
import { describeStorageAdapterConformance } from '@okrkit/core/testing';
import { createKeyValueAdapter } from './key-value-adapter';

describeStorageAdapterConformance('key-value adapter (README example)', {
  async create() {
    let data: StoredRecord[] = [];
    let broken = false;
    const kv = {
      getAll: async () => {
        if (broken) throw new Error('connection refused');
        return structuredClone(data);
      },
      putAll: async (records: StoredRecord[]) => {
        data = structuredClone(records);
      },
    };
    return { adapter: createKeyValueAdapter(kv), breakStorage: async () => void (broken = true) };
  },
});
