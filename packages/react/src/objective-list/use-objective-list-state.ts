'use client';
import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatNumber } from '../format/index';
import { useControllableState } from '../internal/use-controllable-state';
import { useOkrSelector } from '../provider/hooks';
import { useOkrContext } from '../provider/okr-provider';
import { resolveListLabels, type ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListCellId } from './objective-list-row';
import type { ObjectiveListFilters, ObjectiveListGrouping, ObjectiveListLine, ObjectiveListRow, ObjectiveListSorting } from './objective-list.types';
import { groupLines } from './objective-list.utils';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useListAnnouncer } from './use-list-announcer';
import { useListPermissions, type ListPermissions } from './use-list-permissions';
import { useObjectiveListRows } from './use-objective-list-rows';
import { useObjectiveListTable } from './use-objective-list-table';
import { useRerank } from './use-rerank';

const DATA_COLUMNS = ['rank', 'title', 'owner', 'team', 'period', 'state', 'status', 'progress', 'confidence', 'lastCheckIn'] as const;
const WRITABLE_COLUMNS: readonly ObjectiveListCellId[] = [...DATA_COLUMNS, 'actions'];
const READ_ONLY_COLUMNS: readonly ObjectiveListCellId[] = DATA_COLUMNS;
const RANK_ORDER: ObjectiveListSorting = { id: 'rank', desc: false };
const NO_FILTERS: ObjectiveListFilters = {};
const readOnlyOf = (snapshot: { readOnly: boolean }) => snapshot.readOnly;

/** The list's options: what `<ObjectiveList>` and `<ObjectiveList.Root>` take. */
export interface ObjectiveListOptions {
  /** Only this team's objectives (the ranking group). */
  teamId?: string;
  /** Only this person's objectives. */
  ownerId?: string;
  /** Only this period's objectives. */
  periodId?: string;
  /** The sort (controlled). @default { id: 'rank', desc: false }: priority order */
  sorting?: ObjectiveListSorting;
  defaultSorting?: ObjectiveListSorting;
  onSortingChange?: (sorting: ObjectiveListSorting) => void;
  /** The filters (controlled). */
  filters?: ObjectiveListFilters;
  defaultFilters?: ObjectiveListFilters;
  onFiltersChange?: (filters: ObjectiveListFilters) => void;
  /** Group rows by team, period or state (controlled). @default 'none' */
  groupBy?: ObjectiveListGrouping;
  defaultGroupBy?: ObjectiveListGrouping;
  onGroupByChange?: (grouping: ObjectiveListGrouping) => void;
  /**
   * "New objective" row: called with the typed title on Enter. Without it the list opens its
   * own side panel with the `ObjectiveEditor` holding that title (and the list's team, owner, period).
   */
  onCreate?: (title: string) => void;
  /** Called when a row is opened. Without it the list opens its own side panel with the card. */
  onOpen?: (objectiveId: string) => void;
  /** Extra content of the built-in side panel under the card and its editor (a timeline, charts). */
  renderPanel?: (objectiveId: string) => ReactNode;
  /**
   * "Export CSV": called with the CSV text of the rows as shown (filtered, sorted, columns as
   * shown) and a file name. Without it the browser downloads the file.
   */
  onExport?: (csv: string, fileName: string) => void;
  /** No re-ranking, deleting or creating, whatever the policy says. @default false */
  readOnly?: boolean;
  /** Replace any of the list's words (also through the provider's `labels.list`). */
  labels?: Partial<ObjectiveListLabels>;
}

/** The side panel: an objective opened, or a new one being written. */
export type ObjectiveListPanelState = { mode: 'open'; objectiveId: string } | { mode: 'create'; title: string } | null;

/**
 * Everything the list's parts share, from its options: the scoped rows and the rows as shown
 * (sorted, filtered, grouped into lines), whether re-ranking is on (and why not), moves,
 * deletes with Undo, the side panel, the live region. Held by `ObjectiveList.Root`.
 */
