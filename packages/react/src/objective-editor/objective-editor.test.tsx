import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryDraftBackup, objectiveTemplates, type OkrStore } from '@okrkit/core';
import type { ObjectiveDraft } from './objective-editor.types';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { OkrProvider } from '../provider/index';
import { exampleDirectory } from '../provider/directory.fixtures';
import { ObjectiveEditorForm } from './objective-editor';
import type { ObjectiveEditorRootProps } from './objective-editor-root';

let ids = 0;
const generateId = (kind: 'objective' | 'keyResult') => `${kind}-${++ids}`;

function renderEditor(store: OkrStore, props: Partial<ObjectiveEditorRootProps> = {}, can?: (action: string) => boolean) {
  return render(
    <OkrProvider store={store} now="2026-02-15T00:00:00Z" locale="en-US" directory={exampleDirectory} can={can as never}>
      <ObjectiveEditorForm periodId="q1-2026" generateId={generateId} {...props} />
    </OkrProvider>,
  );
}

describe('ObjectiveEditor', () => {
  it('given a new objective, when written with the keyboard only (Enter starts the next KR, Backspace removes an empty one, Mod+Enter saves), it stores one draft with its KRs in order', async () => {
    const { store } = await loadedStore();
    const onSaved = vi.fn();
    renderEditor(store, { onSaved });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Objective'), 'Win the mid-market segment this quarter');
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    expect(screen.getByLabelText('Key result 1')).toHaveFocus();
    await user.keyboard('Reach 500 paying mid-market teams{Enter}');
    expect(screen.getByLabelText('Key result 2')).toHaveFocus();
    await user.keyboard('Churn stays below 3 percent{Enter}');
    expect(screen.getByLabelText('Key result 3')).toHaveFocus();
    await user.keyboard('{Backspace}');
    expect(screen.queryByLabelText('Key result 3')).toBeNull();
    expect(screen.getByLabelText('Key result 2')).toHaveFocus();
    const second = screen.getByLabelText('Key result 2').closest('li') as HTMLElement;
    await user.selectOptions(within(second).getByLabelText('Measured as'), 'guardrail');
    const threshold = within(second).getByLabelText('Threshold');
    await user.clear(threshold);
    await user.type(threshold, '3');
    await user.click(screen.getByLabelText('Key result 1'));
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    const saved = store.getSnapshot().okrSet;
    const objective = saved.objectives.find((candidate) => candidate.title === 'Win the mid-market segment this quarter');
    expect(objective?.state).toBe('draft');
    const keyResults = saved.keyResults.filter((keyResult) => keyResult.objectiveId === objective?.id);
    expect(keyResults.map((keyResult) => [keyResult.title, keyResult.metric.kind, (keyResult as { position?: number }).position])).toEqual([
      ['Reach 500 paying mid-market teams', 'numeric', 1],
      ['Churn stays below 3 percent', 'guardrail', 2],
    ]);
    expect(keyResults[1]?.metric).toMatchObject({ threshold: 3 });
  });

  it('given an empty title and a number field cleared, it shows the core’s messages at the fields as you type, and hints that never block Save', async () => {
    const { store } = await loadedStore();
    renderEditor(store);
    const user = userEvent.setup();
    const title = screen.getByLabelText('Objective');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    await user.type(title, 'Growth');
    expect(title).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    const target = within(screen.getByLabelText('Key result 1').closest('li') as HTMLElement).getByLabelText('To');
    await user.clear(target);
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(target.getAttribute('aria-describedby')).toBeTruthy();
    const hints = screen.getByRole('region', { name: 'Suggestions' });
    await user.selectOptions(screen.getByLabelText('Team'), 'brightline-growth');
    await waitFor(() => expect(within(hints).getAllByRole('listitem').map((item) => item.getAttribute('data-code'))).toEqual(expect.arrayContaining(['vague-objective', 'orphan-objective'])));
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('given a keystroke, the hints follow after the paint that shows it, never before', async () => {
    const { store } = await loadedStore();
    const frames: FrameRequestCallback[] = [];
    renderEditor(store);
    const codes = () => within(screen.getByRole('region', { name: 'Suggestions' })).queryAllByRole('listitem').map((item) => item.getAttribute('data-code'));
    fireEvent.change(screen.getByLabelText('Objective'), { target: { value: 'Make the mid-market segment our best-served customers this quarter' } });
    await waitFor(() => expect(codes()).not.toContain('vague-objective'));
    const before = codes();
    const hold = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    fireEvent.change(screen.getByLabelText('Objective'), { target: { value: 'Growth' } });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    // The frame has not come: the field shows the text, the hints are still the old ones.
    expect(screen.getByLabelText('Objective')).toHaveValue('Growth');
    expect(codes()).toEqual(before);
    expect(frames.length).toBeGreaterThan(0);
    hold.mockRestore();
    await act(async () => {
      for (const frame of frames.splice(0)) frame(performance.now());
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(codes()).toContain('vague-objective');
  });

  it('given storage refuses the save, it keeps everything typed with the reason and a Retry', async () => {
    const { store } = await loadedStore({ mode: 'offline' });
    renderEditor(store);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Objective'), 'Make onboarding effortless for new teams');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/Not saved/);
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByLabelText('Objective')).toHaveValue('Make onboarding effortless for new teams');
  });

  it('given a stored objective, it edits its title and KRs in one save, removing a KR in the same batch', async () => {
    const { store } = await loadedStore();
    const before = store.getSnapshot().okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === 'obj-user-activity');
    expect(before.length).toBeGreaterThan(1);
    const onSaved = vi.fn();
    renderEditor(store, { objectiveId: 'obj-user-activity', onSaved });
    const user = userEvent.setup();
    const form = screen.getByRole('form', { name: 'Edit objective: Significantly increase user activity' });
    const title = within(form).getByLabelText('Objective');
    await user.clear(title);
    await user.type(title, 'Make user activity a daily habit');
    await user.click(screen.getByRole('button', { name: `Remove key result ${before[0]!.title}` }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const after = store.getSnapshot().okrSet;
    expect(after.objectives.find((objective) => objective.id === 'obj-user-activity')?.title).toBe('Make user activity a daily habit');
    expect(after.keyResults.some((keyResult) => keyResult.id === before[0]!.id)).toBe(false);
  });

  it('moves a KR with Alt+↓, keeps focus on it and announces the new place', async () => {
    const { store } = await loadedStore();
    renderEditor(store, { objectiveId: 'obj-user-activity' });
    const user = userEvent.setup();
    const first = screen.getByLabelText('Key result 1') as HTMLInputElement;
    const firstTitle = first.value;
    first.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(screen.getByLabelText('Key result 2')).toHaveValue(firstTitle);
    expect(screen.getByLabelText('Key result 2')).toHaveFocus();
    expect(screen.getByText(/Moved to position 2 of/)).toBeInTheDocument();
  });

  it('given KRs stored in another order, it lists them by position, and a move then Save stores the new positions', async () => {
    const { store, adapter } = await loadedStore();
    const stored = store.getSnapshot().okrSet.keyResults.filter((keyResult) => keyResult.objectiveId === 'obj-user-activity').map((keyResult) => keyResult.id);
    const reversed = [...stored].reverse();
    await store.reorderKeyResults('obj-user-activity', reversed);
    const titleOf = (id: string) => store.getSnapshot().okrSet.keyResults.find((keyResult) => keyResult.id === id)!.title;
    renderEditor(store, { objectiveId: 'obj-user-activity', onSaved: vi.fn() });
    const user = userEvent.setup();
    reversed.forEach((id, at) => expect(screen.getByLabelText(`Key result ${at + 1}`)).toHaveValue(titleOf(id)));
    (screen.getByLabelText('Key result 1') as HTMLInputElement).focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const expected = [reversed[1], reversed[0], ...reversed.slice(2)];
    await waitFor(() => expect(store.getSnapshot().pendingWrites).toBe(0));
    const { records } = await adapter.load();
    const positions = new Map(records.filter((entry) => entry.kind === 'keyResult').map((entry) => [(entry.record as { id: string }).id, (entry.record as { position?: number }).position]));
    expect(expected.map((id) => positions.get(id!))).toEqual(expected.map((_, at) => at + 1));
  });

  it('picks a parent in the combobox by keyboard, and lists its own descendants disabled with the reason', async () => {
    const { store } = await loadedStore();
    renderEditor(store, { objectiveId: 'obj-user-activity' });
    const user = userEvent.setup();
    const picker = screen.getByRole('combobox', { name: 'Aligned to' });
    await user.click(picker);
    await user.keyboard('keep the users');
    const listbox = screen.getByRole('listbox', { name: 'Aligned to' });
    const [option] = within(listbox).getAllByRole('option');
    expect(option).toHaveTextContent(/Keep the users we win — Already aligned below/);
    expect(option).toHaveAttribute('aria-disabled', 'true');
    expect(picker).toHaveAttribute('aria-activedescendant', option!.id);
    await user.keyboard('{Enter}');
    const parentValue = () => screen.getByText(/^Aligned to:/).parentElement as HTMLElement;
    expect(parentValue()).toHaveTextContent('Make Brightline the app our users open every day');
    await user.clear(picker);
    await user.keyboard('grow a team{ArrowDown}{ArrowUp}{Enter}');
    expect(parentValue()).toHaveTextContent('Grow a team that learns faster than our market');
  });

  it('Esc with unsaved changes asks first; Discard cancels', async () => {
    const { store } = await loadedStore();
    const onCancel = vi.fn();
    renderEditor(store, { onCancel });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Objective'), 'Something');
    await user.keyboard('{Escape}');
    const dialog = screen.getByRole('alertdialog', { name: 'Discard your unsaved changes?' });
    expect(onCancel).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('given a policy that refuses editing, every field is disabled and the reason is said', async () => {
    const { store } = await loadedStore();
    renderEditor(store, { objectiveId: 'obj-user-activity' }, () => false);
    expect(screen.getByLabelText('Objective')).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    expect(screen.getByRole('note')).toHaveTextContent(/can't/);
    await act(async () => {});
  });

  it('given a template chosen from "Start from a template", it fills the title and KRs and keeps the chosen period and team', async () => {
    const { store } = await loadedStore();
    renderEditor(store);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Team'), 'brightline-growth');
    await user.click(screen.getByRole('button', { name: 'Start from a template' }));
    const template = objectiveTemplates[0]!;
    await user.click(screen.getByRole('button', { name: template.name }));
    expect(screen.getByLabelText('Objective')).toHaveValue(template.objective.title ?? template.name);
    expect(screen.getAllByLabelText(/^Key result \d$/).map((input) => (input as HTMLInputElement).value)).toEqual(template.keyResults.map((keyResult) => keyResult.title));
    expect(screen.getByLabelText('Key result 1')).toHaveFocus();
    expect(screen.getByLabelText('Team')).toHaveValue('brightline-growth');
    expect(screen.getByLabelText('Period')).toHaveValue('q1-2026');
  });

  it('given an unsaved new draft and a reload, it offers the draft back from the backup', async () => {
    const { store } = await loadedStore();
    const backup = createMemoryDraftBackup<ObjectiveDraft>();
    const first = renderEditor(store, { backup });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Objective'), 'Typed before the tab closed');
    first.unmount();
    renderEditor(store, { backup });
    const offer = await screen.findByRole('group', { name: 'You have an unsaved draft of this objective.' });
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(screen.getByLabelText('Objective')).toHaveValue('Typed before the tab closed');
  });
});
