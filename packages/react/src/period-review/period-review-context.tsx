'use client';
import type { ObjectiveKind, OkrStorageError, OkrStoreSnapshot, Period, ScoringStrategy } from '@okrkit/core';
import { periodCompletion, periodReview, scopePeriodReview, type CycleStore, type PeriodCompletion, type PeriodReview, type PeriodReviewScope } from '@okrkit/core/cycle';
import { createContext, forwardRef, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { cycleScoringOf } from '../internal/cycle-scoring';
import { useControllableState } from '../internal/use-controllable-state';
import { useDirectoryNames } from '../provider/directory-hooks';
import { useOkrSelector } from '../provider/hooks';
import { useOkrContext } from '../provider/okr-provider';
import { useReportError } from '../provider/error-reporting';
import { resolvePeriodReviewLabels, type PeriodReviewLabels } from './period-review.labels';
import { slotClass } from '../internal/slot-class';

/** The team filter: every team, or one (`teamId: null` is the company's objectives, those without a team). */
export type PeriodReviewTeam = 'all' | { teamId: string | null };

/** The kind filter. */
export type PeriodReviewKind = 'all' | ObjectiveKind;

/** What the parts of `PeriodReview` share. */
export interface PeriodReviewContextValue {
  period: Period;
  /** The review in the chosen scope (team and kind), from the core's `periodReview` + `scopePeriodReview`. */
  review: PeriodReview;
  /** The whole period's review, whatever the filters say (its teams fill the team filter). */
  fullReview: PeriodReview;
  /** How far the close-out has come in the chosen scope. */
  completion: PeriodCompletion;
  team: PeriodReviewTeam;
  setTeam: (team: PeriodReviewTeam) => void;
  kind: PeriodReviewKind;
  setKind: (kind: PeriodReviewKind) => void;
  labels: PeriodReviewLabels;
  scoring: ScoringStrategy;
  locale: string | undefined;
  /** A team's name from the provider's directory; the company's for `null`. */
  teamName: (teamId: string | null) => string;
  /** A grade on the strategy's scale, formatted for the locale. */
  formatGrade: (grade: number) => string;
}

const PeriodReviewContext = /* @__PURE__ */ createContext<PeriodReviewContextValue | null>(null);

/**
 * The review's state, for custom parts inside `PeriodReview.Root`. Throws a clear error outside it.
 * @example const { review, completion } = usePeriodReviewContext('MyPart');
 */
export function usePeriodReviewContext(part = 'part'): PeriodReviewContextValue {
  const value = useContext(PeriodReviewContext);
  if (!value) throw new Error(`okrkit: <PeriodReview.${part}> must be rendered inside <PeriodReview.Root periodId="…" cycleStore={…}>.`);
  return value;
}

export interface PeriodReviewRootProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** The close-out records (`createCycleStore` of `@okrkit/core/cycle`), on the same adapter as the provider's OKR store. Loaded on mount when idle. */
  cycleStore: CycleStore;
  periodId: string;
  /** The team filter, controlled. */
  team?: PeriodReviewTeam;
  /** @default 'all' */
  defaultTeam?: PeriodReviewTeam;
  onTeamChange?: (team: PeriodReviewTeam) => void;
  /** The kind filter (`all`, `committed`, `aspirational`), controlled. */
  kind?: PeriodReviewKind;
  /** @default 'all' */
  defaultKind?: PeriodReviewKind;
  onKindChange?: (kind: PeriodReviewKind) => void;
  /** Words for this review only, over the provider's `labels.review`. */
  labels?: Partial<PeriodReviewLabels>;
  /**
   * Overrides the strategy the review bands and formats grades with. Leave it out: by default it
   * is `cycleStore.scoring`, the strategy the close-outs' grades were suggested and checked in
   * (a different one would band them on the wrong scale). Stores without `scoring`
   * (hand-written doubles) fall back to the provider's `scoring`.
   * @default cycleStore.scoring
   */
  scoring?: ScoringStrategy;
  children?: ReactNode;
}

const okrSetOf = (snapshot: OkrStoreSnapshot) => snapshot.okrSet;
const okrLoadOf = (snapshot: OkrStoreSnapshot) => (snapshot.status === 'error' ? snapshot.error : snapshot.status);

const scopeOf = (team: PeriodReviewTeam, kind: PeriodReviewKind): PeriodReviewScope => ({
  ...(team === 'all' ? {} : { teamId: team.teamId }),
  ...(kind === 'all' ? {} : { kind }),
});

/**
 * The review's root: a `section` named "Review: Q1 2026" that reads the OKR store (provider) and
 * the cycle store's close-outs, computes the review with the core's pure functions under the
 * cycle store's scoring (the close-outs' scale), and hands it to its parts. While either store loads it says so; when a load
 * failed, a plain message and Retry (the error goes to the provider's `onError`).
 * @example
 * <PeriodReview.Root cycleStore={cycles} periodId="q1-2026">
 *   <PeriodReview.Summary />
 *   <PeriodReview.ByTeam />
 * </PeriodReview.Root>
 */
