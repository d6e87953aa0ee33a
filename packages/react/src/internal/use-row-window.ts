'use client';
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/** Options of {@link useRowWindow}. */
export interface UseRowWindowOptions {
  count: number;
  /** Every row's height in px: fixed, so no row is measured. */
  rowHeight: number;
  /** Rows rendered beyond each edge of the viewport, so fast scrolling shows no gap. @default 6 */
  overscan?: number;
  /** The scrolling element. */
  viewportRef: RefObject<HTMLElement | null>;
  /** The height assumed before (or without) layout, e.g. on the server or in happy-dom. @default 480 */
  fallbackHeight?: number;
  /**
   * Measure the viewport in the commit, before the first paint (a forced layout). `false` for a
   * viewport whose height is `fallbackHeight` (give or take its borders) until the page changes
   * it: the first paint then uses `fallbackHeight` and the observer corrects it. @default true
   */
  measureBeforePaint?: boolean;
}

/** The rows to render: `start` (inclusive) to `end` (exclusive), and how to bring a row into view. */
export interface RowWindow {
  start: number;
  end: number;
  totalHeight: number;
  /**
   * The most rows a window of this viewport can hold (`end - start` never exceeds it): `index %
   * capacity` names a row's slot, unique within any window, so a list keyed by slot writes new
   * rows into the elements already there instead of making new ones.
   */
  capacity: number;
  /** Scrolls the least needed so row `index` is fully visible. */
  scrollToIndex: (index: number) => void;
}

/**
 * Windowing for a long list of fixed-height rows: only the rows in (and near) the viewport
 * are rendered, so 2,000 tasks cost what 30 do. A dozen lines instead of a dependency:
 * fixed heights need no measuring. The viewport's height counts in whole rows; when the
 * viewport is resized, the window grows at once and shrinks only by more rows than `overscan`.
 * @example const { start, end, totalHeight } = useRowWindow({ count: rows.length, rowHeight: 36, viewportRef });
 */
export function useRowWindow({ count, rowHeight, overscan = 6, viewportRef, fallbackHeight = 480, measureBeforePaint = true }: UseRowWindowOptions): RowWindow {
  const [scrollTop, setScrollTop] = useState(0);
  // The viewport's height in whole rows: a change of a few pixels renders nothing again.
  const [viewRows, setViewRows] = useState(() => Math.ceil(fallbackHeight / rowHeight));

  useBrowserLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport) return;
    const rowsOf = () => Math.ceil((viewport.clientHeight || fallbackHeight) / rowHeight);
    const measure = () => setViewRows(rowsOf());
    // The observer's sizes grow the window at once but shrink it only by more rows than the
    // overscan: fewer are rendered past the edge anyway, and rendering the rows again to drop
    // them costs more than drawing them (the weekly report's unmeasured first paint assumes
    // 480 px; a host with a 14 px root font size makes the viewport 420 px, bench/weekly-grid).
    const observe = () => {
      const next = rowsOf();
      setViewRows((previous) => (next > previous || previous - next > overscan ? next : previous));
    };
    const onScroll = () => setScrollTop(viewport.scrollTop);
    viewport.addEventListener('scroll', onScroll, { passive: true });
    // Without `measureBeforePaint` the first size comes from the observer, once the browser has
    // laid the page out for its first frame: reading clientHeight here forces a layout of the
    // whole page in the middle of React's commit (~25 ms for the weekly report) and renders the
    // rows again before they are painted.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(observe);
    if (!observer || measureBeforePaint) measure();
    observer?.observe(viewport);
    return () => {
      viewport.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [viewportRef, fallbackHeight, measureBeforePaint, rowHeight, overscan]);

  const scrollToIndex = useCallback(
    (index: number) => {
      const viewport = viewportRef.current;
      if (!viewport) return;
      // The sticky header covers the first row's height at the top of the viewport.
      const top = (index + 1) * rowHeight;
      const visible = viewport.clientHeight || fallbackHeight;
      let next = viewport.scrollTop;
      if (top - rowHeight < next) next = Math.max(0, top - rowHeight);
      else if (top + rowHeight > next + visible) next = top + rowHeight - visible;
      if (next !== viewport.scrollTop) {
        viewport.scrollTop = next;
        setScrollTop(next);
      }
    },
    [viewportRef, rowHeight, fallbackHeight],
  );

  // Paper has no scrolling: while printing, every row is rendered. Synchronously: the browser
  // lays the page out for paper as soon as `beforeprint` returns, before any scheduled render.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined') return;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const start = printing ? 0 : Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = printing ? count : Math.min(count, Math.ceil(scrollTop / rowHeight) + viewRows + overscan);
  const capacity = printing ? Math.max(count, 1) : viewRows + 2 * overscan + 2;
  return { start, end, totalHeight: count * rowHeight, capacity, scrollToIndex };
}
