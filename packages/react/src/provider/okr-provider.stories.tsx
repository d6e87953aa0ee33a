import { createOkrStore, OkrStorageError, type OkrStore } from '@okrkit/core';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useMemo } from 'react';
import { expect, within } from 'storybook/test';
import { OkrProvider } from './okr-provider';
import { useOkrContext, useOkrSelector, useStoreStatus } from './index';

/**
 * What every widget under an `OkrProvider` sees while the store loads, after it loaded,
 * and when storage fails: the store's status through `useStoreStatus`, the provider's
 * labels for the words. The widgets' own Loading / Error stories build on these states.
 */
function StoreStatusLine() {
  const { labels } = useOkrContext();
  const { status, error, readOnly } = useStoreStatus();
  const objectives = useOkrSelector((snapshot) => snapshot.okrSet.objectives.length);
  const keyResults = useOkrSelector((snapshot) => snapshot.okrSet.keyResults.length);
  switch (status) {
    case 'idle':
    case 'loading':
      return (
        <p role="status" aria-busy="true" data-state="loading">
          {labels.loading}
        </p>
      );
    case 'error':
      return (
        <p role="alert" data-state="error">
          {labels.saveFailed} {error?.message}
        </p>
      );
    case 'ready':
      return (
        <p role="status" data-state={objectives === 0 ? 'empty' : 'ready'}>
          {objectives === 0 ? labels.empty : `${objectives} objectives, ${keyResults} key results`}
          {readOnly ? ` · ${labels.readOnly}` : ''}
        </p>
      );
    default:
      return status satisfies never;
  }
}

type Scenario = 'ready' | 'loading' | 'error' | 'empty' | 'read-only';

/** A fresh store per story render, loaded (or failing) the way the scenario says. */
function makeStore(scenario: Scenario): OkrStore {
  const now = () => new Date(domainExamplesNow);
  switch (scenario) {
    case 'ready':
      return createOkrStore({ adapter: createMemoryAdapter({ initial: domainExamples }), now });
    case 'empty':
      return createOkrStore({ adapter: createMemoryAdapter(), now });
    case 'loading':
      // A load that never settles: the state a slow network shows.
      return createOkrStore({ adapter: { name: 'pending', load: () => new Promise(() => {}) }, now });
    case 'error':
      return createOkrStore({
        adapter: { name: 'offline', load: () => Promise.reject(new OkrStorageError('unavailable', 'The OKR service is unreachable.', true)) },
        now,
      });
    case 'read-only': {
      const memory = createMemoryAdapter({ initial: domainExamples });
      return createOkrStore({ adapter: { name: 'read-only', load: (query) => memory.load(query) }, now });
    }
    default:
      return scenario satisfies never;
  }
}

interface ProviderStoryArgs {
  scenario: Scenario;
  locale?: string;
}

function ProviderStory({ scenario, locale }: ProviderStoryArgs) {
  const store = useMemo(() => makeStore(scenario), [scenario]);
  useEffect(() => {
    // The status line shows the failure; nothing else needs the rejection.
    store.load().catch(() => undefined);
    return () => store.dispose();
  }, [store]);
  return (
    <OkrProvider store={store} locale={locale} now={domainExamplesNow}>
      <StoreStatusLine />
    </OkrProvider>
  );
}

const meta = {
  title: 'Provider/OkrProvider',
  component: ProviderStory,
  parameters: {
    docs: {
      description: {
        component:
          'Give `OkrProvider` one store per page; every okrkit widget below it reads the store, locale, clock (`now`), scoring strategy and labels from it. These stories show the store states widgets react to.',
      },
    },
  },
  args: { scenario: 'ready' },
  argTypes: {
    scenario: { control: 'inline-radio', options: ['ready', 'loading', 'error', 'empty', 'read-only'] },
  },
  render: (args, { globals }) => <ProviderStory {...args} locale={args.locale ?? (globals.locale as string | undefined)} />,
} satisfies Meta<typeof ProviderStory>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const status = await within(canvasElement).findByText(/objectives, \d+ key results/);
    await expect(status).toHaveAttribute('data-state', 'ready');
  },
};

export const Loading: Story = {
  args: { scenario: 'loading' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveAttribute('aria-busy', 'true');
  },
};

export const Error: Story = {
  args: { scenario: 'error' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('The OKR service is unreachable.');
  },
};

export const Empty: Story = {
  args: { scenario: 'empty' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('Nothing here yet')).toHaveAttribute('data-state', 'empty');
  },
};

export const ReadOnly: Story = {
  args: { scenario: 'read-only' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText(/Read only/)).toBeVisible();
  },
};

export const Dark: Story = { globals: { colorScheme: 'dark' } };

export const RightToLeft: Story = { globals: { direction: 'rtl', locale: 'ar-EG' } };
