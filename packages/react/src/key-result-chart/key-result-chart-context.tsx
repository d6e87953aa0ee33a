'use client';
import type { Instant, KeyResultHistory } from '@okrkit/core';
import { expectedValueAt, toEpochMs } from '@okrkit/core';
import { createContext, forwardRef, useContext, useId, useMemo, type ComponentPropsWithoutRef } from 'react';
import { formatDateRange, formatPercent } from '../format/index';
import { useControllableState } from '../internal/use-controllable-state';
import { progressBarLabels, type ProgressBarLabels, type SharedLabels } from '../provider/labels';
import { formatChartDate, formatChartProgress, formatChartValue } from './key-result-chart-format';
import { defaultKeyResultChartLabels, type ChartPointParts, type KeyResultChartLabels } from './key-result-chart.labels';
import { slotClass } from '../internal/slot-class';

/** What every chart part reads from its root. */
export interface KeyResultChartContextValue {
  history: KeyResultHistory;
  title: string;
  locale: string | undefined;
  nowMs: number;
  labels: KeyResultChartLabels & Pick<SharedLabels, 'done' | 'notDone' | 'milestonesDone'> & Pick<ProgressBarLabels, 'guardrailBetween' | 'guardrailLimit'>;
  /** The check-in that keyboard focus rests on (roving tabindex). */
  activeIndex: number;
  setActiveIndex: (index: number) => void;
  tableOpen: boolean;
  setTableOpen: (open: boolean) => void;
  tableId: string;
  tooltipId: string;
  formatValue: (value: number) => string;
  /** A check-in's parts, formatted. */
  describePoint: (index: number) => ChartPointParts;
  summary: string;
}

const KeyResultChartContext = /* @__PURE__ */ createContext<KeyResultChartContextValue | null>(null);

/**
 * The chart root's context, for custom parts. Throws when used outside `KeyResultChartRoot`.
 * @example const { history, activeIndex } = useKeyResultChartContext('MyLegend');
 */
export function useKeyResultChartContext(part: string): KeyResultChartContextValue {
  const context = useContext(KeyResultChartContext);
  if (!context) throw new Error(`<KeyResultChart${part}> must be used inside <KeyResultChartRoot> (or <KeyResultChart>).`);
  return context;
}

export interface KeyResultChartRootProps extends ComponentPropsWithoutRef<'div'> {
  /** The KR's history from `keyResultHistory(okrSet, keyResultId)`. */
  history: KeyResultHistory;
  /** The KR's title: names the chart and its table. */
  title: string;
  /** Where today's marker goes and what "expected by today" means. */
  now: Instant;
  locale?: string | undefined;
  labels?: Partial<KeyResultChartContextValue['labels']>;
  /** An author's name from their id. @default the id */
  personName?: (personId: string) => string;
  /** The focused check-in (controlled). */
  activeIndex?: number;
  /** @default the latest check-in (following new ones until another is picked) */
  defaultActiveIndex?: number;
  onActiveIndexChange?: (index: number) => void;
  /** Whether the data table is shown (controlled). */
  tableOpen?: boolean;
  /** @default false */
  defaultTableOpen?: boolean;
  onTableOpenChange?: (open: boolean) => void;
}

const byId = (personId: string) => personId;

/**
 * The chart's root: holds the history, the focused check-in and whether the table is open,
 * formats every value once for its parts (`KeyResultChartPlot`, `KeyResultChartTable`).
 * @example
 * <KeyResultChartRoot history={keyResultHistory(okrSet, 'kr1')} title="Weekly active users" now={now}>
 *   <KeyResultChartPlot />
 *   <KeyResultChartTable />
 * </KeyResultChartRoot>
 */
export const KeyResultChartRoot = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultChartRootProps>(function KeyResultChartRoot(props, ref) {
  const {
    history,
    title,
    now,
    locale,
    labels: ownLabels,
    personName = byId,
    activeIndex: activeIndexProp,
    defaultActiveIndex,
    onActiveIndexChange,
    tableOpen: tableOpenProp,
    defaultTableOpen = false,
    onTableOpenChange,
    className,
    children,
    ...rest
  } = props;
  const count = history.points.length;
  const [requestedIndex, setActiveIndex] = useControllableState({
    value: activeIndexProp,
    // −1: "the latest", so a new check-in moves the chart to it until someone picks another.
    defaultValue: defaultActiveIndex ?? -1,
    onChange: onActiveIndexChange,
  });
  // A log that shrank (a check-in deleted) must not leave focus on a point that is gone.
  const activeIndex = count === 0 ? -1 : requestedIndex < 0 ? count - 1 : Math.min(requestedIndex, count - 1);
  const [tableOpen, setTableOpen] = useControllableState({ value: tableOpenProp, defaultValue: defaultTableOpen, onChange: onTableOpenChange });
  const tableId = useId();
  const tooltipId = useId();
  const nowMs = toEpochMs(now);
  const labels = useMemo(() => ({ ...progressBarLabels, ...defaultKeyResultChartLabels, ...ownLabels }), [ownLabels]);
  const value = useMemo<KeyResultChartContextValue>(() => {
    const formatValue = (reading: number) => formatChartValue(history, reading, locale, labels);
    const describePoint = (index: number): ChartPointParts => {
      const point = history.points[index];
      if (!point) return { date: '', value: '', progress: '', confidence: null, author: null, note: null };
      return {
        date: formatChartDate(point.atMs, locale),
        value: formatValue(point.value),
        progress: formatChartProgress(point.progress, locale),
        confidence: point.confidence === null ? null : formatPercent(point.confidence, locale),
        author: point.authorId === null ? null : personName(point.authorId),
        note: point.note,
      };
    };
    const last = history.points[count - 1];
    const expected = expectedValueAt(history, nowMs);
    const band = history.band;
    const target =
      history.target !== null && history.metricKind !== 'binary'
        ? formatValue(history.target)
        : band && band.lower !== null && band.upper !== null
          ? labels.guardrailBetween(formatValue(band.lower), formatValue(band.upper))
          : band
            ? labels.guardrailLimit(band.lower !== null ? 'above' : 'below', formatValue((band.lower ?? band.upper) as number))
            : null;
    const summary = labels.summary({
      title,
      period: history.period ? formatDateRange(history.period.start, history.period.end, locale) : null,
      count,
      latest: last ? formatValue(last.value) : null,
      latestDate: last ? formatChartDate(last.atMs, locale) : null,
      expected: expected === null ? null : formatValue(expected),
      target,
    });
    return { history, title, locale, nowMs, labels, activeIndex, setActiveIndex, tableOpen, setTableOpen, tableId, tooltipId, formatValue, describePoint, summary };
  }, [history, title, locale, nowMs, labels, personName, activeIndex, setActiveIndex, tableOpen, setTableOpen, tableId, tooltipId, count]);
  return (
    <KeyResultChartContext.Provider value={value}>
      <div
        ref={ref}
        data-slot="key-result-chart"
        data-kind={history.metricKind}
        data-direction={history.direction ?? undefined}
        data-empty={count === 0 ? '' : undefined}
        className={slotClass('key-result-chart', className ? `okr-key-result-chart ${className}` : 'okr-key-result-chart')}
        {...rest}
      >
        {children}
      </div>
    </KeyResultChartContext.Provider>
  );
});