export function useObjectiveListState(options: ObjectiveListOptions) {
  const { teamId, ownerId, periodId, onCreate, onOpen, renderPanel, onExport, readOnly = false } = options;
  const context = useOkrContext();
  const { store, locale, now } = context;
  const labels = useMemo(() => resolveListLabels(context.labels, options.labels), [context.labels, options.labels]);
  // Only whether storage takes writes: the pending-write count moves on every move and its
  // confirmation, and the list would be drawn again for nothing (bench/objective-list).
  const storageReadOnly = useOkrSelector(readOnlyOf);
  const [sorting, setSorting] = useControllableState({ value: options.sorting, defaultValue: options.defaultSorting ?? RANK_ORDER, onChange: options.onSortingChange });
  const [filters, setFilters] = useControllableState({ value: options.filters, defaultValue: options.defaultFilters ?? NO_FILTERS, onChange: options.onFiltersChange });
  const [groupBy, setGroupBy] = useControllableState<ObjectiveListGrouping>({ value: options.groupBy, defaultValue: options.defaultGroupBy ?? 'none', onChange: options.onGroupByChange });

  const scoped = useObjectiveListRows({ teamId, ownerId, periodId });
  const rows = useObjectiveListTable({ rows: scoped, sorting, filters, locale });
  const lines: ObjectiveListLine[] = useMemo(() => groupLines(rows, groupKey(groupBy, labels)), [rows, groupBy, labels]);
  const number = useCallback((value: number) => formatNumber(value, locale), [locale]);
  const { message, announce } = useListAnnouncer();
  const [refusal, setRefusal] = useState<string | null>(null);
  const dismissRefusal = useCallback(() => setRefusal(null), []);
  const reasonOf = useCallback((error: { code: keyof typeof context.labels.storageErrors }) => context.labels.storageErrors[error.code], [context.labels]);

  const writable = !readOnly && !storageReadOnly;
  const scope = useMemo(() => ({ teamId, ownerId, periodId }), [teamId, ownerId, periodId]);
  const permissionsState: ListPermissions = useListPermissions({ rows, scope, labels });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const permissions = useMemo(() => permissionsState, [permissionsState.rerank, permissionsState.create, permissionsState.deleteRefusal]);
  const filtered = Object.values(filters).some((value) => value !== undefined && value !== '');
  const rerankOff: string | undefined =
    sorting.id !== 'rank' || sorting.desc ? labels.rerankNeedsRankOrder : groupBy !== 'none' ? labels.rerankNeedsNoGrouping : filtered ? labels.rerankNeedsNoFilter : permissions.rerank;
  const sortable = writable && rerankOff === undefined && rows.length > 1;

  const move = useRerank({ store, rows, labels, formatNumber: number, announce, onRefused: setRefusal, reasonOf });
  const deletionState = useDeleteWithUndo({ store, labels, announce, reasonOf });
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const deletion = useMemo(() => deletionState, [deletionState.pending, deletionState.notice, deletionState.ask, deletionState.cancel, deletionState.confirm, deletionState.undo, deletionState.dismiss]);
  const [panel, setPanel] = useState<ObjectiveListPanelState>(null);
  const open = useCallback((objectiveId: string) => (onOpen ? onOpen(objectiveId) : setPanel({ mode: 'open', objectiveId })), [onOpen]);
  const create = useCallback((title: string) => (onCreate ? onCreate(title) : setPanel({ mode: 'create', title })), [onCreate]);
  const fixedFilters = useMemo(
    () => new Set<keyof ObjectiveListFilters>([...(teamId === undefined ? [] : ['teamId' as const]), ...(ownerId === undefined ? [] : ['ownerId' as const]), ...(periodId === undefined ? [] : ['periodId' as const])]),
    [teamId, ownerId, periodId],
  );
  const columns = writable ? WRITABLE_COLUMNS : READ_ONLY_COLUMNS;
  const instructionsId = useId();
  // A ref, not state: the dialogs read it when they open (a re-render), and mounting costs no second render.
  const rootRef = useRef<HTMLDivElement | null>(null);

  // One object per change that matters, so the parts (context consumers) are not drawn again when storage only confirms.
  return useMemo(
    () => ({
    store,
      context,
      locale,
      now,
      labels,
      scope,
      fixedFilters,
      sorting,
      setSorting,
      filters,
      setFilters,
      groupBy,
      setGroupBy,
      /** The scope's rows in priority order, before filters and sorting. */
      scoped,
      /** The rows as shown: filtered and sorted. */
      rows,
      /** The rows as lines of the body: group headings and rows. */
      lines,
      columns,
      formatNumber: number,
      message,
      announce,
      refusal,
      dismissRefusal,
      writable,
      permissions,
      /** Why re-ranking is off (undefined when it is on). */
      rerankOff,
      sortable,
      move,
      deletion,
      panel,
      setPanel,
      open,
      create,
      renderPanel,
      onExport,
      instructionsId,
      /** The root element, where the dialogs portal to. */
      rootRef,
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [announce, columns, context, number, create, deletion, dismissRefusal, filters, fixedFilters, groupBy, instructionsId, labels, lines, locale, message, move, now, onExport, open, panel, permissions, refusal, renderPanel, rerankOff, rootRef, rows, scope, scoped, setFilters, setGroupBy, setPanel, setSorting, sortable, sorting, store, writable],
  );
}

/** What {@link useObjectiveListState} returns. */
export type ObjectiveListState = ReturnType<typeof useObjectiveListState>;

function groupKey(groupBy: ObjectiveListGrouping, labels: ObjectiveListLabels): ((row: ObjectiveListRow) => { key: string; name: string }) | null {
  switch (groupBy) {
    case 'none':
      return null;
    case 'team':
      return (row) => ({ key: row.objective.teamId ?? '', name: row.teamName ?? labels.none });
    case 'period':
      return (row) => ({ key: row.objective.periodId, name: row.periodName });
    case 'state':
      return (row) => ({ key: row.state, name: labels.states[row.state] });
    default:
      return groupBy satisfies never;
  }
}
