'use client';
import { keyResultHistory, keyResultHistoryChange, okrIndex, type KeyResultHistory, type OkrStoreSnapshot } from '@okrkit/core';
import { forwardRef, useCallback, useMemo, type ComponentPropsWithoutRef } from 'react';
import { formatPercent } from '../format/index';
import { useOkrContext, useOkrSelector } from '../provider/index';
import { formatChartDay, formatChartProgress } from './key-result-chart-format';
import { defaultSparklineLabels, type KeyResultChartLabels } from './key-result-chart.labels';
import { sparklinePath } from './sparkline.utils';
import { slotClass } from '../internal/slot-class';

export interface KeyResultSparklineProps extends ComponentPropsWithoutRef<'span'> {
  keyResultId: string;
  /** @default 64 */
  width?: number;
  /** @default 16 */
  height?: number;
}

/** Progress points only: what the sparkline needs, compared cheaply between store changes. */
function progressTrail(snapshot: OkrStoreSnapshot, keyResultId: string): Pick<KeyResultHistory, 'points' | 'metricKind'> | null {
  if (!okrIndex(snapshot.okrSet).keyResultsById.has(keyResultId)) return null;
  const history = keyResultHistory(snapshot.okrSet, keyResultId);
  return { metricKind: history.metricKind, points: history.points };
}

function sameTrail(a: ReturnType<typeof progressTrail>, b: ReturnType<typeof progressTrail>): boolean {
  if (a === b) return true;
  if (!a || !b || a.metricKind !== b.metricKind || a.points.length !== b.points.length) return false;
  return a.points.every((point, index) => {
    const other = b.points[index];
    return other !== undefined && point.checkInId === other.checkInId && point.atMs === other.atMs && point.progress === other.progress;
  });
}

/**
 * A KR's progress over time in a word-sized line: decorative (`aria-hidden`), with the text
 * beside it saying the same ("up 12 % since 3 Mar"). Nothing without a check-in.
 * @example <KeyResultSparkline keyResultId="kr-weekly-users" />
 */
export const KeyResultSparkline = /* @__PURE__ */ forwardRef<HTMLSpanElement, KeyResultSparklineProps>(function KeyResultSparkline(props, ref) {
  const { keyResultId, width = 64, height = 16, className, ...rest } = props;
  const { locale, labels } = useOkrContext();
  const trail = useOkrSelector(
    useCallback((snapshot: OkrStoreSnapshot) => progressTrail(snapshot, keyResultId), [keyResultId]),
    sameTrail,
  );
  const chartLabels = useMemo(() => {
    const fromProvider = (labels as { chart?: Partial<KeyResultChartLabels> }).chart;
    return fromProvider ? { ...defaultSparklineLabels, ...fromProvider } : defaultSparklineLabels;
  }, [labels]);
  if (!trail || trail.points.length === 0) return null;
  const change = keyResultHistoryChange(trail);
  const first = trail.points[0] as KeyResultHistory['points'][number];
  const text = change
    ? chartLabels.sparklineChange(change.direction, formatPercent(Math.abs(change.change), locale), formatChartDay(Date.parse(change.since), locale))
    : chartLabels.sparklineSingle(formatChartProgress(first.progress, locale), formatChartDay(first.atMs, locale));
  const path = sparklinePath(trail, width, height);
  return (
    <span ref={ref} data-slot="key-result-sparkline" data-direction={change?.direction ?? 'flat'} className={slotClass('key-result-sparkline', className ? `okr-key-result-sparkline ${className}` : 'okr-key-result-sparkline')} {...rest}>
      {path ? (
        <svg aria-hidden="true" focusable="false" width={width} height={height} viewBox={`0 0 ${width} ${height}`} data-slot="key-result-sparkline-line" className="okr-slot-key-result-sparkline-line">
          <path d={path} />
        </svg>
      ) : null}
      <span data-slot="key-result-sparkline-text" className="okr-slot-key-result-sparkline-text">{text}</span>
    </span>
  );
});
