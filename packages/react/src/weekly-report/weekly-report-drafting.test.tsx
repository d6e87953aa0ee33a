import { createMemoryDraftBackup } from '@okrkit/core';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { STAGE_BACKUP_MS } from './use-report-draft';
import { createReportStores, submittedWeek, surveyNow, typicalWeek } from './weekly-report.fixtures';
import { renderBuilder, storedReport } from './weekly-report.test-utils';

const grid = () => screen.getByRole('grid', { name: 'Tasks' });
const titleOf = (report: { tasks: { id: string; title: string }[] } | null | undefined, id: string) => report?.tasks.find((task) => task.id === id)?.title;
/** Within the 300 ms the backup promises, with a little room for the test's own timers. */
const WITHIN_BACKUP = { timeout: 300, interval: 10 };

describe('WeeklyReportBuilder: text typed in a cell is never lost', () => {
  it('given a title being edited, every keystroke reaches the backup within 300 ms, without being kept; after a reload it is offered back', async () => {
    expect(STAGE_BACKUP_MS).toBeLessThanOrEqual(300);
    const user = userEvent.setup();
    const backup = createMemoryDraftBackup({ now: () => new Date(surveyNow) });
    const first = await createReportStores([typicalWeek]);
    const saves = vi.spyOn(first.reportStore, 'save');
    await renderBuilder(typicalWeek, { stores: first, backup, autosaveMs: 10 });
    await user.click(within(grid()).getByRole('gridcell', { name: 'Send the reminder email' }));
    await user.keyboard('{Enter}');
    const editor = screen.getByRole('textbox', { name: 'Task' });
    await user.clear(editor);
    await user.type(editor, 'Send the reminder email twice');

    await waitFor(() => expect(titleOf(backup.read('wr-10'), 't1')).toBe('Send the reminder email twice'), WITHIN_BACKUP);
    // Not kept yet: the editor is still open, the draft and storage are as they were.
    expect(editor).toHaveFocus();
    expect(saves).not.toHaveBeenCalled();
    await user.type(editor, ' more');
    await waitFor(() => expect(titleOf(backup.read('wr-10'), 't1')).toBe('Send the reminder email twice more'), WITHIN_BACKUP);

    // A reload: the page is gone, storage never got the text, the backup has it.
    cleanup();
    const second = await createReportStores([typicalWeek]);
    await renderBuilder(typicalWeek, { stores: second, backup, autosaveMs: 10 });
    const offer = await screen.findByRole('group', { name: /^Restore unsaved changes from .+\?$/ });
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(within(grid()).getByRole('gridcell', { name: 'Send the reminder email twice more' })).toBeInTheDocument();
    await waitFor(async () => expect(titleOf(await storedReport(second), 't1')).toBe('Send the reminder email twice more'));
    expect(backup.read('wr-10')).toBeNull();
  });

  it('given a cell edit cancelled with Escape, the typed text leaves the backup; kept with Enter, it is saved and the backup is cleared', async () => {
    const user = userEvent.setup();
    const { backup, ...stores } = await renderBuilder(typicalWeek, { autosaveMs: 10 });
    await user.click(within(grid()).getByRole('gridcell', { name: 'Call the panel provider' }));
    // The editor opens with its text selected: typing replaces it.
    await user.keyboard('{Enter}Email the panel provider');
    await waitFor(() => expect(titleOf(backup.read('wr-10'), 't2')).toBe('Email the panel provider'), WITHIN_BACKUP);
    await user.keyboard('{Escape}');
    expect(backup.read('wr-10')).toBeNull();
    expect(within(grid()).getByRole('gridcell', { name: 'Call the panel provider' })).toHaveFocus();

    await user.keyboard('{Enter}Email the panel provider{Enter}');
    await waitFor(async () => expect(titleOf(await storedReport(stores), 't2')).toBe('Email the panel provider'));
    await waitFor(() => expect(backup.read('wr-10')).toBeNull());
  });
});

describe('WeeklyReportBuilder: adding to the focus', () => {
  const oneFocus = { ...typicalWeek, focus: typicalWeek.focus.slice(0, 1) };

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

describe('WeeklyReportBuilder: notes', () => {
  it('given the Notes field, what is typed is saved as the report’s notes, and emptying it removes them', async () => {
    const user = userEvent.setup();
    const backup = createMemoryDraftBackup({ now: () => new Date(surveyNow) });
    const write = vi.spyOn(backup, 'write');
    const stores = await renderBuilder(typicalWeek, { backup, autosaveMs: 10 });
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    expect(notes).toHaveAccessibleDescription('Anything else the reader should know this week.');
    await user.type(notes, 'Out on Friday.{Enter}Ben covers the panel calls.');
    // Backed up on every keystroke (the save that follows clears the backup again).
    expect(write).toHaveBeenLastCalledWith(expect.objectContaining({ notes: 'Out on Friday.\nBen covers the panel calls.' }));
    await waitFor(async () => expect((await storedReport(stores))?.notes).toBe('Out on Friday.\nBen covers the panel calls.'));
    await user.clear(notes);
    await waitFor(async () => expect(await storedReport(stores)).not.toHaveProperty('notes'));
  });

  it('given a submitted report with notes, they are shown as text, not in a field', async () => {
    await renderBuilder({ ...submittedWeek, notes: 'Out on Friday.' });
    expect(screen.getByRole('heading', { name: 'Notes' })).toBeInTheDocument();
    expect(screen.getByText('Out on Friday.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Notes' })).not.toBeInTheDocument();
  });
});
