'use client';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, type CSSProperties, type ReactNode } from 'react';
import { formatAge, formatPercent, formatProgressPercent } from '../format/index';
import { StatusIcon } from '../key-result-progress/status-icon';
import type { SharedLabels } from '../provider/labels';
import type { GridPosition } from '../internal/use-grid-navigation';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListColumnId, ObjectiveListRow as Row } from './objective-list.types';

/** What a row takes from dnd-kit's `useSortable` (nothing while re-ranking is off). */
interface SortableParts {
  attributes: ReturnType<typeof useSortable>['attributes'] | undefined;
  listeners: ReturnType<typeof useSortable>['listeners'];
  setNodeRef: ((element: HTMLElement | null) => void) | undefined;
  setActivatorNodeRef: ((element: HTMLElement | null) => void) | undefined;
  transform: ReturnType<typeof useSortable>['transform'];
  transition: string | undefined;
  isDragging: boolean;
}

const NOT_SORTABLE: SortableParts = { attributes: undefined, listeners: undefined, setNodeRef: undefined, setActivatorNodeRef: undefined, transform: null, transition: undefined, isDragging: false };

/** The columns a row draws: the data columns, then the actions cell. */
export type ObjectiveListCellId = ObjectiveListColumnId | 'actions';

export interface ObjectiveListRowProps {
  row: Row;
  /** The line's index in the body (its `data-row`). */
  line: number;
  columns: readonly ObjectiveListCellId[];
  labels: ObjectiveListLabels;
  statusWords: SharedLabels['status'];
  locale: string | undefined;
  now: Date | string | number;
  /** The column of the grid's active cell (the one in the tab order) when it is in this row; null otherwise. */
  activeCol: number | null;
  /** Makes a cell the active one when it takes focus (the grid navigation's `activate`: the same function on every render). */
  onCellFocus: (position: GridPosition) => void;
  /** Re-ranking is on: the rank cell is a drag handle. */
  sortable: boolean;
  /** The id of the sentence that explains Alt+↑/↓ (or why re-ranking is off). */
  instructionsId: string;
  onOpen: (objectiveId: string) => void;
  /** Why the person may not delete this objective; undefined when they may. */
  deleteRefusal: string | undefined;
  /** Absent when the list is read-only: no delete column. */
  onDelete: ((objectiveId: string) => void) | undefined;
}

/**
 * One objective of the grid: a dnd-kit sortable row whose rank cell is the drag handle.
 * Memoised on values that stay the same while nothing of the row changes (its record's
 * derived row, its line, whether the active cell is in it), so a move or a focus change draws
 * only the rows it touches (bench/objective-list).
 */
export const ObjectiveListRowView = /* @__PURE__ */ memo(function ObjectiveListRowView(props: ObjectiveListRowProps) {
  // dnd-kit only while re-ranking is on: a sortable registers a draggable and a droppable with
  // the DndContext on mount (a context update per row), which a sorted or filtered list, whose
  // rows all change, would pay for nothing (bench/objective-list).
  return props.sortable ? <SortableRow {...props} /> : <RowCells {...props} {...NOT_SORTABLE} />;
});

function SortableRow(props: ObjectiveListRowProps) {
  // Every sortable re-renders when the SortableContext's items change (each move): the cells
  // below are memoised on what useSortable returns, which stays the same while nothing is dragged.
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.row.objective.id });
  // Without a transform the transition does nothing (dnd-kit switches it off for a frame after every move).
  return <RowCells {...props} attributes={attributes} listeners={listeners} setNodeRef={setNodeRef} setActivatorNodeRef={setActivatorNodeRef} transform={transform} transition={transform ? transition : undefined} isDragging={isDragging} />;
}

