'use client';
import { isKeyResultOutdated, okrIndex, toEpochMs, type OkrStoreSnapshot } from '@okrkit/core';
import { forwardRef, memo, useCallback, useId, type ComponentPropsWithoutRef } from 'react';
import { CheckInDialog } from '../check-in-dialog/index';
import { formatAge } from '../format/index';
import { KeyResultSparkline } from '../key-result-chart/key-result-sparkline';
import { KeyResultProgressBar } from '../key-result-progress/key-result-progress-view';
import { useKeyResult, useKeyResultView, useKeyResultsOf, useOkrContext, useOkrSelector } from '../provider/index';
import { KeyResultValue } from './key-result-value';
import { useObjectiveCardContext } from './objective-card-context';
import { slotClass } from '../internal/slot-class';

export interface ObjectiveCardKeyResultsProps extends ComponentPropsWithoutRef<'ul'> {
  /** Size of each KR's progress bar. @default 'sm' */
  progressSize?: 'sm' | 'md' | 'lg';
  /** A progress sparkline with its text ("up 12 % since 3 Mar") in each row. @default the provider's `sparklines` (true) */
  sparklines?: boolean;
}

/**
 * The objective's key results: each with its progress bar, its current value (editable in
 * place: a number field, or a "Done" checkbox for binary KRs), the age of its last check-in, an
 * "Outdated" marker, and a "Check in" button that opens the {@link CheckInDialog}.
 * Items are memoised: a check-in re-renders only the item of the KR it changed.
 */
export const ObjectiveCardKeyResults = /* @__PURE__ */ forwardRef<HTMLUListElement, ObjectiveCardKeyResultsProps>(function ObjectiveCardKeyResults(props, ref) {
  const { progressSize = 'sm', sparklines: sparklinesProp, ...rest } = props;
  const { objectiveId, readOnly } = useObjectiveCardContext('KeyResults');
  const { labels, sparklines: sparklinesDefault } = useOkrContext();
  const sparklines = sparklinesProp ?? sparklinesDefault;
  const keyResults = useKeyResultsOf(objectiveId);
  return (
    <ul ref={ref} data-slot="objective-card-key-results" aria-label={labels.keyResults} data-empty={keyResults.length === 0 ? '' : undefined} {...rest} className={slotClass('objective-card-key-results', rest.className)}>
      {keyResults.length === 0 ? <li data-slot="objective-card-key-results-empty" className="okr-slot-objective-card-key-results-empty">{labels.empty}</li> : null}
      {keyResults.map((keyResult) => (
        <KeyResultItem key={keyResult.id} keyResultId={keyResult.id} readOnly={readOnly} progressSize={progressSize} sparklines={sparklines} />
      ))}
    </ul>
  );
});

interface KeyResultItemProps {
  keyResultId: string;
  readOnly: boolean;
  progressSize: 'sm' | 'md' | 'lg';
  sparklines: boolean;
}

const KeyResultItem = /* @__PURE__ */ memo(function KeyResultItem({ keyResultId, readOnly, progressSize, sparklines }: KeyResultItemProps) {
  const { locale, now, outdatedAfterDays, labels } = useOkrContext();
  const keyResult = useKeyResult(keyResultId);
  const view = useKeyResultView(keyResultId);
  const titleId = useId();
  const lastAt = useOkrSelector(
    useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).lastCheckInByKeyResult.get(keyResultId)?.at ?? null, [keyResultId]),
  );
  const outdated = useOkrSelector(
    useCallback(
      (snapshot: OkrStoreSnapshot) => {
        const index = okrIndex(snapshot.okrSet);
        const objectiveId = index.keyResultsById.get(keyResultId)?.objectiveId;
        const periodId = objectiveId === undefined ? undefined : index.objectivesById.get(objectiveId)?.periodId;
        const period = periodId === undefined ? undefined : index.periodsById.get(periodId);
        return period ? isKeyResultOutdated(keyResultId, period, snapshot.okrSet, toEpochMs(now), outdatedAfterDays) : false;
      },
      [keyResultId, now, outdatedAfterDays],
    ),
  );
  if (!keyResult || !view) return null;
  return (
    <li data-slot="objective-card-key-result" className="okr-slot-objective-card-key-result" data-outdated={outdated ? '' : undefined} data-kind={keyResult.metric.kind} data-editable={readOnly ? undefined : ''}>
      <div data-slot="objective-card-key-result-heading" className="okr-slot-objective-card-key-result-heading">
        <span id={titleId} data-slot="objective-card-key-result-title" className="okr-slot-objective-card-key-result-title" dir="auto">
          {keyResult.title}
        </span>
        <KeyResultValue keyResult={keyResult} readOnly={readOnly} titleId={titleId} />
      </div>
      {/* The row shows the title and the value; the bar is named by the title and adds the rest.
          The bar itself, not the store-connected KeyResultProgress: the card has the KR already. */}
      <KeyResultProgressBar view={view} locale={locale} labels={labels} size={progressSize} labelledBy={titleId} />
      <div data-slot="objective-card-key-result-footer" className="okr-slot-objective-card-key-result-footer">
        <span data-slot="objective-card-last-check-in" className="okr-slot-objective-card-last-check-in">
          {lastAt ? <time dateTime={lastAt}>{labels.lastCheckIn(formatAge(lastAt, now, locale))}</time> : labels.noCheckIn}
        </span>
        {sparklines && lastAt ? <KeyResultSparkline keyResultId={keyResultId} /> : null}
        {outdated ? <span data-slot="objective-card-outdated" className="okr-slot-objective-card-outdated">{labels.outdated}</span> : null}
        {readOnly ? null : (
          <CheckInDialog
            keyResultId={keyResultId}
            trigger={
              <button type="button" data-slot="objective-card-check-in" className="okr-slot-objective-card-check-in" aria-label={labels.checkInFor(keyResult.title)}>
                {labels.checkIn}
              </button>
            }
          />
        )}
      </div>
    </li>
  );
});
