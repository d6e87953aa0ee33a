'use client';
import type { GridPosition } from '../internal/use-grid-navigation';
import type { ObjectiveListCellId } from './objective-list-row';
import type { ObjectiveListColumnId, ObjectiveListSorting } from './objective-list.types';

/** A header cell: its column and the word shown. */
export interface HeadColumn {
  id: ObjectiveListCellId;
  label: string;
}

type FocusProps = (position: GridPosition) => { tabIndex: 0 | -1; 'data-row': number; 'data-col': number; onFocus: () => void };

/** The next sort after a header click: ascending, descending, then back to priority order. */
export function nextSorting(current: ObjectiveListSorting, id: ObjectiveListColumnId): ObjectiveListSorting {
  if (current.id !== id) return { id, desc: false };
  if (!current.desc) return { id, desc: true };
  return { id: 'rank', desc: false };
}

/** The header row: a sort button per data column with `aria-sort`. */
export function ObjectiveListHead({ columns, sorting, onSortingChange, focusProps }: { columns: readonly HeadColumn[]; sorting: ObjectiveListSorting; onSortingChange: (sorting: ObjectiveListSorting) => void; focusProps: FocusProps }) {
  return (
    <div role="rowgroup" data-slot="objective-list-head" className="okr-slot-objective-list-head">
      <div role="row" aria-rowindex={1} data-slot="objective-list-head-row" className="okr-slot-objective-list-head-row">
        {columns.map((column, col) => {
          if (column.id === 'actions') {
            return (
              <div key={column.id} role="columnheader" aria-colindex={col + 1} {...focusProps({ row: -1, col })}>
                <span data-slot="objective-list-visually-hidden" className="okr-slot-objective-list-visually-hidden">{column.label}</span>
              </div>
            );
          }
          const id = column.id;
          const state = sorting.id === id ? (sorting.desc ? 'descending' : 'ascending') : 'none';
          return (
            <div key={id} role="columnheader" aria-colindex={col + 1} aria-sort={state} data-column={id}>
              <button type="button" data-slot="objective-list-sort" className="okr-slot-objective-list-sort" onClick={() => onSortingChange(nextSorting(sorting, id))} {...focusProps({ row: -1, col })}>
                <span>{column.label}</span>
                <span aria-hidden="true" data-slot="objective-list-sort-icon" className="okr-slot-objective-list-sort-icon" data-state={state} />
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
