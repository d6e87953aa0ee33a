'use client';
import { okrIndex, type OkrStoreSnapshot } from '@okrkit/core';
import { forwardRef, useCallback, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react';
import { formatDateRange, formatNumber, formatPercent, formatProgressPercent } from '../format/index';
import { cssFraction, progressbarProps } from '../internal/progressbar';
import { StatusIcon } from '../key-result-progress/status-icon';
import { PersonName, spokenStatus, useObjective, useObjectiveAssessment, useOkrContext, useOkrSelector } from '../provider/index';
import { useObjectiveCardContext } from './objective-card-context';
import { slotClass } from '../internal/slot-class';

/** The card's top row, usually holding the title and the status. */
export const ObjectiveCardHeader = /* @__PURE__ */ forwardRef<HTMLElement, ComponentPropsWithoutRef<'header'>>(function ObjectiveCardHeader(props, ref) {
  useObjectiveCardContext('Header');
  return <header ref={ref} data-slot="objective-card-header" {...props} className={slotClass('objective-card-header', props.className)} />;
});

/** The host's own buttons (share, archive…), laid out with the card's spacing. */
export const ObjectiveCardActions = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function ObjectiveCardActions(props, ref) {
  useObjectiveCardContext('Actions');
  return <div ref={ref} data-slot="objective-card-actions" {...props} className={slotClass('objective-card-actions', props.className)} />;
});

export interface ObjectiveCardMetaProps extends ComponentPropsWithoutRef<'dl'> {
  /**
   * Shows an owner id as a name.
   * @deprecated Pass `directory` to `OkrProvider` instead; every widget then names people
   * the same way. Still honoured (before the directory) for one release.
   * @default the name in the provider's directory, else the id
   */
  renderOwner?: (ownerId: string) => ReactNode;
}

/** Owner, period (name and dates), priority rank and committed/aspirational, as a description list. */
export const ObjectiveCardMeta = /* @__PURE__ */ forwardRef<HTMLDListElement, ObjectiveCardMetaProps>(function ObjectiveCardMeta(props, ref) {
  const { renderOwner, ...rest } = props;
  const { objectiveId } = useObjectiveCardContext('Meta');
  const { locale, labels } = useOkrContext();
  const objective = useObjective(objectiveId);
  const periodId = objective?.periodId;
  const period = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => (periodId ? okrIndex(snapshot.okrSet).periodsById.get(periodId) : undefined), [periodId]));
  if (!objective) return null;
  const kind = objective.kind ?? 'committed';
  return (
    <dl ref={ref} data-slot="objective-card-meta" {...rest} className={slotClass('objective-card-meta', rest.className)}>
      {objective.ownerId !== undefined ? (
        <div data-slot="objective-card-owner" className="okr-slot-objective-card-owner">
          <dt>{labels.owner}</dt>
          <dd>{renderOwner ? renderOwner(objective.ownerId) : <PersonName personId={objective.ownerId} />}</dd>
        </div>
      ) : null}
      {period ? (
        <div data-slot="objective-card-period" className="okr-slot-objective-card-period">
          <dt>{labels.period}</dt>
          <dd>
            {period.name} <time dateTime={`${period.start}/${period.end}`}>{formatDateRange(period.start, period.end, locale)}</time>
          </dd>
        </div>
      ) : null}
      {objective.priority !== undefined ? (
        <div data-slot="objective-card-priority" className="okr-slot-objective-card-priority">
          <dt>{labels.rank}</dt>
          <dd>{labels.priority(formatNumber(objective.priority, locale))}</dd>
        </div>
      ) : null}
      <div data-slot="objective-card-kind" className="okr-slot-objective-card-kind" data-state={kind}>
        <dt>{labels.kind}</dt>
        <dd>{kind === 'aspirational' ? labels.aspirational : labels.committed}</dd>
      </div>
    </dl>
  );
});

/** The objective's status word with its icon (`data-state` = the status), and "Outdated" beside it when check-ins are stale. */
export const ObjectiveCardStatus = /* @__PURE__ */ forwardRef<HTMLParagraphElement, ComponentPropsWithoutRef<'p'>>(function ObjectiveCardStatus(props, ref) {
  const { objectiveId } = useObjectiveCardContext('Status');
  const { labels } = useOkrContext();
  const assessment = useObjectiveAssessment(objectiveId);
  if (!assessment) return null;
  const { status, outdated } = assessment;
  return (
    <p ref={ref} data-slot="objective-card-status" data-state={status} data-outdated={outdated ? '' : undefined} {...props} className={slotClass('objective-card-status', props.className)}>
      <span data-slot="objective-card-status-badge" className="okr-slot-objective-card-status-badge" data-state={status}>
        <StatusIcon status={status} slot="objective-card-status-icon" />
        {labels.status[status]}
      </span>
      {outdated ? <span data-slot="objective-card-outdated" className="okr-slot-objective-card-outdated">{labels.outdated}</span> : null}
    </p>
  );
});

/**
 * The objective's progress as a bar: `role="progressbar"` with a spoken value
 * ("43%, at risk, expected 50% by now"), a marker for expected progress, and honest
 * over-achievement in the text (the bar itself stops at 100 %).
 */
export const ObjectiveCardProgress = /* @__PURE__ */ forwardRef<HTMLDivElement, ComponentPropsWithoutRef<'div'>>(function ObjectiveCardProgress(props, ref) {
  const { objectiveId } = useObjectiveCardContext('Progress');
  const { locale, labels } = useOkrContext();
  const assessment = useObjectiveAssessment(objectiveId);
  if (!assessment) return null;
  const { progress, status, expected } = assessment;
  const percent = formatProgressPercent(progress.raw, locale);
  const valueText = `${percent}, ${spokenStatus(labels, status)}, ${labels.expectedProgress(formatPercent(expected, locale))}`;
  // Geometry goes to CSS as custom properties; the stylesheet draws the bar.
  const style = { ...props.style, '--okr-progress': cssFraction(progress.value), '--okr-expected': cssFraction(expected) } as CSSProperties;
  return (
    <div
      ref={ref}
      {...progressbarProps(progress.raw, valueText)}
      aria-label={labels.objectiveProgress}
      data-slot="objective-card-progress"
      data-state={status}
      data-over={progress.raw > 1 ? '' : undefined}
      {...props} className={slotClass('objective-card-progress', props.className)}
      style={style}
    >
      <div data-slot="objective-card-progress-track" className="okr-slot-objective-card-progress-track" aria-hidden="true">
        <div data-slot="objective-card-progress-indicator" className="okr-slot-objective-card-progress-indicator" />
        <div data-slot="objective-card-progress-expected" className="okr-slot-objective-card-progress-expected" title={labels.expectedMarker} />
      </div>
      <span data-slot="objective-card-progress-value" className="okr-slot-objective-card-progress-value" aria-hidden="true">
        {percent}
      </span>
    </div>
  );
});
