'use client';
import { useLayoutEffect, useState, useSyncExternalStore, type RefObject } from 'react';

/** Before the first measurement on the server (and while hydrating its HTML): a common panel width. */
export const fallbackChartWidth = 480;
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect;
const subscribeNever = () => () => {};

/**
 * The width of an element (ResizeObserver) and whether it lays out right to left, so the
 * chart draws in real pixels and mirrors its time axis on RTL pages. `width` is null on a
 * client render that can wait for the measurement (not hydrating server HTML): the layout
 * effect measures before the browser paints, so the chart is drawn once, at its real size,
 * instead of twice.
 * @example const { width, rtl } = useChartSize(containerRef);
 */
export function useChartSize(ref: RefObject<HTMLElement | null>): { width: number | null; rtl: boolean } {
  // false on the server and while hydrating (the server's HTML used the fallback), true otherwise.
  const canWait = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [size, setSize] = useState<{ width: number | null; rtl: boolean }>(() => ({ width: canWait ? null : fallbackChartWidth, rtl: false }));
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const measured = Math.round(element.getBoundingClientRect().width);
      const rtl = getComputedStyle(element).direction === 'rtl';
      setSize((previous) => {
        // No layout (a test DOM, a hidden panel): keep what is drawn, or the fallback.
        const width = measured > 0 ? measured : (previous.width ?? fallbackChartWidth);
        return previous.width === width && previous.rtl === rtl ? previous : { width, rtl };
      });
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
