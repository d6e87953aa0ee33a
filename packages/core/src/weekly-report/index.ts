export type * from './weekly-report.types';
export {
  addDays,
  firstDayOfWeek,
  firstDayOfWeekInRegion,
  formatIsoWeek,
  isoWeekMonday,
  isoWeekOf,
  isoWeeksInYear,
  nextReportWeek,
  previousReportWeek,
  reportWeekOf,
  type ReportWeek,
} from './week';
export {
  carryOverTasks,
  createWeeklyReport,
  isWeeklyReportEditable,
  reopenReport,
  sortTasks,
  submitReport,
  WeeklyReportError,
  type CarryOverOptions,
  type CreateWeeklyReportInput,
  type WeeklyReportErrorCode,
} from './weekly-report';
export { focusKeyResults, progressSinceLastWeek } from './progress-since-last-week';
export { startWeeklyReport, weeklyReportIdFor, type StartWeeklyReportInput } from './start-weekly-report';
export { validateWeeklyReport } from './validate-weekly-report';
export { defaultWeeklyReportLabels } from './report-view';
export { weeklyReportToHtml, weeklyReportToMarkdown, weeklyReportToPlainText } from './weekly-report-export';
export type * from './weekly-report-store.types';
export { createWeeklyReportStore } from './weekly-report-store';
