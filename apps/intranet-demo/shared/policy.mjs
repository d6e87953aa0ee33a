/**
 * The demo's one policy, in the shape of okrkit's handler `authorize` and the provider's `can`:
 * the server enforces it (`server/identity.mjs`), the page asks it for the signed-in person
 * (`OkrProvider can`) so the widgets hide what the server would refuse. Host code, not okrkit.
 */
import { createCyclePolicy } from '@okrkit/adapter-rest/server';
import { mayReadReport, mayWrite, mayWriteReport } from './directory.mjs';

/** The planning meeting's record kinds (a close-out goes with its objective instead). */
const MEETING_KINDS = new Set(['planningCycle', 'proposal', 'proposalComment', 'vote']);

/**
 * OKRs: objectives (with their key results, check-ins and close-outs) are written by their team
 * and the admin; periods only by the admin.
 */
function authorizeOkrs(person, action, target) {
  if (action === 'read') return true;
  if (target.kind === 'period') return person.admin;
  const objective = target.kind === 'objective' ? target.record : target.objective;
  return mayWrite(person, objective);
}

/**
 * The meeting's roles, okrkit's `createCyclePolicy` over the OKR rule above: proposers propose in
 * their own name, voters vote their own one vote and discuss, the proposal's proposer answers in
 * its discussion, only the cycle's confirmer moves the cycle on and decides. In the meeting the CEO
 * has only her cycle role (no `isAdmin`: she does not vote, nor propose, nor write anyone's ballot);
 * as the confirmer she moves proposed objectives on (`isConfirmer`).
 */
const authorizeCycle = createCyclePolicy({
  fallback: authorizeOkrs,
  personOf: (person) => person.id,
  isAdmin: () => false,
  isConfirmer: (person) => person.admin,
});

/**
 * May `person` do `action` on `target`?
 * OKRs: everyone signed in reads everything; objectives (with their key results, check-ins and
 * close-outs) are written by their team and the admin; periods only by the admin. The planning
 * meeting: read by everyone signed in, written by its participants in their roles only (see
 * `authorizeCycle`). Weekly reports: read by their author, the author's team and the admin;
 * written by their author only, under the author's own team. Nobody anonymous reads or writes
 * anything.
 * @param {import('./directory.d.mts').Person | null | undefined} person
 * @param {import('@okrkit/core').OkrAction} action
 * @param {import('@okrkit/core').AuthorizationTarget} target
 * @example authorizeDemo(priya, 'update', { kind: 'objective', record: retention }) // true
 * @example authorizeDemo(noah, 'create', { kind: 'vote', record: noahsVote, cycle }) // false: Noah proposes, he does not vote
 */
export function authorizeDemo(person, action, target) {
  if (!person) return false;
  if (target.kind === 'weeklyReport') return action === 'read' ? mayReadReport(person, target.record) : mayWriteReport(person, target.record);
  // The meeting is company-wide: everyone follows it, participants act in it.
  if (action === 'read' && MEETING_KINDS.has(target.kind)) return true;
  return authorizeCycle(person, action, target);
}

/**
 * The policy for one signed-in person, as `OkrProvider`'s `can` takes it.
 * @param {import('./directory.d.mts').Person | null | undefined} person
 * @example <OkrProvider can={policyFor(person)} …>
 */
export function policyFor(person) {
  return (action, target) => authorizeDemo(person, action, target);
}
