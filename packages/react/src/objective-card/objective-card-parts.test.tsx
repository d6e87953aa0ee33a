import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ObjectiveCardActions, ObjectiveCardHeader, ObjectiveCardMeta, ObjectiveCardProgress, ObjectiveCardStatus } from './objective-card-parts';
import { inCard, loadedStore, withProvider } from './objective-card.test-utils';

const NBSP = '\u00a0';
/** A description list's value by its term. */
const definitionOf = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('ObjectiveCard.Meta', () => {
  it('given an owner renderer, it shows the owner’s name, the period with its dates, the priority and the kind', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-maths-results', <ObjectiveCardMeta renderOwner={(id) => `person:${id}`} />));
    expect(screen.getByText('person:daniel-okafor')).toBeInTheDocument();
    expect(screen.getByText('Priority 1')).toBeInTheDocument();
    expect(definitionOf('Owner')).toHaveTextContent('person:daniel-okafor');
    expect(definitionOf('Period')).toHaveTextContent(/^Q1 2026 /);
    expect(definitionOf('Period').querySelector('time')).toHaveAttribute('dateTime', '2026-01-01/2026-03-31');
    expect(definitionOf('Type')).toHaveTextContent('Committed');
  });

  it('given no owner renderer, it shows the owner id; an aspirational objective says so', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-tech-innovation', <ObjectiveCardMeta />, { locale: 'de-DE' }));
    expect(definitionOf('Owner')).toHaveTextContent('mei-lin');
    expect(definitionOf('Type')).toHaveTextContent('Aspirational');
    expect(definitionOf('Type').parentElement).toHaveAttribute('data-state', 'aspirational');
  });
});

describe('ObjectiveCard.Status', () => {
  it('given stale check-ins, it shows the status word with a hidden icon, and "Outdated" beside it', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-maths-results', <ObjectiveCardStatus />));
    const card = screen.getByRole('article');
    expect(within(card).getAllByText('Off track').length).toBeGreaterThan(0);
    expect(within(card).getAllByText('Outdated').length).toBeGreaterThan(0);
    const status = within(card).getByText('Off track');
    expect(status.closest('p')).toHaveAttribute('data-state', 'off-track');
    expect(status.closest('p')).toHaveAttribute('data-outdated');
    expect(status.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('given fresh check-ins, it shows the status alone', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardStatus />));
    expect(screen.getByText('At risk').closest('p')).not.toHaveAttribute('data-outdated');
    expect(screen.queryByText('Outdated')).not.toBeInTheDocument();
  });
});

describe('ObjectiveCard.Progress', () => {
  it('given an objective, it is one progressbar that speaks the percentage, the status and the expected progress', async () => {
    const { store } = await loadedStore();
    render(
      <>
        {inCard(store, 'obj-maths-results', <ObjectiveCardProgress />)}
        {inCard(store, 'obj-user-activity', <ObjectiveCardProgress />)}
      </>,
    );
    const [maths, activity] = screen.getAllByRole('progressbar', { name: 'Objective progress' });
    expect(maths).toHaveAttribute('aria-valuetext', expect.stringMatching(/off track/i));
    expect(activity).toHaveAttribute('aria-valuenow', '45');
    expect(activity).toHaveAttribute('aria-valuetext', '45%, at risk, expected 51% by now');
  });

  it('given over-achievement, the bar stops at 100 but the text says the real result', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-support', <ObjectiveCardProgress />, { locale: 'de-DE' }));
    const bar = screen.getByRole('progressbar', { name: 'Objective progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    expect(bar).toHaveAttribute('aria-valuetext', expect.stringMatching(new RegExp(`^10[78]${NBSP}%, achieved, `)));
    expect(bar).toHaveAttribute('data-over');
  });
});

describe('ObjectiveCard.Header and .Actions', () => {
  it('given the host’s content, they lay it out with their slots and pass attributes through', async () => {
    const { store } = await loadedStore();
    render(
      inCard(
        store,
        'obj-user-activity',
        <>
          <ObjectiveCardHeader className="host-header">
            <ObjectiveCardStatus />
          </ObjectiveCardHeader>
          <ObjectiveCardActions aria-label="Objective actions" role="group">
            <button type="button">Share</button>
          </ObjectiveCardActions>
        </>,
      ),
    );
    expect(screen.getByText('At risk').closest('header')).toHaveAttribute('data-slot', 'objective-card-header');
    expect(screen.getByText('At risk').closest('header')).toHaveClass('host-header');
    expect(within(screen.getByRole('group', { name: 'Objective actions' })).getByRole('button', { name: 'Share' })).toBeInTheDocument();
  });

  it('given a part outside ObjectiveCard.Root, it throws an error that names that part', async () => {
    const { store } = await loadedStore();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(withProvider(store, <ObjectiveCardActions />))).toThrow('<ObjectiveCard.Actions> must be rendered inside <ObjectiveCard.Root');
    expect(() => render(withProvider(store, <ObjectiveCardProgress />))).toThrow('<ObjectiveCard.Progress> must be rendered inside <ObjectiveCard.Root');
    vi.restoreAllMocks();
  });
});
