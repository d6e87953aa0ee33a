'use client';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { formatNumber } from '../format/index';
import { useControllableState } from '../internal/use-controllable-state';
import { useStoreStatus } from '../provider/hooks';
import { useOkrContext } from '../provider/okr-provider';
import { ObjectiveEditorForm } from '../objective-editor/objective-editor';
import { blankObjectiveDraft } from '../objective-editor/objective-editor.utils';
import { useGridNavigation } from '../internal/use-grid-navigation';
import { useRowWindow } from '../internal/use-row-window';
import { ObjectiveListDeleteDialog } from './objective-list-delete';
import { ObjectiveListHead, type HeadColumn } from './objective-list-head';
import { ObjectiveListNewRow } from './objective-list-new-row';
import { ObjectiveListNotices } from './objective-list-notices';
import { ObjectiveListPanel } from './objective-list-panel';
import { ObjectiveListRowView, type ObjectiveListCellId } from './objective-list-row';
import { ObjectiveListToolbar } from './objective-list-toolbar';
import { resolveListLabels, type ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListFilters, ObjectiveListGrouping, ObjectiveListRow, ObjectiveListSorting } from './objective-list.types';
import { groupLines } from './objective-list.utils';
import { useDeleteWithUndo } from './use-delete-with-undo';
import { useListAnnouncer } from './use-list-announcer';
import { useListPermissions } from './use-list-permissions';
import { useObjectiveListRows } from './use-objective-list-rows';
import { useObjectiveListTable } from './use-objective-list-table';
import { useRerank } from './use-rerank';

const ROW_HEIGHT = 40;
const DATA_COLUMNS = ['rank', 'title', 'owner', 'team', 'period', 'state', 'status', 'progress', 'confidence', 'lastCheckIn'] as const;
const RANK_ORDER: ObjectiveListSorting = { id: 'rank', desc: false };
const NO_FILTERS: ObjectiveListFilters = {};

export interface ObjectiveListProps {
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
  /** No re-ranking, deleting or creating, whatever the policy says. @default false */
  readOnly?: boolean;
  /** Replace any of the list's words (also through the provider's `labels.list`). */
  labels?: Partial<ObjectiveListLabels>;
  className?: string;
}

/**
 * A Notion-database-like list of objectives on TanStack Table: rows in priority order for a
 * team, owner or period; sort, filter and group by team, period or state; windowed rows; the
 * WAI-ARIA grid keyboard model. Re-rank by dragging the rank handle (dnd-kit) or with Alt+↑/↓
 * on a focused row — one `store.rerank` per move, optimistic, put back with a message when
 * storage refuses. Rows open in a side panel; delete asks first, lists what goes with it,
 * and offers Undo. The provider's `can` policy hides or disables what the person may not do.
 * @example
 * <OkrProvider store={store} directory={directory} can={(action, target) => authorize(me, action, target)}>
 *   <ObjectiveList teamId="team-growth" periodId="2026-q1" onCreate={(title) => openEditor({ title })} />
 * </OkrProvider>
 */
