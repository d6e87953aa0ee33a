import type { OkrStoreSnapshot } from '@okrkit/core';
import { ObjectiveList, useOkrSelector } from '@okrkit/react';
import { useId, useMemo, useState } from 'react';
import type { Person } from '../../shared/directory.mjs';
import { policyFor } from '../../shared/policy.mjs';

export interface ListPageProps {
  person: Person;
  teamNames: Readonly<Record<string, string>>;
}

const selectPeriods = (snapshot: OkrStoreSnapshot) => snapshot.okrSet.periods;

/**
 * "Team lists": one team's objectives of one period in okrkit's `ObjectiveList`, in
 * priority order. Re-ranking (drag or Alt+↑/↓), the side panel (card + editor), "New
 * objective" and delete with Undo are the list's; the host picks the team and period, and
 * shows the list read-only to people the shared policy does not let write the team's
 * objectives — so they see no re-rank, delete or new row at all.
 */
export function ListPage({ person, teamNames }: ListPageProps) {
  const teamSelectId = useId();
  const periodSelectId = useId();
  const periods = useOkrSelector(selectPeriods);
  const [teamId, setTeamId] = useState(person.teamId ?? Object.keys(teamNames)[0] ?? '');
  const [periodId, setPeriodId] = useState('q1-2026');
  const teamName = teamNames[teamId] ?? teamId;
  // The question the server's authorize answers for a write to the team's objectives.
  const mayWriteTeam = policyFor(person)('update', { kind: 'objective', record: { id: '', title: '', periodId, state: 'draft', teamId } });
  const periodName = periods.find((period) => period.id === periodId)?.name ?? periodId;
  const sortedPeriods = useMemo(() => [...periods].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end)), [periods]);

  return (
    <>
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Team lists</h1>
          <p className="intro">
            {mayWriteTeam
              ? `${teamName}’s objectives for ${periodName}, most important first. Drag a rank handle or press Alt+↑/↓ on a row to re-rank; open a row to edit it.`
              : `${teamName}’s objectives for ${periodName}, most important first. Only ${teamName} ranks, adds and deletes them.`}
          </p>
        </div>
        <div className="page-settings" role="group" aria-label="List settings">
          <div className="page-setting">
            <label htmlFor={teamSelectId}>Team</label>
            <select id={teamSelectId} value={teamId} onChange={(event) => setTeamId(event.target.value)}>
              {Object.entries(teamNames).map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="page-setting">
            <label htmlFor={periodSelectId}>Period</label>
            <select id={periodSelectId} value={periodId} onChange={(event) => setPeriodId(event.target.value)}>
              {sortedPeriods.map((period) => (
                <option key={period.id} value={period.id}>
                  {period.name}
                </option>
              ))}
            </select>
          </div>
        </div>
      </header>
      <section className="list-section" aria-label={`${teamName}, ${periodName}`}>
        <ObjectiveList key={`${teamId}:${periodId}`} teamId={teamId} periodId={periodId} readOnly={!mayWriteTeam} />
      </section>
    </>
  );
}
