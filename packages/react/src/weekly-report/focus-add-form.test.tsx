import { createMemoryDraftBackup, type WeeklyFocus } from '@okrkit/core';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FocusAddForm } from './focus-add-form';
import { surveyNow, surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';
import { renderBuilder, storedReport } from './weekly-report.test-utils';

/** Within the 300 ms the backup promises, with a little room for the test's own timers. */
const WITHIN_BACKUP = { timeout: 300, interval: 10 };
const oneFocus = { ...typicalWeek, focus: typicalWeek.focus.slice(0, 1) };

describe('FocusAddForm in the builder', () => {
  it('given the add form, a key result is picked with a priority and an expected result, added to the focus and saved', async () => {
    const user = userEvent.setup();
    const stores = await renderBuilder(oneFocus, { autosaveMs: 10 });
    const form = screen.getByRole('form', { name: 'Add to focus' });
    const add = within(form).getByRole('button', { name: 'Add to focus' });
    expect(add).toBeDisabled();
    const picker = within(form).getByRole('combobox', { name: 'Objective or key result' });
    // What is in focus already is not offered again.
    expect(within(picker).queryByRole('option', { name: '100 valid questionnaires' })).not.toBeInTheDocument();
    expect(within(picker).getByRole('group', { name: 'Finish the market survey' })).toBeInTheDocument();
    await user.selectOptions(picker, 'Main demand and competitor trends analysed');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Priority' }), 'P1');
    await user.type(within(form).getByRole('textbox', { name: 'Expected result' }), 'Competitor trends summarised');
    await user.click(add);

    expect(screen.getByRole('textbox', { name: 'Expected result: Main demand and competitor trends analysed' })).toHaveValue('Competitor trends summarised');
    expect(screen.getByRole('combobox', { name: 'Priority: Main demand and competitor trends analysed' })).toHaveValue('1');
    expect(within(form).getByRole('textbox', { name: 'Expected result' })).toHaveValue('');
    expect(within(picker).queryByRole('option', { name: 'Main demand and competitor trends analysed' })).not.toBeInTheDocument();
    await waitFor(async () =>
      expect((await storedReport(stores))?.focus.at(-1)).toEqual({ objectiveId: 'obj-survey', keyResultId: 'kr-trends', priority: 1, expectedResult: 'Competitor trends summarised' }),
    );
  });

  it('given a whole objective picked and Enter in the expected result, it is added as an objective', async () => {
    const user = userEvent.setup();
    const stores = await renderBuilder(oneFocus, { autosaveMs: 10 });
    const form = screen.getByRole('form', { name: 'Add to focus' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Objective or key result' }), 'Finish the market survey (whole objective)');
    await user.type(within(form).getByRole('textbox', { name: 'Expected result' }), 'Survey closed{Enter}');
    await waitFor(async () => expect((await storedReport(stores))?.focus.at(-1)).toEqual({ objectiveId: 'obj-survey', priority: 2, expectedResult: 'Survey closed' }));
  });

  it('given an expected result typed but not added, it is in the backup and offered back after a reload', async () => {
    const user = userEvent.setup();
    const backup = createMemoryDraftBackup({ now: () => new Date(surveyNow) });
    await renderBuilder(oneFocus, { backup });
    const form = screen.getByRole('form', { name: 'Add to focus' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Objective or key result' }), 'Main demand and competitor trends analysed');
    await user.type(within(form).getByRole('textbox', { name: 'Expected result' }), 'Trends summarised');
    await waitFor(() => expect(backup.read('wr-10')?.focus.at(-1)?.expectedResult).toBe('Trends summarised'), WITHIN_BACKUP);

    cleanup();
    await renderBuilder(oneFocus, { backup });
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('textbox', { name: 'Expected result: Main demand and competitor trends analysed' })).toHaveValue('Trends summarised');
  });
});

describe('FocusAddForm on its own', () => {
  function renderForm(focus: readonly WeeklyFocus[] = oneFocus.focus) {
    const onFocusChange = vi.fn();
    const onFocusTyping = vi.fn();
    const result = render(<FocusAddForm focus={focus} okrSet={surveySet} labels={labels} onFocusChange={onFocusChange} onFocusTyping={onFocusTyping} />);
    return { ...result, onFocusChange, onFocusTyping };
  }

  it('given a key result picked and an expected result typed, it tells the backup what would be added, and Add adds it with its objective', async () => {
    const user = userEvent.setup();
    const { onFocusChange, onFocusTyping } = renderForm();
    const form = screen.getByRole('form', { name: 'Add to focus' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Objective or key result' }), 'Main demand and competitor trends analysed');
    // Nothing typed yet: nothing to back up.
    expect(onFocusTyping).toHaveBeenLastCalledWith(null);
    await user.type(within(form).getByRole('textbox', { name: 'Expected result' }), 'Trends');
    const pending = onFocusTyping.mock.lastCall?.[0] as (focus: WeeklyFocus[]) => WeeklyFocus[];
    expect(pending([])).toEqual([{ objectiveId: 'obj-survey', keyResultId: 'kr-trends', priority: 2, expectedResult: 'Trends' }]);
    await user.click(within(form).getByRole('button', { name: 'Add to focus' }));
    expect(onFocusChange).toHaveBeenCalledExactlyOnceWith([...oneFocus.focus, { objectiveId: 'obj-survey', keyResultId: 'kr-trends', priority: 2, expectedResult: 'Trends' }]);
    expect(onFocusTyping).toHaveBeenLastCalledWith(null);
  });

  it('given nothing picked, Add is disabled and Enter adds nothing', async () => {
    const user = userEvent.setup();
    const { onFocusChange } = renderForm();
    expect(screen.getByRole('button', { name: 'Add to focus' })).toBeDisabled();
    await user.type(screen.getByRole('textbox', { name: 'Expected result' }), 'Something{Enter}');
    expect(onFocusChange).not.toHaveBeenCalled();
  });

  it('given everything in focus already, it offers nothing and renders no form', () => {
    const { container } = renderForm([...typicalWeek.focus, { objectiveId: 'obj-survey', priority: 1, expectedResult: '' }]);
    expect(container).toBeEmptyDOMElement();
  });
});
