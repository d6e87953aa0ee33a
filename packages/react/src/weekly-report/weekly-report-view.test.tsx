import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OkrProvider } from '../provider/index';
import { WeeklyReportProvider } from './weekly-report-context';
import { WeeklyReportView } from './weekly-report-view';
import { createReportStores, submittedWeek, surveyNow, surveyPeople, typicalWeek } from './weekly-report.fixtures';

async function renderView(report = submittedWeek, reportId = report.id) {
  const stores = await createReportStores([report]);
  return render(
    <OkrProvider store={stores.okrStore} locale="en-US" now={surveyNow}>
      <WeeklyReportProvider store={stores.reportStore}>
        <WeeklyReportView reportId={reportId} people={surveyPeople} />
      </WeeklyReportProvider>
    </OkrProvider>,
  );
}

describe('WeeklyReportView', () => {
  it('given a submitted report, it shows every section for reading, with nothing to type in', async () => {
    await renderView();
    const report = screen.getByRole('article', { name: 'Weekly report' });
    expect(within(report).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Focus',
      'Tasks',
      'Progress since last week',
      'Problems and risks',
      'Next week',
    ]);
    expect(within(report).getByText(/^2026-W10 · .+ · by Ana Silva ·/)).toBeInTheDocument();
    expect(within(report).getByText(/^Submitted /)).toBeInTheDocument();
    expect(within(report).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(report).getByRole('grid', { name: 'Tasks' })).toHaveAttribute('aria-readonly', 'true');
    expect(within(report).getByText('Blocker:')).toBeInTheDocument();
  });

  it('given a reader, it offers no editing (no add, remove, submit or reopen), only sorting, filtering and copying', async () => {
    await renderView();
    for (const name of [/^Add /, /^Remove /, /^Submit/, /^Reopen/]) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    for (const name of ['Copy as Markdown', 'Copy for email', 'Copy for chat']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Filter by status' })).toBeInTheDocument();
  });

  it('given a draft, it says Draft and is still read-only', async () => {
    await renderView(typicalWeek);
    expect(screen.getByText('Draft')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('given an id storage does not hold, it says the report does not exist', async () => {
    await renderView(submittedWeek, 'wr-missing');
    expect(screen.getByText('This report does not exist.')).toBeInTheDocument();
  });
});
