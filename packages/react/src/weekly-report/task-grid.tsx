'use client';
import type { Task, TaskPriority, TaskStatus } from '@okrkit/core';
import { useCallback, useMemo, useRef, type CSSProperties } from 'react';
import { CellEditor, type CellEditorSpec } from './task-grid-cell';
import { ariaSort, NONE, useTaskTable, type TaskColumnId } from './task-grid-model';
import { useGridNavigation, type GridPosition } from '../internal/use-grid-navigation';
import { useRootFontSize } from '../internal/use-root-font-size';
import { useRowWindow } from '../internal/use-row-window';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';
import { formatDay, type Choice } from './weekly-report.utils';

const PRIORITIES: TaskPriority[] = ['P1', 'P2', 'P3'];
const STATUSES: TaskStatus[] = ['todo', 'doing', 'done'];
const ROW_HEIGHT = 36;
/** The columns that show what people typed (titles, names), isolated for direction. */
const USER_TEXT_COLUMNS: ReadonlySet<TaskColumnId> = new Set(['title', 'keyResult', 'owner']);

export interface TaskGridProps {
  tasks: readonly Task[];
  /** Called with the whole new list after an edit or a removal; absent when read-only. */
  onTasksChange?: ((tasks: Task[]) => void) | undefined;
  /**
   * What the open cell editor would make of the tasks if kept now, on every keystroke
   * (null once it is kept or cancelled): the builder backs it up so a reload loses nothing.
   */
  onTasksTyping?: ((update: ((tasks: Task[]) => Task[]) | null) => void) | undefined;
  keyResults: readonly Choice[];
  people: readonly Choice[];
  personName: (id: string) => string;
  labels: WeeklyReportBuilderLabels;
  locale: string | undefined;
}

/**
 * The tasks as a WAI-ARIA grid on TanStack Table: sortable column headers (`aria-sort`),
 * filters by key result, owner and status, cells edited in place (Enter or F2, Escape
 * cancels), arrow-key navigation, and rows windowed so thousands stay fast.
 */
