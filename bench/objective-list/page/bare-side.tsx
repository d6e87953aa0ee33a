/**
 * The peer: a bare `@tanstack/react-table` v9 page, as its docs write one, over the same
 * organisation. Its rows are derived with the same core calls the list makes (`assessOkrSet`
 * for status, progress and last check-in, `keyResultConfidence` for confidence), inside the
 * timed first render as okrkit's are. Same ten data columns, row sorting and column filtering
 * with stock `sortFns`/`filterFns`, a plain `<table>`, the same row windowing (40 px rows, a
 * 32rem viewport measured once, overscan 6), and Alt+↓ on a focused row swapping it with the next one in
 * React state, focus following. No store, storage write, permissions, drag and drop, ARIA
 * grid, announcements, panel or undo.
 */
import { assessOkrSet, keyResultConfidence, okrIndex } from '@okrkit/core';
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
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { organisation, type Organisation } from './data';
import type { Side } from './shared';

const ROW_HEIGHT = 40;
const OVERSCAN = 6;
const STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'achieved'];

interface Row {
  id: string;
  rank: number;
  title: string;
  owner: string;
  team: string;
  period: string;
  state: string;
  status: string;
  progress: number;
  confidence: number | null;
  lastCheckIn: string;
}

const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortFns,
  filterFns,
});
const helper = createColumnHelper<typeof features, Row>();
const percent = new Intl.NumberFormat('en-US', { style: 'percent' });
const day = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const columns = helper.columns([
  helper.accessor('rank', { id: 'rank', header: 'Rank' }),
  helper.accessor('title', { id: 'title', header: 'Title' }),
  helper.accessor('owner', { id: 'owner', header: 'Owner', filterFn: 'equalsString' }),
  helper.accessor('team', { id: 'team', header: 'Team', filterFn: 'equalsString' }),
  helper.accessor('period', { id: 'period', header: 'Period', filterFn: 'equalsString' }),
  helper.accessor('state', { id: 'state', header: 'State', filterFn: 'equalsString' }),
  helper.accessor('status', { id: 'status', header: 'Status', filterFn: 'equalsString' }),
  helper.accessor('progress', { id: 'progress', header: 'Progress', cell: (info) => percent.format(info.getValue()) }),
  helper.accessor((row) => row.confidence ?? -1, { id: 'confidence', header: 'Confidence', cell: (info) => (info.getValue() < 0 ? '—' : percent.format(info.getValue())) }),
  helper.accessor('lastCheckIn', { id: 'lastCheckIn', header: 'Last check-in', cell: (info) => (info.getValue() ? day.format(Date.parse(info.getValue())) : '—') }),
]);

function rowsOf({ okrSet, now, directory }: Organisation): Row[] {
  const { people = {}, teams = {} } = directory;
  const index = okrIndex(okrSet);
  const assessments = assessOkrSet(okrSet, { now });
  const rows = okrSet.objectives.map((objective) => {
    const assessment = assessments.get(objective.id);
    let sum = 0;
    let count = 0;
    for (const keyResult of index.keyResultsByObjective.get(objective.id) ?? []) {
      const latest = keyResultConfidence(keyResult.id, okrSet).latest;
      if (latest !== null) {
        sum += latest;
        count += 1;
      }
    }
    return {
      id: objective.id,
      rank: objective.priority ?? 0,
      title: objective.title,
      owner: people[objective.ownerId ?? '']?.name ?? '',
      team: teams[objective.teamId ?? '']?.name ?? '',
      period: index.periodsById.get(objective.periodId)?.name ?? objective.periodId,
      state: objective.state ?? 'active',
      status: assessment?.status ?? 'not-started',
      progress: Math.min(Math.max(assessment?.progress.value ?? 0, 0), 1),
      confidence: count === 0 ? null : sum / count,
      lastCheckIn: assessment?.lastCheckInAt ?? '',
    };
  });
  // Priority order, ties by title, ranks renumbered 1..n so Alt+↓ has a place to move to.
  rows.sort((a, b) => a.rank - b.rank || a.title.localeCompare(b.title, 'en-US', { numeric: true }));
  return rows.map((row, at) => ({ ...row, rank: at + 1 }));
}

