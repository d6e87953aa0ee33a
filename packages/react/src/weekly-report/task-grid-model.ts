'use client';
import { sortTasks, type Task, type TaskStatus } from '@okrkit/core';
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
import { useEffect, useMemo, useState } from 'react';
import { onIdle } from '../internal/on-idle';
import type { Choice } from './weekly-report.utils';

/** The grid's columns, in order. `actions` exists only when the grid is editable. */
export type TaskColumnId = 'title' | 'keyResult' | 'priority' | 'due' | 'status' | 'owner' | 'actions';

/** The value of the KR and owner filters for tasks that name none. */
export const NONE = '__none__';

const STATUS_ORDER: Record<TaskStatus, number> = { todo: 0, doing: 1, done: 2 };

// Module scope, as TanStack asks: a stable feature set. Sorting and filtering only.
// Marked pure so that a host importing another widget does not bundle table-core.
const features = /* @__PURE__ */ tableFeatures({
  rowSortingFeature,
  sortedRowModel: /* @__PURE__ */ createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: /* @__PURE__ */ createFilteredRowModel(),
});
const helper = /* @__PURE__ */ createColumnHelper<typeof features, Task>();

/** Options of {@link useTaskTable}. */
export interface UseTaskTableOptions {
  tasks: readonly Task[];
  keyResults: readonly Choice[];
  personName: (id: string) => string;
  locale: string | undefined;
}

/**
 * The task grid's table state on TanStack Table: rows in the core's default order
 * (`sortTasks`: priority, then due date), a header sort on top of it (ascending →
 * descending → back to the default), and filters by key result, owner and status.
 * The core's `Task` stays plain: TanStack types never leave this file's return value.
 */
export function useTaskTable({ tasks, keyResults, personName, locale }: UseTaskTableOptions) {
  const [sorting, setSorting] = useState<SortingState>([]);
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const data = useMemo(() => sortTasks(tasks, { locale }), [tasks, locale]);

  const columns = useMemo(() => {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    const titles = new Map(keyResults.map((choice) => [choice.id, choice.name]));
    const text = (value: unknown, other: unknown) => collator.compare(String(value ?? ''), String(other ?? ''));
    const byValue = <T,>(read: (task: Task) => T, compare: (a: T, b: T) => number) => ({
      sortFn: (a: { original: Task }, b: { original: Task }) => compare(read(a.original), read(b.original)),
    });
    const equals = (read: (task: Task) => string) => ({
      filterFn: (row: { original: Task }, _columnId: string, value: unknown) => read(row.original) === value,
    });
    return helper.columns([
      helper.accessor('title', { id: 'title', ...byValue((task) => task.title, text) }),
      helper.accessor((task) => (task.keyResultId === undefined ? '' : (titles.get(task.keyResultId) ?? task.keyResultId)), {
        id: 'keyResult',
        ...byValue((task) => (task.keyResultId === undefined ? '\uffff' : (titles.get(task.keyResultId) ?? task.keyResultId)), text),
        ...equals((task) => task.keyResultId ?? NONE),
      }),
      helper.accessor('priority', { id: 'priority', ...byValue((task) => task.priority, text) }),
      helper.accessor((task) => task.due ?? '', {
        id: 'due',
        // Undated tasks last in both directions would need sortUndefined; "9999" keeps them last ascending.
        ...byValue((task) => task.due ?? '9999-12-31', (a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      }),
      helper.accessor((task) => STATUS_ORDER[task.status], {
        id: 'status',
        ...byValue((task) => STATUS_ORDER[task.status], (a, b) => a - b),
        ...equals((task) => task.status),
      }),
      helper.accessor((task) => (task.ownerId === undefined ? '' : personName(task.ownerId)), {
        id: 'owner',
        ...byValue((task) => (task.ownerId === undefined ? '\uffff' : personName(task.ownerId)), text),
        ...equals((task) => task.ownerId ?? NONE),
      }),
    ]);
  }, [keyResults, personName, locale]);

  const table = useTable({
    features,
    columns,
    data,
    getRowId: (task) => task.id,
    state: { sorting, columnFilters },
    onSortingChange: setSorting,
    onColumnFiltersChange: setColumnFilters,
  });

  // The default order and no filter: the tasks as `sortTasks` put them. TanStack would build a
  // row object for each of the 2,000 tasks of a first render only to hand the same order back
  // (bench/weekly-grid); its core row model is built in the first idle moment instead, so the
  // first sort or filter does not wait for it either.
  const identity = sorting.length === 0 && columnFilters.length === 0;
  const modelRows = identity ? null : table.getRowModel().rows;
  useEffect(() => (identity ? (onIdle(() => table.getCoreRowModel(), 1000) ?? undefined) : undefined), [identity, data, table]);
  const visibleTasks = useMemo(() => (modelRows === null ? data : modelRows.map((row) => row.original)), [modelRows, data]);

  return {
    /** The tasks to show, sorted and filtered. */
    tasks: visibleTasks,
    total: data.length,
    sorting: sorting[0] ?? null,
    /** Header click: ascending, then descending, then the default order. Priority starts ascending by default, so its first click is descending. */
    toggleSort: (id: TaskColumnId) =>
      setSorting((previous) => {
        const current = previous[0] ?? { id: 'priority', desc: false };
        if (current.id !== id) return [{ id, desc: false }];
        return current.desc ? [] : [{ id, desc: true }];
      }),
    filters: Object.fromEntries(columnFilters.map((filter) => [filter.id, String(filter.value)])) as Partial<Record<'keyResult' | 'owner' | 'status', string>>,
    setFilter: (id: 'keyResult' | 'owner' | 'status', value: string) =>
      setColumnFilters((previous) => [...previous.filter((filter) => filter.id !== id), ...(value === '' ? [] : [{ id, value }])]),
  };
}

/** What `aria-sort` says for a column, given the sort (null: the default order, priority ascending). */
export function ariaSort(sorting: { id: string; desc: boolean } | null, id: TaskColumnId): 'ascending' | 'descending' | 'none' {
  const current = sorting ?? { id: 'priority', desc: false };
  if (current.id !== id) return 'none';
  return current.desc ? 'descending' : 'ascending';
}