export function TaskGrid({ tasks, onTasksChange, onTasksTyping, keyResults, people, personName, labels, locale }: TaskGridProps) {
  const editable = onTasksChange !== undefined;
  const columns: TaskColumnId[] = editable ? ['title', 'keyResult', 'priority', 'due', 'status', 'owner', 'actions'] : ['title', 'keyResult', 'priority', 'due', 'status', 'owner'];
  const model = useTaskTable({ tasks, keyResults, personName, locale });
  const rows = model.tasks;
  const viewportRef = useRef<HTMLDivElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  // The viewport is at most 30rem high (styles.css): the first paint windows for that, unmeasured,
  // at the page's root font size (a 14 px host would otherwise render two rows more, then drop them).
  const rem = useRootFontSize();
  const rowWindow = useRowWindow({ count: rows.length, rowHeight: ROW_HEIGHT, viewportRef, fallbackHeight: 30 * rem, measureBeforePaint: false });
  const keyResultName = useMemo(() => new Map(keyResults.map((choice) => [choice.id, choice.name])), [keyResults]);

  const isEditable = useCallback((position: GridPosition) => editable && position.row >= 0 && columns[position.col] !== 'actions', [editable, columns]);
  const navigation = useGridNavigation({ gridRef, rowCount: rows.length, colCount: columns.length, isEditable, scrollToRow: rowWindow.scrollToIndex });

  const update = (id: string, patch: (task: Task) => Task) => onTasksChange?.(tasks.map((task) => (task.id === id ? patch(task) : task)));
  const remove = (id: string) => onTasksChange?.(tasks.filter((task) => task.id !== id));

  const columnLabel: Record<TaskColumnId, string> = {
    title: labels.title,
    keyResult: labels.keyResult,
    priority: labels.priority,
    due: labels.due,
    status: labels.status,
    owner: labels.owner,
    actions: labels.actions,
  };

  const text = (task: Task, column: TaskColumnId): string => {
    switch (column) {
      case 'title':
        return task.title;
      case 'keyResult':
        return task.keyResultId === undefined ? '—' : (keyResultName.get(task.keyResultId) ?? task.keyResultId);
      case 'priority':
        return labels.priorities[task.priority];
      case 'due':
        return task.due === undefined ? '—' : formatDay(task.due, locale);
      case 'status':
        return labels.statuses[task.status];
      case 'owner':
        return task.ownerId === undefined ? '—' : personName(task.ownerId);
      case 'actions':
        return '';
      default:
        return column satisfies never;
    }
  };

  const editorOf = (task: Task, column: TaskColumnId): CellEditorSpec => {
    switch (column) {
      case 'keyResult':
        return { kind: 'select', value: task.keyResultId ?? NONE, options: [{ value: NONE, label: labels.noKeyResult }, ...keyResults.map((choice) => ({ value: choice.id, label: choice.name }))] };
      case 'priority':
        return { kind: 'select', value: task.priority, options: PRIORITIES.map((priority) => ({ value: priority, label: labels.priorities[priority] })) };
      case 'due':
        return { kind: 'date', value: task.due ?? '' };
      case 'status':
        return { kind: 'select', value: task.status, options: STATUSES.map((status) => ({ value: status, label: labels.statuses[status] })) };
      case 'owner':
        return { kind: 'select', value: task.ownerId ?? NONE, options: [{ value: NONE, label: labels.noOwner }, ...people.map((person) => ({ value: person.id, label: person.name }))] };
      default:
        return { kind: 'text', value: task.title, required: true };
    }
  };

  const commit = (task: Task, column: TaskColumnId, value: string) => {
    const patch = cellPatch(column, value);
    if (patch) update(task.id, patch);
  };
  const typing = (task: Task, column: TaskColumnId, value: string) => {
    const patch = column === 'title' && value.trim() === '' ? null : cellPatch(column, value);
    onTasksTyping?.(patch ? (list) => list.map((current) => (current.id === task.id ? patch(current) : current)) : null);
  };

  const style = { '--okr-weekly-report-row-height': `${ROW_HEIGHT}px` } as CSSProperties;
  return (
    <div data-slot="weekly-report-task-grid" className="okr-slot-weekly-report-task-grid">
      <div data-slot="weekly-report-task-filters" className="okr-slot-weekly-report-task-filters">
        {(['keyResult', 'owner', 'status'] as const).map((id) => (
          <label key={id}>
            <span>{labels.filterBy(columnLabel[id])}</span>
            <select value={model.filters[id] ?? ''} onChange={(event) => model.setFilter(id, event.target.value)}>
              <option value="">{labels.all}</option>
              {id === 'status'
                ? STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {labels.statuses[status]}
                    </option>
                  ))
                : [{ id: NONE, name: id === 'owner' ? labels.noOwner : labels.noKeyResult }, ...(id === 'owner' ? people : keyResults)].map((choice) => (
                    <option key={choice.id} value={choice.id}>
                      {choice.name}
                    </option>
                  ))}
            </select>
          </label>
        ))}
        <span data-slot="weekly-report-task-count" className="okr-slot-weekly-report-task-count">{labels.taskCount(rows.length, model.total)}</span>
      </div>
      <div ref={viewportRef} data-slot="weekly-report-task-viewport" className="okr-slot-weekly-report-task-viewport" style={style}>
        <div
          ref={gridRef}
          role="grid"
          aria-label={labels.tasks}
          aria-rowcount={rows.length + 1}
          aria-colcount={columns.length}
          aria-readonly={editable ? undefined : true}
          data-slot="weekly-report-task-table" className="okr-slot-weekly-report-task-table"
          data-columns={columns.length}
          onKeyDown={navigation.onKeyDown}
        >
          <div role="rowgroup" data-slot="weekly-report-task-head" className="okr-slot-weekly-report-task-head">
            <div role="row" aria-rowindex={1} data-slot="weekly-report-task-row" className="okr-slot-weekly-report-task-row">
              {columns.map((column, col) =>
                column === 'actions' ? (
                  <div key={column} role="columnheader" aria-colindex={col + 1} {...navigation.focusProps({ row: -1, col })}>
                    <span data-slot="weekly-report-visually-hidden" className="okr-slot-weekly-report-visually-hidden">{columnLabel[column]}</span>
                  </div>
                ) : (
                  <div key={column} role="columnheader" aria-colindex={col + 1} aria-sort={ariaSort(model.sorting, column)}>
                    <button type="button" data-slot="weekly-report-sort" className="okr-slot-weekly-report-sort" onClick={() => model.toggleSort(column)} {...navigation.focusProps({ row: -1, col })}>
                      <span data-slot="weekly-report-sort-label" className="okr-slot-weekly-report-sort-label">{columnLabel[column]}</span>
                      <span aria-hidden="true" data-slot="weekly-report-sort-icon" className="okr-slot-weekly-report-sort-icon" data-state={ariaSort(model.sorting, column)} />
                    </button>
                  </div>
                ),
              )}
            </div>
          </div>
          <div role="rowgroup" data-slot="weekly-report-task-body" className="okr-slot-weekly-report-task-body" style={{ blockSize: rowWindow.totalHeight, paddingBlockStart: rowWindow.start * ROW_HEIGHT }}>
            {rows.slice(rowWindow.start, rowWindow.end).map((task, offset) => {
              const row = rowWindow.start + offset;
              return (
                <div key={task.id} role="row" aria-rowindex={row + 2} data-slot="weekly-report-task-row" className="okr-slot-weekly-report-task-row" data-state={task.status}>
                  {columns.map((column, col) => {
                    const position = { row, col };
                    if (column === 'actions') {
                      return (
                        <div key={column} role="gridcell" aria-colindex={col + 1}>
                          <button type="button" data-slot="weekly-report-remove" className="okr-slot-weekly-report-remove" aria-label={labels.removeTask(task.title)} onClick={() => remove(task.id)} {...navigation.focusProps(position)}>
                            ×
                          </button>
                        </div>
                      );
                    }
                    const editing = navigation.editing?.row === row && navigation.editing.col === col;
                    return (
                      <div
                        key={column}
                        role="gridcell"
                        aria-colindex={col + 1}
                        data-column={column}
                        {...(editing ? {} : navigation.focusProps(position))}
                        onDoubleClick={() => navigation.startEditing(position)}
                      >
                        {editing ? (
                          <CellEditor
                            spec={editorOf(task, column)}
                            label={columnLabel[column]}
                            onInput={onTasksTyping ? (value) => typing(task, column, value) : undefined}
                            onCommit={(value) => {
                              onTasksTyping?.(null);
                              commit(task, column, value);
                              navigation.stopEditing();
                            }}
                            onCancel={() => {
                              onTasksTyping?.(null);
                              navigation.stopEditing();
                            }}
                          />
                        ) : USER_TEXT_COLUMNS.has(column) ? (
                          // <bdi>: a title or name in another script keeps its order without moving the cell.
                          <bdi>{text(task, column)}</bdi>
                        ) : (
                          text(task, column)
                        )}
                      </div>
                    );
                  })}
                </div>
              );
            })}
          </div>
        </div>
      </div>
      {rows.length === 0 ? <p data-slot="weekly-report-empty" className="okr-slot-weekly-report-empty">{labels.noTasks}</p> : null}
    </div>
  );
}

/** What keeping `value` in a cell of `column` does to its task (a blank title is never kept). */
function cellPatch(column: TaskColumnId, value: string): ((task: Task) => Task) | null {
  const optional = (key: 'keyResultId' | 'ownerId' | 'due') => (current: Task): Task => {
    const { [key]: _dropped, ...rest } = current;
    return value === '' || value === NONE ? rest : { ...rest, [key]: value };
  };
  switch (column) {
    case 'title':
      return (current) => ({ ...current, title: value.trim() });
    case 'keyResult':
      return optional('keyResultId');
    case 'owner':
      return optional('ownerId');
    case 'due':
      return optional('due');
    case 'priority':
      return (current) => ({ ...current, priority: value as TaskPriority });
    case 'status':
      return (current) => ({ ...current, status: value as TaskStatus });
    case 'actions':
      return null;
    default:
      return column satisfies never;
  }
}
