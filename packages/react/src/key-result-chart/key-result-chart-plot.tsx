'use client';
import { forwardRef, memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentPropsWithoutRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatChartDay } from './key-result-chart-format';
import { useKeyResultChartContext, type KeyResultChartContextValue } from './key-result-chart-context';
import { chartGeometry, dotRadius, nearestPointIndex, type ChartGeometry } from './key-result-chart.utils';
import { fallbackChartWidth, useChartSize } from './use-chart-size';
import { slotClass } from '../internal/slot-class';

export interface KeyResultChartPlotProps extends ComponentPropsWithoutRef<'div'> {
  /** The drawing's height in px; its width follows the container. @default 240 */
  height?: number;
}

/**
 * The hovered check-in, held outside React state: a pointer move updates it and only the
 * tooltip, subscribed with `useSyncExternalStore`, re-renders (at once, in the same task),
 * never the plot or the slider.
 */
interface HoverStore {
  get: () => number | null;
  set: (index: number | null) => void;
  subscribe: (listener: () => void) => () => void;
}

function createHoverStore(): HoverStore {
  let hovered: number | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => hovered,
    set(index) {
      if (index === hovered) return;
      hovered = index;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * The burn-up: actual line through the check-ins (steps for milestones and binary), a dot per
 * check-in (its look says the confidence), the dashed expected line, the target, a guardrail's
 * band and today, drawn in SVG as one `role="img"` named by a summary sentence.
 *
 * The check-ins are walked with one keyboard control, a slider over them (arrow keys, Home,
 * End, Page Up/Down), whose spoken value is the check-in's date, value, confidence, author and
 * note — the WAI-ARIA pattern screen readers announce on every move. One element rather than a
 * button per check-in: a log of 1,000 check-ins stays a handful of DOM nodes. Hover and focus
 * show a tooltip; clicking the plot picks the nearest check-in.
 * @example <KeyResultChartPlot height={200} />
 */
export const KeyResultChartPlot = /* @__PURE__ */ forwardRef<HTMLDivElement, KeyResultChartPlotProps>(function KeyResultChartPlot(props, ref) {
  const { height = 240, className, style, ...rest } = props;
  const context = useKeyResultChartContext('Plot');
  const { history, nowMs, labels, summary, locale, activeIndex, setActiveIndex } = context;
  const containerRef = useRef<HTMLDivElement | null>(null);
  const thumbRef = useRef<HTMLDivElement | null>(null);
  const { width, rtl } = useChartSize(containerRef);
  // Until measured, an empty plot of the fallback size (see useChartSize): drawn for real once, before paint.
  const geometry = useMemo(
    () => chartGeometry(width === null ? { ...history, points: [] } : history, { width: width ?? fallbackChartWidth, height, nowMs, rtl }),
    [history, width, height, nowMs, rtl],
  );
  const [hover] = useState(createHoverStore);
  const [focused, setFocused] = useState(false);
  // The plot's box, read once when the pointer comes in (not on every move: no layout read in
  // the move handler); a scroll or a new size reads it again.
  const boxRef = useRef<DOMRect | null>(null);
  useEffect(() => {
    boxRef.current = null;
  }, [geometry]);
  useEffect(() => {
    const forget = () => {
      boxRef.current = null;
    };
    window.addEventListener('scroll', forget, { capture: true, passive: true });
    window.addEventListener('resize', forget, { passive: true });
    return () => {
      window.removeEventListener('scroll', forget, { capture: true });
      window.removeEventListener('resize', forget);
    };
  }, []);
  const setRefs = useCallback(
    (element: HTMLDivElement | null) => {
      containerRef.current = element;
      if (typeof ref === 'function') ref(element);
      else if (ref) ref.current = element;
    },
    [ref],
  );
  const toPlotX = (event: PointerEvent<HTMLDivElement>) => {
    const box = (boxRef.current ??= event.currentTarget.getBoundingClientRect());
    return (event.clientX - box.left) * (box.width > 0 ? geometry.width / box.width : 1);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const index = nearestPointIndex(geometry.points, toPlotX(event), 40);
    hover.set(index >= 0 ? index : null);
  };
  const onPointerLeave = () => {
    boxRef.current = null;
    hover.set(null);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    boxRef.current = event.currentTarget.getBoundingClientRect();
    const index = nearestPointIndex(geometry.points, toPlotX(event), Infinity);
    if (index < 0) return;
    setActiveIndex(index);
    // After React has moved the thumb: focus follows the pick, as on a slider's track.
    requestAnimationFrame(() => thumbRef.current?.focus());
  };
  const count = width === null ? history.points.length : geometry.points.length;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Time runs the way the axis is drawn: leftwards on right-to-left pages.
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const backward = rtl ? 'ArrowRight' : 'ArrowLeft';
    const page = Math.max(1, Math.round(count / 10));
    const steps: Record<string, number> = { [forward]: 1, ArrowUp: 1, [backward]: -1, ArrowDown: -1, PageUp: page, PageDown: -page };
    let next: number;
    if (event.key in steps) next = activeIndex + (steps[event.key] as number);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (event.key === 'Escape') {
      setFocused(false);
      hover.set(null);
      return;
    } else return;
    event.preventDefault();
    setFocused(true);
    setActiveIndex(Math.min(Math.max(0, next), count - 1));
  };
  const active = activeIndex >= 0 ? geometry.points[activeIndex] : undefined;
  return (
    <div
      ref={setRefs}
      data-slot="key-result-chart-plot"
      className={slotClass('key-result-chart-plot', className)}
      style={{ ...style, blockSize: geometry.height }}
      onPointerMove={onPointerMove}
      onPointerEnter={(event) => {
        boxRef.current = event.currentTarget.getBoundingClientRect();
      }}
      onPointerLeave={onPointerLeave}
      onPointerDown={onPointerDown}
      {...rest}
    >
      <Drawing geometry={geometry} summary={summary} labels={labels} locale={locale} activeIndex={activeIndex} />
      {count === 0 ? (
        <p data-slot="key-result-chart-empty" className="okr-slot-key-result-chart-empty" role="note">
          {labels.noCheckIns}
        </p>
      ) : (
        <div
          ref={thumbRef}
          role="slider"
          tabIndex={0}
          data-slot="key-result-chart-thumb" className="okr-slot-key-result-chart-thumb"
          aria-label={labels.checkIns(context.title)}
          aria-orientation="horizontal"
          aria-valuemin={1}
          aria-valuemax={count}
          aria-valuenow={activeIndex + 1}
          aria-valuetext={labels.point(context.describePoint(activeIndex))}
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
          // Geometry is in the SVG's physical pixels (already mirrored for RTL), so physical `left`.
          style={active ? { left: active.x, top: active.y } : undefined}
        />
      )}
      <Tooltip geometry={geometry} hover={hover} focusedIndex={focused ? activeIndex : null} context={context} />
    </div>
  );
});

interface DrawingProps {
  geometry: ChartGeometry;
  summary: string;
  labels: KeyResultChartContextValue['labels'];
  locale: string | undefined;
  activeIndex: number;
}

const tickFormats = new Map<string, Intl.NumberFormat>();
function formatTick(value: number, locale: string | undefined): string {
  const key = locale ?? '';
  let format = tickFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    tickFormats.set(key, format);
  }
  return format.format(value);
}

