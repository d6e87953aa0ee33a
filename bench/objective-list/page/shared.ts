/** What each side of the benchmark page provides; see main.ts. */
export interface Side {
  /** Untimed: makes the objectives and puts them where the side reads them from (okrkit: its storage). */
  prepare(count: number): Promise<void>;
  /** Timed as first render: renders into `container` (okrkit: loads its store first); resolves once rendering was asked for. */
  mount(container: HTMLElement): Promise<void>;
  /** Present once the first objective row is in the DOM. */
  rowSelector: string;
  /** The Title column's sort button. */
  sortButton(container: HTMLElement): HTMLButtonElement;
  /** The status filter; option 0 is "All". */
  statusFilter(container: HTMLElement): HTMLSelectElement;
  /** Shown objectives. */
  count(container: HTMLElement): number;
  /** The first row's title, to check both sides sorted alike. */
  firstTitle(container: HTMLElement): string;
  /** Objective rows in the DOM. */
  renderedRows(container: HTMLElement): number;
  /** The focusable element of the row at `line` (0-based) that Alt+↓ is pressed on. */
  rowTarget(container: HTMLElement, line: number): HTMLElement | null;
  /** The objective id of the row holding `element`. */
  idOf(element: Element): string | null;
  /** The line (0-based) the row of objective `id` is drawn at, or -1. */
  lineOf(container: HTMLElement, id: string): number;
}
