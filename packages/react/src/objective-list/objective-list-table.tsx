'use client';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { Children, createContext, forwardRef, useContext, useLayoutEffect, useMemo, useRef, useState, type ComponentPropsWithoutRef, type KeyboardEvent, type ReactNode } from 'react';
import { useGridNavigation } from '../internal/use-grid-navigation';
import { useRowWindow } from '../internal/use-row-window';
import { useObjectiveListContext } from './objective-list-context';
import { ObjectiveListHead, type HeadColumn } from './objective-list-head';
import { ObjectiveListNewRow } from './objective-list-new-row';
import { ObjectiveListRowView, type ObjectiveListSortableData } from './objective-list-row';
import { slotClass } from '../internal/slot-class';

export const ROW_HEIGHT = 40;

// Module scope: useSensor memoises on its options object, and a new one per render gave
// DndContext new sensors, every sortable new listeners, and every row a new render (bench/objective-list).
const POINTER_OPTIONS = { activationConstraint: { distance: 4 } };
const KEYBOARD_OPTIONS = { coordinateGetter: sortableKeyboardCoordinates };

export interface ObjectiveListTableProps extends ComponentPropsWithoutRef<'div'> {
  /** Rows after the objectives, inside the grid: `<ObjectiveList.NewRow />`. */
  children?: ReactNode;
}

/**
 * The grid: the re-rank hint, the header with sort buttons, the windowed body of rows and
 * group headings, its children as the last row (`ObjectiveList.NewRow`), and the empty
 * message. The WAI-ARIA grid keyboard model; Alt+↑/↓ moves the focused row, Delete asks to
 * delete it; the rank cell is a dnd-kit drag handle while re-ranking is on.
 * @example <ObjectiveList.Table><ObjectiveList.NewRow /></ObjectiveList.Table>
 */
