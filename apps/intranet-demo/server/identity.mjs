/**
 * The demo's "sign in as": who sent a request, and what they may do. A real host reads
 * its session cookie or verifies a token in `identify`; the policy has the same shape.
 */
import { authorizeDemo } from '../shared/policy.mjs';

/** The header the page sends with the chosen person's id. */
export const USER_HEADER = 'x-okrkit-user';

/**
 * `identify` and `authorize` for `createOkrHandler`, over a people directory.
 * OKRs: everyone signed in may read everything; writes go to the objectives (and their key
 * results and check-ins) of the writer's own team, or anywhere for the admin; periods
 * only by the admin. Weekly reports: read by their author, their team and the admin;
 * written (created, saved, submitted, reopened, deleted) by their author only, under the
 * author's own team — the handler asks about the stored report *and* the one written, so
 * nobody can take over someone else's report or move theirs to another team. Without an
 * identity nothing is read or written.
 * @param {import('../shared/directory.d.mts').Person[]} directory
 */
export function createDemoPolicy(directory) {
  const people = new Map(directory.map((person) => [person.id, person]));
  return {
    identify(request) {
      const id = request.headers.get(USER_HEADER);
      return (id && people.get(id)) || null;
    },
    // The same rule the page asks as `can` (shared/policy.mjs), so it hides what this refuses.
    authorize: authorizeDemo,
  };
}
