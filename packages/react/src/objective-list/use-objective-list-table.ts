'use client';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import type { ObjectiveListFilters, ObjectiveListRow, ObjectiveListSorting } from './objective-list.types';
import { compareByRank } from './objective-list.utils';
import { onIdle } from '../internal/on-idle';

const STATUS_ORDER = { 'off-track': 0, 'at-risk': 1, 'not-started': 2, 'on-track': 3, achieved: 4 } as const;
const STATE_ORDER = { draft: 0, proposed: 1, active: 2, closed: 3 } as const;

// Module scope, as TanStack asks: a stable feature set, marked pure so other widgets do not bundle it.
const features = /* @__PURE__ */ tableFeatures({
  rowSortingFeature,
  sortedRowModel: /* @__PURE__ */ createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: /* @__PURE__ */ createFilteredRowModel(),
});
const helper = /* @__PURE__ */ createColumnHelper<typeof features, ObjectiveListRow>();

const FILTER_COLUMN: Record<keyof ObjectiveListFilters, string> = { ownerId: 'owner', teamId: 'team', periodId: 'period', state: 'state', status: 'status' };

/** Options of {@link useObjectiveListTable}. */
export interface UseObjectiveListTableOptions {
  /** The rows in priority order. */
  rows: readonly ObjectiveListRow[];
  sorting: ObjectiveListSorting;
  filters: ObjectiveListFilters;
  locale: string | undefined;
}

/**
 * The list's table state on TanStack Table: the rows sorted by one column (rank is priority
 * order; ties fall back to it) and filtered by owner, team, period, state and status. The
 * core's records stay plain: TanStack types never leave this file.
 * @example const visible = useObjectiveListTable({ rows, sorting: { id: 'rank', desc: false }, filters: {}, locale });
 */
export function useObjectiveListTable({ rows, sorting, filters, locale }: UseObjectiveListTableOptions): ObjectiveListRow[] {
  const columns = useMemo(() => {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    const byRank = compareByRank(collator);
    // Every sort breaks ties by priority order, so equal values keep the ranking.
    const sortBy = <T,>(read: (row: ObjectiveListRow) => T, compare: (a: T, b: T) => number) => ({
      sortFn: (a: { original: ObjectiveListRow }, b: { original: ObjectiveListRow }) => compare(read(a.original), read(b.original)) || byRank(a.original, b.original),
    });
    const text = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b));
    const number = (a: number | null, b: number | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b);
    const equals = (read: (row: ObjectiveListRow) => string | undefined) => ({
      filterFn: (row: { original: ObjectiveListRow }, _columnId: string, value: unknown) => read(row.original) === value,
    });
    return helper.columns([
      helper.accessor((row) => row.rank, { id: 'rank', sortFn: (a, b) => byRank(a.original, b.original) }),
      helper.accessor((row) => row.objective.title, { id: 'title', ...sortBy((row) => row.objective.title, text) }),
      helper.accessor((row) => row.ownerName, { id: 'owner', ...sortBy((row) => row.ownerName, text), ...equals((row) => row.objective.ownerId) }),
      helper.accessor((row) => row.teamName, { id: 'team', ...sortBy((row) => row.teamName, text), ...equals((row) => row.objective.teamId) }),
      helper.accessor((row) => row.periodStart, { id: 'period', ...sortBy((row) => row.periodStart, text), ...equals((row) => row.objective.periodId) }),
      helper.accessor((row) => row.state, { id: 'state', ...sortBy((row) => STATE_ORDER[row.state], number), ...equals((row) => row.state) }),
      helper.accessor((row) => row.status, { id: 'status', ...sortBy((row) => STATUS_ORDER[row.status], number), ...equals((row) => row.status) }),
      helper.accessor((row) => row.progress, { id: 'progress', ...sortBy((row) => row.progress, number) }),
      helper.accessor((row) => row.confidence, { id: 'confidence', ...sortBy((row) => row.confidence, number) }),
      helper.accessor((row) => row.lastCheckInAt, { id: 'lastCheckIn', ...sortBy((row) => row.lastCheckInAt, text) }),
    ]);
  }, [locale]);

  // The rows come in priority order: sorting them by rank again would re-sort 2,000 rows on every
  // move for nothing (bench/objective-list), so the default order asks TanStack for no sort.
  const sortingState = useMemo<SortingState>(() => (sorting.id === 'rank' && !sorting.desc ? [] : [{ id: sorting.id, desc: sorting.desc }]), [sorting.id, sorting.desc]);
  const columnFilters = useMemo<ColumnFiltersState>(
    () =>
      (Object.keys(FILTER_COLUMN) as (keyof ObjectiveListFilters)[])
        .filter((key) => filters[key] !== undefined && filters[key] !== '')
        .map((key) => ({ id: FILTER_COLUMN[key], value: filters[key] })),
    [filters],
  );

  const table = useTable({
    features,
    columns,
    data: rows as ObjectiveListRow[],
    getRowId: (row) => row.objective.id,
    state: { sorting: sortingState, columnFilters },
    // The list's own state (controlled or not) is the source of truth; TanStack only derives rows.
    onSortingChange: () => {},
    onColumnFiltersChange: () => {},
  });
  // Priority order and no filter: the rows as they come. TanStack would build a row object for
  // each of the 2,000 objectives on every move only to hand the same order back (bench/objective-list).
  const identity = sortingState.length === 0 && columnFilters.length === 0;
  const modelRows = identity ? null : table.getRowModel().rows;
  // Skipped in priority order, TanStack's core row model (a row object per objective) would be
  // built by the first sort or filter, while the person waits for it (~3 ms at 2,000 rows,
  // bench/objective-list): it is built in the first idle moment instead, once per set of rows.
  useEffect(() => (identity ? (onIdle(() => table.getCoreRowModel(), 1000) ?? undefined) : undefined), [identity, rows, table]);
  return useMemo(() => (modelRows === null ? (rows as ObjectiveListRow[]) : modelRows.map((row) => row.original)), [modelRows, rows]);
}
