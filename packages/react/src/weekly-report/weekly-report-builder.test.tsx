import { createMemoryDraftBackup } from '@okrkit/core';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReportStores, surveyNow, typicalWeek, weekWithProblems } from './weekly-report.fixtures';
import { renderBuilder, storedReport } from './weekly-report.test-utils';

/** The save indicator (the copy buttons have a status region of their own). */
const status = () => screen.getAllByRole('status').find((element) => element.dataset.slot === 'weekly-report-save-status')!;

describe('WeeklyReportBuilder: autosave', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('given edits, it says "Saving…" at once and saves once, 800 ms after the last keystroke, then says "Saved · hh:mm"', async () => {
    const { control, ...stores } = await renderBuilder(typicalWeek);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const saves = vi.spyOn(stores.reportStore, 'save');
    const expected = screen.getByRole('textbox', { name: 'Expected result: 100 valid questionnaires' });
    // fireEvent, not user-event: Testing Library's async wrapper waits on a real setTimeout.
    for (const value of ['4', '45', '45 more']) {
      fireEvent.change(expected, { target: { value } });
      await act(() => vi.advanceTimersByTimeAsync(300));
    }
    expect(status()).toHaveTextContent('Saving…');
    await act(() => vi.advanceTimersByTimeAsync(499));
    expect(saves).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(saves).toHaveBeenCalledOnce();
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(status()).toHaveTextContent(/^Saved · \d{1,2}:\d{2}/);
    expect((await storedReport({ ...stores, control }))?.focus[0]?.expectedResult).toBe('45 more');
    expect(status()).toHaveAttribute('aria-live', 'polite');
  });

  it('given storage that fails, it says "Not saved — Retry", keeps the text, and Retry saves it once storage is back', async () => {
    const user = userEvent.setup();
    const stores = await createReportStores([typicalWeek]);
    await renderBuilder(typicalWeek, { stores, autosaveMs: 10 });
    stores.control.failing = true;
    await user.click(screen.getByRole('button', { name: 'Add problem' }));
    await user.type(screen.getByRole('textbox', { name: 'Problem 1' }), 'The panel provider is late');
    await waitFor(() => expect(status()).toHaveTextContent('Not saved'));
    const retry = screen.getByRole('button', { name: 'Retry' });
    expect(screen.getByRole('textbox', { name: 'Problem 1' })).toHaveValue('The panel provider is late');
    stores.control.failing = false;
    await user.click(retry);
    await waitFor(() => expect(status()).toHaveTextContent(/^Saved · /));
    expect((await storedReport(stores))?.problems).toEqual([{ text: 'The panel provider is late' }]);
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });
});