export const ObjectiveListTable = /* @__PURE__ */ forwardRef<HTMLDivElement, ObjectiveListTableProps>(function ObjectiveListTable({ children, ...rest }, ref) {
  const list = useObjectiveListContext('Table');
  const { rows, lines, columns, labels, sortable, writable, rerankOff, permissions, deletion, move, announce, formatNumber: number, instructionsId } = list;
  const hasNewRow = writable && Children.count(children) > 0;
  const viewportRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const rowWindow = useRowWindow({ count: lines.length, rowHeight: ROW_HEIGHT, viewportRef });
  const lineCount = lines.length + (hasNewRow ? 1 : 0);
  const navigation = useGridNavigation({ gridRef, rowCount: lineCount, colCount: columns.length, isEditable: () => false, scrollToRow: (row) => rowWindow.scrollToIndex(Math.min(row, lines.length - 1)) });

  // After a keyboard move the row has a new place: focus follows it, in the same commit (no extra render).
  const followFocus = useRef<{ id: string; col: number } | null>(null);
  useLayoutEffect(() => {
    const follow = followFocus.current;
    if (!follow) return;
    const index = lines.findIndex((line) => line.kind === 'row' && line.row.objective.id === follow.id);
    if (index < 0) return;
    followFocus.current = null;
    rowWindow.scrollToIndex(index);
    gridRef.current?.querySelector<HTMLElement>(`[data-objective-id="${CSS.escape(follow.id)}"] [data-col="${follow.col}"]`)?.focus({ preventScroll: true });
  });

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
      const to = Math.min(Math.max(from + (event.key === 'ArrowUp' ? -1 : 1), 0), rows.length - 1);
      if (from < 0 || to === from) return;
      const col = navigation.active.col;
      followFocus.current = { id: objectiveId, col };
      // The active cell moves with the row in the same render as the move (re-ranking is on only
      // without grouping, so a row's index is its line): focusing it then changes nothing, and
      // no second render draws every row for a new tab stop.
      navigation.activate({ row: to, col });
      void move(objectiveId, to).then((moved) => {
        if (moved) return;
        // Refused: the row comes back to its place (the store puts the old order back), and so do focus and the tab stop.
        followFocus.current = { id: objectiveId, col };
        navigation.activate({ row: from, col });
      });
      return;
    }
    if (event.key === 'Delete' && objectiveId && writable && permissions.deleteRefusal(objectiveId) === undefined) {
      event.preventDefault();
      deletion.ask(objectiveId);
      return;
    }
    navigation.onKeyDown(event);
  };

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));
  // dnd-kit knows the rows by slot (see ObjectiveListRowView); each sortable carries the objective it shows.
  const objectiveOf = (item: { data: { current?: Record<string, unknown> | undefined } } | null) => (item?.data.current as ObjectiveListSortableData | undefined)?.objectiveId;
  const titleOf = (id: string | undefined) => rows.find((row) => row.objective.id === id)?.objective.title ?? String(id);
  const rankOf = (id: string | undefined) => number(rows.findIndex((row) => row.objective.id === id) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => labels.pickedUp(titleOf(objectiveOf(active)), rankOf(objectiveOf(active))),
    onDragOver: ({ active, over }) => (over ? labels.draggedOver(titleOf(objectiveOf(active)), rankOf(objectiveOf(over))) : undefined),
    onDragEnd: ({ active, over }) => (over ? labels.dropped(titleOf(objectiveOf(active)), rankOf(objectiveOf(over))) : undefined),
    onDragCancel: ({ active }) => labels.dragCancelled(titleOf(objectiveOf(active))),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragging(false);
    const moved = objectiveOf(active);
    const onto = objectiveOf(over);
    if (moved === undefined || onto === undefined || moved === onto) return;
    void move(moved, rows.findIndex((row) => row.objective.id === onto));
  };

  // The window's slots in the order shown: what dnd-kit sorts during a drag. A sort, filter or
  // move keeps them (the slots show other objectives); only scrolling changes them.
  const slotOf = (index: number) => `slot:${index % rowWindow.capacity}`;
  const windowSlots = lines.slice(rowWindow.start, rowWindow.end).flatMap((line, offset) => (line.kind === 'row' ? [slotOf(rowWindow.start + offset)] : []));
  const slotsKey = windowSlots.join('\u0000');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const items = useMemo(() => windowSlots, [slotsKey]);
  const headColumns: HeadColumn[] = useMemo(() => columns.map((id) => ({ id, label: id === 'actions' ? labels.actions : labels[id] })), [columns, labels]);

  const newRow = hasNewRow
    ? {
        line: lines.length,
        colCount: columns.length,
        // One input spans the row: it answers for whichever column the focus came down from.
        focusProps: (position: { row: number; col: number }) => navigation.focusProps({ row: position.row, col: navigation.active.row === position.row ? navigation.active.col : 0 }),
      }
    : null;

  return (
    <>
      {writable ? (
        <p id={instructionsId} data-slot="objective-list-rerank-hint" className="okr-slot-objective-list-rerank-hint" data-state={sortable ? 'on' : 'off'}>
          {sortable ? labels.moveInstructions : (rerankOff ?? labels.notAllowedToRerank)}
        </p>
      ) : null}
      <div ref={viewportRef} data-slot="objective-list-viewport" className="okr-slot-objective-list-viewport">
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          accessibility={{ announcements, screenReaderInstructions: { draggable: labels.dragInstructions } }}
          onDragStart={() => setDragging(true)}
          onDragCancel={() => setDragging(false)}
          onDragEnd={onDragEnd}
        >
          <SortableContext items={items} strategy={verticalListSortingStrategy}>
            <div
              {...rest} className={slotClass('objective-list-grid', rest.className)}
              ref={(element) => {
                gridRef.current = element;
                if (typeof ref === 'function') ref(element);
                else if (ref) ref.current = element;
              }}
              role="grid"
              aria-label={labels.objectives}
              aria-rowcount={lineCount + 1}
              aria-colcount={columns.length}
              aria-readonly={writable ? undefined : true}
              data-slot="objective-list-grid"
              onKeyDown={onKeyDown}
            >
              <ObjectiveListHead columns={headColumns} sorting={list.sorting} onSortingChange={list.setSorting} focusProps={navigation.focusProps} />
              <div role="rowgroup" data-slot="objective-list-body" className="okr-slot-objective-list-body" style={{ blockSize: rowWindow.totalHeight, paddingBlockStart: rowWindow.start * ROW_HEIGHT }}>
                {lines.slice(rowWindow.start, rowWindow.end).map((line, offset) => {
                  const index = rowWindow.start + offset;
                  if (line.kind === 'group') {
                    return (
                      <div key={`group:${line.key}`} role="row" aria-rowindex={index + 2} data-slot="objective-list-group" className="okr-slot-objective-list-group">
                        <div role="gridcell" aria-colindex={1} aria-colspan={columns.length} {...navigation.focusProps({ row: index, col: navigation.active.row === index ? navigation.active.col : 0 })}>
                          <bdi dir="auto">{labels.groupHeading(line.name, number(line.count))}</bdi>
                        </div>
                      </div>
                    );
                  }
                  // Keyed by slot, not by objective: a sort, filter or move that shows other
                  // objectives writes them into the rows already drawn (bench/objective-list).
                  return (
                    <ObjectiveListRowView
                      key={slotOf(index)}
                      slot={slotOf(index)}
                      row={line.row}
                      line={index}
                      columns={columns}
                      labels={labels}
                      statusWords={list.context.labels.status}
                      locale={list.locale}
                      now={list.now}
                      activeCol={navigation.active.row === index ? navigation.active.col : null}
                      onCellFocus={navigation.activate}
                      sortable={sortable}
                      instructionsId={instructionsId}
                      onOpen={list.open}
                      deleteRefusal={permissions.deleteRefusal(line.row.objective.id)}
                      onDelete={writable ? deletion.ask : undefined}
                    />
                  );
                })}
              </div>
              {newRow ? <ObjectiveListNewRowContext.Provider value={newRow}>{children}</ObjectiveListNewRowContext.Provider> : null}
            </div>
          </SortableContext>
        </DndContext>
      </div>
      {list.scoped.length === 0 || rows.length === 0 ? <p data-slot="objective-list-empty" className="okr-slot-objective-list-empty">{labels.noObjectives}</p> : null}
    </>
  );
});

