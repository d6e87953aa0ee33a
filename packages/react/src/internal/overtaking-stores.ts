import { createOkrStore, type ChangeEvent, type OkrStore, type StorageAdapter } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';

/**
 * For tests and stories (not exported): two people's stores over one storage, where the
 * news of "theirs" writes reaches "mine" only when mine sends its next batch — as when a
 * colleague's check-in is still on the wire while I press Enter. Mine's write names the
 * version it read, meets a conflict, and the store re-applies a check-in on top of theirs.
 * @example
 * const { mine, theirs, memory } = await overtakingStores();
 * await theirs.recordCheckIn({ keyResultId: 'kr-patents', value: 4, authorId: 'jonas-weber' });
 */
export async function overtakingStores(): Promise<{ mine: OkrStore; theirs: OkrStore; memory: ReturnType<typeof createMemoryAdapter> }> {
  const memory = createMemoryAdapter({ initial: domainExamples });
  const listeners = new Set<(event: ChangeEvent) => void>();
  let onTheWire: ChangeEvent[] = [];
  memory.subscribe((event) => onTheWire.push(event));
  const adapter: StorageAdapter = {
    load: memory.load,
    async apply(changes, options) {
      const arrived = onTheWire;
      onTheWire = [];
      for (const event of arrived) for (const listener of listeners) listener(event);
      return memory.apply(changes, options);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const now = () => new Date(domainExamplesNow);
  const mine = createOkrStore({ adapter, now, checkInRetry: { sleep: async () => undefined } });
  const theirs = createOkrStore({ adapter: { load: memory.load, apply: memory.apply }, now });
  await Promise.all([mine.load(), theirs.load()]);
  return { mine, theirs, memory };
}
