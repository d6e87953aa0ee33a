import type { IsoDate } from '../model/model.types';
import { PLANNING_PHASES, type PlanningCycle, type PlanningPhase, type PlanningRole } from './cycle.types';

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
} as const satisfies Record<string, readonly PlanningPhase[]>;

/** An action of the planning meeting that a phase allows or not. */
export type PlanningAction = keyof typeof PHASES_OF_ACTION;

/**
 * Whether a cycle's phase allows an action now, and why not: the wrong phase, or the phase's
 * deadline (inclusive, compared as calendar dates in UTC) has passed.
 * @example phaseAllows(cycle, 'vote', '2026-03-12') // { ok: false, message: 'voting happens in screening or preliminary-presentation; the cycle is in proposal' }
 */
export function phaseAllows(cycle: PlanningCycle, action: PlanningAction, today: IsoDate): { ok: true } | { ok: false; message: string } {
  const phases: readonly PlanningPhase[] = PHASES_OF_ACTION[action];
  const verb = { propose: 'proposing', comment: 'discussion', vote: 'voting', confirm: 'confirmation' }[action];
  if (!phases.includes(cycle.phase)) return { ok: false, message: `${verb} happens in ${phases.join(' or ')}; the cycle is in ${cycle.phase}` };
  const deadline = cycle.phases.find((entry) => entry.phase === cycle.phase)?.deadline;
  if (deadline !== undefined && today > deadline) return { ok: false, message: `the ${cycle.phase} phase ended on ${deadline}` };
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
