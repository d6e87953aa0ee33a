import { createOkrStore, UnavailableError } from '@okrkit/core';
import { createMemoryAdapter } from '@okrkit/adapter-memory';
import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultLabels } from '../provider/index';
import { ObjectiveCard } from './index';
import { withProvider } from './objective-card.test-utils';

/** Storage whose first load fails the way a misrouted REST client does: a plain message, the developer detail apart. */
function storageFailingOnce() {
  const memory = createMemoryAdapter({ initial: domainExamples });
  let failures = 1;
  const failure = new UnavailableError('The OKR server could not be reached.');
  failure.detail = 'GET /api/okr/records answered 404: no okrkit route at /api/okr/records (mount the handler with basePath: "/api/okr")';
  const adapter = {
    ...memory,
    load: async (query?: Parameters<typeof memory.load>[0]) => {
      if (failures-- > 0) throw failure;
      return memory.load(query);
    },
  };
  return createOkrStore({ adapter, now: () => new Date(domainExamplesNow) });
}

afterEach(() => vi.restoreAllMocks());

describe('ObjectiveCard when loading failed', () => {
  it('given a failed load, people read a plain sentence and get Retry; the developer detail goes to the console only', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = storageFailingOnce();
    await store.load().catch(() => undefined);
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(`${defaultLabels.loadFailed} ${defaultLabels.storageErrors.unavailable}`);
    expect(alert).not.toHaveTextContent(/okrkit route|404|basePath/);
    expect(consoleError).toHaveBeenCalledOnce();
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('no okrkit route at /api/okr/records');
  });

  it('given the failed load, when Retry is pressed and storage answers, the card shows the objective', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const store = storageFailingOnce();
    await store.load().catch(() => undefined);
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    await userEvent.setup().click(screen.getByRole('button', { name: defaultLabels.retry }));
    expect(await screen.findByRole('heading', { name: 'Significantly increase user activity' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
