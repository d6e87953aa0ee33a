'use client';
import type { CloseOut } from '@okrkit/core';
import { useObjective, useOkrContext } from '../provider/index';
import { useCanEditObjective } from '../provider/permission-hooks';
import { useObjectiveCardContext } from './objective-card-context';

export interface ObjectiveCardClosedProps {
  /** The objective's close-out (from the cycle store): its result and final grade are shown. */
  closeOut?: CloseOut;
  /** Reopens the objective (e.g. `() => cycleStore.reopen(id)`); the button shows only with it and where `can` allows updating. */
  onReopen?: () => void;
}

/**
 * A closed objective's line: "Closed", its result and final grade (with a close-out), the
 * retrospective in a collapsed disclosure, and "Reopen" where the policy allows. Renders
 * nothing for an objective that is not closed. Words: `labels.closeOut` (English inline, so
 * the card does not carry the close-out dialog's words).
 */
export function ObjectiveCardClosed({ closeOut, onReopen }: ObjectiveCardClosedProps) {
  const { objectiveId } = useObjectiveCardContext('Closed');
  const { labels, scoring, locale } = useOkrContext();
  const objective = useObjective(objectiveId);
  const permission = useCanEditObjective(objectiveId);
  if (objective?.state !== 'closed') return null;
  const words = labels.closeOut;
  const closed = words?.closed ?? 'Closed';
  // English fallbacks inline: "Closed · missed · 45%" without the close-out dialog's words in the card's bundle.
  const result = closeOut && (words?.results?.[closeOut.result] ?? closeOut.result);
  const grade = closeOut && scoring.format(closeOut.grade, locale);
  const summary = closeOut ? (words?.closedSummary?.(result ?? '', grade ?? '') ?? `${closed} · ${result} · ${grade}`) : closed;
  return (
    <div data-slot="objective-card-closed" className="okr-slot-objective-card-closed">
      <p>{summary}</p>
      {objective.retrospective ? (
        <details>
          <summary>{words?.retrospective ?? 'Retrospective'}</summary>
          <p dir="auto">{objective.retrospective}</p>
        </details>
      ) : null}
      {onReopen && permission.allowed ? (
        <button type="button" onClick={onReopen}>
          {words?.reopen ?? 'Reopen'}
        </button>
      ) : null}
    </div>
  );
}
