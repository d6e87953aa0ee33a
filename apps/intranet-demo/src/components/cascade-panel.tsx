import { OKR_LIMITS, type Objective, type OkrStoreSnapshot, type PlanningCycle } from '@okrkit/core';
import type { CycleStore } from '@okrkit/core/cycle';
import { ObjectiveCard, useOkrSelector, usePolicy } from '@okrkit/react';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { planningDepartmentIds } from '../org-chart';
import { useCycleSnapshot } from '../use-cycle-snapshot';

export interface CascadePanelProps {
  cycles: CycleStore;
  /** The cycle, once its confirmer decided. */
  cycle: PlanningCycle;
  teamNames: Readonly<Record<string, string>>;
}

const selectObjectives = (snapshot: OkrStoreSnapshot) => snapshot.okrSet.objectives;

/** A refusal's messages, with their paths, as one sentence. */
function describeFailure(error: unknown): string {
  const errors = (error as { errors?: Array<{ path: string; message: string }> } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) return errors.map((problem) => (problem.path ? `${problem.path}: ${problem.message}` : problem.message)).join('; ');
  return error instanceof Error ? error.message : String(error);
}

/**
 * Top-down alignment (DOMAIN.md §5 step 5), host code: a department's objective drafted under
 * one of the objectives the CEO confirmed, through okrkit's `cycleStore.cascadeObjective`
 * (state `draft`, in the cycle's period, linked by `parentId`, its title to be rewritten by
 * the department). The departments offered are those the shared policy lets the signed-in
 * person create objectives in: every department for the CEO, your own for a department's
 * member, none for someone outside the company (the form is not shown). A refused draft keeps
 * what was typed, with the reason. Below, every department objective cascaded so far, as cards.
 */
export function CascadePanel({ cycles, cycle, teamNames }: CascadePanelProps) {
  const headingId = useId();
  const parentSelectId = useId();
  const teamSelectId = useId();
  const titleId = useId();
  const errorId = useId();
  const ask = usePolicy();
  const objectives = useOkrSelector(selectObjectives);
  const { records } = useCycleSnapshot(cycles);
  const confirmed = useMemo(() => {
    const byId = new Map(objectives.map((objective) => [objective.id, objective]));
    return (cycle.decision?.order ?? [])
      .map((proposalId) => records.proposals.find((proposal) => proposal.id === proposalId)?.objectiveId)
      .map((objectiveId) => (objectiveId === undefined ? undefined : byId.get(objectiveId)))
      .filter((objective): objective is Objective => objective !== undefined && objective.state === 'active');
  }, [cycle.decision, records.proposals, objectives]);
  const cascaded = useMemo(() => {
    const parents = new Set(confirmed.map((objective) => objective.id));
    return objectives.filter((objective) => objective.parentId !== undefined && parents.has(objective.parentId) && objective.teamId !== undefined);
  }, [confirmed, objectives]);
  const departments = planningDepartmentIds.filter(
    (teamId) => ask('create', { kind: 'objective', record: { id: '', title: '', periodId: cycle.periodId, state: 'draft', teamId }, objective: null }).allowed,
  );
  const [parentId, setParentId] = useState('');
  const [teamId, setTeamId] = useState('');
  const [title, setTitle] = useState('');
  const [state, setState] = useState<{ saving: boolean; failure: string | null; done: string }>({ saving: false, failure: null, done: '' });
  const chosenParent = confirmed.find((objective) => objective.id === parentId) ?? confirmed[0];
  const chosenTeam = departments.includes(teamId) ? teamId : departments[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosenParent || !chosenTeam || state.saving) return;
    setState({ saving: true, failure: null, done: '' });
    try {
      const draft = await cycles.cascadeObjective(chosenParent.id, { teamId: chosenTeam }, title.trim() === '' ? {} : { title: title.trim() });
      setTitle('');
      setState({ saving: false, failure: null, done: `Drafted for ${teamNames[chosenTeam] ?? chosenTeam}: ${draft.title}` });
    } catch (error) {
      // What was typed stays in the form.
      setState({ saving: false, failure: `Not drafted: ${describeFailure(error)}`, done: '' });
    }
  }

  return (
    <section className="cascade-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Cascade to departments</h2>
      {confirmed.length === 0 ? null : departments.length === 0 ? (
        <p className="intro">The departments draft their objectives under the confirmed ones; you follow along.</p>
      ) : (
        <form className="cascade-form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="filter-field">
            <label htmlFor={parentSelectId}>Confirmed objective</label>
            <select id={parentSelectId} value={chosenParent?.id ?? ''} onChange={(event) => setParentId(event.target.value)}>
              {confirmed.map((objective) => (
                <option key={objective.id} value={objective.id}>
                  {objective.title}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-field">
            <label htmlFor={teamSelectId}>Department</label>
            <select id={teamSelectId} value={chosenTeam ?? ''} onChange={(event) => setTeamId(event.target.value)}>
              {departments.map((id) => (
                <option key={id} value={id}>
                  {teamNames[id] ?? id}
                </option>
              ))}
            </select>
          </div>
          <div className="filter-field filter-field-text">
            <label htmlFor={titleId}>Department objective</label>
            <input
              id={titleId}
              type="text"
              dir="auto"
              maxLength={OKR_LIMITS.text.title}
              value={title}
              placeholder={chosenParent?.title}
              aria-describedby={state.failure ? errorId : undefined}
              onChange={(event) => setTitle(event.target.value)}
            />
          </div>
          <button type="submit" className="intranet-button" aria-disabled={state.saving}>
            {state.saving ? 'Drafting…' : 'Draft for the department'}
          </button>
          {state.failure ? (
            <p id={errorId} role="alert" className="cascade-error">
              {state.failure}
            </p>
          ) : null}
          <p role="status" className="cascade-status">
            {state.done}
          </p>
        </form>
      )}
      {cascaded.length > 0 ? (
        <ul className="board-cards cascade-cards" aria-label="Department objectives">
          {cascaded.map((objective) => (
            <li key={objective.id}>
              <ObjectiveCard objectiveId={objective.id} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