function BareList({ organisation }: { organisation: Organisation }) {
  const [data, setData] = useState(() => rowsOf(organisation));
  const table = useTable({ features, columns, data, getRowId: (row) => row.id });
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(480);
  const [follow, setFollow] = useState<string | null>(null);
  useEffect(() => {
    const element = viewport.current!;
    const onScroll = () => setScrollTop(element.scrollTop);
    setHeight(element.clientHeight || 480);
    element.addEventListener('scroll', onScroll, { passive: true });
    return () => element.removeEventListener('scroll', onScroll);
  }, []);
  useEffect(() => {
    if (follow === null) return;
    viewport.current?.querySelector<HTMLElement>(`tr[data-id="${CSS.escape(follow)}"] button`)?.focus({ preventScroll: true });
    setFollow(null);
  }, [follow]);
  const rows = table.getRowModel().rows;
  const start = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const end = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const id = (event.target as HTMLElement).closest<HTMLElement>('tr[data-id]')?.dataset.id;
    if (!event.altKey || event.key !== 'ArrowDown' || id === undefined) return;
    event.preventDefault();
    const from = data.findIndex((row) => row.id === id);
    if (from < 0 || from === data.length - 1) return;
    const next = [...data];
    [next[from], next[from + 1]] = [next[from + 1]!, next[from]!];
    setData(next.map((row, at) => (row.rank === at + 1 ? row : { ...row, rank: at + 1 })));
    setFollow(id);
  };
  const filter = (id: 'owner' | 'team' | 'period' | 'state' | 'status', options: string[]) => (
    <label>
      {id}{' '}
      <select value={String(table.getColumn(id)?.getFilterValue() ?? '')} onChange={(event) => table.getColumn(id)?.setFilterValue(event.target.value || undefined)}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option}>{option}</option>
        ))}
      </select>
    </label>
  );
  const distinct = (read: (row: Row) => string) => [...new Set(data.map(read))].sort();
  const owners = useMemo(() => distinct((row) => row.owner), [data]);
  const teams = useMemo(() => distinct((row) => row.team), [data]);
  const periods = useMemo(() => distinct((row) => row.period), [data]);
  return (
    <div>
      <div className="filters">
        {filter('owner', owners)}
        {filter('team', teams)}
        {filter('period', periods)}
        {filter('state', ['draft', 'proposed', 'active', 'closed'])}
        {filter('status', STATUSES)}
        <span id="count">{rows.length === data.length ? `${data.length} objectives` : `${rows.length} of ${data.length} objectives`}</span>
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
          <tbody onKeyDown={onKeyDown}>
            {start > 0 ? <tr style={{ height: start * ROW_HEIGHT }} /> : null}
            {rows.slice(start, end).map((row, offset) => (
              <tr key={row.id} className="objective" data-id={row.id} data-line={start + offset}>
                {row.getAllCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
                    {cell.column.id === 'title' ? (
                      <button type="button">
                        <table.FlexRender cell={cell} />
                      </button>
                    ) : (
                      <table.FlexRender cell={cell} />
                    )}
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

let prepared: Organisation | null = null;

export const side: Side = {
  async prepare(count) {
    prepared = organisation(count);
  },
  async mount(container) {
    createRoot(container).render(<BareList organisation={prepared!} />);
  },
  rowSelector: 'tr.objective',
  sortButton: (container) => container.querySelector<HTMLButtonElement>('th button[data-column="title"]')!,
  statusFilter: (container) => [...container.querySelectorAll<HTMLSelectElement>('.filters select')][4]!,
  count: (container) => Number((container.querySelector('#count')?.textContent ?? '').match(/\d+/)?.[0] ?? NaN),
  firstTitle: (container) => container.querySelector('tr.objective td[data-column="title"]')?.textContent ?? '',
  renderedRows: (container) => container.querySelectorAll('tr.objective').length,
  rowTarget: (container, line) => container.querySelector<HTMLElement>(`tr.objective[data-line="${line}"] td[data-column="title"] button`),
  idOf: (element) => element.closest<HTMLElement>('tr[data-id]')?.dataset.id ?? null,
  lineOf: (container, id) => {
    const row = container.querySelector<HTMLElement>(`tr.objective[data-id="${CSS.escape(id)}"]`);
    return row ? Number(row.dataset.line) : -1;
  },
};