export const ObjectiveList = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveListProps>(function ObjectiveList(props, ref) {
  const { teamId, ownerId, periodId, onCreate, onOpen, renderPanel, readOnly = false, className } = props;
  const context = useOkrContext();
  const { store, locale, now } = context;
  const labels = resolveListLabels(context.labels, props.labels);
  const storeStatus = useStoreStatus();
  const [sorting, setSorting] = useControllableState({ value: props.sorting, defaultValue: props.defaultSorting ?? RANK_ORDER, onChange: props.onSortingChange });
  const [filters, setFilters] = useControllableState({ value: props.filters, defaultValue: props.defaultFilters ?? NO_FILTERS, onChange: props.onFiltersChange });
  const [groupBy, setGroupBy] = useControllableState<ObjectiveListGrouping>({ value: props.groupBy, defaultValue: props.defaultGroupBy ?? 'none', onChange: props.onGroupByChange });

  const scoped = useObjectiveListRows({ teamId, ownerId, periodId });
  const rows = useObjectiveListTable({ rows: scoped, sorting, filters, locale });
  const lines = useMemo(() => groupLines(rows, groupKey(groupBy, labels)), [rows, groupBy, labels]);
  const number = useCallback((value: number) => formatNumber(value, locale), [locale]);
  const { message, announce } = useListAnnouncer();
  const [refusal, setRefusal] = useState<string | null>(null);
  const reasonOf = useCallback((error: { code: keyof typeof context.labels.storageErrors }) => context.labels.storageErrors[error.code], [context.labels]);

  const writable = !readOnly && !storeStatus.readOnly;
  const permissions = useListPermissions({ rows, scope: { teamId, ownerId, periodId }, labels });
  const filtered = Object.values(filters).some((value) => value !== undefined && value !== '');
  const rerankOff =
    sorting.id !== 'rank' || sorting.desc ? labels.rerankNeedsRankOrder : groupBy !== 'none' ? labels.rerankNeedsNoGrouping : filtered ? labels.rerankNeedsNoFilter : permissions.rerank;
  const sortable = writable && rerankOff === undefined && rows.length > 1;

  const move = useRerank({ store, rows, labels, formatNumber: number, announce, onRefused: setRefusal, reasonOf });
  const deletion = useDeleteWithUndo({ store, labels, announce, reasonOf });
  const [panel, setPanel] = useState<{ mode: 'open'; objectiveId: string } | { mode: 'create'; title: string } | null>(null);
  const open = useCallback((objectiveId: string) => (onOpen ? onOpen(objectiveId) : setPanel({ mode: 'open', objectiveId })), [onOpen]);
  const create = useCallback((title: string) => (onCreate ? onCreate(title) : setPanel({ mode: 'create', title })), [onCreate]);
  const openId = panel?.mode === 'open' ? panel.objectiveId : null;

  const columns: ObjectiveListCellId[] = writable ? [...DATA_COLUMNS, 'actions'] : [...DATA_COLUMNS];
  const showNewRow = writable;
  const rootRef = useRef<HTMLDivElement | null>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow({ count: lines.length, rowHeight: ROW_HEIGHT, viewportRef });
  const lineCount = lines.length + (showNewRow ? 1 : 0);
  const navigation = useGridNavigation({ gridRef, rowCount: lineCount, colCount: columns.length, isEditable: () => false, scrollToRow: (row) => rowWindow.scrollToIndex(Math.min(row, lines.length - 1)) });

  // After a keyboard move the row has a new place: focus follows it.
  const [followFocus, setFollowFocus] = useState<{ id: string; col: number } | null>(null);
  useEffect(() => {
    if (!followFocus) return;
    const index = lines.findIndex((line) => line.kind === 'row' && line.row.objective.id === followFocus.id);
    if (index >= 0) rowWindow.scrollToIndex(index);
    gridRef.current?.querySelector<HTMLElement>(`[data-objective-id="${CSS.escape(followFocus.id)}"] [data-col="${followFocus.col}"]`)?.focus();
    setFollowFocus(null);
  }, [followFocus, lines, rowWindow]);

  const [dragging, setDragging] = useState(false);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (dragging) return;
    const rowElement = (event.target as HTMLElement).closest<HTMLElement>('[data-objective-id]');
    const objectiveId = rowElement?.dataset.objectiveId;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown') && objectiveId) {
      event.preventDefault();
      if (!sortable) {
        announce(rerankOff ?? labels.notAllowedToRerank);
        return;
      }
      const from = rows.findIndex((row) => row.objective.id === objectiveId);
      void move(objectiveId, from + (event.key === 'ArrowUp' ? -1 : 1));
      setFollowFocus({ id: objectiveId, col: navigation.active.col });
      return;
    }
    if (event.key === 'Delete' && objectiveId && writable && permissions.deleteRefusal(objectiveId) === undefined) {
      event.preventDefault();
      deletion.ask(objectiveId);
      return;
    }
    navigation.onKeyDown(event);
  };

  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const titleOf = (id: string | number) => rows.find((row) => row.objective.id === id)?.objective.title ?? String(id);
  const rankOf = (id: string | number) => number(rows.findIndex((row) => row.objective.id === id) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => labels.pickedUp(titleOf(active.id), rankOf(active.id)),
    onDragOver: ({ active, over }) => (over ? labels.draggedOver(titleOf(active.id), rankOf(over.id)) : undefined),
    onDragEnd: ({ active, over }) => (over ? labels.dropped(titleOf(active.id), rankOf(over.id)) : undefined),
    onDragCancel: ({ active }) => labels.dragCancelled(titleOf(active.id)),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(false);
    if (!over || active.id === over.id) return;
    void move(String(active.id), rows.findIndex((row) => row.objective.id === over.id));
  };

  const instructionsId = useId();
  const headColumns: HeadColumn[] = columns.map((id) => ({ id, label: id === 'actions' ? labels.actions : labels[id] }));
  const style = { '--okr-objective-list-row-height': `${ROW_HEIGHT}px`, '--okr-objective-list-columns': columns.length } as CSSProperties;
  const openTitle = openId === null ? '' : (scoped.find((row) => row.objective.id === openId)?.objective.title ?? '');

  return (
    <div
      ref={(element) => {
        rootRef.current = element;
        if (typeof ref === 'function') ref(element);
        else if (ref) ref.current = element;
      }}
      data-slot="objective-list"
      data-state={sortable ? 'rerankable' : 'fixed'}
      className={className}
      style={style}
    >
      <ObjectiveListToolbar
        rows={scoped}
        filters={filters}
        onFiltersChange={setFilters}
        fixed={new Set([...(teamId === undefined ? [] : ['teamId' as const]), ...(ownerId === undefined ? [] : ['ownerId' as const]), ...(periodId === undefined ? [] : ['periodId' as const])])}
        groupBy={groupBy}
        onGroupByChange={setGroupBy}
        labels={labels}
        statusWords={context.labels.status}
        countText={labels.objectiveCount(number(rows.length), number(scoped.length))}
      />
      {writable ? (
        <p id={instructionsId} data-slot="objective-list-rerank-hint" data-state={sortable ? 'on' : 'off'}>
          {sortable ? labels.moveInstructions : (rerankOff ?? labels.notAllowedToRerank)}
        </p>
      ) : null}
      <ObjectiveListNotices refusal={refusal} onDismissRefusal={() => setRefusal(null)} deletion={deletion} labels={labels} />
      <div ref={viewportRef} data-slot="objective-list-viewport">
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          accessibility={{ announcements, screenReaderInstructions: { draggable: labels.dragInstructions } }}
          onDragStart={() => setDragging(true)}
          onDragCancel={() => setDragging(false)}
          onDragEnd={onDragEnd}
        >
          <SortableContext items={sortable ? rows.map((row) => row.objective.id) : []} strategy={verticalListSortingStrategy}>
            <div
              ref={gridRef}
              role="grid"
              aria-label={labels.objectives}
              aria-rowcount={lineCount + 1}
              aria-colcount={columns.length}
              aria-readonly={writable ? undefined : true}
              data-slot="objective-list-grid"
              onKeyDown={onKeyDown}
            >
              <ObjectiveListHead columns={headColumns} sorting={sorting} onSortingChange={setSorting} focusProps={navigation.focusProps} />
              <div role="rowgroup" data-slot="objective-list-body" style={{ blockSize: rowWindow.totalHeight, paddingBlockStart: rowWindow.start * ROW_HEIGHT }}>
                {lines.slice(rowWindow.start, rowWindow.end).map((line, offset) => {
                  const index = rowWindow.start + offset;
                  if (line.kind === 'group') {
                    return (
                      <div key={`group:${line.key}`} role="row" aria-rowindex={index + 2} data-slot="objective-list-group">
                        <div role="gridcell" aria-colindex={1} aria-colspan={columns.length} {...navigation.focusProps({ row: index, col: navigation.active.row === index ? navigation.active.col : 0 })}>
                          <bdi dir="auto">{labels.groupHeading(line.name, number(line.count))}</bdi>
                        </div>
                      </div>
                    );
                  }
                  return (
                    <ObjectiveListRowView
                      key={line.row.objective.id}
                      row={line.row}
                      line={index}
                      columns={columns}
                      labels={labels}
                      statusWords={context.labels.status}
                      locale={locale}
                      now={now}
                      focusProps={navigation.focusProps}
                      sortable={sortable}
                      instructionsId={instructionsId}
                      onOpen={open}
                      deleteRefusal={permissions.deleteRefusal(line.row.objective.id)}
                      onDelete={writable ? deletion.ask : undefined}
                    />
                  );
                })}
              </div>
              {showNewRow ? (
                <ObjectiveListNewRow
                  line={lines.length}
                  colCount={columns.length}
                  labels={labels}
                  refusal={permissions.create}
                  // One input spans the row: it answers for whichever column the focus came down from.
                  focusProps={(position) => navigation.focusProps({ row: position.row, col: navigation.active.row === position.row ? navigation.active.col : 0 })}
                  onCreate={create}
                />
              ) : null}
            </div>
          </SortableContext>
        </DndContext>
      </div>
      {scoped.length === 0 || rows.length === 0 ? <p data-slot="objective-list-empty">{labels.noObjectives}</p> : null}
      <div role="status" aria-live="polite" data-slot="objective-list-live">
        {message}
      </div>
      <ObjectiveListDeleteDialog dependants={deletion.pending} labels={labels} locale={locale} container={rootRef.current} onConfirm={() => void deletion.confirm()} onCancel={deletion.cancel} />
      <ObjectiveListPanel open={panel !== null} objectiveId={openId} title={panel?.mode === 'create' ? labels.newObjective : openTitle} labels={labels} container={rootRef.current} onClose={() => setPanel(null)}>
        {panel?.mode === 'create' ? (
          <ObjectiveEditorForm
            defaultValue={blankObjectiveDraft({ ...newObjectiveScope(teamId, ownerId ?? context.userId), id: newObjectiveId(), periodId: periodId ?? scoped[0]?.objective.periodId ?? '', title: panel.title, priority: nextRank(scoped) })}
            onSaved={(draft) => setPanel({ mode: 'open', objectiveId: draft.objective.id })}
            onCancel={() => setPanel(null)}
          />
        ) : null}
        {openId !== null ? <ObjectiveEditorForm key={openId} objectiveId={openId} onCancel={() => setPanel(null)} /> : null}
        {openId !== null && renderPanel ? renderPanel(openId) : null}
      </ObjectiveListPanel>
    </div>
  );
});

/** The team and owner a new objective of this list starts with. */
function newObjectiveScope(teamId: string | undefined, ownerId: string | undefined): { teamId?: string; ownerId?: string } {
  return { ...(teamId === undefined ? {} : { teamId }), ...(ownerId === undefined ? {} : { ownerId }) };
}

/** A new objective goes to the bottom of the ranking: one past the highest rank listed. */
function nextRank(rows: readonly ObjectiveListRow[]): number {
  return rows.reduce((highest, row) => Math.max(highest, row.rank ?? 0), 0) + 1;
}

function newObjectiveId(): string {
  return `objective-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Math.random().toString(36).slice(2)}`;
}

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
