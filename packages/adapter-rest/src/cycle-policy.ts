import type { Objective, PlanningCycle, PlanningRole } from '@okrkit/core';
import type { Authorize } from './handler-policy';
import { defaultAuthorOf } from './handler-authors';

/** Options of {@link createCyclePolicy}. */
export interface CyclePolicyOptions<Identity> {
  /** The policy for everything else (objectives, key results, close-outs…), e.g. `createTeamPolicy(…)`. */
  fallback: Authorize<Identity>;
  /** The identity's person id, matched against the cycle's participants. @default `identity.id` */
  personOf?: (identity: Identity) => string | null;
  /** Who creates and deletes cycles (and may do everything in them). @default nobody */
  isAdmin?: (identity: Identity) => boolean;
  /**
   * Who may move a `proposed` objective on (to `active` when confirmed, to `draft` when
   * rejected). An objective does not name its cycle, so this is a person-level rule; the
   * cycle's own record, whose decision the same batch writes, is checked by the cycle's roles.
   * @default isAdmin
   */
  isConfirmer?: (identity: Identity) => boolean;
}

const field = (record: unknown, name: string): unknown => (typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[name] : undefined);

/**
 * The planning meeting's roles as an `authorize` (DOMAIN.md §5): each cycle's participants
 * decide — proposers propose (a proposal in their own name, its objective created in state
 * `proposed` and owned by them), voters vote (their own one vote) and comment, the
 * proposal's proposer answers in its discussion, only the cycle's confirmer updates the
 * cycle (its phase and decision), admins create and delete cycles. Participants read their
 * cycle's records. Every other kind, and every other objective write, goes to `fallback`.
 * No rule here or anywhere rates a person: votes rank proposals (DOMAIN.md §6).
 * @example
 * const authorize = createCyclePolicy({ fallback: createTeamPolicy({ teamOf }), isAdmin: (user) => user.admin });
 */
export function createCyclePolicy<Identity>(options: CyclePolicyOptions<Identity>): Authorize<Identity> {
  const personOf = options.personOf ?? defaultAuthorOf;
  const isAdmin = options.isAdmin ?? (() => false);
  const isConfirmer = options.isConfirmer ?? isAdmin;
  const roleIn = (cycle: PlanningCycle | null | undefined, person: string | null, role: PlanningRole) =>
    person !== null && cycle?.participants?.some((participant) => participant.personId === person && participant.roles.includes(role)) === true;
  const participates = (cycle: PlanningCycle | null | undefined, person: string | null) => person !== null && cycle?.participants?.some((participant) => participant.personId === person) === true;
  return (identity, action, target) => {
    if (identity === null || identity === undefined) return false;
    const admin = isAdmin(identity) === true;
    const person = personOf(identity);
    const { kind, record, cycle } = target;
    switch (kind) {
      case 'planningCycle':
        if (action === 'read') return admin || participates(record as PlanningCycle, person);
        if (action === 'update') return admin || roleIn(record as PlanningCycle, person, 'confirmer');
        return admin;
      case 'proposal':
        if (action === 'read') return admin || participates(cycle, person);
        return admin || (field(record, 'proposerId') === person && roleIn(cycle, person, 'proposer'));
      case 'vote':
        if (action === 'read') return admin || participates(cycle, person);
        return admin || (field(record, 'voterId') === person && roleIn(cycle, person, 'voter'));
      case 'proposalComment': {
        if (action === 'read') return admin || participates(cycle, person);
        if (field(record, 'authorId') !== person) return admin;
        // Whose proposal it is: the proposal's proposer (the handler and PlanningBoard pass it);
        // without it, the proposed objective's owner (the proposer unless they named another).
        const proposerOfIt = person !== null && (target.proposal ? field(target.proposal, 'proposerId') === person : target.objective?.ownerId === person);
        return admin || roleIn(cycle, person, 'voter') || roleIn(cycle, person, 'confirmer') || proposerOfIt;
      }
      case 'objective': {
        const objective = record as Objective;
        // Proposing: the proposer creates their own objective in state proposed.
        if (action === 'create' && objective.state === 'proposed' && person !== null && objective.ownerId === person) return true;
        // Confirming or rejecting: a proposed objective moves on only by a confirmer.
        if ((action === 'update' || action === 'delete') && objective.state === 'proposed') return isConfirmer(identity) === true || options.fallback(identity, action, target);
        return options.fallback(identity, action, target);
      }
      default:
        return options.fallback(identity, action, target);
    }
  };
}
