import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OkrProvider, type OkrDirectory } from '../provider/index';
import { WeeklyReportProvider } from './weekly-report-context';
import { WeeklyReportView } from './weekly-report-view';
import { createReportStores, submittedWeek, surveyNow, surveyPeople, typicalWeek } from './weekly-report.fixtures';

async function renderView(report = submittedWeek, reportId = report.id, names: { directory?: OkrDirectory; legacyPeople?: boolean } = { legacyPeople: true }) {
  const stores = await createReportStores([report]);
  return render(
    <OkrProvider store={stores.okrStore} locale="en-US" now={surveyNow} directory={names.directory}>
      <WeeklyReportProvider store={stores.reportStore}>
        <WeeklyReportView reportId={reportId} people={names.legacyPeople ? surveyPeople : undefined} />
      </WeeklyReportProvider>
    </OkrProvider>,
  );
}

/** The line under the heading ("2026-W10 · … · by ‹name› · …"); the name sits in a <bdi>. */
const meta = (report: HTMLElement): HTMLElement => report.querySelector('[data-slot="weekly-report-meta"]') as HTMLElement;

describe('WeeklyReportView', () => {
  it('given only the provider’s directory (no people prop), it names the author and task owners from it, never by id', async () => {
    const directory: OkrDirectory = { people: Object.fromEntries(surveyPeople.map((person) => [person.id, { name: `${person.name} (directory)` }])) };
    await renderView(typicalWeek, typicalWeek.id, { directory });
    const report = screen.getByRole('article', { name: 'Weekly report' });
    expect(meta(report)).toHaveTextContent(/ · by Ana Silva \(directory\) ·/);
    expect(within(report).getByRole('grid', { name: 'Tasks' }).textContent).toContain('Ben Okafor (directory)');
    expect(within(report).getByRole('grid', { name: 'Tasks' }).textContent).not.toMatch(/\bben\b/);
  });

  it('given the deprecated people prop and a directory, the prop still names people (one release)', async () => {
    await renderView(submittedWeek, submittedWeek.id, { directory: { people: { ana: { name: 'Someone else' } } }, legacyPeople: true });
    expect(meta(screen.getByRole('article', { name: 'Weekly report' }))).toHaveTextContent(/ · by Ana Silva ·/);
  });

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
    expect(meta(report)).toHaveTextContent(/^2026-W10 · .+ · by Ana Silva ·/);
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
