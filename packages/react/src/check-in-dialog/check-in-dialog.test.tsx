import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OkrProvider } from '../provider/index';
import { loadedStore, withProvider } from '../objective-card/objective-card.test-utils';
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

  it("given the provider knows the signed-in user, the check-in records them as its author", async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(
      <OkrProvider store={store} locale="en-US" userId="priya">
        <CheckInDialog keyResultId="kr-mau" defaultOpen />
      </OkrProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(checkInsOf(store, 'kr-mau').at(-1)).toMatchObject({ authorId: 'priya' }));
  });

  it('given invalid fields, when saved, the messages sit at their fields and nothing is recorded', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const record = vi.spyOn(store, 'recordCheckIn');
    render(withProvider(store, <CheckInDialog keyResultId="kr-mau" defaultOpen />));
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    await user.clear(value);
    const confidence = screen.getByRole('spinbutton', { name: /confidence/i });
    await user.type(confidence, '140');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(value).toHaveAttribute('aria-invalid', 'true');
    expect(value).toHaveAccessibleDescription('Enter a number');
    expect(value).toHaveFocus();
    expect(confidence).toHaveAttribute('aria-invalid', 'true');
    expect(confidence).toHaveAccessibleDescription(/Confidence must be between 0 and 100 %/);
    expect(record).not.toHaveBeenCalled();
  });

  it('given storage offline, when saved, everything typed stays, the error shows, and Retry sends it again', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(withProvider(store, <CheckInDialog keyResultId="kr-patents" defaultOpen />));
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    await user.clear(value);
    await user.type(value, '4');
    await user.type(screen.getByRole('textbox', { name: /note/i }), 'Filed the fourth');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(value).toHaveValue(4);
    expect(screen.getByRole('textbox', { name: /note/i })).toHaveValue('Filed the fourth');
    const retry = vi.spyOn(store, 'recordCheckIn').mockResolvedValue({ id: 'c-new', keyResultId: 'kr-patents', at: '2026-02-15T12:00:00Z', value: 4 });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr-patents', value: 4, note: 'Filed the fourth' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('given a milestones KR, it offers one box per milestone and records the ticked ones', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <CheckInDialog keyResultId="kr-training-application" defaultOpen />));
    const group = screen.getByRole('group', { name: 'Milestones' });
    expect(group).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Managers review the practice in 1:1s' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(checkInsOf(store, 'kr-training-application').at(-1)?.value).toBe(2);
  });

  it('given a binary KR, it offers a "Done" box', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <CheckInDialog keyResultId="kr-onboarding-checklist" defaultOpen />));
    await user.click(screen.getByRole('checkbox', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(store.getSnapshot().okrSet.keyResults.find((item) => item.id === 'kr-onboarding-checklist')?.metric).toMatchObject({ done: true });
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

  it('given a card, its "Check in" button opens the dialog for that KR', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const { ObjectiveCard } = await import('../objective-card/index');
    render(withProvider(store, <ObjectiveCard objectiveId="obj-tech-innovation" />));
    await user.click(screen.getByRole('button', { name: 'Check in: File at least 5 core patents' }));
    expect(screen.getByRole('dialog', { name: 'Check in: File at least 5 core patents' })).toBeInTheDocument();
  });
});
