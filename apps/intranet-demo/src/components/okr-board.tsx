import type { Objective, Period } from '@okrkit/core';
import { useId } from 'react';
import type { Person } from '../../shared/directory.mjs';
import { formatDate } from '../format';
import { ObjectiveCard } from './objective-card';
import { useNow, useOkrSnapshot, useOkrStore } from './store-context';

export interface OkrBoardProps {
  /** The signed-in person: check-in author, and "Your team". */
  person: Person;
  /** Display names of people and teams, by id. */
  personName: (id: string) => string;
  teamNames: Readonly<Record<string, string>>;
}

/** Objectives of one period, by team (teams in directory order), each by priority. */
function byTeam(objectives: readonly Objective[], teamOrder: readonly string[]): [string, Objective[]][] {
  const groups = new Map<string, Objective[]>();
  for (const objective of objectives) {
    const team = objective.teamId ?? '';
    groups.set(team, [...(groups.get(team) ?? []), objective]);
  }
  const rank = (team: string) => (teamOrder.includes(team) ? teamOrder.indexOf(team) : teamOrder.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([team, list]) => [team, [...list].sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity) || a.title.localeCompare(b.title))]);
}

/** Longer periods first when they start together: the year before its quarters. */
function periodOrder(a: Period, b: Period): number {
  return a.start.localeCompare(b.start) || b.end.localeCompare(a.end);
}

function PeriodSection({ period, objectives, ...props }: OkrBoardProps & { period: Period; objectives: Objective[] }) {
  const headingId = useId();
  const { okrSet } = useOkrSnapshot();
  const now = useNow();
  return (
    <section data-slot="period" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {period.name} <span data-slot="period-dates">{`${formatDate(period.start)} – ${formatDate(period.end)}`}</span>
      </h2>
      {byTeam(objectives, Object.keys(props.teamNames)).map(([teamId, list]) => {
        const teamName = props.teamNames[teamId] ?? (teamId || 'No team');
        const mine = teamId !== '' && teamId === props.person.teamId;
        return (
          <section key={teamId} data-slot="team" data-state={mine ? 'mine' : undefined} aria-label={`${teamName}, ${period.name}`}>
            <h3>{teamName}</h3>
            {list.map((objective) => (
              <ObjectiveCard
                key={objective.id}
                objective={objective}
                okrSet={okrSet}
                now={now}
                authorId={props.person.id}
                personName={props.personName}
                badge={mine ? 'Your team' : undefined}
                forbiddenHint={`Only members of ${teamName} and the CEO can change it.`}
              />
            ))}
          </section>
        );
      })}
    </section>
  );
}

/**
 * The host's OKR page body: every objective the store holds, grouped by period and team.
 * Grouping and wording are the host's; every figure comes from the core.
 */
export function OkrBoard(props: OkrBoardProps) {
  const store = useOkrStore();
  const snapshot = useOkrSnapshot();
  const { status, okrSet, error, loadIssues } = snapshot;
  if (status === 'error') {
    return (
      <div role="alert" data-slot="load-error">
        <p>The OKRs could not be loaded: {error?.message ?? 'unknown error'}</p>
        <button type="button" onClick={() => void store.load().catch(() => undefined)}>
          Try again
        </button>
      </div>
    );
  }
  if (status !== 'ready' && okrSet.objectives.length === 0) {
    return (
      <p role="status" data-slot="loading">
        Loading OKRs…
      </p>
    );
  }
  const periods = [...okrSet.periods].sort(periodOrder);
  const sections = periods
    .map((period) => ({ period, objectives: okrSet.objectives.filter((objective) => objective.periodId === period.id) }))
    .filter((section) => section.objectives.length > 0);
  return (
    <div data-slot="board">
      {loadIssues.length > 0 ? (
        <p data-slot="warning">
          {loadIssues.length} stored record{loadIssues.length === 1 ? ' was' : 's were'} invalid and left out (first: {loadIssues[0]!.path}: {loadIssues[0]!.message}).
        </p>
      ) : null}
      {sections.length === 0 ? <p>No objectives yet.</p> : null}
      {sections.map(({ period, objectives }) => (
        <PeriodSection key={period.id} period={period} objectives={objectives} {...props} />
      ))}
    </div>
  );
}
