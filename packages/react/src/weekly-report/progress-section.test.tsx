import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProgressSection } from './progress-section';
import { surveySet, typicalWeek } from './weekly-report.fixtures';
import { defaultWeeklyReportBuilderLabels as labels } from './weekly-report.labels';

const renderSection = (okrSet = surveySet, report: Parameters<typeof ProgressSection>[0]['report'] = typicalWeek) =>
  render(<ProgressSection report={report} okrSet={okrSet} labels={labels} locale="en-US" headingLevel={3} />);
const cellsOf = (name: RegExp) => within(within(screen.getByRole('table')).getByRole('row', { name })).getAllByRole('cell').map((cell) => cell.textContent);

describe('ProgressSection', () => {
  it('given the progress section, it is filled from the check-ins, not typed', () => {
    renderSection();
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /100 valid questionnaires/ });
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['20 (20%)', '45 (45%)', '+25 pts', '60% → 70%']);
    expect(within(table).queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('given a milestones key result, it reads milestones done out of all and the change in points', () => {
    renderSection();
    expect(cellsOf(/competitor trends/)).toEqual(['0/2 (0%)', '1/2 (50%)', '+50 pts', '80% → 70%']);
    expect(screen.getByRole('heading', { level: 3, name: 'Progress since last week' })).toBeInTheDocument();
  });

  it('given a key result with no check-in before the week, last week and the change are a dash, not 0 or NaN', () => {
    renderSection({ ...surveySet, checkIns: surveySet.checkIns.filter((checkIn) => checkIn.id !== 'c1') });
    expect(cellsOf(/100 valid questionnaires/)).toEqual(['—', '45 (45%)', '—', '— → 70%']);
    expect(screen.getByRole('row', { name: /100 valid questionnaires/ })).toHaveAttribute('data-state', 'unknown');
  });

  it('given nothing in focus, it says there is no progress to show instead of an empty table', () => {
    renderSection(surveySet, { ...typicalWeek, focus: [] });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No key result in focus has a check-in yet.')).toBeInTheDocument();
  });
});
