import { domainExamples } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ObjectiveCardKeyResults } from './objective-card-key-results';
import { inCard, loadedStore } from './objective-card.test-utils';

const rowOf = (title: string) => within(screen.getByRole('list', { name: 'Key results' })).getByText(title).closest('li')!;

describe('ObjectiveCard.KeyResults: each KR said once', () => {
  it('given a numeric KR, its title and value show once, and its bar is named by the row’s title with the full reading', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-user-activity', <ObjectiveCardKeyResults />));
    const list = screen.getByRole('list', { name: 'Key results' });
    const row = within(list).getByText('Monthly active users +20 %').closest('li')!;
    expect(within(row).getAllByText('Monthly active users +20 %')).toHaveLength(1);
    expect(within(row).getAllByText('1,100,000')).toHaveLength(1);
    const bar = within(row).getByRole('progressbar', { name: 'Monthly active users +20 %' });
    expect(bar).toHaveAttribute('aria-valuetext', '1,100,000 of 1,200,000, 50%, at risk');
    // What the row does not show itself stays on the bar: the range and the percentage.
    expect(within(row).getByText('from 1,000,000 to 1,200,000')).toBeInTheDocument();
    expect(within(row).getByText('50%')).toBeInTheDocument();
  });

  it('given a binary KR, it is one checkbox named by the row’s title and "Done", and the bar still says it', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-retention', <ObjectiveCardKeyResults />));
    const checkbox = screen.getByRole('checkbox', { name: 'Ship the in-app onboarding checklist Done' });
    const row = checkbox.closest('li')!;
    expect(within(row).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(row).queryByRole('switch')).not.toBeInTheDocument();
    expect(within(row).getAllByText('Ship the in-app onboarding checklist')).toHaveLength(1);
    // The bar's square is hidden by the card's stylesheet (checked in Chromium by the Binary story).
    expect(row).toHaveAttribute('data-editable');
    expect(within(row).getByRole('progressbar', { name: 'Ship the in-app onboarding checklist' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Not done/));
  });

  it('given a read-only card, a KR still shows its title and value once', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-retention', <ObjectiveCardKeyResults />, { readOnly: true }));
    const list = screen.getByRole('list', { name: 'Key results' });
    expect(within(list).getAllByText('Ship the in-app onboarding checklist')).toHaveLength(1);
    expect(within(list).getAllByText('Not done')).toHaveLength(1);
  });
});

describe('ObjectiveCard.KeyResults: check-ins', () => {
  it('given the examples, each KR says how long ago it was last checked in', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-maths-results', <ObjectiveCardKeyResults />));
    expect(within(screen.getByRole('list', { name: 'Key results' })).getByText(/last check-in/i)).toHaveTextContent(/ago/);
  });

  it('given a KR without a recent check-in, its row says "Outdated"; a fresh one does not', async () => {
    const { store } = await loadedStore();
    render(
      <>
        {inCard(store, 'obj-maths-results', <ObjectiveCardKeyResults />)}
        {inCard(store, 'obj-user-activity', <ObjectiveCardKeyResults />)}
      </>,
    );
    const [stale, fresh] = screen.getAllByRole('list', { name: 'Key results' });
    expect(within(stale!).getByText('Outdated')).toBeInTheDocument();
    expect(within(stale!).getByRole('listitem')).toHaveAttribute('data-outdated');
    expect(within(fresh!).queryByText('Outdated')).not.toBeInTheDocument();
  });

  it('given a KR never checked in, its row says so', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-second-channel', <ObjectiveCardKeyResults />));
    expect(screen.getByText('No check-in yet')).toBeInTheDocument();
  });

  it('given a card, its "Check in" button opens the dialog for that KR', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(inCard(store, 'obj-tech-innovation', <ObjectiveCardKeyResults />));
    await user.click(screen.getByRole('button', { name: 'Check in: File at least 5 core patents' }));
    expect(screen.getByRole('dialog', { name: 'Check in: File at least 5 core patents' })).toBeInTheDocument();
  });

  it('given a read-only card, no KR offers a check-in', async () => {
    const { store } = await loadedStore();
    render(inCard(store, 'obj-tech-innovation', <ObjectiveCardKeyResults />, { readOnly: true }));
    expect(rowOf('File at least 5 core patents')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /check in/i })).not.toBeInTheDocument();
  });
});

describe('ObjectiveCard.KeyResults: layout', () => {
  it('given an objective without key results, the list says there is nothing yet', async () => {
    const initial = { ...domainExamples, keyResults: domainExamples.keyResults.filter((keyResult) => keyResult.objectiveId !== 'obj-user-activity') };
    const { store } = await loadedStore({ initial });
    render(inCard(store, 'obj-user-activity', <ObjectiveCardKeyResults />));
    const list = screen.getByRole('list', { name: 'Key results' });
    expect(list).toHaveAttribute('data-empty');
    expect(within(list).getByRole('listitem')).toHaveTextContent('Nothing here yet');
  });

  it('given progressSize, every bar takes it (sm by default)', async () => {
    const { store } = await loadedStore();
    const { rerender, container } = render(inCard(store, 'obj-user-activity', <ObjectiveCardKeyResults />));
    const sizes = () => Array.from(container.querySelectorAll('[data-slot="key-result-progress"]'), (bar) => bar.getAttribute('data-size'));
    expect(sizes()).toEqual(['sm', 'sm']);
    rerender(inCard(store, 'obj-user-activity', <ObjectiveCardKeyResults progressSize="lg" />));
    expect(sizes()).toEqual(['lg', 'lg']);
  });
});