/** The SVG: memoised, so hovering (a tooltip) never redraws a thousand-point line. */
const Drawing = /* @__PURE__ */ memo(function Drawing({ geometry, summary, labels, locale, activeIndex }: DrawingProps) {
  const { width, height, plot } = geometry;
  const active = activeIndex >= 0 ? geometry.points[activeIndex] : undefined;
  return (
    <svg role="img" aria-label={summary} data-slot="key-result-chart-svg" className="okr-slot-key-result-chart-svg" viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
      <g data-slot="key-result-chart-grid" className="okr-slot-key-result-chart-grid">
        {geometry.yTicks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {formatTick(tick.value, locale)}
            </text>
          </g>
        ))}
        {geometry.xTicks.map((tick) => (
          <text key={tick.ms} data-slot="key-result-chart-x-tick" className="okr-slot-key-result-chart-x-tick" x={tick.x} y={plot.bottom + 17} textAnchor="middle">
            {formatChartDay(tick.ms, locale)}
          </text>
        ))}
      </g>
      {geometry.band ? <rect data-slot="key-result-chart-band" className="okr-slot-key-result-chart-band" x={plot.left} width={plot.right - plot.left} y={geometry.band.y} height={geometry.band.height} /> : null}
      {geometry.targetY !== null ? <line data-slot="key-result-chart-target" className="okr-slot-key-result-chart-target" x1={plot.left} x2={plot.right} y1={geometry.targetY} y2={geometry.targetY} /> : null}
      {geometry.expectedPath ? <path data-slot="key-result-chart-expected" className="okr-slot-key-result-chart-expected" d={geometry.expectedPath} /> : null}
      {geometry.todayX !== null ? (
        <g data-slot="key-result-chart-today" className="okr-slot-key-result-chart-today">
          <line x1={geometry.todayX} x2={geometry.todayX} y1={plot.top} y2={plot.bottom} />
          <text x={geometry.todayX} y={plot.top} dy="-2" textAnchor="middle">
            {labels.today}
          </text>
        </g>
      ) : null}
      {geometry.actualPath ? <path data-slot="key-result-chart-actual" className="okr-slot-key-result-chart-actual" d={geometry.actualPath} /> : null}
      {(['none', 'low', 'medium', 'high'] as const).map((level) =>
        geometry.dots[level] ? <path key={level} data-slot="key-result-chart-dots" className="okr-slot-key-result-chart-dots" data-confidence={level} d={geometry.dots[level]} /> : null,
      )}
      {active ? <circle data-slot="key-result-chart-active-point" className="okr-slot-key-result-chart-active-point" cx={active.x} cy={active.y} r={dotRadius[active.confidence] + 3} /> : null}
    </svg>
  );
});

