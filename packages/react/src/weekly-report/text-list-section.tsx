'use client';
import type { WeeklyPlanItem, WeeklyProblem } from '@okrkit/core';
import { useEffect, useId, useRef } from 'react';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';
import type { Choice } from './weekly-report.utils';

type Line = WeeklyProblem | WeeklyPlanItem;

export interface TextListSectionProps<T extends Line> {
  kind: 'problems' | 'nextWeek';
  items: readonly T[];
  keyResults: readonly Choice[];
  labels: WeeklyReportBuilderLabels;
  /** Absent when read-only. */
  onItemsChange?: ((items: T[]) => void) | undefined;
  headingLevel: 2 | 3;
}

/** Problems and risks, or next week's plan: lines of text, each optionally tied to a key result. */
export function TextListSection<T extends Line>({ kind, items, keyResults, labels, onItemsChange, headingLevel }: TextListSectionProps<T>) {
  const Heading = `h${headingLevel}` as const;
  const problems = kind === 'problems';
  const headingId = useId();
  const keyResultName = new Map(keyResults.map((choice) => [choice.id, choice.name]));
  // After "Add problem" / "Add plan item", the new line's text field takes the focus, so
  // what the person types goes into it (not into a stream of empty lines).
  const listRef = useRef<HTMLUListElement>(null);
  const focusLine = useRef<number | null>(null);
  useEffect(() => {
    const at = focusLine.current;
    if (at === null || at >= items.length) return;
    focusLine.current = null;
    listRef.current?.children[at]?.querySelector<HTMLInputElement>('input[type="text"]')?.focus();
  }, [items.length]);
  const change = (at: number, patch: Partial<WeeklyProblem>) =>
    onItemsChange?.(
      items.map((item, i) => {
        if (i !== at) return item;
        const next = { ...item, ...patch } as WeeklyProblem;
        if (next.keyResultId === '') delete next.keyResultId;
        if ((next.severity as string | undefined) === '') delete next.severity;
        return next as T;
      }),
    );
  return (
    <section aria-labelledby={headingId} data-slot="weekly-report-section" className="okr-slot-weekly-report-section" data-section={kind}>
      <Heading id={headingId}>{problems ? labels.problems : labels.nextWeek}</Heading>
      {items.length === 0 && !onItemsChange ? <p data-slot="weekly-report-empty" className="okr-slot-weekly-report-empty">{labels.none}</p> : null}
      <ul ref={listRef} data-slot="weekly-report-lines" className="okr-slot-weekly-report-lines">
        {items.map((item, at) => {
          const severity = (item as WeeklyProblem).severity;
          const number = at + 1;
          return (
            <li key={at} data-slot="weekly-report-line" className="okr-slot-weekly-report-line" data-state={severity}>
              {onItemsChange ? (
                <>
                  <input
                    type="text"
                    dir="auto"
                    aria-label={`${problems ? labels.problem : labels.planItem} ${number}`}
                    value={item.text}
                    onChange={(event) => change(at, { text: event.target.value })}
                  />
                  {problems ? (
                    <select aria-label={`${labels.severity} ${number}`} value={severity ?? ''} onChange={(event) => change(at, { severity: event.target.value as WeeklyProblem['severity'] })}>
                      <option value="">—</option>
                      <option value="risk">{labels.risk}</option>
                      <option value="blocker">{labels.blocker}</option>
                    </select>
                  ) : null}
                  <select aria-label={`${labels.keyResult} ${number}`} value={item.keyResultId ?? ''} onChange={(event) => change(at, { keyResultId: event.target.value })}>
                    <option value="">{labels.noKeyResult}</option>
                    {keyResults.map((choice) => (
                      <option key={choice.id} value={choice.id}>
                        {choice.name}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    data-slot="weekly-report-remove" className="okr-slot-weekly-report-remove"
                    aria-label={problems ? labels.removeProblem(number) : labels.removePlanItem(number)}
                    onClick={() => onItemsChange(items.filter((_, i) => i !== at))}
                  >
                    ×
                  </button>
                </>
              ) : (
                <>
                  {severity ? <strong data-slot="weekly-report-severity" className="okr-slot-weekly-report-severity">{severity === 'blocker' ? labels.blocker : labels.risk}: </strong> : null}
                  {/* <bdi>: a line's text and its KR's title cannot reorder each other or the label. */}
                  <bdi>{item.text}</bdi>
                  {item.keyResultId ? (
                    <span data-slot="weekly-report-line-key-result" className="okr-slot-weekly-report-line-key-result">
                      {' ('}
                      <bdi>{keyResultName.get(item.keyResultId) ?? item.keyResultId}</bdi>)
                    </span>
                  ) : null}
                </>
              )}
            </li>
          );
        })}
      </ul>
      {onItemsChange ? (
        <button
          type="button"
          data-slot="weekly-report-add-line" className="okr-slot-weekly-report-add-line"
          onClick={() => {
            focusLine.current = items.length;
            onItemsChange([...items, { text: '' } as T]);
          }}
        >
          {problems ? labels.addProblem : labels.addPlanItem}
        </button>
      ) : null}
    </section>
  );
}
