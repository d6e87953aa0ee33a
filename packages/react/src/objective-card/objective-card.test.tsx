import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { domainExamplesNow } from '@okrkit/core/examples';
import { OkrProvider } from '../provider/index';
import { ObjectiveCard } from './index';
import { loadedStore, withProvider } from './objective-card.test-utils';

// Each part has its own specification beside it (objective-card-title.test.tsx, key-result-value.test.tsx,
// objective-card-key-results.test.tsx, objective-card-score.test.tsx, …); this file covers the composed card and its root.
const TITLE = 'Significantly increase user activity';

describe('ObjectiveCard, the ready-made composition', () => {
  it('given an objective, it is an article named by its title holding every part in reading order', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-maths-results" renderOwner={(id) => `person:${id}`} actions={<button type="button">Share</button>} />));
    const card = screen.getByRole('article', { name: 'Our students get measurably better at maths' });
    const parts = Array.from(card.querySelectorAll(':scope > [data-slot], :scope > header > [data-slot]'), (element) => element.getAttribute('data-slot'));
    expect(parts).toEqual([
      'objective-card-header',
      'objective-card-title',
      'objective-card-status',
      'objective-card-meta',
      'objective-card-progress',
      'objective-card-score',
      'objective-card-key-results',
      'objective-card-health',
      'objective-card-actions',
    ]);
    expect(within(card).getByText('person:daniel-okafor')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Share' })).toBeInTheDocument();
  });

  it('given a read-only card, it offers no field, no edit button and no check-in', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <ObjectiveCard objectiveId="obj-retention" readOnly />));
    expect(screen.getByRole('heading', { name: 'Keep the users we win' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /keep the users|current value|check in/i })).not.toBeInTheDocument();
  });

  it('given a store whose storage cannot write, the card is read-only by itself', async () => {
    const { store } = await loadedStore({ mode: 'read-only' });
    render(withProvider(store, <ObjectiveCard objectiveId="obj-user-activity" />));
    expect(screen.getByRole('article', { name: TITLE })).toHaveAttribute('data-readonly');
    expect(screen.queryByRole('button', { name: /current value|check in/i })).not.toBeInTheDocument();
  });

  it('given a provider policy that refuses updating the objective, the card is read-only and says why; another objective stays editable', async () => {
    const { store } = await loadedStore();
    const can = (action: string, target: { kind: string; record: { id: string } }) => action === 'read' || target.record.id !== 'obj-user-activity';
    render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US" can={can}>
        <ObjectiveCard objectiveId="obj-user-activity" />
        <ObjectiveCard objectiveId="obj-retention" />
      </OkrProvider>,
    );
    const refused = screen.getByRole('article', { name: TITLE });
    expect(refused).toHaveAttribute('data-readonly');
    expect(refused).toHaveAccessibleDescription("You can't edit this team's objectives");
    expect(within(refused).queryByRole('button', { name: /current value|check in/i })).not.toBeInTheDocument();
    const allowed = screen.getByRole('article', { name: 'Keep the users we win' });
    expect(allowed).not.toHaveAttribute('data-readonly');
    expect(within(allowed).getAllByRole('button', { name: /check in/i }).length).toBeGreaterThan(0);
  });

  it('given a part outside ObjectiveCard.Root, it throws an error that names the fix', async () => {
    const { store } = await loadedStore();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(withProvider(store, <ObjectiveCard.Title />))).toThrow('<ObjectiveCard.Title> must be rendered inside <ObjectiveCard.Root');
    vi.restoreAllMocks();
  });

  it('given a loading store, an unknown objective, or a failed load, it says so (a failed load in plain words, with Retry)', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { store } = await loadedStore();
    const { rerender } = render(withProvider(store, <ObjectiveCard objectiveId="nope" />));
    expect(screen.getByText('This objective does not exist (any more).')).toBeInTheDocument();
    const { createOkrStore, UnavailableError } = await import('@okrkit/core');
    const failing = createOkrStore({ adapter: { load: () => Promise.reject(new UnavailableError('server down')) } });
    rerender(withProvider(failing, <ObjectiveCard objectiveId="obj-user-activity" />));
    expect(screen.getByRole('status')).toHaveTextContent('Loading…');
    await act(() => failing.load().catch(() => undefined));
    expect(screen.getByRole('alert')).toHaveTextContent(/^Could not load the OKRs\. /);
    expect(screen.getByRole('alert')).not.toHaveTextContent('server down');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(String(consoleError.mock.calls[0]?.[0])).toContain('server down');
    consoleError.mockRestore();
  });
});
