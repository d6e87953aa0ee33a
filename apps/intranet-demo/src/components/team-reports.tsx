import { formatIsoWeek, type WeeklyReport } from '@okrkit/core';
import { useWeeklyReportSnapshot, useWeeklyReportStore, WeeklyReportView } from '@okrkit/react';
import { useId, useMemo } from 'react';
import { mayReadReport, type Person } from '../../shared/directory.mjs';
import { formatWeekRange } from '../format-week';

export interface TeamReportsProps {
  person: Person;
  personName: (id: string) => string;
  locale: string;
}

/**
 * What the team submitted: every submitted report by someone else that the signed-in
 * person may read (their team's; every team's for the admin), newest week first, each in
 * okrkit's read-only `WeeklyReportView` behind a disclosure (the newest one open).
 */
export function TeamReports({ person, personName, locale }: TeamReportsProps) {
  const store = useWeeklyReportStore();
  const { reports, status } = useWeeklyReportSnapshot(store);
  const headingId = useId();
  const submitted = useMemo(
    () =>
      [...reports.values()]
        // The server already sends only what the person may read; the check here also covers
        // reports that arrive over the change stream, which keeps the identity it was opened with.
        .filter((report) => report.state === 'submitted' && report.authorId !== person.id && mayReadReport(person, report))
        .sort((a, b) => b.weekStart.localeCompare(a.weekStart) || personName(a.authorId).localeCompare(personName(b.authorId), locale)),
    [reports, person, personName, locale],
  );

  return (
    <section className="team-reports" aria-labelledby={headingId}>
      <h2 id={headingId}>Team reports</h2>
      <p className="intro">
        {person.admin ? 'Submitted reports from every team.' : `Submitted reports from ${person.teamName}.`} Read-only; copy one for an e-mail
        or a chat from its toolbar.
      </p>
      {submitted.length === 0 ? (
        <p className="board-message">{status === 'ready' ? 'Nobody else in your team has submitted a report yet.' : 'Loading the team’s reports…'}</p>
      ) : (
        <ul className="team-report-list">
          {submitted.map((report, index) => (
            <li key={report.id}>
              <details open={index === 0}>
                <summary>{summaryOf(report, personName, locale)}</summary>
                <div className="team-report-body">
                  <WeeklyReportView reportId={report.id} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function summaryOf(report: WeeklyReport, personName: (id: string) => string, locale: string): string {
  return `${personName(report.authorId)} · ${formatIsoWeek(report.week)} · ${formatWeekRange(report.weekStart, locale)}`;
}
