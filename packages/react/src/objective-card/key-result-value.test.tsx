import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OkrProvider, useKeyResult } from '../provider/index';
import type { CheckIn, KeyResult } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { overtakingStores } from '../internal/overtaking-stores';
import { exampleDirectory } from '../provider/directory.fixtures';
import { KeyResultValue } from './key-result-value';
import { loadedStore, withProvider } from './objective-card.test-utils';

/** The value as a card row hosts it: the KR read from the store, so a saved check-in shows. */
function ValueOf({ keyResultId, readOnly = false }: { keyResultId: string; readOnly?: boolean }) {
  const keyResult = useKeyResult(keyResultId);
  return keyResult ? <KeyResultValue keyResult={keyResult} readOnly={readOnly} /> : null;
}

const lastCheckIn = (store: Awaited<ReturnType<typeof loadedStore>>['store'], keyResultId: string) =>
  store.getSnapshot().okrSet.checkIns.filter((checkIn) => checkIn.keyResultId === keyResultId).at(-1);

describe('KeyResultValue, edited in place', () => {
  it('given a numeric KR, when its value is edited and Enter pressed, it records a check-in', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ValueOf keyResultId="kr-mau" />));
    await user.click(screen.getByRole('button', { name: /current value of monthly active users/i }));
    const field = screen.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await user.clear(field);
    await user.type(field, '1150000{Enter}');
    expect(await screen.findByRole('button', { name: /current value of monthly active users \+20 %: 1,150,000/i })).toBeInTheDocument();
    expect(lastCheckIn(store, 'kr-mau')?.value).toBe(1_150_000);
  });

  it('given a value being edited, when Esc is pressed or the field is empty, nothing is recorded', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const record = vi.spyOn(store, 'recordCheckIn');
    render(withProvider(store, <ValueOf keyResultId="kr-mau" />));
    await user.click(screen.getByRole('button', { name: /current value of monthly active users/i }));
    const field = screen.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await user.clear(field);
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(record).not.toHaveBeenCalled();
  });

  it('given the value unchanged, when Enter is pressed, no check-in is recorded and focus returns to the value', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    const record = vi.spyOn(store, 'recordCheckIn');
    render(withProvider(store, <ValueOf keyResultId="kr-mau" />));
    await user.click(screen.getByRole('button', { name: /current value of monthly active users/i }));
    await user.keyboard('{Enter}');
    expect(record).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: /current value of monthly active users \+20 %: 1,100,000/i })).toHaveFocus();
  });

  it('given storage offline, when a value is saved, the typed value stays with the message and Retry', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(withProvider(store, <ValueOf keyResultId="kr-mau" />));
    await user.click(screen.getByRole('button', { name: /current value of monthly active users/i }));
    const field = screen.getByRole('spinbutton', { name: /current value of monthly active users/i });
    await user.clear(field);
    await user.type(field, '1180000{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    expect(screen.getByRole('spinbutton', { name: /current value of monthly active users/i })).toHaveValue(1_180_000);
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('given a colleague checked in meanwhile, when mine is saved, both stay in the log, the KR shows mine, and a status line says whose check-in mine came after', async () => {
    const user = userEvent.setup();
    const { mine, theirs, memory } = await overtakingStores();
    await theirs.recordCheckIn({ keyResultId: 'kr-patents', value: 4, authorId: 'jonas-weber' });
    render(
      <OkrProvider store={mine} now={domainExamplesNow} locale="en-US" userId="mei-lin" directory={exampleDirectory}>
        <ValueOf keyResultId="kr-patents" />
      </OkrProvider>,
    );
    await user.click(screen.getByRole('button', { name: /current value of file at least 5 core patents/i }));
    const field = screen.getByRole('spinbutton', { name: /current value of file at least 5 core patents/i });
    await user.clear(field);
    await user.type(field, '5{Enter}');
    expect(await screen.findByRole('status')).toHaveTextContent('Jonas Weber, Head of Product checked in 4 patents meanwhile; your check-in was recorded after it.');
    expect(screen.getByRole('button', { name: /current value of file at least 5 core patents: 5 patents/i })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const { records } = await memory.load();
    const log = records.filter((stored) => stored.kind === 'checkIn' && (stored.record as CheckIn).keyResultId === 'kr-patents').map((stored) => stored.record as CheckIn);
    expect(log.slice(-2)).toEqual([expect.objectContaining({ value: 4, authorId: 'jonas-weber' }), expect.objectContaining({ value: 5, authorId: 'mei-lin' })]);
    expect(records.find((stored) => stored.kind === 'keyResult' && (stored.record as KeyResult).id === 'kr-patents')?.record).toMatchObject({ metric: { current: 5 } });
  });

  it('given a binary KR, when its "Done" label is clicked, the one checkbox records the KR as done', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(withProvider(store, <ValueOf keyResultId="kr-onboarding-checklist" />));
    const toggle = screen.getByRole('checkbox', { name: 'Ship the in-app onboarding checklist: Done' });
    expect(toggle).not.toBeChecked();
    expect(screen.queryByRole('switch')).not.toBeInTheDocument();
    await user.click(screen.getByText('Done'));
    expect(await screen.findByRole('checkbox', { name: /onboarding checklist/i })).toBeChecked();
    const keyResult = store.getSnapshot().okrSet.keyResults.find((item) => item.id === 'kr-onboarding-checklist');
    expect(keyResult?.metric).toMatchObject({ kind: 'binary', done: true });
  });

  it('given a refused toggle, the checkbox keeps showing what the user chose, with the reason', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore({ mode: 'offline' });
    render(withProvider(store, <ValueOf keyResultId="kr-onboarding-checklist" />));
    await user.click(screen.getByRole('checkbox', { name: /onboarding checklist/i }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be reached/i);
    const toggle = screen.getByRole('checkbox', { name: /onboarding checklist/i });
    expect(toggle).toBeChecked();
    expect(toggle).toHaveAccessibleDescription(/could not be reached/i);
  });

  it('given the provider knows the signed-in user, the check-in records them as its author', async () => {
    const user = userEvent.setup();
    const { store } = await loadedStore();
    render(
      <OkrProvider store={store} locale="en-US" userId="priya">
        <ValueOf keyResultId="kr-onboarding-checklist" />
      </OkrProvider>,
    );
    await user.click(screen.getByRole('checkbox', { name: /onboarding checklist/i }));
    expect(await screen.findByRole('checkbox', { name: /onboarding checklist/i })).toBeChecked();
    expect(lastCheckIn(store, 'kr-onboarding-checklist')).toMatchObject({ authorId: 'priya', value: 1 });
  });

  it('given read-only, or a milestones KR (ticked in the dialog), the value is text with nothing to press', async () => {
    const { store } = await loadedStore();
    render(
      withProvider(
        store,
        <>
          <ValueOf keyResultId="kr-mau" readOnly />
          <ValueOf keyResultId="kr-training-application" />
        </>,
      ),
    );
    expect(screen.getByText('1,100,000')).toBeInTheDocument();
    expect(screen.getByText('1 of 4 milestones')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
