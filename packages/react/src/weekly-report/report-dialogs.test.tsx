import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('given a submission that fails, the dialog stays open and says why', async () => {
    const user = userEvent.setup();
    render(<SubmitDialog labels={labels} container={null} onConfirm={() => Promise.reject(new Error('The server cannot be reached'))} />);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    await user.click(screen.getByRole('button', { name: 'Submit report' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server cannot be reached');
    expect(screen.getByRole('dialog', { name: 'Submit this report?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit report' })).toBeEnabled();
  });

  it('given disabled (a conflict waits, storage is read-only), the trigger cannot be used', () => {
    render(<SubmitDialog labels={labels} container={null} onConfirm={async () => {}} disabled />);
    expect(screen.getByRole('button', { name: 'Submit' })).toBeDisabled();
  });
});
