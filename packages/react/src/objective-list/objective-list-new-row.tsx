'use client';
import { useId, useState } from 'react';
import type { GridPosition } from '../internal/use-grid-navigation';
import type { ObjectiveListLabels } from './objective-list.labels';
import { slotClass } from '../internal/slot-class';

type FocusProps = (position: GridPosition) => { tabIndex: 0 | -1; 'data-row': number; 'data-col': number; onFocus: () => void };

export interface ObjectiveListNewRowProps {
  /** The line index of this row (after every objective). */
  line: number;
  colCount: number;
  labels: ObjectiveListLabels;
  /** Why the person may not create here; undefined when they may. */
  refusal: string | undefined;
  focusProps: FocusProps;
  onCreate: ((title: string) => void) | undefined;
  className?: string;
}

/** "New objective" as the grid's last row: type a title, Enter hands it to `onCreate` (a blank one is not). */
export function ObjectiveListNewRow({ line, colCount, labels, refusal, focusProps, onCreate, className }: ObjectiveListNewRowProps) {
  const [title, setTitle] = useState('');
  const reasonId = useId();
  return (
    <div role="rowgroup" data-slot="objective-list-new" className={slotClass('objective-list-new', className)}>
      <div role="row" aria-rowindex={line + 2} data-slot="objective-list-new-row" className="okr-slot-objective-list-new-row">
        <div role="gridcell" aria-colindex={1} aria-colspan={colCount}>
          <input
            type="text"
            dir="auto"
            data-slot="objective-list-new-input" className="okr-slot-objective-list-new-input"
            aria-label={labels.newObjective}
            placeholder={`${labels.newObjective} — ${labels.newObjectivePlaceholder}`}
            value={title}
            maxLength={500}
            readOnly={refusal !== undefined}
            aria-disabled={refusal !== undefined ? true : undefined}
            aria-describedby={refusal !== undefined ? reasonId : undefined}
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              // Inside the text, arrows and Home/End move the caret, not the grid's focus.
              if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) event.stopPropagation();
              if (event.key === 'Enter' && refusal === undefined && title.trim() !== '') {
                event.preventDefault();
                onCreate?.(title.trim());
                setTitle('');
              }
              if (event.key === 'Escape' && title !== '') {
                event.stopPropagation();
                setTitle('');
              }
            }}
            {...focusProps({ row: line, col: 0 })}
          />
          {refusal !== undefined ? (
            <span id={reasonId} data-slot="objective-list-new-reason" className="okr-slot-objective-list-new-reason">
              {refusal}
            </span>
          ) : null}
        </div>
      </div>
    </div>
  );
}
