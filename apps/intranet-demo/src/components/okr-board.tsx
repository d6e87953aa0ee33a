import type { OkrStoreSnapshot } from '@okrkit/core';
import { ObjectiveCard, OkrSummary, useOkrSelector, useStoreStatus } from '@okrkit/react';
import { useCallback, useId } from 'react';
import type { Person } from '../../shared/directory.mjs';
import { topLevelTeamIds } from '../org-chart';

export interface OkrBoardProps {
  /** The signed-in person: marks "Your team". */
  person: Person;
  /** Display names of teams, by id; their order is the board's order. */
  teamNames: Readonly<Record<string, string>>;
  /** Loads the OKRs again after a failed load. */
  reload: () => void;
}

/** The host's org chart, for okrkit's health checks. A stable object, as `lintOptions` asks. */
const lintOptions = { topLevelTeamIds } as const;

/** The board's outline: which objective goes where. Ids and names only, no figures. */
interface PeriodGroup {
  periodId: string;
  periodName: string;
  teams: { teamId: string; objectiveIds: string[] }[];
}

/**
 * Periods in time order (a year before its halves and quarters), then teams in directory
 * order, then objectives by priority rank. Host layout: okrkit has no opinion on it.
 */
function boardLayout(snapshot: OkrStoreSnapshot, teamOrder: readonly string[]): PeriodGroup[] {
  const { periods, objectives } = snapshot.okrSet;
  const teamRank = (teamId: string) => (teamOrder.includes(teamId) ? teamOrder.indexOf(teamId) : teamOrder.length);
  return [...periods]
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end))
    .map((period) => {
      const teams = new Map<string, typeof objectives>();
      for (const objective of objectives) {
        if (objective.periodId !== period.id) continue;
        const teamId = objective.teamId ?? '';
        teams.set(teamId, [...(teams.get(teamId) ?? []), objective]);
      }
      return {
        periodId: period.id,
        periodName: period.name,
        teams: [...teams]
          .sort(([a], [b]) => teamRank(a) - teamRank(b) || a.localeCompare(b))
          .map(([teamId, list]) => ({
            teamId,
            objectiveIds: [...list]
              .sort((a, b) => (a.priority ?? Infinity) - (b.priority ?? Infinity) || a.title.localeCompare(b.title))
              .map((objective) => objective.id),
          })),
      };
    })
    .filter((group) => group.teams.length > 0);
}

// The outline is tiny; comparing it as text keeps the board from re-rendering on check-ins.
const sameLayout = (a: PeriodGroup[], b: PeriodGroup[]) => JSON.stringify(a) === JSON.stringify(b);
const selectLoadIssues = (snapshot: OkrStoreSnapshot) => snapshot.loadIssues;

function PeriodSection({ group, person, teamNames }: OkrBoardProps & { group: PeriodGroup }) {
  const headingId = useId();
  return (
    <section className="board-period" aria-labelledby={headingId}>
      <h2 id={headingId}>{group.periodName}</h2>
      <div className="board-teams">
        {group.teams.map(({ teamId, objectiveIds }) => {
          const teamName = teamNames[teamId] ?? (teamId || 'No team');
          const mine = teamId !== '' && teamId === person.teamId;
          return (
            <section key={teamId} className="board-team" data-mine={mine ? '' : undefined} aria-label={`${teamName}, ${group.periodName}`}>
              <h3>
                {teamName}
                {mine ? <span className="board-team-badge">Your team</span> : null}
              </h3>
              {/* The team's period at a glance: okrkit's summary, numbers as text beside each bar. */}
              {teamId !== '' ? <OkrSummary className="board-summary" teamId={teamId} periodId={group.periodId} scopeName={`${teamName}, ${group.periodName}`} maxOutdatedListed={3} /> : null}
              <div className="board-cards">
                {objectiveIds.map((objectiveId) => (
                  <ObjectiveCard key={objectiveId} objectiveId={objectiveId} lintOptions={lintOptions} />
                ))}
              </div>
            </section>
          );
        })}
      </div>
    </section>
  );
}

/**
 * The host's OKR page body: every objective the store holds as an okrkit `ObjectiveCard`,
 * grouped by period and team. Grouping and wording are the host's; every figure, edit and
 * check-in is the card's.
 */
export function OkrBoard(props: OkrBoardProps) {
  const { status, error } = useStoreStatus();
  const loadIssues = useOkrSelector(selectLoadIssues);
  const { teamNames } = props;
  const layout = useOkrSelector(
    useCallback((snapshot: OkrStoreSnapshot) => boardLayout(snapshot, Object.keys(teamNames)), [teamNames]),
    sameLayout,
  );

  if (status === 'error' && layout.length === 0) {
    return (
      <div role="alert" className="board-message" data-state="error">
        <p>The OKRs could not be loaded: {error?.message ?? 'unknown error'}</p>
        <button type="button" className="intranet-button" onClick={props.reload}>
          Try again
        </button>
      </div>
    );
  }
  if (status !== 'ready' && layout.length === 0) {
    return (
      <p role="status" className="board-message">
        Loading OKRs…
      </p>
    );
  }
  return (
    <div className="board">
      {loadIssues.length > 0 ? (
        // 'error': invalid, left out; 'warning': kept, but a reference it holds names nothing.
        <p className="board-message" data-state="warning">
          {loadIssues.length} stored record{loadIssues.length === 1 ? ' has a problem' : 's have problems'}:{' '}
          {loadIssues.filter((issue) => issue.severity === 'error').length} invalid and left out,{' '}
          {loadIssues.filter((issue) => issue.severity === 'warning').length} shown but naming records that do not exist (first: {loadIssues[0]!.path}:{' '}
          {loadIssues[0]!.message}).
        </p>
      ) : null}
      {layout.length === 0 ? <p className="board-message">No objectives yet.</p> : null}
      {layout.map((group) => (
        <PeriodSection key={group.periodId} group={group} {...props} />
      ))}
    </div>
  );
}
