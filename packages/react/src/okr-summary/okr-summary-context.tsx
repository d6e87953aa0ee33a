'use client';
import { okrIndex, summarizeOkrs, type OkrSummaryData, type OkrSummaryScope, type OkrStoreSnapshot } from '@okrkit/core';
import { createContext, forwardRef, useCallback, useContext, useMemo, type ComponentPropsWithoutRef } from 'react';
import { useOkrContext, useOkrSelector, useTeam } from '../provider/index';
import { resolveSummaryLabels, type OkrSummaryLabels } from './okr-summary.labels';
import { slotClass } from '../internal/slot-class';

/** What the summary's parts share. */
export interface OkrSummaryContextValue {
  summary: OkrSummaryData;
  labels: OkrSummaryLabels;
  /** KR titles by id, for the outdated list. */
  keyResultTitle: (keyResultId: string) => string;
}

const SummaryContext = /* @__PURE__ */ createContext<OkrSummaryContextValue | null>(null);

/**
 * The summary's numbers and words, for custom parts. Throws a clear error outside `OkrSummary.Root`.
 * @example const { summary } = useOkrSummaryContext('MyPart'); summary.netConfidenceScore
 */
export function useOkrSummaryContext(part: string): OkrSummaryContextValue {
  const value = useContext(SummaryContext);
  if (!value) throw new Error(`okrkit: <OkrSummary.${part}> must be rendered inside <OkrSummary.Root>.`);
  return value;
}

export interface OkrSummaryRootProps extends ComponentPropsWithoutRef<'section'>, OkrSummaryScope {
  /** What the summary is about, in its accessible name. @default the team's name from the directory, else the period's name */
  scopeName?: string;
  /** Words of this summary only (over the provider's `labels.summary`). */
  labels?: Partial<OkrSummaryLabels>;
}

/**
 * The summary's frame: a `section` named "Summary: Growth team" that computes the numbers
 * once (the core's `summarizeOkrs`, under the provider's clock, scoring and outdated rule)
 * and hands them to its parts.
 * @example
 * <OkrSummary.Root teamId="brightline-growth">
 *   <OkrSummary.Status />
 *   <OkrSummary.Confidence />
 * </OkrSummary.Root>
 */
export const OkrSummaryRoot = /* @__PURE__ */ forwardRef<HTMLElement, OkrSummaryRootProps>(function OkrSummaryRoot(props, ref) {
  const { teamId, periodId, ownerId, scopeName, labels: ownLabels, className, children, ...rest } = props;
  const { now, scoring, includeChildren, outdatedAfterDays, labels: providerLabels } = useOkrContext();
  const labels = useMemo(() => resolveSummaryLabels(providerLabels, ownLabels), [providerLabels, ownLabels]);
  const summary = useOkrSelector(
    useCallback(
      (snapshot: OkrStoreSnapshot) => summarizeOkrs(snapshot.okrSet, { teamId, periodId, ownerId }, { now, scoring, includeChildren, outdatedAfterDays }),
      [teamId, periodId, ownerId, now, scoring, includeChildren, outdatedAfterDays],
    ),
    sameSummary,
  );
  const titles = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).keyResultsById, []));
  const periodName = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => (periodId === undefined ? undefined : okrIndex(snapshot.okrSet).periodsById.get(periodId)?.name), [periodId]));
  const team = useTeam(teamId);
  const name = scopeName ?? team?.name ?? teamId ?? periodName ?? periodId ?? ownerId ?? '';
  const value = useMemo<OkrSummaryContextValue>(
    () => ({ summary, labels, keyResultTitle: (keyResultId) => titles.get(keyResultId)?.title ?? keyResultId }),
    [summary, labels, titles],
  );
  return (
    <SummaryContext.Provider value={value}>
      <section ref={ref} aria-label={labels.summaryOf(name)} data-slot="okr-summary" className={slotClass('okr-summary', ['okr-summary', className].filter(Boolean).join(' '))} {...rest}>
        {children}
      </section>
    </SummaryContext.Provider>
  );
});

/** Two summaries say the same when their numbers do (a new object per snapshot would re-render every part). */
function sameSummary(a: OkrSummaryData, b: OkrSummaryData): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
