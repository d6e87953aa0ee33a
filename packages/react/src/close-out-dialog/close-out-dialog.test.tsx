import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryDraftBackup } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { OkrProvider } from '../provider/index';
import { closeOutStores } from './close-out-dialog.fixtures';
import { CloseOutDialog, type CloseOutFormValues } from './index';
import { restoreCloseOutValues } from './close-out-form.utils';

function renderDialog(stores: Awaited<ReturnType<typeof closeOutStores>>, props: Partial<Parameters<typeof CloseOutDialog>[0]> = {}, can?: () => boolean) {
  return render(
    <OkrProvider store={stores.store} now={domainExamplesNow} locale="en-US" {...(can ? { can } : {})}>
      <CloseOutDialog objectiveId="obj-user-activity" cycleStore={stores.cycleStore} trigger={<button type="button">Close out</button>} {...props} />
    </OkrProvider>,
  );
}

describe('CloseOutDialog', () => {
  it('given an active objective, it suggests each KR grade from the strategy and the weighted objective grade; one save closes it with the adjusted grade, its reason and the retrospective', async () => {
    const user = userEvent.setup();
    const stores = await closeOutStores();
    const onClosed = vi.fn();
    renderDialog(stores, { onClosed });
    const trigger = screen.getByRole('button', { name: 'Close out' });
    await user.click(trigger);
    const dialog = screen.getByRole('dialog', { name: 'Close out: Significantly increase user activity' });
    const mau = within(dialog).getByRole('textbox', { name: 'Final grade of Monthly active users +20 %' });
    expect(mau).toHaveValue('50');
    expect(mau).toHaveAccessibleDescription('Suggested: 50');
    expect(within(dialog).getByRole('textbox', { name: 'Final grade of Average daily usage time +30 minutes' })).toHaveValue('30');
    expect(within(dialog).getByText('Objective grade: 45')).toBeInTheDocument();
    await user.clear(mau);
    await user.type(mau, '60');
    expect(within(dialog).getByText('Objective grade: 52.5')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Missed' }));
    await user.click(within(dialog).getByRole('button', { name: 'Close objective' }));
    // Nothing is sent without a reason for the adjusted grade and a retrospective.
    const reason = within(dialog).getByRole('textbox', { name: 'Why the grade of Monthly active users +20 % differs' });
    expect(reason).toHaveAccessibleDescription('Say why the grade differs from the suggested one');
    expect(reason).toHaveFocus();
    expect(within(dialog).getByRole('textbox', { name: 'What was met' })).toHaveAccessibleDescription(/at least one of/);
    await user.type(reason, 'Two weeks of data lost in the migration');
    await user.type(within(dialog).getByRole('textbox', { name: 'What was missed, and why' }), 'MAU: the launch slipped');
    await user.click(within(dialog).getByRole('button', { name: 'Close objective' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(trigger).toHaveFocus();
    const closed = stores.store.getSnapshot().okrSet.objectives.find((objective) => objective.id === 'obj-user-activity');
    expect(closed?.state).toBe('closed');
    const closeOut = stores.cycleStore.getSnapshot().records.closeOuts[0];
    expect(closeOut).toMatchObject({ objectiveId: 'obj-user-activity', result: 'missed', grade: 52.5, retrospective: { met: '', missed: 'MAU: the launch slipped', lessons: '' } });
    expect(closeOut?.keyResults.find((entry) => entry.keyResultId === 'kr-mau')).toEqual({ keyResultId: 'kr-mau', suggestedGrade: 50, grade: 60, adjustmentReason: 'Two weeks of data lost in the migration' });
    expect(onClosed).toHaveBeenCalledWith(expect.objectContaining({ closeOut: expect.objectContaining({ result: 'missed' }) }));
  });

  it('given carried over, it asks for the next period and continues the chosen KRs there in the same batch', async () => {
    const user = userEvent.setup();
    const stores = await closeOutStores();
    renderDialog(stores, { defaultOpen: true });
    await user.click(screen.getByRole('radio', { name: 'Carried over' }));
    await user.type(screen.getByRole('textbox', { name: 'Lessons for the next cycle' }), 'Launch earlier in the quarter');
    await user.click(screen.getByRole('checkbox', { name: 'Average daily usage time +30 minutes' }));
    await user.click(screen.getByRole('button', { name: 'Close objective' }));
    const period = screen.getByRole('combobox', { name: 'Next period' });
    expect(period).toHaveAccessibleDescription('Choose the period it continues in');
    expect(within(period).queryByRole('option', { name: 'Q1 2026' })).toBeNull();
    await user.selectOptions(period, 'q2-2026');
    await user.click(screen.getByRole('button', { name: 'Close objective' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const { objectives, keyResults } = stores.store.getSnapshot().okrSet;
    const continued = objectives.find((objective) => objective.periodId === 'q2-2026' && objective.title === 'Significantly increase user activity');
    expect(continued?.state).toBe('draft');
    const carried = keyResults.filter((keyResult) => keyResult.objectiveId === continued?.id);
    expect(carried.map((keyResult) => keyResult.title)).toEqual(['Monthly active users +20 %']);
    expect(stores.cycleStore.getSnapshot().records.closeOuts[0]).toMatchObject({ result: 'carried-over', carriedOverToId: continued?.id });
  });

  it('given storage refuses the save, everything typed stays through the store’s optimistic close and its rollback, the reason is shown with Retry, and nothing is closed', async () => {
    const user = userEvent.setup();
    const stores = await closeOutStores({ offline: true });
    renderDialog(stores, { defaultOpen: true });
    const lessons = screen.getByRole('textbox', { name: 'Lessons for the next cycle' });
    await user.type(lessons, 'Measure weekly, not monthly');
    const grade = screen.getByRole('textbox', { name: 'Final grade of Average daily usage time +30 minutes' });
    await user.clear(grade);
    await user.type(grade, '35');
    await user.type(screen.getByRole('textbox', { name: /Why the grade of Average daily usage/ }), 'Holiday weeks counted twice');
    await user.click(screen.getByRole('button', { name: 'Close objective' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved/i);
    expect(lessons).toHaveValue('Measure weekly, not monthly');
    expect(grade).toHaveValue('35');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(stores.store.getSnapshot().okrSet.objectives.find((objective) => objective.id === 'obj-user-activity')?.state).toBe('active');
    expect(stores.cycleStore.getSnapshot().records.closeOuts).toEqual([]);
  });

  it('given a grade outside the strategy scale, it names the range at the field and sends nothing', async () => {
    const user = userEvent.setup();
    const stores = await closeOutStores();
    renderDialog(stores, { defaultOpen: true });
    const grade = screen.getByRole('textbox', { name: 'Final grade of Monthly active users +20 %' });
    await user.clear(grade);
    await user.type(grade, '140');
    await user.type(screen.getByRole('textbox', { name: 'What was met' }), 'Usage time');
    await user.click(screen.getByRole('button', { name: 'Close objective' }));
    expect(grade).toHaveAccessibleDescription('Suggested: 50 Enter a grade between 0 and 100');
    expect(grade).toHaveAttribute('aria-invalid', 'true');
    expect(stores.cycleStore.getSnapshot().records.closeOuts).toEqual([]);
  });

  it('given the policy refuses, the trigger is aria-disabled, names the reason and does not open', async () => {
    const user = userEvent.setup();
    const stores = await closeOutStores();
    renderDialog(stores, {}, () => false);
    const trigger = screen.getByRole('button', { name: 'Close out' });
    expect(trigger).toHaveAttribute('aria-disabled', 'true');
    expect(trigger).toHaveAccessibleDescription("You can't edit this team's objectives");
    await user.click(trigger);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('given a closed objective, opened, it says only an active objective can be closed out, without a form', async () => {
    const stores = await closeOutStores();
    await stores.cycleStore.closeOut([{ objectiveId: 'obj-user-activity', result: 'achieved', retrospective: { met: 'All', missed: '', lessons: '' } }]);
    renderDialog(stores, { defaultOpen: true });
    expect(screen.getByRole('note')).toHaveTextContent('Only an active objective can be closed out.');
    expect(screen.queryByRole('button', { name: 'Close objective' })).toBeNull();
  });

  it('given an unsaved close-out and a reload (the page mounted again over the same backup), the grades, reasons, result, retrospective and carry-over choices are back; a successful save clears the backup', async () => {
    const user = userEvent.setup();
    const stores = await closeOutStores();
    const backup = createMemoryDraftBackup<CloseOutFormValues>();
    const first = renderDialog(stores, { defaultOpen: true, backup });
    const grade = screen.getByRole('textbox', { name: 'Final grade of Average daily usage time +30 minutes' });
    await user.clear(grade);
    await user.type(grade, '35');
    await user.type(screen.getByRole('textbox', { name: /Why the grade of Average daily usage/ }), 'Holiday weeks counted twice');
    await user.click(screen.getByRole('radio', { name: 'Carried over' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Next period' }), 'q2-2026');
    await user.click(screen.getByRole('checkbox', { name: 'Average daily usage time +30 minutes' }));
    await user.type(screen.getByRole('textbox', { name: 'Lessons for the next cycle' }), 'Measure weekly, not monthly');
    first.unmount();
    expect(backup.read('close-out:obj-user-activity')).toMatchObject({ result: 'carried-over', lessons: 'Measure weekly, not monthly', carryOver: ['kr-mau'] });

    renderDialog(stores, { defaultOpen: true, backup });
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('What you typed before is back. It is not saved yet.');
    expect(screen.getByRole('textbox', { name: 'Final grade of Average daily usage time +30 minutes' })).toHaveValue('35');
    expect(screen.getByRole('textbox', { name: /Why the grade of Average daily usage/ })).toHaveValue('Holiday weeks counted twice');
    expect(screen.getByRole('radio', { name: 'Carried over' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Next period' })).toHaveValue('q2-2026');
    expect(screen.getByRole('checkbox', { name: 'Average daily usage time +30 minutes' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Monthly active users +20 %' })).toBeChecked();
    expect(screen.getByRole('textbox', { name: 'Lessons for the next cycle' })).toHaveValue('Measure weekly, not monthly');
    await user.click(screen.getByRole('button', { name: 'Close objective' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(stores.cycleStore.getSnapshot().records.closeOuts[0]).toMatchObject({ result: 'carried-over', retrospective: { lessons: 'Measure weekly, not monthly' } });
    expect(backup.read('close-out:obj-user-activity')).toBeNull();
  });

  it('given a refused save, the backup keeps the close-out; "Start over" goes back to the suggestions', async () => {
    const user = userEvent.setup();
    const stores = await closeOutStores({ offline: true });
    const backup = createMemoryDraftBackup<CloseOutFormValues>();
    const first = renderDialog(stores, { defaultOpen: true, backup });
    await user.type(screen.getByRole('textbox', { name: 'What was met' }), 'Usage time');
    await user.click(screen.getByRole('button', { name: 'Close objective' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not saved/i);
    first.unmount();
    renderDialog(stores, { defaultOpen: true, backup });
    expect(screen.getByRole('textbox', { name: 'What was met' })).toHaveValue('Usage time');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('textbox', { name: 'What was met' })).toHaveValue('');
    expect(screen.queryByText('What you typed before is back. It is not saved yet.')).toBeNull();
  });
});

describe('restoreCloseOutValues', () => {
  const fresh: CloseOutFormValues = { grades: { k1: { grade: '50', reason: '' }, k2: { grade: '30', reason: '' } }, result: 'achieved', met: '', missed: '', lessons: '', nextPeriodId: '', carryOver: ['k1', 'k2'] };
  it('given a backup from before a key result was removed and another added, it keeps what still fits and suggests for the new one', () => {
    const restored = restoreCloseOutValues({ grades: { k1: { grade: '60', reason: 'Data lost' }, gone: { grade: '10', reason: 'x' } }, result: 'missed', met: 'Usage', missed: 'MAU', lessons: 'Earlier', nextPeriodId: 'q2', carryOver: ['gone', 'k2', 'k2'] }, fresh);
    expect(restored).toEqual({ grades: { k1: { grade: '60', reason: 'Data lost' }, k2: { grade: '30', reason: '' } }, result: 'missed', met: 'Usage', missed: 'MAU', lessons: 'Earlier', nextPeriodId: 'q2', carryOver: ['k2'] });
  });
  it('given a damaged backup, it falls back field by field and never throws', () => {
    expect(restoreCloseOutValues('nonsense', fresh)).toBeNull();
    expect(restoreCloseOutValues({ grades: [1], result: 'won', met: 7, carryOver: 'k1' }, fresh)).toEqual(fresh);
  });
});
