import type { OkrSet } from '@okrkit/core';

/** What each side of the benchmark page does. */
export interface ChartSide {
  /** Present once the actual line is drawn (marks "firstLine"). */
  lineSelector: string;
  /** Work done before `start` (okrkit: create and load the store). */
  prepare(okrSet: OkrSet, now: string): Promise<void>;
  mount(container: HTMLElement, okrSet: OkrSet, now: string): void;
  /** Check-in marks drawn. */
  pointCount(container: HTMLElement): number;
  /** Where the `index`-th check-in's mark is on the page. */
  pointCentre(container: HTMLElement, index: number): { x: number; y: number };
  /** The tooltip's text while shown, else ''. */
  tooltipText(container: HTMLElement): string;
}
