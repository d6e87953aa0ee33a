'use client';
export { PeriodReview, type PeriodReviewProps } from './period-review';
export { PeriodReviewRoot, usePeriodReviewContext, type PeriodReviewContextValue, type PeriodReviewKind, type PeriodReviewRootProps, type PeriodReviewTeam } from './period-review-context';
export { PeriodReviewByKind, PeriodReviewByTeam, PeriodReviewExport, PeriodReviewFilters, PeriodReviewLessons, PeriodReviewSummary } from './period-review-parts';
export { defaultPeriodReviewLabels, resolvePeriodReviewLabels, type PeriodReviewLabels } from './period-review.labels';
