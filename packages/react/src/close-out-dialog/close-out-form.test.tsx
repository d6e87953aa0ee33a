import { domainExamples, domainExamplesNow } from '@okrkit/core/examples';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OkrProvider } from '../provider/index';
import { closeOutStores } from './close-out-dialog.fixtures';
import { CloseOutDialog } from './index';

// The close-out form's parts (close-out-form.tsx) — Grades, Result, Retrospective, CarryOver —
// each through a real CloseOutDialog over memory-backed stores, on the percent strategy. The
// save, its refusal and the backup are specified in close-out-dialog.test.tsx.

async function renderForm(children?: ReactNode, objectiveId = 'obj-user-activity', initial = domainExamples) {
  const stores = await closeOutStores({ initial });
  render(
    <OkrProvider store={stores.store} now={domainExamplesNow} locale="en-US">
      <CloseOutDialog objectiveId={objectiveId} cycleStore={stores.cycleStore} defaultOpen>
        {children}
      </CloseOutDialog>
    </OkrProvider>,
  );
  return { dialog: within(screen.getByRole('dialog')), stores };
}

describe('CloseOutDialog parts', () => {
  it('given only some parts, it draws those in the host’s order and no others', async () => {
    const { dialog } = await renderForm(
      <>
        <CloseOutDialog.Retrospective />
        <CloseOutDialog.Result />
      </>,
    );
    const groups = dialog.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent);
    expect(groups).toEqual(['Retrospective', 'Result']);
    expect(dialog.queryByRole('group', { name: 'Final grades' })).toBeNull();
    expect(dialog.getByRole('button', { name: 'Close objective' })).toBeInTheDocument();
  });

  it('given a part outside the dialog, it throws a clear error', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<CloseOutDialog.Grades />)).toThrow('CloseOutDialog.Grades must be rendered inside CloseOutDialog');
    spy.mockRestore();
  });
});

describe('CloseOutDialog.Grades', () => {
  it('labels each grade with the key result’s title isolated, asks for a reason only once a grade differs, and marks the row adjusted', async () => {
    const user = userEvent.setup();
    const { dialog } = await renderForm(<CloseOutDialog.Grades />);
    const grades = within(dialog.getByRole('group', { name: 'Final grades' }));
    const mau = grades.getByRole('textbox', { name: 'Final grade of Monthly active users +20 %' });
    expect(grades.getByText('Monthly active users +20 %', { selector: 'label > bdi' })).toBeInTheDocument();
    const row = mau.closest('[data-slot="close-out-dialog-grade"]') as HTMLElement;
    expect(row).not.toHaveAttribute('data-adjusted');
    expect(grades.queryByRole('textbox', { name: /Why the grade of Monthly active users/ })).toBeNull();
    await user.clear(mau);
    await user.type(mau, '70');
    expect(row).toHaveAttribute('data-adjusted', 'true');
    const reason = grades.getByRole('textbox', { name: 'Why the grade of Monthly active users +20 % differs' });
    expect(reason).toHaveAttribute('dir', 'auto');
    // Back to the suggestion with no reason typed: the reason field goes again.
    await user.clear(mau);
    await user.type(mau, '50');
    expect(row).not.toHaveAttribute('data-adjusted');
    expect(grades.queryByRole('textbox', { name: /Why the grade/ })).toBeNull();
  });

  it('given a grade that is not a number, the objective grade falls back to the suggestion (never NaN), and saving names the range at the field', async () => {
    const user = userEvent.setup();
    const { dialog, stores } = await renderForm(<CloseOutDialog.Grades />);
    const mau = dialog.getByRole('textbox', { name: 'Final grade of Monthly active users +20 %' });
    await user.clear(mau);
    await user.type(mau, 'abc');
    expect(dialog.getByText('Objective grade: 45')).toBeInTheDocument();
    expect(dialog.getByRole('group', { name: 'Final grades' }).textContent).not.toMatch(/NaN/);
    await act(async () => fireEvent.click(dialog.getByRole('button', { name: 'Close objective' })));
    expect(mau).toHaveAttribute('aria-invalid', 'true');
    expect(mau).toHaveAccessibleDescription(/Suggested: 50.*Enter a grade between 0 and 100/);
    expect(mau).toHaveFocus();
    expect(stores.cycleStore.getSnapshot().records.closeOuts).toHaveLength(0);
    // Changing the field takes its message away.
    await user.type(mau, '{Backspace}');
    expect(mau).not.toHaveAttribute('aria-invalid');
  });

  it('given an objective without key results, it says there is nothing to grade and shows no objective grade', async () => {
    const initial = { ...domainExamples, objectives: [...domainExamples.objectives, { id: 'obj-bare', title: 'Write the handbook', periodId: 'q1-2026', ownerId: 'priya-nair', state: 'active' as const }] };
    const { dialog } = await renderForm(<CloseOutDialog.Grades />, 'obj-bare', initial);
    expect(dialog.getByText('This objective has no key results to grade.')).toBeInTheDocument();
    expect(dialog.queryByText(/Objective grade/)).toBeNull();
  });
});

