import type { CloseOut, Objective, OkrStoreSnapshot } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { CloseOutDialog, ObjectiveCard, useOkrSelector } from '@okrkit/react';
import { useMemo } from 'react';
import type { Person } from '../../shared/directory.mjs';
import { PLANNED_PERIOD_ID, REVIEWED_PERIOD_ID } from '../../shared/planning.mjs';
import { useCycleSnapshot } from '../use-cycle-snapshot';

export interface ReviewPageProps {
  person: Person;
  /** The page's planning-cycle store (loaded by the app): close-outs are its records. */
  cycles: CycleStore;
  teamNames: Readonly<Record<string, string>>;
}

const selectOkrSet = (snapshot: OkrStoreSnapshot) => snapshot.okrSet;

/** Objectives of `periodId` that are under way or closed (drafts and proposals are not reviewed), by team in `teamNames` order. */
function byTeam(objectives: readonly Objective[], periodId: string, teamNames: Readonly<Record<string, string>>): { teamId: string; objectives: Objective[] }[] {
  const order = Object.keys(teamNames);
  const groups = new Map<string, Objective[]>();
  for (const objective of objectives) {
    if (objective.periodId !== periodId || !['active', 'closed'].includes(objective.state ?? 'active')) continue;
    const teamId = objective.teamId ?? '';
    groups.set(teamId, [...(groups.get(teamId) ?? []), objective]);
  }
  const rank = (teamId: string) => (order.includes(teamId) ? order.indexOf(teamId) : order.length);
  return [...groups.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([teamId, list]) => ({ teamId, objectives: list }));
}

/**
 * "Review": closing Q1 2026 (DOMAIN.md §5, evaluate). Each objective of the quarter as an
 * `ObjectiveCard`; an active one offers **Close out** (okrkit's `CloseOutDialog`: final grades,
 * result, retrospective, carry-over, one batch through the cycle store), a closed one shows its
 * close-out (`ObjectiveCard.Closed`: result and grade, the retrospective, Reopen where the
 * policy allows). Below, what was carried over into Q2 2026. The dialog asks the shared policy:
 * only the objective's team (or the CEO) closes it.
 */
export function ReviewPage({ person, cycles, teamNames }: ReviewPageProps) {
  const okrSet = useOkrSelector(selectOkrSet);
  const { records, status, error } = useCycleSnapshot(cycles);
  const closeOuts = useMemo(() => new Map<string, CloseOut>(records.closeOuts.map((closeOut) => [closeOut.objectiveId, closeOut])), [records.closeOuts]);
  const groups = useMemo(() => byTeam(okrSet.objectives, REVIEWED_PERIOD_ID, teamNames), [okrSet.objectives, teamNames]);
  const carried = records.closeOuts
    .filter((closeOut) => closeOut.carriedOverToId !== undefined)
    .map((closeOut) => okrSet.objectives.find((objective) => objective.id === closeOut.carriedOverToId))
    .filter((objective): objective is Objective => objective !== undefined);
  const periodName = (id: string) => okrSet.periods.find((period) => period.id === id)?.name ?? id;
  const reviewed = periodName(REVIEWED_PERIOD_ID);
  const next = periodName(PLANNED_PERIOD_ID);

  return (
    <>
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Review</h1>
          <p className="intro">
            {person.name}, close {reviewed}: grade each key result (the suggested grade comes from its last check-in; adjust it and say why),
            say how each objective ended, what was met, what was missed and why, and the lessons. An objective can continue in {next}. Only an
            objective’s team, or the CEO, closes it.
          </p>
        </div>
      </header>
      {status === 'error' ? (
        <div role="alert" className="board-message" data-state="error">
          <p>The close-outs could not be loaded: {error?.message ?? 'unknown error'}</p>
          <button type="button" className="intranet-button" onClick={() => void cycles.load().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : null}
      {groups.map(({ teamId, objectives }) => (
        <section key={teamId} className="board-team review-team" aria-label={`${teamNames[teamId] ?? 'No team'}, ${reviewed}`}>
          <h2>{teamNames[teamId] ?? 'No team'}</h2>
          <ul className="board-cards">
            {objectives.map((objective) => {
              const closed = objective.state === 'closed';
              return (
                <li key={objective.id}>
                  <ObjectiveCard
                    objectiveId={objective.id}
                    closeOut={closeOuts.get(objective.id)}
                    onReopen={closed ? () => void cycles.reopen(objective.id).catch(() => undefined) : undefined}
                    actions={
                      closed ? undefined : (
                        <CloseOutDialog
                          objectiveId={objective.id}
                          cycleStore={cycles}
                          trigger={
                            <button type="button" className="intranet-button">
                              Close out
                            </button>
                          }
                        />
                      )
                    }
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <section className="review-carried" aria-labelledby="review-carried-heading">
        <h2 id="review-carried-heading">Carried over into {next}</h2>
        {carried.length === 0 ? (
          <p className="intro">Nothing yet: choose “Carried over” when closing an objective to continue it in {next}.</p>
        ) : (
          <ul className="board-cards">
            {carried.map((objective) => (
              <li key={objective.id}>
                <ObjectiveCard objectiveId={objective.id} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {/*
        PERIOD REVIEW — placeholder. okrkit's `PeriodReview` widget (grade distribution by team
        and kind, results, lessons; branch h/period-review) is not in main yet. Once merged, it
        goes here: <PeriodReview periodId={REVIEWED_PERIOD_ID} closeOuts={records.closeOuts} />.
      */}
    </>
  );
}
