import { createOkrStore, UnavailableError, type OkrStore } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ObjectiveCard } from '../objective-card/index';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { OkrProvider, type OkrErrorHandler } from './index';

afterEach(() => vi.restoreAllMocks());

const TITLE = domainExamples.objectives.find((objective) => objective.id === 'obj-user-activity')!.title;

function withErrors(store: OkrStore, onError: OkrErrorHandler, children: ReactNode) {
  return (
    <OkrProvider store={store} locale="en-US" now={domainExamplesNow} onError={onError}>
      {children}
    </OkrProvider>
  );
}

describe('OkrProvider onError', () => {
  it('given a failed load shown by two cards, it hears the error once, with its detail, from the card', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new UnavailableError('The OKR server could not be reached.');
    failure.detail = 'GET /api/okr/records failed: ECONNREFUSED';
    const memory = createMemoryAdapter({ initial: domainExamples });
    const store = createOkrStore({
      adapter: {
        ...memory,
        load: async () => {
          throw failure;
        },
      },
      now: () => new Date(domainExamplesNow),
    });
    await store.load().catch(() => undefined);
    const onError = vi.fn<OkrErrorHandler>();
    render(
      withErrors(
        store,
        onError,
        <>
          <ObjectiveCard objectiveId="obj-user-activity" />
          <ObjectiveCard objectiveId="obj-churn" />
        </>,
      ),
    );
    await waitFor(() => expect(onError).toHaveBeenCalled());
    expect(onError).toHaveBeenCalledOnce();
    expect(onError).toHaveBeenCalledWith(failure, { widget: 'card', action: 'load', kind: 'objective', recordId: 'obj-user-activity' });
    expect(onError.mock.calls[0]![0].detail).toBe('GET /api/okr/records failed: ECONNREFUSED');
  });

  it('given a title save storage refuses, it hears it from the card, naming the objective; the card still shows Retry', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    const onError = vi.fn<OkrErrorHandler>();
    render(withErrors(store, onError, <ObjectiveCard objectiveId="obj-user-activity" />));
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), '!!{Enter}');
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]![0]).toBeInstanceOf(UnavailableError);
    expect(onError.mock.calls[0]![1]).toEqual({ widget: 'card', action: 'save', kind: 'objective', recordId: 'obj-user-activity' });
  });

  it('given a host hook that throws, the widget keeps working and the throw is logged', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(
      withErrors(
        store,
        () => {
          throw new Error('logger down');
        },
        <ObjectiveCard objectiveId="obj-user-activity" />,
      ),
    );
    await user.click(screen.getByRole('button', { name: TITLE }));
    await user.type(screen.getByRole('textbox', { name: 'Objective title' }), '!!{Enter}');
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(consoleError).toHaveBeenCalledWith('okrkit: the OkrProvider onError hook threw', expect.any(Error));
  });
});
