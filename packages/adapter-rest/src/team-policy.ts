import type { Objective, WeeklyReport } from '@okrkit/core';
import type { Authorize } from './handler-policy';
import { defaultAuthorOf } from './handler-authors';

/** Options of {@link createTeamPolicy}. */
export interface TeamPolicyOptions<Identity> {
  /** The identity's team; `null`, `undefined` or `''` for someone in no team (who then writes no team's records). */
  teamOf: (identity: Identity) => string | null | undefined;
  /** The identity's person id, matched against weekly reports' `authorId`. @default `identity.id` */
  personOf?: (identity: Identity) => string | null;
  /** Who may also write periods, company-wide objectives and every team's records. @default nobody */
  isAdmin?: (identity: Identity) => boolean;
  /** Whether everyone signed in reads every team's OKRs (writes stay with the team). @default false */
  readAllTeams?: boolean;
}

/** A real team id: two people "in no team" are not in the same team. */
const teamIdOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The usual intranet policy, as a ready `authorize` for {@link createOkrHandler}: people read
 * and write the objectives of their own team, with those objectives' key results and
 * check-ins. Everyone signed in reads the periods and the company-wide objectives (those
 * without a team); only admins write them. A weekly report is read by its author, their
 * team and admins, and written by its author only, filed under their own team (or none).
 * Everyone signed in reads the planning cycle's records; admins write cycles, people their
 * own proposals, comments and votes (roles: {@link createCyclePolicy}); a close-out goes with
 * its objective. Nobody anonymous reads or writes anything. A team is only ever matched by a real id:
 * a person without a team writes no record that has none (`undefined === undefined` grants
 * nothing), and a key result or check-in whose objective cannot be found is refused.
 * @example
 * const handler = createOkrHandler({
 *   storage,
 *   identify: (request) => sessionUser(request), // { id, teamId, admin } or null
 *   authorize: createTeamPolicy({ teamOf: (user) => user.teamId, isAdmin: (user) => user.admin }),
 * });
 */
export function createTeamPolicy<Identity>(options: TeamPolicyOptions<Identity>): Authorize<Identity> {
  const personOf = options.personOf ?? defaultAuthorOf;
  const isAdmin = options.isAdmin ?? (() => false);
  return (identity, action, { kind, record, objective }) => {
    if (identity === null || identity === undefined) return false;
    const admin = isAdmin(identity) === true;
    const team = teamIdOf(options.teamOf(identity));
    const inMyTeam = (teamId: unknown) => team !== null && teamIdOf(teamId) === team;
    switch (kind) {
      case 'period':
        return action === 'read' || admin;
      case 'weeklyReport': {
        const report = record as WeeklyReport;
        const person = personOf(identity);
        const mine = person !== null && report.authorId === person;
        if (action === 'read') return mine || admin || inMyTeam(report.teamId);
        return mine && (teamIdOf(report.teamId) === null || inMyTeam(report.teamId));
      }
      case 'objective':
      case 'keyResult':
      case 'checkIn': {
        const owner = kind === 'objective' ? (record as Objective) : objective;
        if (!owner) return false;
        const companyWide = teamIdOf(owner.teamId) === null;
        if (action === 'read') return admin || options.readAllTeams === true || companyWide || inMyTeam(owner.teamId);
        return admin || inMyTeam(owner.teamId);
      }
      // The planning meeting is company-wide: everyone signed in reads it. Who proposes, votes
      // and confirms is a matter of the cycle's roles: see createCyclePolicy. Without it, only
      // admins write cycles; people write their own proposals, comments and votes.
      case 'planningCycle':
        return action === 'read' || admin;
      case 'proposal':
      case 'proposalComment':
      case 'vote': {
        if (action === 'read') return true;
        const person = personOf(identity);
        const field = kind === 'proposal' ? 'proposerId' : kind === 'vote' ? 'voterId' : 'authorId';
        return admin || (person !== null && (record as unknown as Record<string, unknown>)[field] === person);
      }
      // A close-out belongs to its objective: read and written like it.
      case 'closeOut': {
        if (!objective) return false;
        if (action === 'read') return admin || options.readAllTeams === true || teamIdOf(objective.teamId) === null || inMyTeam(objective.teamId);
        return admin || inMyTeam(objective.teamId);
      }
      default:
        return kind satisfies never;
    }
  };
}
