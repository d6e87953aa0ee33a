import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OkrStore } from '@okrkit/core';
import { describe, expect, it } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { ObjectiveEditorForm } from './objective-editor';
import type { ObjectiveEditorRootProps } from './objective-editor-root';

// The parts, one by one: the parent / contributes-to picker (objective-picker.tsx), the key-result
// rows (key-result-rows.tsx) and the metric fields of each kind (metric-fields.tsx). The editor as a
// whole (save, conflicts, backups) is specified in objective-editor.test.tsx.

let ids = 0;
const generateId = (kind: 'objective' | 'keyResult') => `${kind}-part-${++ids}`;

async function renderEditor(props: Partial<ObjectiveEditorRootProps> = {}): Promise<OkrStore> {
  const { store } = await loadedStore();
  render(
    <OkrProvider store={store} now="2026-02-15T00:00:00Z" locale="en-US" directory={exampleDirectory}>
      <ObjectiveEditorForm periodId="q1-2026" generateId={generateId} {...props} />
    </OkrProvider>,
  );
  return store;
}

const titleInputs = () => screen.getAllByRole('textbox', { name: /^Key result \d+$/ }) as HTMLInputElement[];
const titles = () => titleInputs().map((input) => input.value);

describe('ObjectiveEditor parent picker', () => {
  it('given a word of an ancestor’s title, it finds the objectives below it and shows each one’s whole path, every step isolated', async () => {
    await renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Aligned to' }));
    // "Brightline" is only in the company objective's title: its descendants match through their path.
    await user.keyboard('brightline');
    const options = within(screen.getByRole('listbox', { name: 'Aligned to' })).getAllByRole('option');
    const support = options.find((option) => option.textContent?.includes('Answer every customer quickly and well')) as HTMLElement;
    expect(support).toBeDefined();
    const steps = [...support.querySelectorAll('[data-slot="objective-editor-option-path"] > bdi')].map((step) => step.textContent);
    expect(steps).toEqual([
      'Make Brightline the app our users open every day',
      ' › Significantly increase user activity',
      ' › Keep the users we win',
      ' › Answer every customer quickly and well',
    ]);
    expect(options.some((option) => option.textContent?.includes('Grow a team that learns faster'))).toBe(false);
  });

  it('given the objective being edited, it refuses itself and every objective below it (a loop), by click as by Enter', async () => {
    await renderEditor({ objectiveId: 'obj-retention' });
    const user = userEvent.setup();
    const picker = screen.getByRole('combobox', { name: 'Aligned to' });
    await user.click(picker);
    await user.keyboard('keep the users');
    const self = within(screen.getByRole('listbox', { name: 'Aligned to' })).getByRole('option', { name: /Keep the users we win — This is the objective itself/ });
    expect(self).toHaveAttribute('aria-disabled', 'true');
    await user.click(self);
    await user.clear(picker);
    await user.keyboard('answer every');
    const below = within(screen.getByRole('listbox', { name: 'Aligned to' })).getByRole('option', { name: /Answer every customer.*would make a loop/ });
    expect(below).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    // Still aligned to what it was: neither choice was taken, and the list stays open.
    expect(screen.getByText(/^Aligned to:/).parentElement).toHaveTextContent('Significantly increase user activity');
    expect(picker).toHaveAttribute('aria-expanded', 'true');
  });

  it('given a chosen parent, it is not offered again, and "Also contributes to" offers neither the parent nor what was already chosen', async () => {
    await renderEditor({ objectiveId: 'obj-retention' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('combobox', { name: 'Aligned to' }));
    await user.keyboard('significantly');
    expect(within(screen.getByRole('listbox', { name: 'Aligned to' })).queryByRole('option', { name: /^Make Brightline.*Significantly increase user activity$/ })).toBeNull();
    const contributes = screen.getByRole('combobox', { name: 'Also contributes to' });
    await user.click(contributes);
    await user.keyboard('open a second{Enter}');
    expect(within(screen.getByRole('list', { name: 'Also contributes to' })).getByText('Open a second acquisition channel')).toBeInTheDocument();
    await user.click(contributes);
    await user.keyboard('open a second');
    expect(within(screen.getByRole('listbox', { name: 'Also contributes to' })).queryAllByRole('option')).toHaveLength(0);
    expect(within(screen.getByRole('listbox', { name: 'Also contributes to' })).getByText('No objective matches.')).toBeInTheDocument();
    // Removing the contribution offers it again.
    await user.click(screen.getByRole('button', { name: 'Remove Open a second acquisition channel' }));
    await user.click(contributes);
    await user.clear(contributes);
    await user.keyboard('open a second');
    expect(within(screen.getByRole('listbox', { name: 'Also contributes to' })).getAllByRole('option')).toHaveLength(1);
  });

  it('given an open list, Esc closes it without choosing, and "Remove" clears the parent back to "Not aligned"', async () => {
    await renderEditor({ objectiveId: 'obj-retention' });
    const user = userEvent.setup();
    const picker = screen.getByRole('combobox', { name: 'Aligned to' });
    await user.click(picker);
    await user.keyboard('grow a team{Escape}');
    expect(picker).toHaveAttribute('aria-expanded', 'false');
    expect(document.getElementById(picker.getAttribute('aria-controls') ?? '')).toHaveAttribute('hidden');
    expect(document.querySelectorAll('[data-slot="objective-editor-options"] [role="option"]')).toHaveLength(0);
    const value = screen.getByText(/^Aligned to:/).parentElement as HTMLElement;
    expect(value).toHaveTextContent('Significantly increase user activity');
    await user.click(within(value).getByRole('button', { name: 'Remove Significantly increase user activity' }));
    expect(value).toHaveTextContent('Not aligned');
    expect(value.closest('[data-slot="objective-editor-parent"]')).toHaveAttribute('data-state', 'orphan');
  });
});

describe('ObjectiveEditor key-result rows', () => {
  it('given Enter in a row that is not the last, the new row comes right after it, focused', async () => {
    await renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    await user.keyboard('First{Enter}Second');
    await user.click(titleInputs()[0] as HTMLElement);
    await user.keyboard('{Enter}');
    expect(titles()).toEqual(['First', '', 'Second']);
    expect(titleInputs()[1]).toHaveFocus();
  });

  it('given Backspace in a title with text, it deletes a character and keeps the row', async () => {
    await renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    await user.keyboard('Ab{Backspace}');
    expect(titles()).toEqual(['A']);
    await user.keyboard('{Backspace}');
    expect(titles()).toEqual(['']);
    // Only now, in an empty title, does Backspace remove the row.
    await user.keyboard('{Backspace}');
    expect(titleInputs).toThrow();
  });

  it('given the remove button on the first row, that row goes and focus moves to the next one', async () => {
    await renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    await user.keyboard('First{Enter}Second');
    await user.click(screen.getByRole('button', { name: 'Remove key result First' }));
    expect(titles()).toEqual(['Second']);
    expect(titleInputs()[0]).toHaveFocus();
  });

  it('given the first row, "Move up" is aria-disabled and moves nothing; "Move down" on it swaps the two', async () => {
    await renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    await user.keyboard('First{Enter}Second');
    const up = screen.getByRole('button', { name: 'Move First up' });
    expect(up).toHaveAttribute('aria-disabled', 'true');
    await user.click(up);
    expect(titles()).toEqual(['First', 'Second']);
    expect(screen.getByRole('button', { name: 'Move Second down' })).toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('button', { name: 'Move First down' }));
    expect(titles()).toEqual(['Second', 'First']);
  });
});

