import type { IsoDate } from '../model/model.types';
import type { CycleRefusal, PlanningAction } from './cycle-refusal';
import { PLANNING_PHASES, type PlanningCycle, type PlanningPhase, type PlanningRole, type Proposal } from './cycle.types';

export type { PlanningAction } from './cycle-refusal';

/** The phases each action of the meeting belongs to (DOMAIN.md §5). */
export const PHASES_OF_ACTION = {
  /** Step 1: employees submit proposed objectives. */
  propose: ['proposal'],
  /** Steps 1–3: proposals are discussed while they are submitted, screened and presented. */
  comment: ['proposal', 'screening', 'preliminary-presentation'],
  /** Steps 2–3: management screens and ranks. */
  vote: ['screening', 'preliminary-presentation'],
  /** Step 4: the CEO confirms. */
  confirm: ['confirmation'],
} as const satisfies Record<PlanningAction, readonly PlanningPhase[]>;

/**
 * Whether a cycle's phase allows an action now, and why not, with a stable code: `wrong-phase`
 * (the action belongs to other phases) or `deadline-passed` (the phase's deadline, inclusive,
 * compared as calendar dates in UTC, has passed). Word the refusal by its code and facts; its
 * `message` is okrkit's English, for logs.
 * @example phaseAllows(cycle, 'vote', '2026-03-12') // { ok: false, code: 'wrong-phase', action: 'vote', phase: 'proposal', phases: ['screening', 'preliminary-presentation'], message: 'voting happens in screening or preliminary-presentation; the cycle is in proposal' }
 */
export function phaseAllows(cycle: PlanningCycle, action: PlanningAction, today: IsoDate): { ok: true } | ({ ok: false } & Extract<CycleRefusal, { code: 'wrong-phase' | 'deadline-passed' }>) {
  const phases: readonly PlanningPhase[] = PHASES_OF_ACTION[action];
  const verb = { propose: 'proposing', comment: 'discussion', vote: 'voting', confirm: 'confirmation' }[action];
  if (!phases.includes(cycle.phase)) return { ok: false, code: 'wrong-phase', action, phase: cycle.phase, phases, message: `${verb} happens in ${phases.join(' or ')}; the cycle is in ${cycle.phase}` };
  const deadline = cycle.phases.find((entry) => entry.phase === cycle.phase)?.deadline;
  if (deadline !== undefined && today > deadline) return { ok: false, code: 'deadline-passed', action, phase: cycle.phase, deadline, message: `the ${cycle.phase} phase ended on ${deadline}` };
  return { ok: true };
}

/**
 * The phase after `phase`, or null after the last (the announcement).
 * @example nextPhase('proposal') // 'screening'
 */
export function nextPhase(phase: PlanningPhase): PlanningPhase | null {
  return PLANNING_PHASES[PLANNING_PHASES.indexOf(phase) + 1] ?? null;
}

/**
 * Whether going from `from` to `to` moves forward (phases only move forward, except by a
 * reopening with a reason).
 * @example isForward('screening', 'confirmation') // true
 */
export function isForward(from: PlanningPhase, to: PlanningPhase): boolean {
  return PLANNING_PHASES.indexOf(to) > PLANNING_PHASES.indexOf(from);
}

/**
 * Whether a person has a role in a cycle.
 * @example hasRole(cycle, 'ceo', 'confirmer') // true
 */
export function hasRole(cycle: PlanningCycle, personId: string, role: PlanningRole): boolean {
  return cycle.participants.some((participant) => participant.personId === personId && participant.roles.includes(role));
}

/**
 * Whether a person's role in a cycle lets them do an action, and why not, with a stable code:
 * proposing needs the proposer role (`not-a-proposer`), voting the voter role (`not-a-voter`),
 * confirming the confirmer role (`not-the-confirmer`); discussing a proposal is for voters, the
 * confirmer and that proposal's proposer (`not-a-discussant`) — without `proposal`, for anyone
 * with the proposer role (they may discuss their own).
 * @example roleAllows(cycle, 'eve', 'comment', proposalByBen) // { ok: false, code: 'not-a-discussant', personId: 'eve', message: '…' }
 */
export function roleAllows(cycle: PlanningCycle, personId: string | undefined, action: PlanningAction, proposal?: Pick<Proposal, 'proposerId'>): { ok: true } | ({ ok: false } & Extract<CycleRefusal, { personId: string }>) {
  const person = personId ?? '';
  const has = (role: PlanningRole) => personId !== undefined && hasRole(cycle, personId, role);
  switch (action) {
    case 'propose':
      return has('proposer') ? { ok: true } : { ok: false, code: 'not-a-proposer', personId: person, message: `${person} may not propose in this cycle (no proposer role)` };
    case 'vote':
      return has('voter') ? { ok: true } : { ok: false, code: 'not-a-voter', personId: person, message: `${person} may not vote in this cycle (no voter role)` };
    case 'confirm':
      return has('confirmer') ? { ok: true } : { ok: false, code: 'not-the-confirmer', personId: person, message: `${person} is not this cycle's confirmer` };
    case 'comment': {
      const proposerOfIt = proposal ? personId !== undefined && proposal.proposerId === personId : has('proposer');
      return has('voter') || has('confirmer') || proposerOfIt ? { ok: true } : { ok: false, code: 'not-a-discussant', personId: person, message: `${person} may not discuss this proposal (only voters, the confirmer and its proposer)` };
    }
    default:
      return action satisfies never;
  }
}
