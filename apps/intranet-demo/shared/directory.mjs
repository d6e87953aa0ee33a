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
 * People from the examples' display names, each placed in the team of the first
 * objective they own (the examples name owners and teams, not memberships).
 * @param {import('@okrkit/core').OkrSet} [okrSet]
 * @param {Readonly<Record<string, string>>} [people]
 * @param {Readonly<Record<string, string>>} [teams]
 * @returns {import('./directory.d.mts').Person[]}
 */
export function buildDirectory(okrSet = domainExamples, people = domainExamplePeople, teams = domainExampleTeams) {
  const teamOf = new Map();
  for (const objective of okrSet.objectives) {
    if (objective.ownerId && objective.teamId && !teamOf.has(objective.ownerId)) teamOf.set(objective.ownerId, objective.teamId);
  }
  return Object.entries(people).map(([id, label]) => {
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
