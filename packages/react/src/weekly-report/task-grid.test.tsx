import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { manyTasks, typicalWeek } from './weekly-report.fixtures';
import { renderBuilder } from './weekly-report.test-utils';

const grid = () => screen.getByRole('grid', { name: 'Tasks' });
/** The text of one column, top to bottom. */
const column = (index: number) =>
  within(grid())
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('gridcell')[index]?.textContent);
const cell = (row: number, col: number) => within(within(grid()).getAllByRole('row')[row + 1]!).getAllByRole('gridcell')[col]!;

describe('task grid: order, sorting and filtering', () => {
  it('given tasks, they show by priority then due date; clicking a header sorts by it (aria-sort) and a third click goes back', async () => {
    const user = userEvent.setup();
    await renderBuilder(typicalWeek);
    expect(column(0)).toEqual(['Send the reminder email', 'Call the panel provider', 'Summarise competitor pricing', 'Tidy the results sheet']);
    expect(screen.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(screen.getByRole('button', { name: 'Task' }));
    expect(screen.getByRole('columnheader', { name: 'Task' })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute('aria-sort', 'none');
    expect(column(0)).toEqual(['Call the panel provider', 'Send the reminder email', 'Summarise competitor pricing', 'Tidy the results sheet']);
    await user.click(screen.getByRole('button', { name: 'Task' }));
    expect(screen.getByRole('columnheader', { name: 'Task' })).toHaveAttribute('aria-sort', 'descending');
    expect(column(0)[0]).toBe('Tidy the results sheet');
    await user.click(screen.getByRole('button', { name: 'Task' }));
    expect(screen.getByRole('columnheader', { name: 'Priority' })).toHaveAttribute('aria-sort', 'ascending');
    expect(column(0)[0]).toBe('Send the reminder email');

    await user.click(screen.getByRole('button', { name: 'Due' }));
    expect(column(3)).toEqual(['Mar 4', 'Mar 5', 'Mar 6', '—']);
  });

  it('given filters by key result, owner and status, only matching tasks show and the count says so', async () => {
    const user = userEvent.setup();
    await renderBuilder(typicalWeek);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by key result' }), '100 valid questionnaires');
    expect(column(0)).toEqual(['Send the reminder email', 'Call the panel provider']);
    expect(screen.getByText('2 of 4 tasks')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by owner' }), 'Ben Okafor');
    expect(column(0)).toEqual(['Call the panel provider']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by key result' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by owner' }), 'All');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Filter by status' }), 'To do');
    expect(column(0)).toEqual(['Summarise competitor pricing', 'Tidy the results sheet']);
  });
});

describe('task grid: removing (adding: report-dialogs; editing: task-grid-cell)', () => {
  it('given a task, its remove button takes it out', async () => {
    const user = userEvent.setup();
    await renderBuilder(typicalWeek);
    await user.click(screen.getByRole('button', { name: 'Remove task “Call the panel provider”' }));
    expect(column(0)).toEqual(['Send the reminder email', 'Summarise competitor pricing', 'Tidy the results sheet']);
  });
});

describe('task grid: keyboard navigation (WAI-ARIA grid)', () => {
  it('given the grid, one cell is in the tab order; arrows move between cells, Home/End go to the ends of the row, Tab leaves', async () => {
    const user = userEvent.setup();
    await renderBuilder(typicalWeek);
    const tabbable = grid().querySelectorAll('[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    await user.click(cell(0, 0));
    await user.keyboard('{ArrowRight}');
    expect(cell(0, 1)).toHaveFocus();
    expect(cell(0, 1)).toHaveAttribute('tabindex', '0');
    expect(cell(0, 0)).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowDown}');
    expect(cell(1, 1)).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(cell(1, 6)).getByRole('button', { name: 'Remove task “Call the panel provider”' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(cell(1, 0)).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByRole('button', { name: 'Task' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Task' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(cell(3, 0)).toHaveFocus();
    await user.tab();
    expect(grid()).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('given 2,000 tasks, only a window of rows is rendered, and the grid says how many rows it has', async () => {
    await renderBuilder({ ...typicalWeek, tasks: manyTasks(2000) });
    expect(grid()).toHaveAttribute('aria-rowcount', '2001');
    const rendered = within(grid()).getAllByRole('row').length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(screen.getByText('2000 tasks')).toBeInTheDocument();
  });
});

describe('task grid: printing', () => {
  it('given 300 tasks, beforeprint renders every row before the event returns (paper does not scroll), and afterprint windows them again', async () => {
    await renderBuilder({ ...typicalWeek, tasks: manyTasks(300) });
    expect(within(grid()).getAllByRole('row').length).toBeLessThan(60);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
      // Inside act a scheduled render would wait for its end: only a synchronous one is here now.
      // (counted by selector: a role query over 2,100 cells is slow in happy-dom)
      expect(grid().querySelectorAll('[role="row"]')).toHaveLength(301);
    });
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(within(grid()).getAllByRole('row').length).toBeLessThan(60);
  });
});