interface TooltipProps {
  geometry: ChartGeometry;
  hover: HoverStore;
  /** The slider's check-in while it has focus (shown when the pointer is not over one). */
  focusedIndex: number | null;
  context: KeyResultChartContextValue;
}

const noHover = () => null;

/** The tooltip: the only part a pointer move re-renders. */
const Tooltip = /* @__PURE__ */ memo(function Tooltip({ geometry, hover, focusedIndex, context }: TooltipProps) {
  const hovered = useSyncExternalStore(hover.subscribe, hover.get, noHover);
  const index = hovered ?? focusedIndex;
  const placed = index === null ? undefined : geometry.points[index];
  const parts = placed && index !== null ? context.describePoint(index) : null;
  const { labels } = context;
  return (
    <div
      id={context.tooltipId}
      role="tooltip"
      data-slot="key-result-chart-tooltip" className="okr-slot-key-result-chart-tooltip"
      data-state={parts ? 'open' : 'closed'}
      data-side={placed && placed.x > geometry.width / 2 ? 'left' : 'right'}
      hidden={!parts}
      style={placed ? { left: placed.x, top: placed.y } : undefined}
    >
      {parts ? (
        <>
          <strong data-slot="key-result-chart-tooltip-date" className="okr-slot-key-result-chart-tooltip-date">{parts.date}</strong>
          <span data-slot="key-result-chart-tooltip-value" className="okr-slot-key-result-chart-tooltip-value">
            {parts.value} ({parts.progress})
          </span>
          {parts.confidence ? (
            <span data-slot="key-result-chart-tooltip-confidence" className="okr-slot-key-result-chart-tooltip-confidence">
              {labels.confidence}: {parts.confidence}
            </span>
          ) : null}
          {parts.author ? (
            <span data-slot="key-result-chart-tooltip-author" className="okr-slot-key-result-chart-tooltip-author">
              {labels.author}: {parts.author}
            </span>
          ) : null}
          {parts.note ? <span data-slot="key-result-chart-tooltip-note" className="okr-slot-key-result-chart-tooltip-note">{parts.note}</span> : null}
        </>
      ) : null}
    </div>
  );
});