export const PeriodReviewRoot = /* @__PURE__ */ forwardRef<HTMLElement, PeriodReviewRootProps>(function PeriodReviewRoot(props, ref) {
  const { cycleStore, periodId, team: teamProp, defaultTeam = 'all', onTeamChange, kind: kindProp, defaultKind = 'all', onKindChange, labels: ownLabels, scoring: scoringProp, children, className, ...rest } = props;
  const context = useOkrContext();
  const { locale, store } = context;
  // The close-outs' own scale: the strategy the store graded them with.
  const scoring = cycleScoringOf(cycleStore, scoringProp, context.scoring);
  const labels = useMemo(() => resolvePeriodReviewLabels(context.labels, ownLabels), [context.labels, ownLabels]);
  const [team, setTeam] = useControllableState<PeriodReviewTeam>({ value: teamProp, defaultValue: defaultTeam, onChange: onTeamChange });
  const [kind, setKind] = useControllableState<PeriodReviewKind>({ value: kindProp, defaultValue: defaultKind, onChange: onKindChange });
  const cycles = useSyncExternalStore(cycleStore.subscribe, cycleStore.getSnapshot, cycleStore.getSnapshot);
  useEffect(() => {
    if (cycleStore.getSnapshot().status === 'idle') void cycleStore.load().catch(() => undefined);
  }, [cycleStore]);
  const okrSet = useOkrSelector(okrSetOf);
  const okrLoad = useOkrSelector(okrLoadOf);
  const { teamName: directoryTeamName } = useDirectoryNames();

  const failure: OkrStorageError | null = typeof okrLoad === 'object' ? okrLoad : cycles.status === 'error' ? cycles.error : null;
  const reportError = useReportError();
  useEffect(() => {
    if (failure) reportError(failure, { widget: 'review', action: 'load', kind: 'period', recordId: periodId });
  }, [failure, reportError, periodId]);

  const period = okrSet.periods.find((candidate) => candidate.id === periodId);
  const closeOuts = cycles.records.closeOuts;
  const fullReview = useMemo(() => (period ? periodReview(period, okrSet, closeOuts, scoring) : undefined), [period, okrSet, closeOuts, scoring]);
  const scope = useMemo(() => scopeOf(team, kind), [team, kind]);
  const review = useMemo(() => (fullReview ? scopePeriodReview(fullReview, scope, scoring) : undefined), [fullReview, scope, scoring]);
  const completion = useMemo(() => (period ? periodCompletion(period, okrSet, closeOuts, scope) : undefined), [period, okrSet, closeOuts, scope]);
  const teamName = useCallback((teamId: string | null) => (teamId === null ? labels.company : directoryTeamName(teamId)), [labels.company, directoryTeamName]);
  const formatGrade = useCallback((grade: number) => scoring.format(Number.isFinite(grade) ? grade : 0, locale), [scoring, locale]);

  const value = useMemo<PeriodReviewContextValue | null>(
    () => (period && review && fullReview && completion ? { period, review, fullReview, completion, team, setTeam, kind, setKind, labels, scoring, locale, teamName, formatGrade } : null),
    [period, review, fullReview, completion, team, setTeam, kind, setKind, labels, scoring, locale, teamName, formatGrade],
  );

  const loading = okrLoad === 'idle' || okrLoad === 'loading' || cycles.status === 'idle' || cycles.status === 'loading';
  const state = failure ? 'error' : loading ? 'loading' : !value ? 'no-period' : completion?.state;
  const retry = () => {
    if (typeof okrLoad === 'object') void store.load().catch(() => undefined);
    if (cycleStore.getSnapshot().status === 'error') void cycleStore.load().catch(() => undefined);
  };

  let content: ReactNode = children;
  if (failure) {
    content = (
      <div data-slot="period-review-error" className="okr-slot-period-review-error" data-code={failure.code}>
        <p role="alert">{labels.loadFailed}</p>
        <button type="button" data-slot="period-review-retry" className="okr-slot-period-review-retry" onClick={retry}>
          {labels.retry}
        </button>
      </div>
    );
  } else if (loading) {
    content = <p data-slot="period-review-status" className="okr-slot-period-review-status" role="status">{labels.loading}</p>;
  } else if (!value) {
    content = <p data-slot="period-review-status" className="okr-slot-period-review-status">{labels.noPeriod}</p>;
  }

  return (
    <PeriodReviewContext.Provider value={failure || loading ? null : value}>
      <section
        ref={ref}
        className={slotClass('period-review', className ? `okr-period-review ${className}` : 'okr-period-review')}
        aria-label={labels.reviewOf(period?.name ?? periodId)}
        aria-busy={state === 'loading' || undefined}
        data-slot="period-review"
        data-state={state}
        {...rest}
      >
        {content}
      </section>
    </PeriodReviewContext.Provider>
  );
});
