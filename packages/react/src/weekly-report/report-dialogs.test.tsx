import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ConflictError, ForbiddenError, ReadOnlyError, UnavailableError, ValidationFailedError } from '@okrkit/core';
import { describe, expect, it, vi } from 'vitest';
import { AddTaskDialog, SubmitDialog } from './report-dialogs';
import { surveyKeyResults, surveyPeople, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';
import { renderBuilder, storedReport } from './weekly-report.test-utils';

const grid = () => screen.getByRole('grid', { name: 'Tasks' });
/** The text of one column, top to bottom. */
const column = (index: number) =>
  within(grid())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[index]?.textContent);
const keyResults = surveyKeyResults;

describe('AddTaskDialog in the builder', () => {
  it('given the Add task dialog, a title is required, and the task is added with its fields and saved', async () => {
    const user = userEvent.setup();
    const stores = await renderBuilder(typicalWeek, { autosaveMs: 10 });
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a task' });
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByRole('textbox', { name: 'Task' })).toHaveAccessibleDescription('Give the task a title');
    await user.type(within(dialog).getByRole('textbox', { name: 'Task' }), 'Book the focus group room');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Priority' }), 'P1');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Key result' }), 'Main demand and competitor trends analysed');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(column(0)).toContain('Book the focus group room');
    await waitFor(async () =>
      expect((await storedReport(stores))?.tasks.at(-1)).toMatchObject({ title: 'Book the focus group room', priority: 'P1', keyResultId: 'kr-trends', status: 'todo', ownerId: 'ana' }),
    );
  });
});

describe('AddTaskDialog on its own', () => {
  function renderDialog() {
    const onAdd = vi.fn();
    render(<AddTaskDialog labels={labels} keyResults={keyResults} people={surveyPeople} defaultOwnerId="ana" container={null} onAdd={onAdd} />);
    return { onAdd };
  }

  it('given no title, Add keeps the dialog open and marks the title as invalid with the reason; typing one and adding clears it', async () => {
    const user = userEvent.setup();
    const { onAdd } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a task' });
    expect(dialog).toHaveAccessibleDescription('A concrete piece of work that advances a key result.');
    await user.type(within(dialog).getByRole('textbox', { name: 'Task' }), '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    const title = within(dialog).getByRole('textbox', { name: 'Task' });
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveAccessibleDescription('Give the task a title');
    expect(onAdd).not.toHaveBeenCalled();
  });

  it('given the defaults, a new task is P2, to do, on the first key result, owned by the current user, with no due date', async () => {
    const user = userEvent.setup();
    const { onAdd } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    await user.type(screen.getByRole('textbox', { name: 'Task' }), 'Book the room');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(onAdd).toHaveBeenCalledOnce();
    const [task] = onAdd.mock.calls[0]!;
    expect(task).toEqual({ id: expect.stringMatching(/^task-/), title: 'Book the room', priority: 'P2', status: 'todo', keyResultId: 'kr-questionnaires', ownerId: 'ana' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('when cancelled, it adds nothing, and opening it again shows no stale error', async () => {
    const user = userEvent.setup();
    const { onAdd } = renderDialog();
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByText('Give the task a title')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    expect(screen.queryByText('Give the task a title')).not.toBeInTheDocument();
    expect(onAdd).not.toHaveBeenCalled();
  });
});

describe('SubmitDialog', () => {
  it('given Submit, it asks for confirmation first; confirmed, it submits and closes', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => undefined);
    render(<SubmitDialog labels={labels} container={null} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    const dialog = screen.getByRole('dialog', { name: 'Submit this report?' });
    expect(dialog).toHaveAccessibleDescription(/becomes read-only/);
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Submit report' }));
    expect(onConfirm).toHaveBeenCalledOnce();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('given Cancel, nothing is submitted', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn(async () => undefined);
    render(<SubmitDialog labels={labels} container={null} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  // The errors a store or adapter really raises, with developer wording that must never reach people.
  const refusals = [
    { error: new ForbiddenError('403 POST /api/okr/reports/wr-10/submit: role viewer'), sentence: labels.submitForbidden, retry: false },
    { error: new ReadOnlyError('the REST GET-only mirror'), sentence: labels.submitForbidden, retry: false },
    { error: new ConflictError('weeklyReport', 'wr-10', 3, { kind: 'weeklyReport', record: {}, version: 4 }), sentence: labels.submitConflict, retry: false },
    { error: new UnavailableError('fetch failed: ECONNREFUSED 127.0.0.1:8787'), sentence: labels.submitUnavailable, retry: true },
    { error: new TypeError("Cannot read properties of undefined (reading 'version')"), sentence: labels.submitFailed, retry: true },
    { error: new ValidationFailedError([{ path: 'tasks[3].due', message: 'must be a calendar date YYYY-MM-DD' }]), sentence: labels.submitFailed, retry: false },
  ];
  for (const { error, sentence, retry } of refusals) {
    it(`given a submit refused with ${error.constructor.name}, it says "${sentence}" without the raw message, ${retry ? 'with' : 'without'} Retry, and logs the detail`, async () => {
      const user = userEvent.setup();
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      const onConfirm = vi.fn(() => Promise.reject(error));
      render(<SubmitDialog labels={labels} container={null} onConfirm={onConfirm} />);
      await user.click(screen.getByRole('button', { name: 'Submit' }));
      await user.click(screen.getByRole('button', { name: 'Submit report' }));
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent(sentence);
      const dialog = screen.getByRole('dialog', { name: 'Submit this report?' });
      expect(dialog).not.toHaveTextContent(error.message);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining(error.message), error);
      if (retry) {
        await user.click(within(dialog).getByRole('button', { name: 'Retry' }));
        expect(onConfirm).toHaveBeenCalledTimes(2);
      } else {
        expect(within(dialog).queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
        expect(within(dialog).queryByRole('button', { name: 'Submit report' })).not.toBeInTheDocument();
        expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
      }
      logged.mockRestore();
    });
  }

  it('given an unreachable storage and then a working one, Retry submits and closes the dialog', async () => {
    const user = userEvent.setup();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onConfirm = vi.fn().mockRejectedValueOnce(new UnavailableError('offline')).mockResolvedValueOnce(undefined);
    render(<SubmitDialog labels={labels} container={null} onConfirm={onConfirm} />);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onConfirm).toHaveBeenCalledTimes(2);
    // Opened again, it starts afresh: no stale sentence.
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    logged.mockRestore();
  });

  it('given disabled (a conflict waits, storage is read-only), the trigger cannot be used', () => {
    render(<SubmitDialog labels={labels} container={null} onConfirm={async () => {}} disabled />);
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
  });
});