const RowCells = /* @__PURE__ */ memo(function RowCells({
  row, line, columns, labels, statusWords, locale, now, activeCol, onCellFocus, sortable, instructionsId, onOpen, deleteRefusal, onDelete,
  attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging,
}: ObjectiveListRowProps & SortableParts) {
  const { objective } = row;
  const style: CSSProperties | undefined = transform ? { transform: CSS.Translate.toString(transform), transition } : undefined;
  // The roving tab stop, as the grid navigation's focusProps gives it, from this row's own values.
  const focusProps = (position: GridPosition) => ({
    tabIndex: (position.col === activeCol ? 0 : -1) as 0 | -1,
    'data-row': position.row,
    'data-col': position.col,
    onFocus: () => onCellFocus(position),
  });
  const cell = (column: ObjectiveListCellId, col: number, content: ReactNode, focusOnCell = true) => (
    <div key={column} role="gridcell" aria-colindex={col + 1} data-column={column} {...(focusOnCell ? focusProps({ row: line, col }) : {})}>
      {content}
    </div>
  );
  return (
    <div
      ref={setNodeRef}
      role="row"
      aria-rowindex={line + 2}
      data-slot="objective-list-row"
      data-state={row.status}
      data-dragging={isDragging ? '' : undefined}
      data-objective-id={objective.id}
      style={style}
    >
      {columns.map((column, col) => {
        switch (column) {
          case 'rank': {
            const rank = row.rank === null ? labels.none : String(row.rank);
            if (!sortable) return cell(column, col, <span data-slot="objective-list-rank">{rank}</span>);
            return cell(
              column,
              col,
              <button
                type="button"
                ref={setActivatorNodeRef}
                data-slot="objective-list-handle"
                {...attributes}
                {...listeners}
                aria-label={labels.moveHandle(objective.title, rank)}
                aria-describedby={instructionsId}
                {...focusProps({ row: line, col })}
              >
                <span aria-hidden="true" data-slot="objective-list-grip">
                  ⠿
                </span>
                <span data-slot="objective-list-rank">{rank}</span>
              </button>,
              false,
            );
          }
          case 'title':
            return cell(
              column,
              col,
              <button type="button" data-slot="objective-list-open" onClick={() => onOpen(objective.id)} aria-describedby={sortable ? instructionsId : undefined} {...focusProps({ row: line, col })}>
                <span dir="auto">{objective.title}</span>
              </button>,
              false,
            );
          case 'owner':
            return cell(column, col, row.ownerName === null ? labels.none : <bdi dir="auto">{row.ownerName}</bdi>);
          case 'team':
            return cell(column, col, row.teamName === null ? labels.none : <bdi dir="auto">{row.teamName}</bdi>);
          case 'period':
            return cell(column, col, <bdi dir="auto">{row.periodName}</bdi>);
          case 'state':
            return cell(column, col, labels.states[row.state]);
          case 'status':
            return cell(
              column,
              col,
              <span data-slot="objective-list-status" data-state={row.status}>
                <StatusIcon status={row.status} slot="objective-list-status-icon" />
                {statusWords[row.status]}
              </span>,
            );
          case 'progress':
            return cell(
              column,
              col,
              <span data-slot="objective-list-progress" style={{ '--okr-progress': row.progress } as CSSProperties}>
                {formatProgressPercent(row.progress, locale)}
              </span>,
            );
          case 'confidence':
            return cell(column, col, row.confidence === null ? labels.none : formatPercent(row.confidence, locale));
          case 'lastCheckIn':
            return cell(column, col, row.lastCheckInAt === null ? labels.neverCheckedIn : formatAge(row.lastCheckInAt, now, locale));
          case 'actions':
            return cell(
              column,
              col,
              onDelete ? (
                <button
                  type="button"
                  data-slot="objective-list-delete"
                  aria-label={labels.remove(objective.title)}
                  aria-disabled={deleteRefusal !== undefined ? true : undefined}
                  title={deleteRefusal}
                  onClick={() => {
                    if (deleteRefusal === undefined) onDelete(objective.id);
                  }}
                  {...focusProps({ row: line, col })}
                >
                  ×
                </button>
              ) : null,
              !onDelete,
            );
          default:
            return column satisfies never;
        }
      })}
    </div>
  );
});
