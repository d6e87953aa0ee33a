'use client';
import { closestCenter, DndContext, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId, useState, type KeyboardEvent } from 'react';
import { visuallyHidden } from '../internal/progressbar';
import { usePlanningBoardContext } from './planning-board-context';

export interface RankingListProps {
  /** Proposal ids, best first. */
  order: readonly string[];
  onOrderChange: (order: string[]) => void;
  /** The list's accessible name. */
  label: string;
  disabled?: boolean;
}

function RankingRow({ id, index, count, disabled, onMove }: { id: string; index: number; count: number; disabled: boolean; onMove: (from: number, to: number) => void }) {
  const { labels, titleOf } = usePlanningBoardContext();
  const { listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (disabled || !event.altKey || event.target !== event.currentTarget) return;
    if (event.key === 'ArrowUp' && index > 0) onMove(index, index - 1);
    else if (event.key === 'ArrowDown' && index < count - 1) onMove(index, index + 1);
    else return;
    event.preventDefault();
  };
  const title = titleOf(id);
  return (
    <li
      ref={setNodeRef}
      data-slot="planning-board-rank" className="okr-slot-planning-board-rank"
      data-dragging={isDragging ? 'true' : undefined}
      tabIndex={disabled ? undefined : 0}
      onKeyDown={onKeyDown}
      aria-label={labels.movedTo(title, String(index + 1), String(count))}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {/* The drag handle is for the pointer; the keyboard moves the focused row with Alt+↑/↓ or the buttons. */}
      <span ref={setActivatorNodeRef} data-slot="planning-board-rank-handle" className="okr-slot-planning-board-rank-handle" aria-hidden="true" {...listeners} >
        ⋮⋮
      </span>
      <span data-slot="planning-board-rank-place" className="okr-slot-planning-board-rank-place" aria-hidden="true">{index + 1}.</span>
      <bdi data-slot="planning-board-rank-title" className="okr-slot-planning-board-rank-title">{title}</bdi>
      {disabled ? null : (
        <span data-slot="planning-board-rank-buttons" className="okr-slot-planning-board-rank-buttons">
          <button type="button" tabIndex={-1} aria-label={`${labels.moveUp}: ${title}`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>↑</button>
          <button type="button" tabIndex={-1} aria-label={`${labels.moveDown}: ${title}`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>↓</button>
        </span>
      )}
    </li>
  );
}

/**
 * An ordered list of proposals to rank, best first: drag a row (dnd-kit), or focus it and
 * press Alt+↑/↓; every move is announced ("…: place 2 of 3").
 */
export function RankingList({ order, onOrderChange, label, disabled = false }: RankingListProps) {
  const { labels, titleOf } = usePlanningBoardContext();
  const hintId = useId();
  const [announcement, setAnnouncement] = useState('');
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const move = (from: number, to: number) => {
    const next = arrayMove([...order], from, to);
    onOrderChange(next);
    const id = next[to];
    if (id !== undefined) setAnnouncement(labels.movedTo(titleOf(id), String(to + 1), String(next.length)));
  };
  const onDragEnd = (event: DragEndEvent) => {
    const from = order.indexOf(String(event.active.id));
    const to = event.over ? order.indexOf(String(event.over.id)) : -1;
    if (from >= 0 && to >= 0 && from !== to) move(from, to);
  };
  return (
    <div data-slot="planning-board-ranking" className="okr-slot-planning-board-ranking">
      <p id={hintId} data-slot="planning-board-hint" className="okr-slot-planning-board-hint">{labels.rankingHint}</p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ screenReaderInstructions: { draggable: '' } }}>
        <SortableContext items={order as string[]} strategy={verticalListSortingStrategy}>
          <ol aria-label={label} aria-describedby={hintId} data-slot="planning-board-ranking-list" className="okr-slot-planning-board-ranking-list">
            {order.map((id, index) => (
              <RankingRow key={id} id={id} index={index} count={order.length} disabled={disabled} onMove={move} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <div role="status" aria-live="polite" style={visuallyHidden} data-slot="planning-board-live" className="okr-slot-planning-board-live">{announcement}</div>
    </div>
  );
}
