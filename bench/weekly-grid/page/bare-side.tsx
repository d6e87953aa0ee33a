/**
 * The peer: a bare `@tanstack/react-table` v9 page, as its docs write one. Same columns and
 * the same features as okrkit's grid (row sorting, column filtering by key result, owner and
 * status, the same sorted and filtered row models), stock sort and filter functions, a plain
 * `<table>`, and no editing, keyboard model, ARIA grid, store or autosave.
 * `?window=rows` (default): the same simple row windowing as okrkit (fixed 36 px rows, a
 * 480 px viewport, 6 rows of overscan). `?window=none`: every row rendered.
 */
import type { Task } from '@okrkit/core';
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  filterFns,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Side } from './shared';
import { generateTasks, okrSet, people } from './tasks';

const ROW_HEIGHT = 36;
const VIEWPORT = 480;
const OVERSCAN = 6;

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortFns,
  filterFns,
});
const helper = createColumnHelper<typeof features, Task>();
const keyResultName = new Map(okrSet.keyResults.map((keyResult) => [keyResult.id, keyResult.title]));
const personName = new Map(people.map((person) => [person.id, person.name]));
const STATUS = { todo: 'To do', doing: 'In progress', done: 'Done' } as const;
const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });

const columns = helper.columns([
  helper.accessor('title', { id: 'title', header: 'Task' }),
  helper.accessor((task) => (task.keyResultId ? (keyResultName.get(task.keyResultId) ?? '') : ''), { id: 'keyResult', header: 'Key result', filterFn: 'equalsString' }),
  helper.accessor('priority', { id: 'priority', header: 'Priority' }),
  helper.accessor((task) => task.due ?? '', { id: 'due', header: 'Due', cell: (info) => (info.getValue() ? day.format(Date.parse(`${info.getValue()}T00:00:00Z`)) : '—') }),
  helper.accessor((task) => STATUS[task.status], { id: 'status', header: 'Status', filterFn: 'equalsString' }),
  helper.accessor((task) => (task.ownerId ? (personName.get(task.ownerId) ?? task.ownerId) : ''), { id: 'owner', header: 'Owner', filterFn: 'equalsString' }),
]);

/** A React-controlled text field beside the table: the floor for keystroke-to-paint on this page. */
function PlainInput() {
  const [value, setValue] = useState('Send the reminder email');
  return <input id="plain" aria-label="Plain input" value={value} onChange={(event) => setValue(event.target.value)} />;
}

function BareTable({ data, windowed }: { data: Task[]; windowed: boolean }) {
  const table = useTable({ features, columns, data, getRowId: (task) => task.id });
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  useEffect(() => {
    const element = viewport.current!;
    const onScroll = () => setScrollTop(element.scrollTop);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, []);
  const rows = table.getRowModel().rows;
  const start = windowed ? Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN) : 0;
  const end = windowed ? Math.min(rows.length, Math.ceil((scrollTop + VIEWPORT) / ROW_HEIGHT) + OVERSCAN) : rows.length;
  const filter = (id: 'keyResult' | 'owner' | 'status', options: string[], label: string) => (
    <label>
      {label}{' '}
      <select value={String(table.getColumn(id)?.getFilterValue() ?? '')} onChange={(event) => table.getColumn(id)?.setFilterValue(event.target.value || undefined)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </label>
  );
  return (
    <div>
      <div className="filters">
        {filter('keyResult', okrSet.keyResults.map((keyResult) => keyResult.title), 'Key result')}
        {filter('owner', people.map((person) => person.name), 'Owner')}
        {filter('status', Object.values(STATUS), 'Status')}
        <PlainInput />
        <span id="count">{rows.length === data.length ? `${data.length} tasks` : `${rows.length} of ${data.length} tasks`}</span>
      </div>
      <div ref={viewport} className="viewport">
        <table>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => (
                  <th key={header.id} aria-sort={header.column.getIsSorted() === 'asc' ? 'ascending' : header.column.getIsSorted() === 'desc' ? 'descending' : 'none'}>
                    <button type="button" data-column={header.column.id} onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                    </button>
                  </th>
                ))}
              </tr>
            ))}
          </thead>
          <tbody>
            {start > 0 ? <tr style={{ height: start * ROW_HEIGHT }} /> : null}
            {rows.slice(start, end).map((row) => (
              <tr key={row.id} className="task">
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {end < rows.length ? <tr style={{ height: (rows.length - end) * ROW_HEIGHT }} /> : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}

let prepared: ReturnType<typeof generateTasks> = [];

export const side: Side = {
  async prepare(count) {
    prepared = generateTasks(count);
  },
  async mount(container) {
    const windowed = new URLSearchParams(location.search).get('window') !== 'none';
    createRoot(container).render(<BareTable data={prepared} windowed={windowed} />);
  },
  rowSelector: 'tr.task',
  sortButton: (container) => container.querySelector<HTMLButtonElement>('th button[data-column="title"]')!,
  statusFilter: (container) => [...container.querySelectorAll<HTMLSelectElement>('.filters select')][2]!,
  count: (container) => container.querySelector('#count')?.textContent ?? '',
  firstTitle: (container) => container.querySelector('tr.task td[data-column="title"]')?.textContent ?? '',
  renderedRows: (container) => container.querySelectorAll('tr.task').length,
};
