'use client';
import type { Status } from '@okrkit/core';
import { forwardRef, useId, type ComponentPropsWithoutRef, type CSSProperties, type ReactNode } from 'react';
import { formatCheckInDate } from '../check-in-timeline/check-in-timeline.utils';
import { formatNumber } from '../format/index';
import { StatusIcon } from '../key-result-progress/status-icon';
import { bandName } from '../provider/core-words';
import { useOkrContext } from '../provider/index';
import { useOkrSummaryContext } from './okr-summary-context';
import { slotClass } from '../internal/slot-class';

const STATUS_ORDER: readonly Status[] = ['on-track', 'achieved', 'at-risk', 'off-track', 'not-started'];

type SectionProps = Omit<ComponentPropsWithoutRef<'section'>, 'children'>;

function Section({ slot, title, children, sectionProps, sectionRef }: { slot: string; title: string; children: ReactNode; sectionProps: SectionProps; sectionRef: React.ForwardedRef<HTMLElement> }) {
  const headingId = useId();
  return (
    <section ref={sectionRef} aria-labelledby={headingId} data-slot={`okr-summary-${slot}-section`} {...sectionProps} className={slotClass(`okr-summary-${slot}-section`, sectionProps.className)}>
      <h3 id={headingId} data-slot="okr-summary-heading" className="okr-slot-okr-summary-heading">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** A bar of shares, decorative: the table beside it carries the numbers (and the words). */
function ShareBar({ segments }: { segments: { key: string; count: number; state?: string; tone?: string }[] }) {
  const total = segments.reduce((sum, segment) => sum + segment.count, 0);
  if (total === 0) return null;
  return (
    <div data-slot="okr-summary-bar" className="okr-slot-okr-summary-bar" aria-hidden="true">
      {segments
        .filter((segment) => segment.count > 0)
        .map((segment) => (
          <span key={segment.key} data-slot="okr-summary-bar-segment" className="okr-slot-okr-summary-bar-segment" data-state={segment.state} data-tone={segment.tone} style={{ '--okr-summary-share': segment.count } as CSSProperties} />
        ))}
    </div>
  );
}

/**
 * Objectives under way by status: a bar of shares (status by shape and word in the table, never
 * by colour alone) and the counts as a table.
 * @example <OkrSummary.Status />
 */
export const OkrSummaryStatus = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function OkrSummaryStatus(props, ref) {
  const { summary, labels } = useOkrSummaryContext('Status');
  const { locale, labels: okrLabels } = useOkrContext();
  return (
    <Section slot="status" title={labels.objectivesByStatus} sectionProps={props} sectionRef={ref}>
      <p data-slot="okr-summary-total" className="okr-slot-okr-summary-total">{labels.objectivesUnderWay(formatNumber(summary.underWay, locale))}</p>
      <ShareBar segments={STATUS_ORDER.map((status) => ({ key: status, count: summary.byStatus[status], state: status }))} />
      <table data-slot="okr-summary-table" className="okr-slot-okr-summary-table">
        <tbody>
          {STATUS_ORDER.map((status) => (
            <tr key={status} data-state={status}>
              <th scope="row">
                <StatusIcon status={status} slot="okr-summary-status-icon" /> {okrLabels.status[status]}
              </th>
              <td>{formatNumber(summary.byStatus[status], locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
});

/**
 * The net confidence score of the objectives under way, signed ("+25", "−50"), with what it means.
 * @example <OkrSummary.Confidence />
 */
export const OkrSummaryConfidence = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function OkrSummaryConfidence(props, ref) {
  const { summary, labels } = useOkrSummaryContext('Confidence');
  const { locale } = useOkrContext();
  const score = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', maximumFractionDigits: 0 }).format(summary.netConfidenceScore);
  const state = summary.netConfidenceScore > 0 ? 'positive' : summary.netConfidenceScore < 0 ? 'negative' : 'neutral';
  return (
    <Section slot="confidence" title={labels.netConfidenceScore} sectionProps={props} sectionRef={ref}>
      <p data-slot="okr-summary-score" className="okr-slot-okr-summary-score" data-state={state}>
        {score}
      </p>
      <p data-slot="okr-summary-hint" className="okr-slot-okr-summary-hint">{labels.netConfidenceHint}</p>
    </Section>
  );
});

export interface OkrSummaryOutdatedProps extends SectionProps {
  /** How many outdated KRs are listed before "and N more". @default 5 */
  maxListed?: number;
}

/**
 * The KRs gone too long without a check-in, oldest first, each with its last check-in date.
 * @example <OkrSummary.Outdated maxListed={3} />
 */
export const OkrSummaryOutdated = /* @__PURE__ */ forwardRef<HTMLElement, OkrSummaryOutdatedProps>(function OkrSummaryOutdated(props, ref) {
  const { maxListed = 5, ...sectionProps } = props;
  const { summary, labels, keyResultTitle } = useOkrSummaryContext('Outdated');
  const { locale } = useOkrContext();
  const list = summary.outdatedKeyResults;
  const limit = Number.isFinite(maxListed) ? Math.max(0, Math.floor(maxListed)) : 5;
  const shown = list.slice(0, limit);
  return (
    <Section slot="outdated" title={`${labels.outdatedKeyResults} (${formatNumber(list.length, locale)})`} sectionProps={sectionProps} sectionRef={ref}>
      {list.length === 0 ? (
        <p data-slot="okr-summary-outdated-empty" className="okr-slot-okr-summary-outdated-empty">{labels.noOutdatedKeyResults}</p>
      ) : (
        <ul data-slot="okr-summary-outdated-list" className="okr-slot-okr-summary-outdated-list">
          {shown.map((entry) => (
            <li key={entry.keyResultId}>
              <bdi>{keyResultTitle(entry.keyResultId)}</bdi> <span>· {entry.lastCheckInAt === null ? labels.neverCheckedIn : labels.lastCheckInOn(formatCheckInDate(entry.lastCheckInAt, locale))}</span>
            </li>
          ))}
          {list.length > shown.length ? <li data-slot="okr-summary-outdated-more" className="okr-slot-okr-summary-outdated-more">{labels.andMore(formatNumber(list.length - shown.length, locale))}</li> : null}
        </ul>
      )}
    </Section>
  );
});

/**
 * The closed objectives by grade band of the provider's scoring strategy: a bar of shares and
 * the counts as a table. Renders nothing until an objective is closed.
 * @example <OkrSummary.Grades />
 */
export const OkrSummaryGrades = /* @__PURE__ */ forwardRef<HTMLElement, SectionProps>(function OkrSummaryGrades(props, ref) {
  const { summary, labels } = useOkrSummaryContext('Grades');
  const { locale, labels: okrLabels } = useOkrContext();
  if (summary.closed === 0) return null;
  return (
    <Section slot="grades" title={labels.gradeDistribution} sectionProps={props} sectionRef={ref}>
      <p data-slot="okr-summary-total" className="okr-slot-okr-summary-total">{labels.objectivesClosed(formatNumber(summary.closed, locale))}</p>
      <ShareBar segments={summary.grades.map((entry) => ({ key: entry.band.id, count: entry.count, tone: entry.band.tone }))} />
      <table data-slot="okr-summary-table" className="okr-slot-okr-summary-table">
        <thead>
          <tr>
            <th scope="col">{labels.band}</th>
            <th scope="col">{labels.count}</th>
          </tr>
        </thead>
        <tbody>
          {summary.grades.map((entry) => (
            <tr key={entry.band.id} data-tone={entry.band.tone}>
              <th scope="row">{bandName(okrLabels, entry.band)}</th>
              <td>{formatNumber(entry.count, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
});
