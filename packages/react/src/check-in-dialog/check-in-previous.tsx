'use client';
import { okrIndex, type KeyResult, type OkrStoreSnapshot } from '@okrkit/core';
import { useCallback, useId, useMemo } from 'react';
import { resolveTimelineLabels } from '../check-in-timeline/check-in-timeline.labels';
import { describeConfidence, formatCheckInDate, formatReading } from '../check-in-timeline/check-in-timeline.utils';
import { PersonName, useOkrContext, useOkrSelector } from '../provider/index';

/**
 * The check-in before the one being written — its value, confidence, date, author and note —
 * so the next one is written against it. Says so when this will be the first.
 * @example <CheckInPrevious keyResult={keyResult} />
 */
export function CheckInPrevious({ keyResult }: { keyResult: KeyResult }) {
  const { locale, labels: okrLabels } = useOkrContext();
  const labels = useMemo(() => resolveTimelineLabels(okrLabels), [okrLabels]);
  const headingId = useId();
  const previous = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).lastCheckInByKeyResult.get(keyResult.id), [keyResult.id]));
  return (
    <section data-slot="check-in-dialog-previous" className="okr-slot-check-in-dialog-previous" aria-labelledby={headingId}>
      <h3 id={headingId} data-slot="check-in-dialog-previous-title" className="okr-slot-check-in-dialog-previous-title">
        {labels.previousCheckIn}
      </h3>
      {previous ? (
        <>
          <dl>
            <div>
              <dt>{labels.readingField}</dt>
              <dd>
                <bdi>{formatReading(keyResult.metric, previous.value, okrLabels, locale)}</bdi>
              </dd>
            </div>
            {previous.confidence !== undefined ? (
              <div>
                <dt>{okrLabels.confidence}</dt>
                <dd>{describeConfidence(previous.confidence, { confidenceIs: (percent) => percent }, locale)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{labels.checkedInOn}</dt>
              <dd>
                <time dateTime={previous.at}>{formatCheckInDate(previous.at, locale)}</time>
                {previous.authorId !== undefined ? (
                  <>
                    {' '}
                    {labels.checkedInBy} <PersonName personId={previous.authorId} avatar={false} />
                  </>
                ) : null}
              </dd>
            </div>
          </dl>
          {previous.note !== undefined ? (
            <p data-slot="check-in-dialog-previous-note" className="okr-slot-check-in-dialog-previous-note" dir="auto">
              {previous.note}
            </p>
          ) : null}
        </>
      ) : (
        <p data-slot="check-in-dialog-previous-none" className="okr-slot-check-in-dialog-previous-none">{labels.noPreviousCheckIn}</p>
      )}
    </section>
  );
}
