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

const NOT_SORTABLE = { attributes: undefined, listeners: undefined, setNodeRef: undefined, setActivatorNodeRef: undefined, transform: null, transition: undefined, isDragging: false } as const;

/** The columns a row draws: the data columns, then the actions cell. */
export type ObjectiveListCellId = ObjectiveListColumnId | 'actions';

type FocusProps = (position: GridPosition) => { tabIndex: 0 | -1; 'data-row': number; 'data-col': number; onFocus: () => void };

export interface ObjectiveListRowProps {
  row: Row;
  /** The line's index in the body (its `data-row`). */
  line: number;
  columns: readonly ObjectiveListCellId[];
  labels: ObjectiveListLabels;
  statusWords: SharedLabels['status'];
  locale: string | undefined;
  now: Date | string | number;
  focusProps: FocusProps;
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

/** One objective of the grid: a dnd-kit sortable row whose rank cell is the drag handle. Memoised: it draws again only when its props change. */
export const ObjectiveListRowView = /* @__PURE__ */ memo(function ObjectiveListRowView(props: ObjectiveListRowProps) {
  // dnd-kit only while re-ranking is on: a sortable registers a draggable and a droppable with
  // the DndContext on mount (a context update per row), which a sorted or filtered list, whose
  // rows all change, would pay for nothing (bench/objective-list).
  return props.sortable ? <SortableRow {...props} /> : <RowCells {...props} sortableProps={null} />;
});

function SortableRow(props: ObjectiveListRowProps) {
  const sortableProps = useSortable({ id: props.row.objective.id });
  return <RowCells {...props} sortableProps={sortableProps} />;
}

function RowCells({ row, line, columns, labels, statusWords, locale, now, focusProps, sortable, instructionsId, onOpen, deleteRefusal, onDelete, sortableProps }: ObjectiveListRowProps & { sortableProps: ReturnType<typeof useSortable> | null }) {
  const { objective } = row;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = sortableProps ?? NOT_SORTABLE;
  const style: CSSProperties | undefined = sortableProps ? { transform: CSS.Translate.toString(transform), transition } : undefined;
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
}
