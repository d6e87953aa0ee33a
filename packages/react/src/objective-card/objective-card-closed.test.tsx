import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { domainExamplesNow } from '@okrkit/core/examples';
import { closeOutStores } from '../close-out-dialog/close-out-dialog.fixtures';
import { OkrProvider } from '../provider/index';
import { ObjectiveCard } from './index';

async function closedStores() {
  const stores = await closeOutStores();
  const [closed] = await stores.cycleStore.closeOut([
    { objectiveId: 'obj-user-activity', result: 'missed', retrospective: { met: 'Usage time', missed: 'MAU: the launch slipped', lessons: '' } },
  ]);
  return { ...stores, closeOut: closed?.closeOut };
}

describe('ObjectiveCard, closed', () => {
  it('given a closed objective, it shows result and final grade, the retrospective collapsed, and no check-in or inline edit', async () => {
    const { store, closeOut } = await closedStores();
    render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
        <ObjectiveCard objectiveId="obj-user-activity" closeOut={closeOut} />
      </OkrProvider>,
    );
    const card = screen.getByRole('article');
    expect(card).toHaveAttribute('data-closed');
    expect(within(card).getByText('Closed · missed · 45%')).toBeInTheDocument();
    const details = card.querySelector('details');
    expect(details?.open).toBe(false);
    expect(within(card).getByText('Retrospective')).toBeInTheDocument();
    expect(within(card).queryByRole('button', { name: /check in/i })).toBeNull();
    expect(within(card).queryByRole('button', { name: /edit title/i })).toBeNull();
    expect(within(card).queryByRole('button', { name: 'Reopen' })).toBeNull();
  });

  it('given onReopen and a policy that allows updating, Reopen calls it; a refusing policy shows no Reopen', async () => {
    const user = userEvent.setup();
    const { store, cycleStore, closeOut } = await closedStores();
    const onReopen = vi.fn(() => void cycleStore.reopen('obj-user-activity'));
    const { rerender } = render(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
        <ObjectiveCard objectiveId="obj-user-activity" closeOut={closeOut} onReopen={onReopen} />
      </OkrProvider>,
    );
    rerender(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US" can={(action) => action === 'read'}>
        <ObjectiveCard objectiveId="obj-user-activity" closeOut={closeOut} onReopen={onReopen} />
      </OkrProvider>,
    );
    expect(screen.queryByRole('button', { name: 'Reopen' })).toBeNull();
    rerender(
      <OkrProvider store={store} now={domainExamplesNow} locale="en-US">
        <ObjectiveCard objectiveId="obj-user-activity" closeOut={closeOut} onReopen={onReopen} />
      </OkrProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(onReopen).toHaveBeenCalledOnce();
    expect(await screen.findAllByRole('button', { name: /check in/i })).not.toHaveLength(0);
    expect(screen.getByRole('article')).not.toHaveAttribute('data-closed');
  });
});
