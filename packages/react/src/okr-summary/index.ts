'use client';
export { OkrSummary, type OkrSummaryProps } from './okr-summary';
export { OkrSummaryRoot, useOkrSummaryContext, type OkrSummaryContextValue, type OkrSummaryRootProps } from './okr-summary-context';
export { OkrSummaryConfidence, OkrSummaryGrades, OkrSummaryOutdated, OkrSummaryStatus, type OkrSummaryOutdatedProps } from './okr-summary-parts';
export { defaultSummaryLabels, resolveSummaryLabels, type OkrSummaryLabels } from './okr-summary.labels';
