'use client';
import { keyResultHistory, okrIndex, type KeyResultHistory, type OkrStoreSnapshot } from '@okrkit/core';
import { forwardRef, useCallback, useMemo } from 'react';
import { useDirectoryNames, useOkrContext, useOkrSelector } from '../provider/index';
import { KeyResultChartRoot, type KeyResultChartRootProps } from './key-result-chart-context';
import { KeyResultChartPlot } from './key-result-chart-plot';
import { KeyResultChartTable } from './key-result-chart-table';
import { resolveKeyResultChartLabels } from './key-result-chart.labels';

export interface KeyResultChartViewProps extends Omit<KeyResultChartRootProps, 'children'> {
  /** The drawing's height in px. @default 240 */
  height?: number;
}

/**
 * The whole chart from a history, without a store: plot, points, tooltip and table toggle.
 * @example <KeyResultChartView history={keyResultHistory(okrSet, 'kr1')} title="Weekly active users" now="2026-02-15T12:00:00Z" locale="en-GB" />
 */
export const KeyResultChartView = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultChartViewProps>(function KeyResultChartView(props, ref) {
  const { height, ...rest } = props;
  return (
    <KeyResultChartRoot ref={ref} {...rest}>
      <KeyResultChartPlot height={height} />
      <KeyResultChartTable />
    </KeyResultChartRoot>
  );
});

export interface KeyResultChartProps extends Omit<KeyResultChartViewProps, 'history' | 'title' | 'now' | 'labels'> {
  keyResultId: string;
  /** Words to override for this chart (on top of the provider's `labels.chart`). */
  labels?: KeyResultChartViewProps['labels'];
}

function sameHistory(a: KeyResultHistory | null, b: KeyResultHistory | null): boolean {
  return a === b || (a !== null && b !== null && a.points.length === b.points.length && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * A key result's burn-up over its period, from the provider's store: every check-in against the
 * dashed expected line, the target and today; keyboard-reachable points with author (from the
 * provider's directory) and note; a data table alternative. Renders nothing for an unknown KR.
 * @example
 * <OkrProvider store={store} directory={directory}>
 *   <KeyResultChart keyResultId="kr-weekly-users" />
 * </OkrProvider>
 */
export const KeyResultChart = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultChartProps>(function KeyResultChart(props, ref) {
  const { keyResultId, labels: ownLabels, ...rest } = props;
  const { now, locale, labels } = useOkrContext();
  const { personName } = useDirectoryNames();
  const history = useOkrSelector(
    useCallback(
      (snapshot: OkrStoreSnapshot) => (okrIndex(snapshot.okrSet).keyResultsById.has(keyResultId) ? keyResultHistory(snapshot.okrSet, keyResultId) : null),
      [keyResultId],
    ),
    sameHistory,
  );
  const title = useOkrSelector(useCallback((snapshot: OkrStoreSnapshot) => okrIndex(snapshot.okrSet).keyResultsById.get(keyResultId)?.title ?? '', [keyResultId]));
  // Stable while the words do not change: a new object would re-render every point.
  const chartLabels = useMemo(() => ({ ...labels, ...resolveKeyResultChartLabels(labels, ownLabels) }), [labels, ownLabels]);
  if (!history) return null;
  return <KeyResultChartView ref={ref} history={history} title={title} now={now} locale={locale} labels={chartLabels} personName={personName} {...rest} />;
});
