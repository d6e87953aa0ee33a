/**
 * How the demo names weekly reports, shared by the server (seeding) and the page (finding
 * or creating this week's report): okrkit's `weeklyReportIdFor`, the id `startWeeklyReport` gives.
 */
import { weeklyReportIdFor } from '@okrkit/core';

/**
 * The id of a person's report for a week: one report per person and week, so the page
 * finds this week's report by its id, and two tabs creating it at once conflict instead of
 * making two.
 * @param {string} authorId
 * @param {import('@okrkit/core').IsoWeek} week
 * @example weeklyReportId('priya-nair', { year: 2026, week: 6 }) // 'wr-priya-nair-2026-W06'
 */
export function weeklyReportId(authorId, week) {
  return weeklyReportIdFor(authorId, week);
}
