import { domainExamplesNow } from '@okrkit/core/examples';
import { readCsvTable } from '@okrkit/core/interchange';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { loadedStore } from '../objective-card/objective-card.test-utils';
import { exampleDirectory } from '../provider/directory.fixtures';
import { OkrProvider } from '../provider/index';
import { defaultListLabels, listCsvColumns, ObjectiveList, spreadsheetDateTime } from './index';
import { listStorySet } from './objective-list.fixtures';

const scope = { teamId: 'brightline-growth', periodId: 'q1-2026' };

async function renderWith(children: ReactNode, initial = listStorySet) {
  const { store } = await loadedStore({ initial });
  render(
    <OkrProvider store={store} now={domainExamplesNow} locale="en-US" directory={exampleDirectory}>
      {children}
    </OkrProvider>,
  );
  return { store, user: userEvent.setup() };
}

/** The CSV's lines (header checks). */
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);

describe('ObjectiveList parts', () => {
  it('given a custom composition, it draws only the parts given, in their order, and they share one state', async () => {
    const { user } = await renderWith(
      <ObjectiveList.Root {...scope} className="host-list">
        <ObjectiveList.Table />
        <ObjectiveList.Toolbar exportButton={false} />
      </ObjectiveList.Root>,
    );
    const root = document.querySelector('[data-slot="objective-list"]')!;
    expect(root).toHaveClass('host-list');
    const grid = screen.getByRole('grid', { name: 'Objectives' });
    const toolbar = root.querySelector('[data-slot="objective-list-toolbar"]')!;
    // The table comes first, as composed; no New objective row and no Export button were asked for.
    expect(grid.compareDocumentPosition(toolbar) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByLabelText('New objective')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Export CSV' })).toBeNull();
    expect(grid).toHaveAttribute('aria-rowcount', '6');
    // The toolbar's filter narrows the table's rows.
    await user.selectOptions(screen.getByLabelText('Filter by state'), 'draft');
    expect(within(grid).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByText('1 of 5 objectives')).toBeInTheDocument();
  });

  it('given a part outside its root, it says where it belongs', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(renderWith(<ObjectiveList.Toolbar />)).rejects.toThrow('okrkit: <ObjectiveList.Toolbar> must be rendered inside <ObjectiveList.Root>.');
    spy.mockRestore();
  });

  it('when Export CSV is pressed, onExport gets the rows as shown — filtered and sorted, columns as shown, numbers as numbers', async () => {
    const onExport = vi.fn();
    const { user } = await renderWith(<ObjectiveList {...scope} onCreate={() => {}} onExport={onExport} />);
    await user.selectOptions(screen.getByLabelText('Filter by state'), 'active');
    await user.click(screen.getByRole('button', { name: 'Objective' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(onExport).toHaveBeenCalledTimes(1));
    const [csv, fileName] = onExport.mock.calls[0]! as [string, string];
    expect(fileName).toBe('objectives.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines(csv)[0]).toBe('Rank,Objective,Owner,Team,Period,State,Status,Progress (%),Confidence (%),Last check-in (UTC)');
    // Read back with the core's CSV reader: the cells, as a spreadsheet sees them.
    const table = readCsvTable(csv);
    expect(table.errors).toEqual([]);
    const body = table.rows.map((row) => row.cells);
    const shown = [...document.querySelectorAll('[data-slot="objective-list-open"]')].map((button) => button.textContent);
    expect(body.length).toBeGreaterThan(1);
    expect(body.map((cells) => cells[1])).toEqual(shown);
    expect(body.map((cells) => cells[1])).toEqual([...shown].sort((a, b) => a!.localeCompare(b!, 'en-US')));
    for (const cells of body) {
      expect(cells[0]).toMatch(/^\d+$/);
      expect(cells[2]).not.toBe('');
      expect(cells[4]).toBe('Q1 2026');
      expect(cells[5]).toBe('Active');
      expect(cells[7]).toMatch(/^-?\d+$/);
      expect(cells[8]).toMatch(/^(\d+)?$/);
      expect(cells[9]).toMatch(/^(\d{4}-\d{2}-\d{2} \d{2}:\d{2})?$/);
    }
    expect(document.querySelector('[data-slot="objective-list-live"]')).toHaveTextContent(`Exported ${body.length} objectives as CSV.`);
  });

  it('given a title a spreadsheet would run as a formula, the export neutralises it', async () => {
    const initial = { ...listStorySet, objectives: listStorySet.objectives.map((objective, at) => (at === 0 ? { ...objective, title: '=HYPERLINK("http://x","y")' } : objective)) };
    const onExport = vi.fn();
    const teamId = initial.objectives[0]!.teamId;
    const { user } = await renderWith(<ObjectiveList teamId={teamId} onExport={onExport} readOnly />, initial);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(onExport).toHaveBeenCalled());
    const csv = onExport.mock.calls[0]![0] as string;
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    // A read-only list has no actions column, and the CSV has none either.
    expect(lines(csv)[0]!.split(',')).toHaveLength(10);
  });

  it('given no onExport, Export CSV downloads a file through an object URL', async () => {
    const createObjectURL = vi.fn(() => 'blob:objectives');
    const revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = await renderWith(<ObjectiveList {...scope} />);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toContain('Rank,Objective,Owner');
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:objectives'));
    click.mockRestore();
  });
});

describe('listCsvColumns and spreadsheetDateTime', () => {
  it('writes the columns shown, without the actions column, and dates as spreadsheets read them', () => {
    const columns = listCsvColumns(['rank', 'progress', 'lastCheckIn', 'actions'], defaultListLabels, { 'not-started': 'Not started', 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', achieved: 'Achieved' });
    expect(columns.map((column) => column.header)).toEqual(['Rank', 'Progress (%)', 'Last check-in (UTC)']);
    expect(spreadsheetDateTime('2026-02-15T09:30:00.000Z')).toBe('2026-02-15 09:30');
    expect(spreadsheetDateTime('not a date')).toBeNull();
    expect(spreadsheetDateTime(null)).toBeNull();
  });
});
