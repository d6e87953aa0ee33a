'use client';
import { forwardRef } from 'react';
import { PeriodReviewRoot, type PeriodReviewRootProps } from './period-review-context';
import { PeriodReviewByKind, PeriodReviewByTeam, PeriodReviewExport, PeriodReviewFilters, PeriodReviewLessons, PeriodReviewSummary } from './period-review-parts';

export type PeriodReviewProps = Omit<PeriodReviewRootProps, 'children'>;

const PeriodReviewComposed = /* @__PURE__ */ forwardRef<HTMLElement, PeriodReviewProps>(function PeriodReview(props, ref) {
  return (
    <PeriodReviewRoot ref={ref} {...props}>
      <PeriodReviewFilters />
      <PeriodReviewSummary />
      <PeriodReviewByTeam />
      <PeriodReviewByKind />
      <PeriodReviewLessons />
      <PeriodReviewExport />
    </PeriodReviewRoot>
  );
});

/**
 * The review of a closed period (DOMAIN.md §5 "evaluate", §11) as one widget: filters by team
 * and kind; a summary (objectives closed and still open, the mean grade, counts per band and
 * result); the grade distribution by team and committed vs aspirational, as tables with captions
 * (band names in words, never colour alone) and the method's expectations (aspirational objectives
 * land around 0.6–0.7); each objective's retrospective; and Markdown / CSV copies and downloads.
 * Computed by the core's `periodReview`, `scopePeriodReview` and `periodCompletion` from the
 * provider's OKR store and the cycle store's close-outs, under the provider's `scoring`. There is
 * no per-person view: OKRs are not an appraisal tool (DOMAIN.md §6). For your own layout compose
 * `PeriodReview.Root`, `.Filters`, `.Summary`, `.ByTeam`, `.ByKind`, `.Lessons` and `.Export`.
 * @example
 * const cycles = createCycleStore({ adapter, okrStore: store, scoring: scoringPresets.google });
 * <OkrProvider store={store} scoring={scoringPresets.google}><PeriodReview cycleStore={cycles} periodId="q1-2026" /></OkrProvider>
 */
export const PeriodReview = /* @__PURE__ */ Object.assign(PeriodReviewComposed, {
  Root: PeriodReviewRoot,
  Filters: PeriodReviewFilters,
  Summary: PeriodReviewSummary,
  ByTeam: PeriodReviewByTeam,
  ByKind: PeriodReviewByKind,
  Lessons: PeriodReviewLessons,
  Export: PeriodReviewExport,
});
