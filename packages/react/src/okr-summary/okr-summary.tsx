'use client';
import { forwardRef } from 'react';
import { OkrSummaryRoot, type OkrSummaryRootProps } from './okr-summary-context';
import { OkrSummaryConfidence, OkrSummaryGrades, OkrSummaryOutdated, OkrSummaryStatus } from './okr-summary-parts';

export type OkrSummaryProps = Omit<OkrSummaryRootProps, 'children'> & {
  /** How many outdated KRs are listed (see `OkrSummary.Outdated`). @default 5 */
  maxOutdatedListed?: number;
};

const OkrSummaryComposed = /* @__PURE__ */ forwardRef<HTMLElement, OkrSummaryProps>(function OkrSummary(props, ref) {
  const { maxOutdatedListed, ...rootProps } = props;
  return (
    <OkrSummaryRoot ref={ref} {...rootProps}>
      <OkrSummaryStatus />
      <OkrSummaryConfidence />
      <OkrSummaryOutdated maxListed={maxOutdatedListed} />
      <OkrSummaryGrades />
    </OkrSummaryRoot>
  );
});

/**
 * A compact dashboard for a team, a period or an owner: objectives under way by status, their
 * net confidence score, the KRs gone stale, and — once objectives are closed — the grade
 * distribution. Each chart carries its numbers as text (a table beside the bar). For your own
 * layout compose `OkrSummary.Root`, `.Status`, `.Confidence`, `.Outdated` and `.Grades`.
 * @example
 * <OkrProvider store={store} directory={directory}>
 *   <OkrSummary teamId="brightline-growth" periodId="q1-2026" />
 * </OkrProvider>
 */
export const OkrSummary = /* @__PURE__ */ Object.assign(OkrSummaryComposed, {
  Root: OkrSummaryRoot,
  Status: OkrSummaryStatus,
  Confidence: OkrSummaryConfidence,
  Outdated: OkrSummaryOutdated,
  Grades: OkrSummaryGrades,
});
