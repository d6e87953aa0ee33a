import type { DraftBackup, WeeklyReportStore } from '@okrkit/core';
import { WeeklyReportBuilder, WeeklyReportProvider } from '@okrkit/react';
import { useMemo } from 'react';
import type { Person } from '../../shared/directory.mjs';
import { formatWeekRange } from '../format-week';
import { useThisWeeksReport } from '../use-this-weeks-report';
import { TeamReports } from './team-reports';

export interface WeeklyReportPageProps {
  person: Person;
  directory: readonly Person[];
  personName: (id: string) => string;
  /** The signed-in person's weekly-report store (see `usePersonReportStore`). */
  reports: WeeklyReportStore;
  /** Where the builder copies every edit at once (localStorage). */
  backup: DraftBackup;
  now: Date;
  locale: string;
  /** Loads the OKRs again (the report's focus is made from them). */
  reloadOkrs: () => void;
}

/** The page's heading already says "Weekly report". A stable object: the builder memoises on it. */
const builderLabels = { report: 'Your report this week' } as const;

/**
 * The "Weekly report" page: the signed-in person's report for this week in okrkit's
 * `WeeklyReportBuilder` (created on the first visit of the week), then the team's
 * submitted reports in `WeeklyReportView`. The host decides whose report, which week and
 * who reads what; okrkit writes, saves, backs up and shows the report.
 */
export function WeeklyReportPage({ person, directory, personName, reports, backup, now, locale, reloadOkrs }: WeeklyReportPageProps) {
  const thisWeek = useThisWeeksReport(reports, person, now, locale);
  // Tasks can go to anyone in the author's team.
  const teammates = useMemo(
    () => directory.filter((candidate) => candidate.teamId === person.teamId).map((candidate) => ({ id: candidate.id, name: candidate.name })),
    [directory, person.teamId],
  );
  const range = formatWeekRange(thisWeek.week.weekStart, locale);

  return (
    <WeeklyReportProvider store={reports}>
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Weekly report</h1>
          <p className="intro">
            {person.name}, your report for the week of <strong>{range}</strong>: what you focus on, the tasks that move your key results,
            what moved since last week, what is in the way, and next week’s plan. It saves as you type; {person.teamName} reads it once you
            submit it.
          </p>
        </div>
      </header>
      <section className="report-section" aria-label="Your report">
        {thisWeek.status === 'ready' ? (
          <div className="report-card">
            <WeeklyReportBuilder
              reportId={thisWeek.reportId}
              currentUserId={person.id}
              backup={backup}
              people={teammates}
              labels={builderLabels}
            />
          </div>
        ) : thisWeek.status === 'error' ? (
          <div role="alert" className="board-message" data-state="error">
            <p>Your weekly report could not be opened: {thisWeek.error?.message ?? 'unknown error'}</p>
            <button
              type="button"
              className="intranet-button"
              onClick={() => {
                reloadOkrs();
                thisWeek.retry();
              }}
            >
              Try again
            </button>
          </div>
        ) : (
          <p role="status" className="board-message">
            Opening your weekly report…
          </p>
        )}
      </section>
      <TeamReports person={person} personName={personName} locale={locale} />
    </WeeklyReportProvider>
  );
}
