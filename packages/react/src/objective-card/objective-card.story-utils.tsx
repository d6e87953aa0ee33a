import type { OkrStore } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import type { Decorator } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { OkrProvider } from '../provider/index';

/**
 * A Storybook decorator: a provider over a store the story builds itself, for states a plain
 * memory store cannot reach (failing, read-only or conflicting storage). Stories only.
 * @example decorators: [withStore(async () => (await loadedStore({ mode: 'offline' })).store)]
 */
export function withStore(create: () => Promise<OkrStore> | OkrStore): Decorator {
  function StoryProvider({ children, locale }: { children: ReactNode; locale: string | undefined }) {
    const [store, setStore] = useState<OkrStore | null>(null);
    useEffect(() => {
      void Promise.resolve(create()).then(setStore);
    }, []);
    return store ? (
      <OkrProvider store={store} now={domainExamplesNow} locale={locale}>
        {children}
      </OkrProvider>
    ) : null;
  }
  return (Story, context) => (
    <StoryProvider locale={context.globals.locale as string | undefined}>
      <Story />
    </StoryProvider>
  );
}
