import { assessObjective, okrIndex, type Objective, type OkrSet } from '@okrkit/core';
import { useId } from 'react';
import { KeyResultItem } from './key-result-item';
import { ObjectiveTitle } from './objective-title';
import { ProgressBar } from './progress-bar';
import { StatusBadge } from './status-badge';

export interface ObjectiveCardProps {
  objective: Objective;
  okrSet: OkrSet;
  now: Date;
  /** The signed-in person, recorded as check-in author. */
  authorId?: string;
  personName?: (id: string) => string;
  /** Said when the server refuses a change to this objective. */
  forbiddenHint?: string;
  /** A note beside the title, e.g. "Your team". */
  badge?: string;
  className?: string;
}

/**
 * An objective with its status, progress against the time gone, and its key results.
 * Every figure comes from `assessObjective` and `keyResultProgress`; this only draws.
 */
export function ObjectiveCard({ objective, okrSet, now, authorId, personName, forbiddenHint, badge, className }: ObjectiveCardProps) {
  const headingId = useId();
  const assessment = assessObjective(objective.id, okrSet, { now });
  const keyResults = okrIndex(okrSet).keyResultsByObjective.get(objective.id) ?? [];
  const state = objective.state ?? 'active';
  return (
    <article data-slot="objective" data-state={assessment.status} aria-labelledby={headingId} className={className}>
      <header data-slot="objective-header">
        <ObjectiveTitle objective={objective} headingId={headingId} forbiddenHint={forbiddenHint} />
        <p data-slot="objective-meta">
          <StatusBadge status={assessment.status} />
          {state === 'active' ? null : <span data-slot="tag">{state === 'draft' ? 'Draft' : state === 'proposed' ? 'Proposed' : 'Closed'}</span>}
          {objective.kind === 'aspirational' ? <span data-slot="tag">Aspirational</span> : null}
          {objective.priority === undefined ? null : <span data-slot="tag">Priority {objective.priority}</span>}
          {objective.ownerId && personName ? <span data-slot="owner">Owner: {personName(objective.ownerId)}</span> : null}
          {badge ? <span data-slot="tag" data-variant="mine">{badge}</span> : null}
        </p>
      </header>
      {objective.description ? <p data-slot="objective-description">{objective.description}</p> : null}
      <ProgressBar progress={assessment.progress} expected={assessment.expected} />
      {assessment.outdated ? (
        <p data-slot="warning">No recent check-in: a key result has not been updated for more than two weeks.</p>
      ) : null}
      {keyResults.length === 0 ? (
        <p>No key results yet.</p>
      ) : (
        <ul data-slot="key-results" aria-label={`Key results of “${objective.title}”`}>
          {keyResults.map((keyResult) => (
            <KeyResultItem
              key={keyResult.id}
              keyResult={keyResult}
              okrSet={okrSet}
              now={now}
              authorId={authorId}
              personName={personName}
              forbiddenHint={forbiddenHint}
            />
          ))}
        </ul>
      )}
    </article>
  );
}
