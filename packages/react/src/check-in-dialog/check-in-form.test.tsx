import type { KeyResult } from '@okrkit/core';
import * as Dialog from '@radix-ui/react-dialog';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { loadedStore, withProvider } from '../objective-card/objective-card.test-utils';
import { OkrProvider } from '../provider/index';
import { CheckInForm } from './check-in-form';

type Store = Awaited<ReturnType<typeof loadedStore>>['store'];

const keyResultOf = (store: Store, keyResultId: string) => store.getSnapshot().okrSet.keyResults.find((item) => item.id === keyResultId) as KeyResult;
const checkInsOf = (store: Store, keyResultId: string) => store.getSnapshot().okrSet.checkIns.filter((checkIn) => checkIn.keyResultId === keyResultId);

/** The form as `CheckInDialog` mounts it: inside a Radix dialog root (its Cancel is a `Dialog.Close`). */
function renderForm(store: Store, keyResultId: string, options: { userId?: string } = {}) {
  const onCheckedIn = vi.fn();
  const form = (
    <Dialog.Root open>
      <CheckInForm keyResult={keyResultOf(store, keyResultId)} onCheckedIn={onCheckedIn} />
    </Dialog.Root>
  );
  render(
    options.userId === undefined ? (
      withProvider(store, form)
    ) : (
      <OkrProvider store={store} locale="en-US" userId={options.userId}>
        {form}
      </OkrProvider>
    ),
  );
  return { onCheckedIn };
}

describe('CheckInForm: fields follow the metric', () => {
  it('given a numeric KR, it offers its current value with the unit, then an optional confidence with its hint, and a note', async () => {
    const { store } = await loadedStore();
    renderForm(store, 'kr-churn');
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    expect(value).toHaveValue(4);
    expect(value.nextElementSibling).toHaveTextContent('%');
    expect(screen.getByRole('spinbutton', { name: 'Confidence (optional)' })).toHaveAccessibleDescription('How likely is the target to be met, from 0 to 100 %?');
    expect(screen.getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('given a milestones KR, it offers one box per milestone and records the ticked ones', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const { onCheckedIn } = renderForm(store, 'kr-training-application');
    const group = screen.getByRole('group', { name: 'Milestones' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Every attendee names one practice to try' })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Managers review the practice in 1:1s' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onCheckedIn).toHaveBeenCalledOnce());
    expect(checkInsOf(store, 'kr-training-application').at(-1)?.value).toBe(2);
  });

  it('given a binary KR, it offers a "Done" box', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const { onCheckedIn } = renderForm(store, 'kr-onboarding-checklist');
    expect(screen.queryByRole('spinbutton', { name: 'New value' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Done' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onCheckedIn).toHaveBeenCalledOnce());
    expect(store.getSnapshot().okrSet.keyResults.find((item) => item.id === 'kr-onboarding-checklist')?.metric).toMatchObject({ done: true });
  });
});

describe('CheckInForm: saving', () => {
  it('given invalid fields, when saved, the messages sit at their fields and nothing is recorded', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const record = vi.spyOn(store, 'recordCheckIn');
    renderForm(store, 'kr-mau');
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

  it('given a field message, when the user changes that field, its message goes', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    renderForm(store, 'kr-mau');
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    await user.clear(value);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(value).toHaveAccessibleDescription('Enter a number');
    await user.type(value, '1');
    expect(value).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Enter a number')).not.toBeInTheDocument();
  });

  it('given valid fields, Save records the check-in (confidence as a share) and hands it to onCheckedIn', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const { onCheckedIn } = renderForm(store, 'kr-patents');
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    await user.clear(value);
    await user.type(value, '4');
    await user.type(screen.getByRole('spinbutton', { name: /confidence/i }), '80');
    await user.type(screen.getByRole('textbox', { name: /note/i }), '  Fourth filed  ');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onCheckedIn).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr-patents', value: 4, confidence: 0.8, note: 'Fourth filed' }), null));
  });

  it('given the provider knows the signed-in user, the check-in records them as its author', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    renderForm(store, 'kr-mau', { userId: 'priya' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(checkInsOf(store, 'kr-mau').at(-1)).toMatchObject({ authorId: 'priya' }));
  });

  it('given storage offline, when saved, everything typed stays, the error shows, and Retry sends it again', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    const { onCheckedIn } = renderForm(store, 'kr-patents');
    const value = screen.getByRole('spinbutton', { name: 'New value' });
    await user.clear(value);
    await user.type(value, '4');
    await user.type(screen.getByRole('textbox', { name: /note/i }), 'Filed the fourth');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    expect(onCheckedIn).not.toHaveBeenCalled();
    expect(value).toHaveValue(4);
    expect(screen.getByRole('textbox', { name: /note/i })).toHaveValue('Filed the fourth');
    const retry = vi.spyOn(store, 'recordCheckIn').mockResolvedValue({ checkIn: { id: 'c-new', keyResultId: 'kr-patents', at: '2026-02-15T12:00:00Z', value: 4 }, overtook: null });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(retry).toHaveBeenCalledWith(expect.objectContaining({ keyResultId: 'kr-patents', value: 4, note: 'Filed the fourth' }));
    await waitFor(() => expect(onCheckedIn).toHaveBeenCalledWith(expect.objectContaining({ id: 'c-new' }), null));
  });

  it('given read-only storage, when saved, it says so and offers no Retry', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'read-only' });
    renderForm(store, 'kr-patents');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Not saved. This storage is read-only.');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});
