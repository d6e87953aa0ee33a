import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { CheckIn } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { overtakingStores } from '../internal/overtaking-stores';
import { loadedStore, withProvider } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { CheckInDialog } from './index';

const checkInsOf = (store: Awaited<ReturnType<typeof loadedStore>>['store'], keyResultId: string) =>
  store.getSnapshot().okrSet.checkIns.filter((checkIn) => checkIn.keyResultId === keyResultId);

describe('CheckInDialog', () => {
  it('given a trigger, when pressed, it opens a named dialog prefilled with the current value; Save records the check-in and focus returns', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const onCheckedIn = vi.fn();
    render(withProvider(store, <CheckInDialog keyResultId="kr-mau" trigger={<button type="button">Check in</button>} onCheckedIn={onCheckedIn} />));
    const trigger = screen.getByRole('button', { name: 'Check in' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Check in: Monthly active users +20 %' });
    expect(dialog).toHaveAccessibleDescription(/current value: 1,100,000/i);
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    expect(value).toHaveValue(1_100_000);
    await user.clear(value);
    await user.type(value, '1160000');
    await user.type(screen.getByRole('spinbutton', { name: /confidence/i }), '70');
    await user.type(screen.getByRole('textbox', { name: /note/i }), 'Campaign landed');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
    expect(onCheckedIn).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr-mau', value: 1_160_000, confidence: 0.7, note: 'Campaign landed' }));
    expect(checkInsOf(store, 'kr-mau').at(-1)).toMatchObject({ value: 1_160_000, confidence: 0.7 });
  });

  it('given a colleague checked in meanwhile, when mine is saved, the dialog stays open with a status line naming them, and both check-ins are in the log', async () => {
    const user = userEvent.setup();
    const { mine, theirs, memory } = await overtakingStores();
    await theirs.recordCheckIn({ keyResultId: 'kr-patents', value: 4, authorId: 'jonas-weber' });
    const onCheckedIn = vi.fn();
    render(
      <OkrProvider store={mine} now={domainExamplesNow} locale="en-US" directory={exampleDirectory}>
        <CheckInDialog keyResultId="kr-patents" defaultOpen onCheckedIn={onCheckedIn} />
      </OkrProvider>,
    );
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    await user.clear(value);
    await user.type(value, '5');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Jonas Weber, Head of Product checked in 4 patents meanwhile; your check-in was recorded after it.');
    expect(screen.getByRole('dialog')).toHaveAccessibleDescription(/current value: 5 patents/i);
    expect(onCheckedIn).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr-patents', value: 5 }));
    const { records } = await memory.load();
    const values = records.filter((stored) => stored.kind === 'checkIn' && (stored.record as CheckIn).keyResultId === 'kr-patents').map((stored) => (stored.record as CheckIn).value);
    expect(values.slice(-2)).toEqual([4, 5]);
  });

  it('given storage offline, a refused save keeps the dialog open with the form as typed (the form’s own file specifies its messages)', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    const onCheckedIn = vi.fn();
    render(withProvider(store, <CheckInDialog keyResultId="kr-patents" defaultOpen onCheckedIn={onCheckedIn} />));
    await user.type(screen.getByRole('textbox', { name: /note/i }), 'Filed the fourth');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /note/i })).toHaveValue('Filed the fourth');
    expect(onCheckedIn).not.toHaveBeenCalled();
  });

  it('given a KR the store does not hold, the dialog says so and offers no form', async () => {
    const { store } = await loadedStore();
    render(withProvider(store, <CheckInDialog keyResultId="kr-unknown" defaultOpen />));
    expect(screen.getByRole('dialog', { name: 'Check in: kr-unknown' })).toHaveAccessibleDescription('This objective does not exist (any more).');
    expect(screen.queryByRole('button', { name: 'Save' })).not.toBeInTheDocument();
  });

  it('given controlled `open`, it opens and closes as the host says and reports requests through onOpenChange', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const onOpenChange = vi.fn();
    function Host() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button type="button" onClick={() => setOpen(true)}>
            Open from host
          </button>
          <CheckInDialog
            keyResultId="kr-mau"
            open={open}
            onOpenChange={(next) => {
              onOpenChange(next);
              setOpen(next);
            }}
          />
        </>
      );
    }
    render(withProvider(store, <Host />));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open from host' }));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenCalledWith(false);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
