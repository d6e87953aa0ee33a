'use client';
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};
let rootFontSize: number | undefined;
// Once per page: a style read in every render could force a style recalculation mid-frame.
const readRootFontSize = () => {
  if (rootFontSize === undefined) {
    const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
    rootFontSize = Number.isFinite(size) && size > 0 ? size : 16;
  }
  return rootFontSize;
};

/**
 * The page's root font size in px (what `1rem` is), read once per page, without a layout:
 * for sizing before anything is measured, e.g. how many rows a `30rem` viewport shows. 16 on the
 * server and in the render that hydrates, so both agree. A later change of the root size is not
 * followed: measure the element for that.
 * @example const rem = useRootFontSize(); const fallbackHeight = 30 * rem;
 */
export function useRootFontSize(): number {
  return useSyncExternalStore(noSubscription, readRootFontSize, () => 16);
}
