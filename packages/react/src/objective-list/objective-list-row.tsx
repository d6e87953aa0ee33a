'use client';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, useLayoutEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { formatAge, formatPercent, formatProgressPercent } from '../format/index';
import { StatusIcon } from '../key-result-progress/status-icon';
import type { SharedLabels } from '../provider/labels';
import type { GridPosition } from '../internal/use-grid-navigation';
import type { ObjectiveListLabels } from './objective-list.labels';
import type { ObjectiveListColumnId, ObjectiveListRow as Row } from './objective-list.types';

/** What makes an element the grid's roving tab stop (the grid navigation's `focusProps`). */
interface CellFocusProps {
  tabIndex: 0 | -1;
  'data-row': number;
  'data-col': number;
  onFocus: () => void;
}

/** The columns a row draws: the data columns, then the actions cell. */
export type ObjectiveListCellId = ObjectiveListColumnId | 'actions';

export interface ObjectiveListRowProps {
  row: Row;
  /**
   * The row's slot: its key in the body and its dnd-kit id. It names a place in the window, not
   * an objective, so a sort, filter or move changes what a slot shows, never which slots there are.
   */
  slot: string;
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
 * One objective of the grid. The list keys its rows by slot (a line's index modulo the window's
 * capacity), so a sort, a filter or a move writes the new objectives into the rows already drawn
 * rather than making new ones (bench/objective-list): the row is the same component, with the
 * same elements, whether re-ranking is on or off; only the rank cell changes, to a dnd-kit drag
 * handle ({@link RankCell}) while re-ranking is on. Memoised on values that stay the same while
 * nothing of the row changes (its record's derived row, its line, whether the active cell is in
 * it), so a move or a focus change draws only the rows it touches.
 */
export const ObjectiveListRowView = /* @__PURE__ */ memo(function ObjectiveListRowView({
  row, slot, line, columns, labels, statusWords, locale, now, activeCol, onCellFocus, sortable, instructionsId, onOpen, deleteRefusal, onDelete,
}: ObjectiveListRowProps) {
  const { objective } = row;
  // The roving tab stop, as the grid navigation's focusProps gives it, from this row's own values.
  const focusProps = (position: GridPosition): CellFocusProps => ({
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
    <div role="row" aria-rowindex={line + 2} data-slot="objective-list-row" className="okr-slot-objective-list-row" data-state={row.status} data-objective-id={objective.id}>
      {columns.map((column, col) => {
        switch (column) {
          case 'rank': {
            const rank = row.rank === null ? labels.none : String(row.rank);
            return cell(
              column,
              col,
              <RankCell slot={slot} objectiveId={objective.id} sortable={sortable} rank={rank} label={labels.moveHandle(objective.title, rank)} instructionsId={instructionsId} focusProps={focusProps({ row: line, col })} />,
              !sortable,
            );
          }
          case 'title':
            return cell(
              column,
              col,
              <button type="button" data-slot="objective-list-open" className="okr-slot-objective-list-open" onClick={() => onOpen(objective.id)} aria-describedby={sortable ? instructionsId : undefined} {...focusProps({ row: line, col })}>
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
              <span data-slot="objective-list-status" className="okr-slot-objective-list-status" data-state={row.status}>
                <StatusIcon status={row.status} slot="objective-list-status-icon" />
                {statusWords[row.status]}
              </span>,
            );
          case 'progress':
            return cell(
              column,
              col,
              <span data-slot="objective-list-progress" className="okr-slot-objective-list-progress" style={{ '--okr-progress': row.progress } as CSSProperties}>
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
                  data-slot="objective-list-delete" className="okr-slot-objective-list-delete"
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

/** What the list's dnd-kit sortables carry: the objective a slot shows now. */
export interface ObjectiveListSortableData {
  objectiveId: string;
}

/**
 * The rank: the row's dnd-kit sortable, under its slot's id, so it registers once and stays
 * registered while the slot shows other objectives (a sort, filter or move registers nothing;
 * bench/objective-list). While re-ranking is on, a drag handle (a button the grid focuses); while
 * it is off, the rank as text in a focusable cell, and the sortable disabled. It registers the
 * row as the droppable and draws the drag on it (transform, transition, `data-dragging`), and
 * takes it off again when it stops; during a drag only this cell renders again, not the row.
 */
function RankCell({ slot, objectiveId, sortable, rank, label, instructionsId, focusProps }: { slot: string; objectiveId: string; sortable: boolean; rank: string; label: string; instructionsId: string; focusProps: CellFocusProps }) {
  const data: ObjectiveListSortableData = { objectiveId };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: slot, data, disabled: !sortable });
  const rowRef = useRef<HTMLElement | null>(null);
  const ref = useCallback(
    (element: HTMLElement | null) => {
      const rowElement = element?.closest<HTMLElement>('[role="row"]') ?? null;
      if (rowElement) rowRef.current = rowElement;
      setActivatorNodeRef(element);
      setNodeRef(rowElement);
    },
    [setActivatorNodeRef, setNodeRef],
  );
  useLayoutEffect(() => {
    const rowElement = rowRef.current;
    if (!rowElement) return;
    // Without a transform the transition does nothing (dnd-kit switches it off for a frame after every move).
    rowElement.style.transform = transform ? (CSS.Translate.toString(transform) ?? '') : '';
    rowElement.style.transition = transform && transition ? transition : '';
    rowElement.toggleAttribute('data-dragging', isDragging);
  }, [transform, transition, isDragging]);
  if (!sortable) {
    return (
      <span data-slot="objective-list-rank" className="okr-slot-objective-list-rank" ref={ref}>
        {rank}
      </span>
    );
  }
  return (
    <button type="button" ref={ref} data-slot="objective-list-handle" className="okr-slot-objective-list-handle" {...attributes} {...listeners} aria-label={label} aria-describedby={instructionsId} {...focusProps}>
      <span data-slot="objective-list-rank" className="okr-slot-objective-list-rank">{rank}</span>
    </button>
  );
}