describe('ObjectiveEditor metric fields', () => {
  async function oneRow() {
    await renderEditor();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add key result' }));
    const row = () => titleInputs()[0]?.closest('li') as HTMLElement;
    return { user, row };
  }
  const fieldNames = (row: HTMLElement) =>
    [...row.querySelectorAll('[data-slot="objective-editor-metric"] :is(input, select)')].map((control) => (control as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? '');

  it('given each kind in turn, it shows exactly that kind’s fields', async () => {
    const { user, row } = await oneRow();
    const kind = () => within(row()).getByRole('combobox', { name: 'Measured as' });
    expect(fieldNames(row())).toEqual(['From', 'To', 'Now', 'Unit']);
    await user.selectOptions(kind(), 'binary');
    expect(fieldNames(row())).toEqual(['Done']);
    await user.selectOptions(kind(), 'guardrail');
    expect(fieldNames(row())).toEqual(['Must stay', 'Threshold', 'Now', 'Unit']);
    await user.selectOptions(kind(), 'guardrail-range');
    expect(fieldNames(row())).toEqual(['Lowest', 'Highest', 'Now', 'Unit']);
    await user.selectOptions(kind(), 'milestones');
    expect(within(row()).getByRole('group', { name: 'Milestones' })).toBeInTheDocument();
    expect(within(row()).queryByRole('spinbutton', { name: 'From' })).toBeNull();
    expect(row()).toHaveAttribute('data-state', 'milestones');
  });

  it('given milestones, "Add milestone" adds a row to name and "Remove milestone" takes exactly that one away', async () => {
    const { user, row } = await oneRow();
    await user.selectOptions(within(row()).getByRole('combobox', { name: 'Measured as' }), 'milestones');
    const group = () => within(row()).getByRole('group', { name: 'Milestones' });
    const before = within(group()).queryAllByRole('textbox', { name: 'Milestone' }).length;
    await user.click(within(group()).getByRole('button', { name: 'Add milestone' }));
    await user.click(within(group()).getByRole('button', { name: 'Add milestone' }));
    const named = within(group()).getAllByRole('textbox', { name: 'Milestone' });
    expect(named).toHaveLength(before + 2);
    await user.type(named[before] as HTMLElement, 'Contract signed');
    await user.type(named[before + 1] as HTMLElement, 'Pilot live');
    await user.click(within(group()).getByRole('button', { name: 'Remove milestone Contract signed' }));
    const left = within(group()).getAllByRole('textbox', { name: 'Milestone' }) as HTMLInputElement[];
    expect(left.map((input) => input.value)).toContain('Pilot live');
    expect(left.map((input) => input.value)).not.toContain('Contract signed');
  });

  it('given a unit, Money asks for its code (upper-cased as typed) and Other for its names; Number asks for nothing more', async () => {
    const { user, row } = await oneRow();
    const unit = () => within(row()).getByRole('combobox', { name: 'Unit' });
    await user.selectOptions(unit(), 'currency');
    const code = within(row()).getByRole('textbox', { name: 'Currency code' });
    expect(code).toHaveValue('EUR');
    await user.clear(code);
    await user.type(code, 'vnd');
    expect(code).toHaveValue('VND');
    await user.selectOptions(unit(), 'custom');
    expect(within(row()).queryByRole('textbox', { name: 'Currency code' })).toBeNull();
    expect(within(row()).getByRole('textbox', { name: 'Unit name' })).toHaveAttribute('dir', 'auto');
    expect(within(row()).getByRole('textbox', { name: 'Unit name for one' })).toBeInTheDocument();
    await user.selectOptions(unit(), 'count');
    expect(within(row()).queryByRole('textbox', { name: /Unit name/ })).toBeNull();
    expect(row().querySelector('[data-slot="objective-editor-unit"]')).toHaveAttribute('data-state', 'count');
  });
});
