'use client';
import { okrIndex, type FocusPriority, type OkrSet, type WeeklyFocus } from '@okrkit/core';
import { useState, type FormEvent } from 'react';
import type { WeeklyReportBuilderLabels } from './weekly-report.labels';

export interface FocusAddFormProps {
  focus: readonly WeeklyFocus[];
  okrSet: OkrSet;
  labels: WeeklyReportBuilderLabels;
  onFocusChange: (focus: WeeklyFocus[]) => void;
  /** What the form would add if added now, on every change (null once added or emptied), for the backup. */
  onFocusTyping?: ((update: ((focus: WeeklyFocus[]) => WeeklyFocus[]) | null) => void) | undefined;
}

const PRIORITIES: readonly FocusPriority[] = [1, 2, 3];

/** `objective:<id>` or `keyResult:<id>`: one select names either. */
type Target = `objective:${string}` | `keyResult:${string}` | '';

/** The focus entry a picked target names; a key result carries its objective too. */
function focusEntry(target: Target, okrSet: OkrSet, priority: FocusPriority, expectedResult: string): WeeklyFocus | null {
  if (target.startsWith('keyResult:')) {
    const keyResultId = target.slice('keyResult:'.length);
    const objectiveId = okrIndex(okrSet).keyResultsById.get(keyResultId)?.objectiveId;
    return { ...(objectiveId === undefined ? {} : { objectiveId }), keyResultId, priority, expectedResult };
  }
  if (target.startsWith('objective:')) return { objectiveId: target.slice('objective:'.length), priority, expectedResult };
  return null;
}

/**
 * "Add to focus": an objective or key result picker (grouped by objective, leaving out what
 * is in focus already), this week's priority and the expected result. Enter in the
 * expected result adds, like the button.
 */
export function FocusAddForm({ focus, okrSet, labels, onFocusChange, onFocusTyping }: FocusAddFormProps) {
  const [target, setTarget] = useState<Target>('');
  const [priority, setPriority] = useState<FocusPriority>(2);
  const [expectedResult, setExpectedResult] = useState('');
  const index = okrIndex(okrSet);
  const inFocus = new Set(focus.map((entry) => (entry.keyResultId !== undefined ? `keyResult:${entry.keyResultId}` : `objective:${entry.objectiveId ?? ''}`)));
  const groups = okrSet.objectives
    .filter((objective) => objective.state !== 'closed')
    .map((objective) => ({
      objective,
      keyResults: (index.keyResultsByObjective.get(objective.id) ?? []).filter((keyResult) => !inFocus.has(`keyResult:${keyResult.id}`)),
    }))
    .filter(({ objective, keyResults }) => keyResults.length > 0 || !inFocus.has(`objective:${objective.id}`));

  // Typed text must survive a reload before it is added: tell the builder what would be added.
  const typed = (next: { target?: Target; priority?: FocusPriority; expectedResult?: string }) => {
    const entry = focusEntry(next.target ?? target, okrSet, next.priority ?? priority, next.expectedResult ?? expectedResult);
    onFocusTyping?.(entry && entry.expectedResult.trim() !== '' ? (list) => [...list, entry] : null);
  };

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const entry = focusEntry(target, okrSet, priority, expectedResult.trim());
    if (!entry) return;
    onFocusTyping?.(null);
    onFocusChange([...focus, entry]);
    setTarget('');
    setExpectedResult('');
  };

  if (groups.length === 0) return null;
  return (
    <form aria-label={labels.addFocus} data-slot="weekly-report-focus-add" className="okr-slot-weekly-report-focus-add" onSubmit={add}>
      <label>
        <span>{labels.focusTarget}</span>
        <select
          value={target}
          onChange={(event) => {
            const next = event.target.value as Target;
            setTarget(next);
            typed({ target: next });
          }}
        >
          <option value="">{labels.chooseFocusTarget}</option>
          {groups.map(({ objective, keyResults }) => (
            <optgroup key={objective.id} label={objective.title}>
              {inFocus.has(`objective:${objective.id}`) ? null : <option value={`objective:${objective.id}`}>{labels.wholeObjective(objective.title)}</option>}
              {keyResults.map((keyResult) => (
                <option key={keyResult.id} value={`keyResult:${keyResult.id}`}>
                  {keyResult.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        <span>{labels.priority}</span>
        <select
          value={priority}
          onChange={(event) => {
            const next = Number(event.target.value) as FocusPriority;
            setPriority(next);
            typed({ priority: next });
          }}
        >
          {PRIORITIES.map((value) => (
            <option key={value} value={value}>
              {labels.focusPriority(value)}
            </option>
          ))}
        </select>
      </label>
      <label data-slot="weekly-report-focus-expected" className="okr-slot-weekly-report-focus-expected">
        <span>{labels.expectedResult}</span>
        <input
          type="text"
          dir="auto"
          value={expectedResult}
          onChange={(event) => {
            setExpectedResult(event.target.value);
            typed({ expectedResult: event.target.value });
          }}
        />
      </label>
      <button type="submit" data-slot="weekly-report-add-line" className="okr-slot-weekly-report-add-line" disabled={target === ''}>
        {labels.addFocus}
      </button>
    </form>
  );
}