interface NewRowPlace {
  line: number;
  colCount: number;
  focusProps: (position: { row: number; col: number }) => ReturnType<ReturnType<typeof useGridNavigation>['focusProps']>;
}
const ObjectiveListNewRowContext = /* @__PURE__ */ createContext<NewRowPlace | null>(null);

/** Props of {@link ObjectiveListNewRowPart}. */
export interface ObjectiveListNewRowPartProps {
  className?: string;
}

/**
 * "New objective" as the grid's last row: type a title, Enter creates (the list's `onCreate`,
 * or its panel with the editor). Only inside `ObjectiveList.Table`; absent when the list is read-only.
 * @example <ObjectiveList.Table><ObjectiveList.NewRow /></ObjectiveList.Table>
 */
export function ObjectiveListNewRowPart({ className }: ObjectiveListNewRowPartProps) {
  const list = useObjectiveListContext('NewRow');
  const place = useContext(ObjectiveListNewRowContext);
  if (!place) {
    if (!list.writable) return null;
    throw new Error('okrkit: <ObjectiveList.NewRow> must be rendered inside <ObjectiveList.Table>.');
  }
  return <ObjectiveListNewRow line={place.line} colCount={place.colCount} labels={list.labels} refusal={list.permissions.create} focusProps={place.focusProps} onCreate={list.create} className={className} />;
}
