export { WeeklyReportBuilder, type WeeklyReportBuilderProps } from './weekly-report-builder';
export { WeeklyReportView, type WeeklyReportViewProps } from './weekly-report-view';
export { WeeklyReportProvider, useWeeklyReportSnapshot, useWeeklyReportStore } from './weekly-report-context';
export { useReportDraft, type ReportDraft, type RestoreOffer, type SaveIndicator, type UseReportDraftOptions } from './use-report-draft';
export { useRowWindow, type RowWindow, type UseRowWindowOptions } from '../internal/use-row-window';
export { defaultWeeklyReportBuilderLabels, type WeeklyReportBuilderLabels } from './weekly-report.labels';
export type { Choice as WeeklyReportChoice } from './weekly-report.utils';
