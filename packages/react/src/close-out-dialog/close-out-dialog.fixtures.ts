import { createOkrStore, scoringPresets, UnavailableError, type OkrSet, type OkrStore, type ScoringStrategy, type StorageAdapter } from '@okrkit/core';
import { createCycleStore, type CycleStore } from '@okrkit/core/cycle';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';

/**
 * An OKR store and a cycle store over one memory adapter, loaded, with the provider's
 * default strategy (percent) so the dialog's suggestions are the store's. `offline`: storage
 * refuses every write as unreachable. Stories and tests only.
 */
export async function closeOutStores(options: { offline?: boolean; initial?: OkrSet; scoring?: ScoringStrategy } = {}): Promise<{ store: OkrStore; cycleStore: CycleStore }> {
  const memory = createMemoryAdapter({ initial: options.initial ?? domainExamples });
  const adapter: StorageAdapter = options.offline ? { ...memory, apply: () => Promise.reject(new UnavailableError('offline')) } : memory;
  const now = () => new Date(domainExamplesNow);
  const store = createOkrStore({ adapter, now });
  const cycleStore = createCycleStore({ adapter, okrStore: store, now, scoring: options.scoring ?? scoringPresets.percent });
  await store.load();
  await cycleStore.load();
  return { store, cycleStore };
}
