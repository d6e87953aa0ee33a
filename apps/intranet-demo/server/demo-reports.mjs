/**
 * The weekly reports the demo seeds next to the domain examples: the Growth team's two
 * reports for the week before the demo's day (Monday 2 – Sunday 8 February 2026, ISO week
 * 6), both submitted, so "Team reports" has something to read and each shows progress since
 * the week before. Host data, written with okrkit's own model functions.
 */
import { createWeeklyReport, submitReport, validateWeeklyReport } from '@okrkit/core';
import { weeklyReportId } from '../shared/weekly-reports.mjs';

/** Any day of the seeded week, and the locale that puts its start on Monday. */
const seededDay = '2026-02-08';
const seededLocale = 'en-GB';

/** What each person wrote that week, over the focus `createWeeklyReport` filled in from the OKRs. */
const written = [
  {
    authorId: 'priya-nair',
    teamId: 'brightline-growth',
    submittedAt: '2026-02-06T16:30:00Z',
    expected: {
      'kr-churn': 'Churn at 4.2 % or lower after the second win-back wave',
      'kr-onboarding-checklist': 'Checklist feature-complete and handed to QA',
    },
    tasks: [
      { id: 'winback-wave-2', title: 'Send the second win-back e-mail wave', keyResultId: 'kr-churn', priority: 'P1', due: '2026-02-04', status: 'done' },
      { id: 'cancel-survey', title: 'Read the cancellation survey answers of January', keyResultId: 'kr-churn', priority: 'P2', due: '2026-02-06', status: 'done' },
      { id: 'checklist-copy', title: 'Final copy for the onboarding checklist', keyResultId: 'kr-onboarding-checklist', priority: 'P2', due: '2026-02-05', status: 'doing' },
    ],
    problems: [{ text: 'The checklist slips a week: QA is shared with the billing release.', severity: 'risk', keyResultId: 'kr-onboarding-checklist' }],
    nextWeek: [
      { text: 'Measure the win-back wave against the control group', keyResultId: 'kr-churn' },
      { text: 'Checklist in QA', keyResultId: 'kr-onboarding-checklist' },
    ],
  },
  {
    authorId: 'noah-fischer',
    teamId: 'brightline-growth',
    submittedAt: '2026-02-06T17:05:00Z',
    expected: {
      'kr-churn': 'Win-back landing page live with the new offer',
      'kr-onboarding-checklist': 'Tracking plan for the checklist agreed',
    },
    tasks: [
      { id: 'winback-landing', title: 'Build the win-back landing page', keyResultId: 'kr-churn', priority: 'P1', due: '2026-02-03', status: 'done' },
      { id: 'ab-offer', title: 'A/B test: one month free vs 20 % off', keyResultId: 'kr-churn', priority: 'P1', due: '2026-02-06', status: 'doing' },
      { id: 'checklist-events', title: 'Define analytics events for the checklist', keyResultId: 'kr-onboarding-checklist', priority: 'P3', status: 'todo' },
    ],
    problems: [{ text: 'The A/B test needs one more week of traffic to be significant.', severity: 'risk', keyResultId: 'kr-churn' }],
    nextWeek: [{ text: 'Read the A/B result and roll out the winner', keyResultId: 'kr-churn' }],
  },
];

/**
 * The seeded reports, valid against `okrSet` (a report that no longer validates — the
 * examples changed — fails here, at start-up, rather than as a load issue in the page).
 * @param {import('@okrkit/core').OkrSet} okrSet
 * @returns {import('@okrkit/core').WeeklyReport[]}
 */
export function demoWeeklyReports(okrSet) {
  return written.map((entry) => {
    const draft = createWeeklyReport({
      id: '',
      authorId: entry.authorId,
      teamId: entry.teamId,
      date: seededDay,
      locale: seededLocale,
      okrSet,
      now: entry.submittedAt,
    });
    const report = submitReport(
      {
        ...draft,
        id: weeklyReportId(entry.authorId, draft.week),
        focus: draft.focus.map((focus) => ({ ...focus, expectedResult: entry.expected[focus.keyResultId] ?? '' })),
        tasks: entry.tasks.map((task) => ({ ...task, ownerId: entry.authorId })),
        problems: entry.problems,
        nextWeek: entry.nextWeek,
      },
      entry.submittedAt,
    );
    const checked = validateWeeklyReport(report, { okrSet });
    if (!checked.ok) throw new Error(`demo weekly report ${report.id} is invalid: ${checked.errors.map((error) => `${error.path} ${error.message}`).join('; ')}`);
    return report;
  });
}
