import { scoringPresets } from '@okrkit/core';
import { useId } from 'react';
import type { Person } from '../../shared/directory.mjs';
import { NewObjectiveDialog } from './new-objective-dialog';
import { OkrBoard } from './okr-board';

export type ScoringPresetId = keyof typeof scoringPresets;

/** The scoring conventions, in `scoringPresets` order. */
export const presetIds = Object.keys(scoringPresets) as ScoringPresetId[];

export interface OkrPageProps {
  person: Person;
  teamNames: Readonly<Record<string, string>>;
  /** The day status is judged at, already formatted for the page's locale. */
  day: string;
  scoringId: ScoringPresetId;
  onScoringChange: (id: ScoringPresetId) => void;
  includeChildren: boolean;
  onIncludeChildrenChange: (includeChildren: boolean) => void;
  reload: () => void;
}

/**
 * The "OKRs" page: what you may change, the view settings (scoring, roll-up) that the
 * `OkrProvider` around the page applies, and the board of objective cards.
 */
export function OkrPage({ person, teamNames, day, scoringId, onScoringChange, includeChildren, onIncludeChildrenChange, reload }: OkrPageProps) {
  const scoringSelectId = useId();
  return (
    <>
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Objectives and key results</h1>
          <p className="intro">
            {person.admin
              ? `${person.name}, as ${person.role} you can change every objective.`
              : `${person.name}, you can change the objectives of ${person.teamName}; other teams’ cards are read-only for you (the server would refuse the change).`}{' '}
            Status is judged as of <strong>{day}</strong>, the day the example OKRs are written for.
          </p>
        </div>
        <div className="page-actions">
          <NewObjectiveDialog person={person} />
        </div>
        <div className="page-settings" role="group" aria-label="View settings">
          <div className="page-setting">
            <label htmlFor={scoringSelectId}>Scoring</label>
            <select id={scoringSelectId} value={scoringId} onChange={(event) => onScoringChange(event.target.value as ScoringPresetId)}>
              {presetIds.map((id) => (
                <option key={id} value={id}>
                  {scoringPresets[id].label}
                </option>
              ))}
            </select>
          </div>
          <label className="page-setting">
            <input type="checkbox" checked={includeChildren} onChange={(event) => onIncludeChildrenChange(event.target.checked)} /> Roll up
            aligned objectives
          </label>
        </div>
      </header>
      <OkrBoard person={person} teamNames={teamNames} reload={reload} />
    </>
  );
}
