'use client';
import { okrIndex, type FocusPriority, type OkrSet, type WeeklyFocus } from '@okrkit/core';
import { useId } from 'react';
import { FocusAddForm } from './focus-add-form';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';

export interface FocusSectionProps {
  focus: readonly WeeklyFocus[];
  okrSet: OkrSet;
  labels: WeeklyReportBuilderLabels;
  /** Absent when read-only. */
  onFocusChange?: ((focus: WeeklyFocus[]) => void) | undefined;
  /** The add form's text before it is added, for the backup (see `ReportDraft.stage`). */
  onFocusTyping?: ((update: ((focus: WeeklyFocus[]) => WeeklyFocus[]) | null) => void) | undefined;
  headingLevel: 2 | 3;
  /**
   * The report's first paint: the entries as text and room for the add form, their controls in
   * the next render (twelve entries' selects, inputs and buttons were a fifth of a 2,000-task
   * report's first render, bench/weekly-grid). Nothing moves when the controls arrive.
   * @default false
   */
  firstPaint?: boolean;
}

/**
 * The objectives and key results in focus this week, each with its priority and expected
 * result; when editable, each can be changed or removed and new ones added.
 */
export function FocusSection({ focus, okrSet, labels, onFocusChange, onFocusTyping, headingLevel, firstPaint = false }: FocusSectionProps) {
  const index = okrIndex(okrSet);
  const Heading = `h${headingLevel}` as const;
  const headingId = useId();
  const controls = onFocusChange !== undefined && !firstPaint;
  const change = (at: number, patch: Partial<WeeklyFocus>) => onFocusChange?.(focus.map((entry, i) => (i === at ? { ...entry, ...patch } : entry)));
  return (
    <section aria-labelledby={headingId} data-slot="weekly-report-section" className="okr-slot-weekly-report-section" data-section="focus">
      <Heading id={headingId}>{labels.focus}</Heading>
      {focus.length === 0 ? <p data-slot="weekly-report-empty" className="okr-slot-weekly-report-empty">{labels.noFocus}</p> : null}
      <ol data-slot="weekly-report-focus-list" className="okr-slot-weekly-report-focus-list">
        {focus.map((entry, at) => {
          const keyResult = entry.keyResultId === undefined ? undefined : index.keyResultsById.get(entry.keyResultId);
          const objectiveId = entry.objectiveId ?? keyResult?.objectiveId;
          const objective = objectiveId === undefined ? undefined : index.objectivesById.get(objectiveId);
          const name = keyResult?.title ?? objective?.title ?? entry.keyResultId ?? entry.objectiveId ?? '';
          const key = `${entry.objectiveId ?? ''}/${entry.keyResultId ?? ''}/${at}`;
          return (
            <li key={key} data-slot="weekly-report-focus-item" className="okr-slot-weekly-report-focus-item" data-priority={entry.priority}>
              <div data-slot="weekly-report-focus-title" className="okr-slot-weekly-report-focus-title">
                {/* User text takes its own direction (dir="auto"), whatever the page's. */}
                {keyResult && objective ? (
                  <span data-slot="weekly-report-focus-objective" className="okr-slot-weekly-report-focus-objective" dir="auto">
                    {objective.title}
                  </span>
                ) : null}
                <strong dir="auto">{name}</strong>
              </div>
              {controls ? (
                <>
                  {/* aria-label, not a <label> around a hidden <span>: the same names, four elements fewer
                      an entry (a twelve-entry focus was ~190 elements of the report's first paint). */}
                  <select aria-label={`${labels.priority}: ${name}`} value={entry.priority} onChange={(event) => change(at, { priority: Number(event.target.value) as FocusPriority })}>
                    {([1, 2, 3] as const).map((priority) => (
                      <option key={priority} value={priority}>
                        {labels.focusPriority(priority)}
                      </option>
                    ))}
                  </select>
                  <input
                    type="text"
                    dir="auto"
                    data-slot="weekly-report-focus-expected" className="okr-slot-weekly-report-focus-expected"
                    aria-label={`${labels.expectedResult}: ${name}`}
                    value={entry.expectedResult}
                    placeholder={labels.expectedResult}
                    onChange={(event) => change(at, { expectedResult: event.target.value })}
                  />
                  <button type="button" data-slot="weekly-report-remove" className="okr-slot-weekly-report-remove" aria-label={labels.removeFocus(name)} onClick={() => onFocusChange(focus.filter((_, i) => i !== at))}>
                    ×
                  </button>
                </>
              ) : (
                <>
                  <span data-slot="weekly-report-priority" className="okr-slot-weekly-report-priority">{labels.focusPriority(entry.priority)}</span>
                  <span data-slot="weekly-report-focus-expected" className="okr-slot-weekly-report-focus-expected" dir="auto" data-pending={onFocusChange ? '' : undefined}>
                    {entry.expectedResult || (onFocusChange ? labels.expectedResult : '—')}
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      {controls ? (
        <FocusAddForm focus={focus} okrSet={okrSet} labels={labels} onFocusChange={onFocusChange} onFocusTyping={onFocusTyping} />
      ) : onFocusChange ? (
        <div aria-hidden="true" data-slot="weekly-report-focus-add-pending" className="okr-slot-weekly-report-focus-add-pending" />
      ) : null}
    </section>
  );
}
