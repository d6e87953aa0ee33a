import { createMemoryDraftBackup } from '@okrkit/core';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { STAGE_BACKUP_MS } from './use-report-draft';
import { createReportStores, surveyNow, typicalWeek } from './weekly-report.fixtures';
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
