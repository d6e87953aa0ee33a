'use client';
import { forwardRef, memo, useCallback, useMemo, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatChartDay } from './key-result-chart-format';
import { useKeyResultChartContext, type KeyResultChartContextValue } from './key-result-chart-context';
import { chartGeometry, type ChartGeometry } from './key-result-chart.utils';
import { useChartSize } from './use-chart-size';

export interface KeyResultChartPlotProps extends ComponentPropsWithoutRef<'div'> {
  /** The drawing's height in px; its width follows the container. @default 240 */
  height?: number;
}

/**
 * The burn-up: actual line through the check-ins (steps for milestones and binary), the dashed
 * expected line, the target, a guardrail's band and today's marker, drawn in SVG as one
 * `role="img"` named by a summary sentence; the check-ins are buttons above it, one tab stop
 * (arrow keys, Home, End move between them), each naming its date, value, confidence, author
 * and note, with a tooltip on hover and focus.
 * @example <KeyResultChartPlot height={200} />
 */
export const KeyResultChartPlot = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultChartPlotProps>(function KeyResultChartPlot(props, ref) {
  const { height = 240, className, style, ...rest } = props;
  const context = useKeyResultChartContext('Plot');
  const { history, nowMs, labels, summary, locale } = context;
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { width, rtl } = useChartSize(containerRef);
  const geometry = useMemo(() => chartGeometry(history, { width, height, nowMs, rtl }), [history, width, height, nowMs, rtl]);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);
  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      containerRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<HTMLDivElement>) => {
      // Over a point, that point is the one (its own pointerenter said so).
      if ((event.target as Element).getAttribute('data-slot') === 'key-result-chart-point') return;
      const box = event.currentTarget.getBoundingClientRect();
      const scale = box.width > 0 ? geometry.width / box.width : 1;
      const x = (event.clientX - box.left) * scale;
      // The check-in nearest in time under the pointer, as people read a line chart.
      let best = -1;
      let distance = Infinity;
      for (let i = 0; i < geometry.points.length; i++) {
        const gap = Math.abs((geometry.points[i] as { x: number }).x - x);
        if (gap < distance) {
          distance = gap;
          best = i;
        }
      }
      setHovered(best >= 0 && distance <= 40 ? best : null);
    },
    [geometry],
  );
  const tooltipIndex = hovered ?? (focused ? context.activeIndex : null);
  return (
    <div
      ref={setRefs}
      data-slot="key-result-chart-plot"
      className={className}
      style={{ ...style, blockSize: geometry.height }}
      onPointerMove={onPointerMove}
      onPointerLeave={() => setHovered(null)}
      {...rest}
    >
      <Drawing geometry={geometry} summary={summary} labels={labels} locale={locale} />
      <Points geometry={geometry} context={context} rtl={rtl} onFocusChange={setFocused} onHover={setHovered} />
      <Tooltip geometry={geometry} index={tooltipIndex} context={context} />
    </div>
  );
});

interface DrawingProps {
  geometry: ChartGeometry;
  summary: string;
  labels: KeyResultChartContextValue['labels'];
  locale: string | undefined;
}

/** The SVG: memoised, so hovering (a tooltip) never redraws a thousand-point line. */
const Drawing = /* @__PURE__ */ memo(function Drawing({ geometry, summary, labels, locale }: DrawingProps) {
  const { width, height, plot } = geometry;
  return (
    <svg role="img" aria-label={summary} data-slot="key-result-chart-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <g data-slot="key-result-chart-grid" aria-hidden="true">
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(tick.value)}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text key={tick.ms} data-slot="key-result-chart-x-tick" x={tick.x} y={plot.bottom + 17} textAnchor="middle">
            {formatChartDay(tick.ms, locale)}
          </text>
        ))}
      </g>
      {geometry.band ? <rect data-slot="key-result-chart-band" x={plot.left} width={plot.right - plot.left} y={geometry.band.y} height={geometry.band.height} /> : null}
      {geometry.targetY !== null ? <line data-slot="key-result-chart-target" x1={plot.left} x2={plot.right} y1={geometry.targetY} y2={geometry.targetY} /> : null}
      {geometry.expectedPath ? <path data-slot="key-result-chart-expected" d={geometry.expectedPath} /> : null}
      {geometry.todayX !== null ? (
        <g data-slot="key-result-chart-today">
          <line x1={geometry.todayX} x2={geometry.todayX} y1={plot.top} y2={plot.bottom} />
          <text x={geometry.todayX} y={plot.top} dy="-2" textAnchor="middle">
            {labels.today}
          </text>
        </g>
      ) : null}
      {geometry.actualPath ? <path data-slot="key-result-chart-actual" d={geometry.actualPath} /> : null}
    </svg>
  );
});

