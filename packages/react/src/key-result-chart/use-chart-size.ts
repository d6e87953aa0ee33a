'use client';
import { useLayoutEffect, useState, type RefObject } from 'react';

/** Before the first measurement (server rendering, tests without layout): a common panel width. */
const fallbackWidth = 480;
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? () => {} : useLayoutEffect;

/**
 * The width of an element (ResizeObserver) and whether it lays out right to left, so the
 * chart draws in real pixels and mirrors its time axis on RTL pages.
 * @example const { width, rtl } = useChartSize(containerRef);
 */
export function useChartSize(ref: RefObject<HTMLElement | null>): { width: number; rtl: boolean } {
  const [size, setSize] = useState({ width: fallbackWidth, rtl: false });
  useIsomorphicLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const width = Math.round(element.getBoundingClientRect().width);
      const rtl = getComputedStyle(element).direction === 'rtl';
      setSize((previous) => (width > 0 && (previous.width !== width || previous.rtl !== rtl) ? { width, rtl } : previous.rtl !== rtl ? { ...previous, rtl } : previous));
    };
    read();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(read);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