describe('CloseOutDialog.Result and .CarryOver', () => {
  it('offers the four results in words; carried over brings the next period (later periods only) and the key results to continue, and another result takes them away', async () => {
    const user = userEvent.setup();
    const { dialog } = await renderForm(
      <>
        <CloseOutDialog.Result />
        <CloseOutDialog.CarryOver />
      </>,
    );
    const result = within(dialog.getByRole('group', { name: 'Result' }));
    expect(result.getAllByRole('radio').map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent)).toEqual(['Achieved', 'Missed', 'Postponed', 'Carried over']);
    expect(dialog.queryByRole('group', { name: 'Carry over' })).toBeNull();
    await user.click(result.getByRole('radio', { name: 'Carried over' }));
    const carry = within(dialog.getByRole('group', { name: 'Carry over' }));
    expect(within(carry.getByRole('combobox', { name: 'Next period' })).getAllByRole('option').map((option) => option.textContent)).toEqual(['—', 'Q2 2026', 'Q3 2026', 'Q4 2026']);
    const continuing = within(carry.getByRole('group', { name: 'Key results that continue' }));
    const boxes = continuing.getAllByRole('checkbox');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect((box as HTMLInputElement).labels?.[0]).toHaveAttribute('dir', 'auto');
    await user.click(result.getByRole('radio', { name: 'Missed' }));
    expect(dialog.queryByRole('group', { name: 'Carry over' })).toBeNull();
  });

  it('given carried over with no period and no key result chosen, saving marks both, and choosing them clears each message', async () => {
    const user = userEvent.setup();
    const { dialog, stores } = await renderForm();
    await user.type(dialog.getByRole('textbox', { name: 'What was met' }), 'Usage time rose');
    await user.click(dialog.getByRole('radio', { name: 'Carried over' }));
    // Every key result continues unless unticked.
    const ticked = within(dialog.getByRole('group', { name: 'Key results that continue' })).getAllByRole('checkbox');
    for (const box of ticked) expect(box).toBeChecked();
    for (const box of ticked) await user.click(box);
    await act(async () => fireEvent.click(dialog.getByRole('button', { name: 'Close objective' })));
    const period = dialog.getByRole('combobox', { name: 'Next period' });
    expect(period).toHaveAttribute('aria-invalid', 'true');
    expect(period).toHaveAccessibleDescription('Choose the period it continues in');
    expect(period).toHaveFocus();
    const continuing = dialog.getByRole('group', { name: 'Key results that continue' });
    expect(continuing).toHaveAccessibleDescription('Choose at least one key result to continue');
    expect(stores.cycleStore.getSnapshot().records.closeOuts).toHaveLength(0);
    await user.selectOptions(period, 'Q2 2026');
    expect(period).not.toHaveAttribute('aria-invalid');
    await user.click(within(continuing).getAllByRole('checkbox')[0]!);
    expect(continuing).not.toHaveAccessibleDescription();
  });
});

describe('CloseOutDialog.Retrospective', () => {
  it('given none of the three written, it asks for at least one on every field and focuses the first; writing one clears it', async () => {
    const user = userEvent.setup();
    const { dialog, stores } = await renderForm(<CloseOutDialog.Retrospective />);
    const group = dialog.getByRole('group', { name: 'Retrospective' });
    const fields = ['What was met', 'What was missed, and why', 'Lessons for the next cycle'].map((name) => within(group).getByRole('textbox', { name }));
    for (const field of fields) expect(field).toHaveAttribute('dir', 'auto');
    await act(async () => fireEvent.click(dialog.getByRole('button', { name: 'Close objective' })));
    expect(group).toHaveAccessibleDescription('Write at least one of what was met, what was missed, or the lessons');
    for (const field of fields) expect(field).toHaveAccessibleDescription('Write at least one of what was met, what was missed, or the lessons');
    expect(fields[0]).toHaveFocus();
    expect(stores.cycleStore.getSnapshot().records.closeOuts).toHaveLength(0);
    await user.type(fields[2]!, 'Ship smaller');
    expect(group).not.toHaveAccessibleDescription();
  });
});
