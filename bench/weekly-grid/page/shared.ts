/** What each side of the benchmark page provides; see main.ts. */
export interface Side {
  /**
   * Untimed: makes the tasks and puts them where the side reads them from (okrkit: into its
   * storage, as a host's storage already holds the report when the page opens).
   */
  prepare(count: number): Promise<void>;
  /** Timed as first render: renders the prepared tasks into `container` (okrkit: loads its stores first); resolves once rendering was asked for. */
  mount(container: HTMLElement): Promise<void>;
  /** Present once the first task row is in the DOM. */
  rowSelector: string;
  /** Whether the parts the side mounts after its first paint are in the DOM (absent: it mounts none). */
  settled?(container: HTMLElement): boolean;
  /** The Task (title) column's sort button. */
  sortButton(container: HTMLElement): HTMLButtonElement;
  /** The status filter; option 0 is "All", 1–3 are to do, in progress, done. */
  statusFilter(container: HTMLElement): HTMLSelectElement;
  /** "2000 tasks" / "667 of 2000 tasks". */
  count(container: HTMLElement): string;
  /** The first row's title, to check both sides sorted alike. */
  firstTitle(container: HTMLElement): string;
  /** Task rows in the DOM. */
  renderedRows(container: HTMLElement): number;
}