describe('WeeklyReportBuilder: nothing is lost', () => {
  it('given storage down, every edit is in the backup at once; after a reload it offers the draft back, and Restore saves it', async () => {
    const user = userEvent.setup();
    const backup = createMemoryDraftBackup({ now: () => new Date(surveyNow) });
    const write = vi.spyOn(backup, 'write');
    const first = await createReportStores([typicalWeek]);
    first.control.failing = true;
    await renderBuilder(typicalWeek, { stores: first, backup, autosaveMs: 10 });
    await user.click(screen.getByRole('button', { name: 'Add plan item' }));
    await user.type(screen.getByRole('textbox', { name: 'Plan item 2' }), 'Book');
    expect(write).toHaveBeenCalledTimes(5);
    expect(backup.read('wr-10')?.nextWeek[1]?.text).toBe('Book');
    await waitFor(() => expect(status()).toHaveTextContent('Not saved'));

    // A reload: the page is gone, storage never got the edit, the backup still has it.
    cleanup();
    const second = await createReportStores([typicalWeek]);
    await renderBuilder(typicalWeek, { stores: second, backup, autosaveMs: 10 });
    const offer = await screen.findByRole('group', { name: /^Restore unsaved changes from .+\?$/ });
    // Editing waits for the choice, so the backup cannot be overwritten before it is made.
    expect(screen.queryByRole('textbox', { name: 'Expected result: 100 valid questionnaires' })).not.toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: 'Restore' }));
    expect(screen.getByRole('textbox', { name: 'Plan item 2' })).toHaveValue('Book');
    await waitFor(async () => expect((await storedReport(second))?.nextWeek.map((item) => item.text)).toEqual(['Write the competitor summary', 'Book']));
    expect(backup.read('wr-10')).toBeNull();
  });

  it('given a backup the user does not want, Discard drops it and keeps the stored report', async () => {
    const user = userEvent.setup();
    const backup = createMemoryDraftBackup();
    backup.write({ ...typicalWeek, notes: 'old scribble' });
    await renderBuilder(typicalWeek, { backup });
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.queryByRole('group', { name: /Restore unsaved changes/ })).not.toBeInTheDocument();
    expect(backup.read('wr-10')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Expected result: 100 valid questionnaires' })).toBeEnabled();
  });

  it('given someone else saved meanwhile, my save shows both versions per section; Keep mine saves mine on top of theirs', async () => {
    const user = userEvent.setup();
    const stores = await createReportStores([typicalWeek]);
    await renderBuilder(typicalWeek, { stores, autosaveMs: 10 });
    await stores.control.saveElsewhere({ ...typicalWeek, problems: [{ text: 'Their problem', severity: 'risk' }] });
    await user.click(screen.getByRole('button', { name: 'Add problem' }));
    await user.type(screen.getByRole('textbox', { name: 'Problem 1' }), 'My problem');
    const conflict = await screen.findByRole('alert', { name: 'Someone else changed this report' });
    const section = within(conflict).getByRole('heading', { name: 'Problems and risks' }).parentElement!;
    expect(within(section).getByText('Risk: Their problem')).toBeInTheDocument();
    expect(within(section).getByText('My problem')).toBeInTheDocument();
    expect(within(conflict).queryByRole('heading', { name: 'Tasks' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(screen.queryByRole('alert', { name: 'Someone else changed this report' })).not.toBeInTheDocument());
    expect((await storedReport(stores))?.problems).toEqual([{ text: 'My problem' }]);
    expect(status()).toHaveTextContent(/^Saved · /);
  });

  it('given a conflict, Take theirs replaces my draft with their version', async () => {
    const user = userEvent.setup();
    const stores = await createReportStores([typicalWeek]);
    await renderBuilder(typicalWeek, { stores, autosaveMs: 10 });
    await stores.control.saveElsewhere(weekWithProblems);
    await user.click(screen.getByRole('button', { name: 'Add plan item' }));
    await user.type(screen.getByRole('textbox', { name: 'Plan item 2' }), 'Mine');
    await user.click(await screen.findByRole('button', { name: 'Take theirs' }));
    expect(screen.getByRole('textbox', { name: 'Problem 1' })).toHaveValue('The panel provider is two weeks late');
    expect(screen.queryByRole('textbox', { name: 'Plan item 2' })).not.toBeInTheDocument();
  });
});

describe('WeeklyReportBuilder: submitting', () => {
  it('given a draft, Submit asks in a dialog; confirmed, the report is read-only and its author can reopen it', async () => {
    const user = userEvent.setup();
    const { rerenderWith } = await renderBuilder(typicalWeek);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit this report?' });
    await user.click(within(dialog).getByRole('button', { name: 'Submit report' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText(/^Submitted /)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add task' })).not.toBeInTheDocument();
    expect(screen.getByRole('grid', { name: 'Tasks' })).toHaveAttribute('aria-readonly', 'true');

    rerenderWith({ currentUserId: 'ben' });
    expect(screen.queryByRole('button', { name: 'Reopen' })).not.toBeInTheDocument();
    rerenderWith({ currentUserId: 'ana' });
    await user.click(screen.getByRole('button', { name: 'Reopen' }));
    expect(await screen.findByRole('button', { name: 'Add task' })).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();
  });
});

describe('WeeklyReportBuilder: dialogs', () => {
  it('given Add task, its dialog is portalled into the builder’s article (its colour scheme and direction apply there)', async () => {
    const user = userEvent.setup();
    const { container } = await renderBuilder(typicalWeek);
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    const article = container.querySelector<HTMLElement>('article[data-slot="weekly-report"]')!;
    expect(within(article).getByRole('dialog', { name: 'Add a task' })).toBeInTheDocument();
  });
});
