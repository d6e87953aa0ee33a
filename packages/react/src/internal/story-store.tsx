import { createOkrStore, UnavailableError, type OkrSet, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import type { Decorator } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { OkrProvider, type OkrProviderProps } from '../provider/okr-provider';

/** Options of {@link withOkrStore}: provider props, plus how the memory store behaves. */
export interface StoryStoreOptions extends Partial<Omit<OkrProviderProps, 'store' | 'children'>> {
  /** Load the store on mount; `false` keeps it in its first, not-yet-loaded state (Loading stories). @default true */
  load?: boolean;
  /** Simulated storage latency in ms, to watch loading and saving. @default 0 */
  latencyMs?: number;
  /** Storage loads but refuses every write as unreachable (Error / Refused stories). @default false */
  offline?: boolean;
}

/**
 * A fresh in-memory store for one story: the domain examples by default, the clock fixed
 * at `domainExamplesNow` so statuses never drift, and the toolbar's locale unless the
 * story pins one. Not part of the package (stories and tests only).
 */
export function StoryStore({ initial, options, locale, children }: { initial: Partial<OkrSet>; options: StoryStoreOptions; locale?: string; children: ReactNode }) {
  const { load = true, latencyMs = 0, offline = false, ...providerProps } = options;
  const [store] = useState<OkrStore>(() => {
    const memory = createMemoryAdapter({ initial, latencyMs });
    const adapter = offline ? { ...memory, apply: () => Promise.reject(new UnavailableError('offline')) } : memory;
    return createOkrStore({ adapter, now: () => new Date(domainExamplesNow) });
  });
  useEffect(() => {
    if (load) void store.load();
  }, [store, load]);
  return (
    <OkrProvider store={store} now={domainExamplesNow} locale={locale} {...providerProps}>
      {children}
    </OkrProvider>
  );
}

/**
 * A Storybook decorator that renders the story inside an `OkrProvider` over a memory store.
 * @example
 * export const Default: Story = { decorators: [withOkrStore()], args: { keyResultId: 'kr-patents' } };
 * export const Loading: Story = { decorators: [withOkrStore(domainExamples, { load: false })] };
 * export const German: Story = { decorators: [withOkrStore(domainExamples, { locale: 'de-DE' })] };
 */
export function withOkrStore(initial: Partial<OkrSet> = domainExamples, providerProps: StoryStoreOptions = {}): Decorator {
  return (Story, context) => (
    <StoryStore initial={initial} options={providerProps} locale={providerProps.locale ?? (context.globals.locale as string | undefined)}>
      <Story />
    </StoryStore>
  );
}
