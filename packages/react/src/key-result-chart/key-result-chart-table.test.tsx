import { keyResultHistory, type OkrSet } from '@okrkit/core';
import { domainExamplesNow } from '@okrkit/core/examples';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { KeyResultChartRoot, type KeyResultChartRootProps } from './key-result-chart-context';
import { KeyResultChartTable } from './key-result-chart-table';
import { chartScenarios } from './key-result-chart.fixtures';

// KeyResultChartTable alone inside a KeyResultChartRoot over a core history: the toggle, the
// table's cells for each check-in, and open/closed controlled or not.

const names: Record<string, string> = { 'amara-osei': 'Amara Osei', 'jonas-weber': 'Jonas Weber' };

function renderTable(okrSet: OkrSet, props: Partial<KeyResultChartRootProps> = {}) {
  const element = (overrides: Partial<KeyResultChartRootProps> = {}) => (
    <KeyResultChartRoot history={keyResultHistory(okrSet, 'kr-chart')} title="Sign up 40 partners" now={domainExamplesNow} locale="en-GB" personName={(id) => names[id] ?? id} {...props} {...overrides}>
      <KeyResultChartTable />
    </KeyResultChartRoot>
  );
  const result = render(element());
  return { ...result, rerenderWith: (overrides: Partial<KeyResultChartRootProps>) => result.rerender(element(overrides)) };
}

describe('KeyResultChartTable', () => {
  it('given no check-ins, it draws nothing', () => {
    const { container } = renderTable(chartScenarios.noCheckIns);
    expect(container.querySelector('[data-slot="key-result-chart-table-section"]')).toBeNull();
  });

  it('starts closed: the toggle says “Show as table”, controls the hidden region, and the region is not focusable', () => {
    renderTable(chartScenarios.oneCheckIn);
    const toggle = screen.getByRole('button', { name: 'Show as table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const region = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(region).toHaveAttribute('hidden');
    expect(region).not.toHaveAttribute('tabindex');
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('given the toggle, it opens a named, focusable table of every check-in with its date, value, progress, confidence, author and note', async () => {
    const user = userEvent.setup();
    renderTable(chartScenarios.oneCheckIn);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const toggle = screen.getByRole('button', { name: 'Hide table' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: 'Check-ins of Sign up 40 partners' });
    expect(region).toHaveAttribute('tabindex', '0');
    const table = within(region).getByRole('table', { name: 'Check-ins of Sign up 40 partners' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Date', 'Value', 'Progress', 'Confidence', 'Author', 'Note']);
    const row = within(table).getAllByRole('row')[1]!;
    const date = within(row).getByRole('rowheader').querySelector('time')!;
    expect(date).toHaveTextContent('1 Jan 2026');
    expect(date).toHaveAttribute('dateTime', '2026-01-01T09:00:00.000Z');
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['12', '30%', '80%', 'Amara Osei', 'First partners signed']);
    await user.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists every check-in oldest first, and a missing confidence or author reads as a dash', async () => {
    const user = userEvent.setup();
    const bare = { ...chartScenarios.offTrack, checkIns: chartScenarios.offTrack.checkIns.map((checkIn) => (checkIn.id === 'kr-chart-c0000' ? { id: checkIn.id, keyResultId: checkIn.keyResultId, at: checkIn.at, value: checkIn.value } : checkIn)) };
    renderTable(bare);
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    const dates = rows.map((row) => row.querySelector('time')!.getAttribute('dateTime')!);
    expect([...dates].sort()).toEqual(dates);
    const cells = within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[2]).toBe('—');
    expect(cells[3]).toBe('—');
    expect(cells[4]).toBe('');
  });

  it('given a controlled tableOpen, the toggle only reports until the host passes the new state', async () => {
    const user = userEvent.setup();
    const onTableOpenChange = vi.fn();
    const { rerenderWith } = renderTable(chartScenarios.oneCheckIn, { tableOpen: false, onTableOpenChange });
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    expect(onTableOpenChange).toHaveBeenCalledWith(true);
    expect(screen.queryByRole('table')).toBeNull();
    rerenderWith({ tableOpen: true });
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('given words of its own, the toggle and caption use them', async () => {
    const user = userEvent.setup();
    renderTable(chartScenarios.oneCheckIn, { labels: { showTable: 'Als Tabelle', hideTable: 'Tabelle ausblenden', tableCaption: (title) => `Check-ins von ${title}` } });
    await user.click(screen.getByRole('button', { name: 'Als Tabelle' }));
    expect(screen.getByRole('button', { name: 'Tabelle ausblenden' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Check-ins von Sign up 40 partners' })).toBeInTheDocument();
  });
});