interface PointsProps {
  geometry: ChartGeometry;
  context: KeyResultChartContextValue;
  rtl: boolean;
  onFocusChange: (focused: boolean) => void;
  onHover: (index: number) => void;
}

const Points = /* @__PURE__ */ memo(function Points({ geometry, context, rtl, onFocusChange, onHover }: PointsProps) {
  const { activeIndex, setActiveIndex, labels, describePoint, tooltipId } = context;
  const listRef = useRef<HTMLDivElement | null>(null);
  const count = geometry.points.length;
  const move = (index: number) => {
    const next = Math.min(Math.max(0, index), count - 1);
    setActiveIndex(next);
    (listRef.current?.children[next] as HTMLElement | undefined)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Time runs the way the axis is drawn: leftwards on right-to-left pages.
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const steps: Record<string, number> = { [forward]: 1, ArrowUp: 1, [backward]: -1, ArrowDown: -1 };
    if (event.key in steps) move(activeIndex + (steps[event.key] as number));
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(count - 1);
    else if (event.key === 'Escape') onFocusChange(false);
    else return;
    event.preventDefault();
  };
  if (count === 0) {
    return (
      <p data-slot="key-result-chart-empty" role="note">
        {labels.noCheckIns}
      </p>
    );
  }
  return (
    <div
      ref={listRef}
      role="group"
      aria-label={labels.checkIns}
      data-slot="key-result-chart-points"
      onKeyDown={onKeyDown}
      onFocus={() => onFocusChange(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onFocusChange(false);
      }}
    >
      {geometry.points.map((placed, index) => (
        <button
          key={placed.point.checkInId}
          type="button"
          data-slot="key-result-chart-point"
          data-confidence={placed.confidence}
          data-active={index === activeIndex ? '' : undefined}
          tabIndex={index === activeIndex ? 0 : -1}
          aria-label={labels.point(describePoint(index))}
          aria-describedby={index === activeIndex ? tooltipId : undefined}
          onClick={() => move(index)}
          onPointerEnter={() => onHover(index)}
          // Geometry is in the SVG's physical pixels (already mirrored for RTL), so physical `left`.
          style={{ left: placed.x, top: placed.y }}
        />
      ))}
    </div>
  );
});

interface TooltipProps {
  geometry: ChartGeometry;
  index: number | null;
  context: KeyResultChartContextValue;
}

function Tooltip({ geometry, index, context }: TooltipProps) {
  const placed = index === null ? undefined : geometry.points[index];
  const parts = placed && index !== null ? context.describePoint(index) : null;
  const { labels } = context;
  return (
    <div
      id={context.tooltipId}
      role="tooltip"
      data-slot="key-result-chart-tooltip"
      data-state={parts ? 'open' : 'closed'}
      data-side={placed && placed.x > geometry.width / 2 ? 'left' : 'right'}
      hidden={!parts}
      style={placed ? { left: placed.x, top: placed.y } : undefined}
    >
      {parts ? (
        <>
          <strong data-slot="key-result-chart-tooltip-date">{parts.date}</strong>
          <span data-slot="key-result-chart-tooltip-value">
            {parts.value} ({parts.progress})
          </span>
          {parts.confidence ? (
            <span data-slot="key-result-chart-tooltip-confidence">
              {labels.confidence}: {parts.confidence}
            </span>
          ) : null}
          {parts.author ? (
            <span data-slot="key-result-chart-tooltip-author">
              {labels.author}: {parts.author}
            </span>
          ) : null}
          {parts.note ? <span data-slot="key-result-chart-tooltip-note">{parts.note}</span> : null}
        </>
      ) : null}
    </div>
  );
}
