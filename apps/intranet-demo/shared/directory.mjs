/**
 * The demo's people directory and write policy, shared by the server (which enforces it)
 * and the page (which only uses it to say what you may change). A real intranet has its
 * own directory and sessions; this stands in for them. Host code, not okrkit.
 */
import { domainExamplePeople, domainExampleTeams, domainExamples } from '@okrkit/core/examples';

/** The CEO may change every objective: the demo's admin. */
export const ADMIN_PERSON_ID = 'amara-osei';

/** The person the page signs in as until another one is chosen. */
export const DEFAULT_PERSON_ID = 'priya-nair';

/**
 * Colleagues who own no objective in the examples, so that some teams have more than one
 * person (weekly reports are read by teammates). Host data: `label` as the examples write
 * people, `teamId` their team.
 */
export const demoTeamMembers = {
  'noah-fischer': { label: 'Noah Fischer, Growth marketer', teamId: 'brightline-growth' },
  'ines-duarte': { label: 'Inês Duarte, Support agent', teamId: 'brightline-support' },
};

/**
 * People from the examples' display names, each placed in the team of the first
 * objective they own (the examples name owners and teams, not memberships), followed by
 * `members`, who are placed in the team given.
 * @param {import('@okrkit/core').OkrSet} [okrSet]
 * @param {Readonly<Record<string, string>>} [people]
 * @param {Readonly<Record<string, string>>} [teams]
 * @param {Readonly<Record<string, { label: string, teamId: string }>>} [members]
 * @returns {import('./directory.d.mts').Person[]}
 */
export function buildDirectory(okrSet = domainExamples, people = domainExamplePeople, teams = domainExampleTeams, members = demoTeamMembers) {
  const teamOf = new Map();
  for (const objective of okrSet.objectives) {
    if (objective.ownerId && objective.teamId && !teamOf.has(objective.ownerId)) teamOf.set(objective.ownerId, objective.teamId);
  }
  for (const [id, member] of Object.entries(members)) if (!teamOf.has(id)) teamOf.set(id, member.teamId);
  const labels = { ...people, ...Object.fromEntries(Object.entries(members).map(([id, member]) => [id, member.label])) };
  return Object.entries(labels).map(([id, label]) => {
    const comma = label.indexOf(', ');
    const teamId = teamOf.get(id) ?? null;
    return {
      id,
      name: comma === -1 ? label : label.slice(0, comma),
      role: comma === -1 ? '' : label.slice(comma + 2),
      teamId,
      teamName: teamId === null ? 'No team' : (teams[teamId] ?? teamId),
      admin: id === ADMIN_PERSON_ID,
    };
  });
}

/** The directory built from the domain examples. */
export const demoDirectory = buildDirectory();

/**
 * Whether a person may change an objective (and its key results and check-ins): members
 * of the objective's team, and the admin. Reading is open to everyone signed in.
 * @param {import('./directory.d.mts').Person | null} person
 * @param {{ teamId?: string } | null | undefined} objective
 * @example mayWrite(priya, { teamId: 'brightline-growth' }) // true
 */
export function mayWrite(person, objective) {
  if (!person) return false;
  if (person.admin) return true;
  return Boolean(objective && person.teamId !== null && objective.teamId === person.teamId);
}

/**
 * Whether a person may read a weekly report: its author, the members of the report's
 * team, and the admin.
 * @param {import('./directory.d.mts').Person | null} person
 * @param {{ authorId: string, teamId?: string } | null | undefined} report
 * @example mayReadReport(noah, { authorId: 'priya-nair', teamId: 'brightline-growth' }) // true
 */
export function mayReadReport(person, report) {
  if (!person || !report) return false;
  if (person.admin || report.authorId === person.id) return true;
  return person.teamId !== null && report.teamId === person.teamId;
}

/**
 * Whether a person may write (create, save, submit, reopen, delete) a weekly report: only
 * its author, and only filed under the author's own team. Not even the admin writes
 * someone else's report.
 * @param {import('./directory.d.mts').Person | null} person
 * @param {{ authorId: string, teamId?: string } | null | undefined} report
 * @example mayWriteReport(priya, { authorId: 'priya-nair', teamId: 'brightline-growth' }) // true
 */
export function mayWriteReport(person, report) {
  if (!person || !report) return false;
  return report.authorId === person.id && (report.teamId ?? null) === person.teamId;
}
