/**
 * The demo's one policy, in the shape of okrkit's handler `authorize` and the provider's `can`:
 * the server enforces it (`server/identity.mjs`), the page asks it for the signed-in person
 * (`OkrProvider can`) so the widgets hide what the server would refuse. Host code, not okrkit.
 */
import { mayReadReport, mayWrite, mayWriteReport } from './directory.mjs';

/**
 * May `person` do `action` on `target`?
 * OKRs: everyone signed in reads everything; objectives (with their key results and check-ins)
 * are written by their team and the admin; periods only by the admin. Weekly reports: read by
 * their author, the author's team and the admin; written by their author only, under the
 * author's own team. Nobody anonymous reads or writes anything.
 * @param {import('./directory.d.mts').Person | null | undefined} person
 * @param {import('@okrkit/core').OkrAction} action
 * @param {import('@okrkit/core').AuthorizationTarget} target
 * @example authorizeDemo(priya, 'update', { kind: 'objective', record: retention }) // true
 */
export function authorizeDemo(person, action, target) {
  if (!person) return false;
  if (target.kind === 'weeklyReport') return action === 'read' ? mayReadReport(person, target.record) : mayWriteReport(person, target.record);
  if (action === 'read') return true;
  if (target.kind === 'period') return person.admin;
  const objective = target.kind === 'objective' ? target.record : target.objective;
  return mayWrite(person, objective);
}

/**
 * The policy for one signed-in person, as `OkrProvider`'s `can` takes it.
 * @param {import('./directory.d.mts').Person | null | undefined} person
 * @example <OkrProvider can={policyFor(person)} …>
 */
export function policyFor(person) {
  return (action, target) => authorizeDemo(person, action, target);
}
