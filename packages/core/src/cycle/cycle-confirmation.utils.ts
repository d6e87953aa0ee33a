import type { Objective } from '../model/model.types';
import type { Change } from '../store/adapter.types';
import type { PlanningCycle, Proposal } from './cycle.types';

/** What the confirmer decided: the order to activate, and the proposals rejected with reasons. */
export interface ConfirmationDecision {
  confirmerId: string;
  /** Proposal ids to activate, best first. */
  order: string[];
  /** The tallied order; when `order` differs from it, `overrideReason` is required. */
  talliedOrder: string[];
  overrideReason?: string;
  rejections: Array<{ proposalId: string; reason: string }>;
}

/** A confirmation that may be applied, or why it may not. */
export type ConfirmationOutcome =
  | { ok: true; changes: Change[]; overridden: boolean }
  | { ok: false; errors: Array<{ path: string; message: string }> };

/**
 * Turns the confirmer's decision into one store batch: confirmed proposals' objectives move
 * from `proposed` to `active` with priorities 1, 2, … in the decided order; rejected ones go back
 * to `draft` (the rejection reasons live on the decision, which the host stores with the cycle,
 * rather than overwriting anything the proposer wrote). Only a participant with
 * the `confirmer` role may confirm; an order that differs from the tally needs a reason.
 *
 * @example
 * confirmProposals(cycle, proposals, objectives, versions, { confirmerId: 'ceo', order: ['p2', 'p1'], talliedOrder: ['p1', 'p2'], overrideReason: 'Cash first', rejections: [] })
 * // → { ok: true, overridden: true, changes: [{ op: 'put', kind: 'objective', record: { …, state: 'active', priority: 1 } }, …] }
 */
export function confirmProposals(
  cycle: PlanningCycle,
  proposals: readonly Proposal[],
  objectives: ReadonlyMap<string, { record: Objective; version: number }>,
  decision: ConfirmationDecision,
): ConfirmationOutcome {
  const errors: Array<{ path: string; message: string }> = [];
  const confirmer = cycle.participants.find((participant) => participant.personId === decision.confirmerId);
  if (!confirmer?.roles.includes('confirmer')) errors.push({ path: 'confirmerId', message: `${decision.confirmerId} is not this cycle's confirmer` });
  const byId = new Map(proposals.filter((proposal) => proposal.cycleId === cycle.id).map((proposal) => [proposal.id, proposal]));
  const seen = new Set<string>();
  const talliedKept = decision.talliedOrder.filter((proposalId) => decision.order.includes(proposalId));
  const overridden = talliedKept.length !== decision.order.length || talliedKept.some((proposalId, index) => decision.order[index] !== proposalId);
  if (overridden && !decision.overrideReason?.trim()) errors.push({ path: 'overrideReason', message: 'an order that differs from the tally needs a reason' });
  const check = (proposalId: string, path: string) => {
    const proposal = byId.get(proposalId);
    if (!proposal) { errors.push({ path, message: `unknown proposal ${proposalId}` }); return undefined; }
    if (seen.has(proposalId)) { errors.push({ path, message: `proposal ${proposalId} is decided twice` }); return undefined; }
    seen.add(proposalId);
    const objective = objectives.get(proposal.objectiveId);
    if (!objective) { errors.push({ path, message: `objective ${proposal.objectiveId} not found` }); return undefined; }
    if ((objective.record.state ?? 'active') !== 'proposed') { errors.push({ path, message: `objective ${proposal.objectiveId} is not proposed` }); return undefined; }
    return objective;
  };
  const changes: Change[] = [];
  decision.order.forEach((proposalId, index) => {
    const objective = check(proposalId, `order[${index}]`);
    if (objective) changes.push({ op: 'put', kind: 'objective', record: { ...objective.record, state: 'active', priority: index + 1 }, expectedVersion: objective.version });
  });
  decision.rejections.forEach((rejection, index) => {
    if (!rejection.reason.trim()) errors.push({ path: `rejections[${index}].reason`, message: 'a rejection needs a reason' });
    const objective = check(rejection.proposalId, `rejections[${index}].proposalId`);
    if (objective) changes.push({ op: 'put', kind: 'objective', record: { ...objective.record, state: 'draft' }, expectedVersion: objective.version });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, changes, overridden };
}
