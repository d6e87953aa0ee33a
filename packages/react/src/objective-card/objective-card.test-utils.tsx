import { createOkrStore, UnavailableError, type OkrSet, type OkrStore, type StorageAdapter } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import type { ReactNode } from 'react';
import { OkrProvider } from '../provider/index';
import { ObjectiveCardRoot } from './objective-card-context';

/** Test-only helpers: a loaded store over the DOMAIN examples, and adapters that fail on purpose. */
export type AdapterMode = 'ok' | 'offline' | 'read-only';

export async function loadedStore(options: { mode?: AdapterMode; initial?: OkrSet } = {}): Promise<{ store: OkrStore; adapter: ReturnType<typeof createMemoryAdapter> }> {
  const memory = createMemoryAdapter({ initial: options.initial ?? domainExamples });
  let adapter: StorageAdapter = memory;
  if (options.mode === 'offline') {
    adapter = {
      ...memory,
      apply: async () => {
        throw new UnavailableError('offline');
      },
    };
  } else if (options.mode === 'read-only') {
    adapter = { load: memory.load };
  }
  const store = createOkrStore({ adapter, now: () => new Date(domainExamplesNow) });
  await store.load();
  return { store, adapter: memory };
}

/**
 * Two stores over one storage, the first deaf to the second's writes: the first one's next
 * write names a stale version and meets a conflict, as with a colleague editing elsewhere.
 */
export async function conflictingStores(): Promise<{ mine: OkrStore; theirs: OkrStore }> {
  const memory = createMemoryAdapter({ initial: domainExamples });
  const mine = createOkrStore({ adapter: { load: memory.load, apply: memory.apply }, now: () => new Date(domainExamplesNow) });
  const theirs = createOkrStore({ adapter: memory, now: () => new Date(domainExamplesNow) });
  await Promise.all([mine.load(), theirs.load()]);
  return { mine, theirs };
}

export function withProvider(store: OkrStore, children: ReactNode, locale = 'en-US') {
  return (
    <OkrProvider store={store} now={domainExamplesNow} locale={locale}>
      {children}
    </OkrProvider>
  );
}

/** One part of a card, alone inside `ObjectiveCard.Root`, as a host composing its own card renders it. */
export function inCard(store: OkrStore, objectiveId: string, part: ReactNode, options: { readOnly?: boolean; locale?: string } = {}) {
  return withProvider(
    store,
    <ObjectiveCardRoot objectiveId={objectiveId} readOnly={options.readOnly}>
      {part}
    </ObjectiveCardRoot>,
    options.locale,
  );
}
