import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CellEditor, type CellEditorSpec } from './task-grid-cell';
import { typicalWeek } from './weekly-report.fixtures';
import { renderBuilder } from './weekly-report.test-utils';

const grid = () => screen.getByRole('grid', { name: 'Tasks' });
const cell = (row: number, col: number) => within(within(grid()).getAllByRole('row')[row + 1]!).getAllByRole('gridcell')[col]!;

function renderEditor(spec: CellEditorSpec, label = 'Task') {
  const onCommit = vi.fn();
  const onCancel = vi.fn();
  const onInput = vi.fn();
  const onGridKey = vi.fn();
  render(
    // The grid around it listens for arrow keys; the editor must keep them.
    <div onKeyDown={onGridKey}>
      <CellEditor spec={spec} label={label} onCommit={onCommit} onCancel={onCancel} onInput={onInput} />
      <button type="button">Elsewhere</button>
    </div>,
  );
  return { onCommit, onCancel, onInput, onGridKey };
}

describe('CellEditor in the task grid', () => {
  it('given a cell, Enter edits it in place, Enter keeps the new value, Escape restores the old one; focus returns to the cell', async () => {
    const user = userEvent.setup();
    await renderBuilder(typicalWeek);
    await user.click(cell(0, 0));
    await user.keyboard('{Enter}');
    const title = screen.getByRole('textbox', { name: 'Task' });
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Send two reminder emails{Enter}');
    expect(cell(0, 0)).toHaveTextContent('Send two reminder emails');
    expect(cell(0, 0)).toHaveFocus();

    await user.keyboard('{F2}');
    await user.type(screen.getByRole('textbox', { name: 'Task' }), ' and more{Escape}');
    expect(cell(0, 0)).toHaveTextContent(/^Send two reminder emails$/);
    expect(cell(0, 0)).toHaveFocus();

    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{Enter}');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'In progress');
    await user.keyboard('{Enter}');
    expect(cell(0, 4)).toHaveTextContent('In progress');
  });
});

describe('CellEditor on its own', () => {
  it('given a text cell, it opens focused with its text selected, so typing replaces it; Enter keeps the new text', async () => {
    const user = userEvent.setup();
    const { onCommit, onInput } = renderEditor({ kind: 'text', value: 'Call the panel provider', required: true });
    const editor = screen.getByRole('textbox', { name: 'Task' });
    expect(editor).toHaveFocus();
    await user.keyboard('Email the panel provider{Enter}');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Email the panel provider');
    expect(onInput).toHaveBeenLastCalledWith('Email the panel provider');
  });

  it('when Escape is pressed, it cancels and keeps nothing, whatever was typed', async () => {
    const user = userEvent.setup();
    const { onCommit, onCancel } = renderEditor({ kind: 'text', value: 'Call the panel provider' });
    await user.keyboard('Something else{Escape}');
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onCommit).not.toHaveBeenCalled();
  });

  it('when focus leaves the field (Tab, a click elsewhere), it keeps the value, once', async () => {
    const user = userEvent.setup();
    const { onCommit, onCancel } = renderEditor({ kind: 'text', value: 'Call' });
    await user.keyboard('Call twice');
    await user.tab();
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Call twice');
    expect(onCancel).not.toHaveBeenCalled();
  });

  it('given a required title left blank, or nothing changed, Enter keeps nothing and closes the editor', async () => {
    const user = userEvent.setup();
    const blank = renderEditor({ kind: 'text', value: 'Call', required: true });
    await user.keyboard('{Backspace}{Enter}');
    expect(blank.onCommit).not.toHaveBeenCalled();
    expect(blank.onCancel).toHaveBeenCalledOnce();
  });

  it('given an unchanged value, Enter cancels rather than saving the same value again', () => {
    const { onCommit, onCancel } = renderEditor({ kind: 'date', value: '2026-03-04' }, 'Due');
    fireEvent.keyDown(screen.getByLabelText('Due'), { key: 'Enter' });
    expect(onCommit).not.toHaveBeenCalled();
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('given a select cell, it offers the options, and Enter keeps the one chosen', async () => {
    const user = userEvent.setup();
    const { onCommit } = renderEditor(
      { kind: 'select', value: 'todo', options: [{ value: 'todo', label: 'To do' }, { value: 'doing', label: 'In progress' }, { value: 'done', label: 'Done' }] },
      'Status',
    );
    const select = screen.getByRole('combobox', { name: 'Status' });
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'Done');
    await user.keyboard('{Enter}');
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('done');
  });

  it('while editing, the arrow keys and Home/End move the caret, not the grid’s focus', async () => {
    const user = userEvent.setup();
    const { onGridKey } = renderEditor({ kind: 'text', value: 'Call' });
    await user.keyboard('{ArrowLeft}{Home}{End}{ArrowRight}');
    expect(onGridKey).not.toHaveBeenCalled();
  });
});
