import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { typicalWeek } from './weekly-report.fixtures';
import { renderBuilder } from './weekly-report.test-utils';

describe('Weekly report: user text takes its own direction', () => {
  it('given a draft, the author, focus titles, expected results, task titles and owners, lines and notes are direction-isolated', async () => {
    await renderBuilder({ ...typicalWeek, problems: [{ text: 'The panel provider is late', keyResultId: 'kr-questionnaires' }], notes: 'Quiet week' });
    const report = await screen.findByRole('article', { name: 'Weekly report' });
    const meta = report.querySelector('[data-slot="weekly-report-meta"]') as HTMLElement;
    expect(meta.querySelector('bdi')).toHaveTextContent('Ana Silva');
    for (const title of report.querySelectorAll('[data-slot="weekly-report-focus-title"] strong')) expect(title).toHaveAttribute('dir', 'auto');
    for (const field of within(report).getAllByRole('textbox')) expect(field.getAttribute('dir'), field.outerHTML.slice(0, 160)).toBe('auto');
    const grid = within(report).getByRole('grid', { name: 'Tasks' });
    const titleCell = within(grid).getByText('Call the panel provider');
    expect(titleCell.tagName).toBe('BDI');
    const owners = grid.querySelectorAll('[data-column="owner"]');
    expect(owners.length).toBe(4);
    for (const owner of owners) expect(owner.firstElementChild?.tagName).toBe('BDI');
    expect(grid.querySelector('[data-column="status"] bdi')).toBeNull();
  });
});
