import type { OkrStoreSnapshot, PlanningRole } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { PlanningBoard, useOkrSelector } from '@okrkit/react';
import type { Person } from '../../shared/directory.mjs';
import { PLANNED_PERIOD_ID, PLANNING_CYCLE_ID, rolesIn } from '../../shared/planning.mjs';
import { useCycleSnapshot } from '../use-cycle-snapshot';
import { CascadePanel } from './cascade-panel';

export interface PlanningPageProps {
  person: Person;
  /** The page's planning-cycle store (loaded by the app). */
  cycles: CycleStore;
  teamNames: Readonly<Record<string, string>>;
}

const selectPeriods = (snapshot: OkrStoreSnapshot) => snapshot.okrSet.periods;

/** What the signed-in person does in the meeting, in one sentence. Host words. */
function roleSentence(roles: readonly PlanningRole[], periodName: string): string {
  if (roles.includes('confirmer')) {
    return `You chair the ${periodName} meeting: move it on phase by phase, confirm the objectives in the tallied order (or another, with the reason kept), then cascade them to the departments.`;
  }
  if (roles.includes('voter')) return `You are in management for ${periodName}: discuss the proposals, then rank them with your vote while they are screened and presented.`;
  if (roles.includes('proposer')) return `You propose objectives for ${periodName}, each with the strategy it answers; you can answer in its discussion. Management ranks them, the CEO confirms.`;
  return `You follow the ${periodName} meeting: only its participants propose, vote and confirm.`;
}

/**
 * "Planning": the quarterly OKR meeting for Q2 2026 in okrkit's `PlanningBoard`, the signed-in
 * person acting in their role (the cycle's roles, and the shared policy the server enforces);
 * below it, once the CEO has confirmed, the cascade of the confirmed objectives to the
 * departments (host form over `cycleStore.cascadeObjective`). The board shows the announcement
 * export itself.
 */
export function PlanningPage({ person, cycles, teamNames }: PlanningPageProps) {
  const snapshot = useCycleSnapshot(cycles);
  const periods = useOkrSelector(selectPeriods);
  const cycle = snapshot.records.planningCycles.find((candidate) => candidate.id === PLANNING_CYCLE_ID);
  const periodName = periods.find((period) => period.id === PLANNED_PERIOD_ID)?.name ?? PLANNED_PERIOD_ID;
  return (
    <>
      <header className="page-header">
        <div>
          <h1 tabIndex={-1}>Planning</h1>
          <p className="intro">
            {person.name}, {roleSentence(rolesIn(cycle, person.id), periodName).replace(/^Y/, 'y')}
          </p>
        </div>
      </header>
      {snapshot.status === 'error' ? (
        <div role="alert" className="board-message" data-state="error">
          <p>The planning cycle could not be loaded: {snapshot.error?.message ?? 'unknown error'}</p>
          <button type="button" className="intranet-button" onClick={() => void cycles.load().catch(() => undefined)}>
            Try again
          </button>
        </div>
      ) : null}
      <div className="planning-section">
        {/* A new person starts from a fresh board: the last one's "Proposal submitted." is not theirs. */}
        <PlanningBoard key={person.id} cycleStore={cycles} cycleId={PLANNING_CYCLE_ID} />
      </div>
      {cycle?.decision ? <CascadePanel cycles={cycles} cycle={cycle} teamNames={teamNames} /> : null}
    </>
  );
}
